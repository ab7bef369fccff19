// libFuzzer target: the text normaliser. The input is split at line feeds; each piece is read
// once as UTF-8 and once as raw UTF-16 (so lone surrogates and any code unit reach the code) and
// fed to every cell parser: certificate cells and levels, majors, clean/normalise, the field
// values of every field, counts and dates.

#include "fuzz_common.h"

#include "catalog/catalog.h"
#include "model/field_address.h"
#include "normalize/certificate_cell.h"
#include "normalize/field_values.h"
#include "normalize/text.h"

#include <QList>

namespace {

void feed(QStringView text)
{
    const x1::Catalog& catalog = x1::Catalog::builtIn();
    (void)x1::parseCertificateCell(text, catalog);
    (void)x1::parseLevels(text, catalog);
    (void)x1::canonicalCertificate(text, catalog);
    (void)x1::splitMajors(text, catalog);
    (void)x1::cleanCell(text, catalog);
    (void)x1::cleanName(text, catalog);
    (void)x1::isPlaceholder(text, catalog);
    (void)x1::normalizeText(text);
    (void)x1::normalizeName(text);
    (void)x1::parseStudents(text);
    (void)x1::normalizeStudents(text);
    (void)x1::schoolNameKey(text);
    (void)x1::parseMajorCount(text);
    (void)x1::parseCount(text);
    (void)x1::parseAnswer(text);
    (void)x1::parseDate(text);
    for (x1::HeaderField field : {x1::HeaderField::Unit, x1::HeaderField::UnitKind, x1::HeaderField::Contact,
                                  x1::HeaderField::Phone, x1::HeaderField::FillDate})
        (void)x1::normalizeFieldValue(x1::FieldAddress::of(field), text, catalog);
    for (int field = int(x1::SchoolField::Name); field <= int(x1::SchoolField::Tiers); ++field)
        (void)x1::normalizeFieldValue(x1::FieldAddress::of(0, x1::SchoolField(field)), text, catalog);
    for (int field = int(x1::RowField::Certificate); field <= int(x1::RowField::ManagementDetail); ++field)
        (void)x1::normalizeFieldValue(x1::FieldAddress::of(0, 0, x1::RowField(field)), text, catalog);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    x1fuzz::quietQt();
    (void)x1::Catalog::builtIn();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = x1fuzz::bytes(data, size);
    for (const QByteArray& piece : input.split('\n')) {
        feed(QString::fromUtf8(piece));
        const QString utf16(reinterpret_cast<const QChar*>(piece.constData()), piece.size() / 2);
        feed(utf16);
    }
    return 0;
}
