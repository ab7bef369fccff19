#include "printout/printed_form.h"

#include "util/sha256.h"

#include <QStringEncoder>

#include <algorithm>

// The canonical form and the code are specified in docs/verification-code.md; any change here
// changes every code ever printed, so the version line must change with it.

namespace x1 {

namespace {

constexpr char16_t crockfordAlphabet[] = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int codeLength = 12;

// Backslash, tab and line breaks are escaped, so that fields and lines cannot run together.
void appendEscaped(QString& out, const QString& text)
{
    const auto special = [](QChar c) { return c == u'\\' || c == u'\t' || c == u'\n' || c == u'\r'; };
    if (std::none_of(text.begin(), text.end(), special)) {
        out += text;
        return;
    }
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': out += u"\\\\"; break;
        case u'\t': out += u"\\t"; break;
        case u'\n': out += u"\\n"; break;
        case u'\r': out += u"\\r"; break;
        default: out += c;
        }
    }
}

void appendLine(QString& out, const char16_t* key, const QString& value)
{
    out += key;
    out += u'\t';
    appendEscaped(out, value);
    out += u'\n';
}

// Feeds the canonical form to the hash a row at a time, so a long form is never held whole.
void hashCanonicalForm(const PrintedForm& form, Sha256& hash)
{
    QString line;
    QByteArray utf8;
    QStringEncoder encoder(QStringEncoder::Utf8);
    auto flush = [&] { // both buffers keep their room from row to row
        utf8.resize(encoder.requiredSpace(line.size()));
        const char* end = encoder.appendToBuffer(utf8.data(), line);
        hash.addData(QByteArrayView(utf8.constData(), end));
        line.resize(0);
    };
    line += u"x1-printed-form-v1\n";
    appendLine(line, u"profile", form.profileId);
    appendLine(line, u"title", form.title);
    appendLine(line, u"unit", form.unit);
    appendLine(line, u"contact", form.contact);
    appendLine(line, u"date", form.date);
    flush();
    for (const PrintedRow& row : form.rows) {
        line += u"row";
        for (const QString& cell : row.cells) {
            line += u'\t';
            appendEscaped(line, cell);
        }
        line += u'\n';
        flush();
    }
}

QString grouped(const QString& twelve)
{
    return QStringLiteral("X1-") + twelve.mid(0, 4) + u'-' + twelve.mid(4, 4) + u'-' + twelve.mid(8, 4);
}

} // namespace

QString verificationCodeOf(const PrintedForm& form)
{
    Sha256 hash;
    hashCanonicalForm(form, hash);
    const QByteArray digest = hash.result();
    quint64 first64 = 0;
    for (int i = 0; i < 8; ++i)
        first64 = (first64 << 8) | quint8(digest.at(i));
    const quint64 first60 = first64 >> 4;
    QString twelve(codeLength, u'0');
    for (int i = 0; i < codeLength; ++i)
        twelve[i] = QChar(crockfordAlphabet[(first60 >> (5 * (codeLength - 1 - i))) & 0x1f]);
    return grouped(twelve);
}

QString normaliseVerificationCode(const QString& typed)
{
    QString compact;
    for (const QChar c : typed) {
        if (c == u'-' || c == u'－' || c == u'—' || c.isSpace())
            continue;
        compact += c.toUpper();
    }
    // "X1" is a prefix only when the rest is a whole code: a code may itself begin with X1.
    if (compact.size() == codeLength + 2 && compact.startsWith(u"X1"))
        compact.remove(0, 2);
    if (compact.size() != codeLength)
        return {};
    for (QChar& c : compact) {
        if (c == u'I' || c == u'L')
            c = u'1';
        else if (c == u'O')
            c = u'0';
        if (!QStringView(crockfordAlphabet).contains(c))
            return {};
    }
    return grouped(compact);
}

} // namespace x1
