#include "normalize/field_values.h"

#include "catalog/catalog.h"
#include "normalize/normalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::FieldValues)
};

QString joinValues(const QStringList& values)
{
    return values.join(listSeparator);
}

// Tiers as typed: split like majors, each a name.
QString tiersValue(QStringView typed, const Catalog& catalog)
{
    return joinValues(splitMajors(typed, catalog));
}

Result<QString> countValue(QStringView typed, const Catalog& catalog)
{
    if (cleanCell(typed, catalog).isEmpty())
        return QString();
    if (const std::optional<int> count = parseCount(typed))
        return QString::number(*count);
    return Error{Text::tr("“%1”不是人数；请填写整数").arg(normalizeText(typed))};
}

Result<QString> answerValue(QStringView typed)
{
    const QString text = normalizeText(typed);
    if (text.isEmpty())
        return QString();
    if (const std::optional<bool> answer = parseAnswer(text))
        return *answer ? yesText() : noText();
    return Error{Text::tr("“%1”不是“是”或“否”").arg(text)};
}

// "计算机应用=45/50/52；电子商务=30//28" (also ";" or line breaks between majors, "," or "、"
// between years).
Result<QString> enrolmentValue(QStringView typed, const Catalog& catalog)
{
    static const QRegularExpression majorSeparators(QStringLiteral("[；;\\n]"));
    static const QRegularExpression yearSeparators(QStringLiteral("[/／,，、]"));
    QStringList majors;
    for (const QString& part : normalizeText(typed).replace(u'＝', u'=').split(majorSeparators, Qt::SkipEmptyParts)) {
        const QString major = cleanName(part.section(u'=', 0, 0), catalog);
        if (major.isEmpty())
            continue;
        const QStringList years = part.section(u'=', 1).split(yearSeparators);
        if (!part.contains(u'=') || years.size() > 3)
            return Error{Text::tr("“%1”应写成“专业=前年/去年/今年招生人数”").arg(part.trimmed())};
        QStringList counts;
        for (int i = 0; i < 3; ++i) {
            const QString year = i < years.size() ? years[i].trimmed() : QString();
            if (year.isEmpty() || isPlaceholder(year, catalog)) {
                counts << QString();
                continue;
            }
            const std::optional<int> count = parseCount(year);
            if (!count)
                return Error{Text::tr("“%1”的招生人数“%2”不是整数").arg(major, year)};
            counts << QString::number(*count);
        }
        majors << major + u'=' + counts.join(u'/');
    }
    return majors.join(u'；');
}

Result<QString> headerValue(HeaderField field, QStringView typed, const Catalog& catalog)
{
    switch (field) {
    case HeaderField::Unit:
    case HeaderField::Contact: return cleanName(typed, catalog);
    case HeaderField::Phone: return isPlaceholder(typed, catalog) ? QString() : normalizePhone(typed);
    case HeaderField::UnitKind: {
        const QString kind = normalizeText(typed);
        if (kind.isEmpty() || catalog.unitKinds().contains(kind))
            return kind;
        return Error{Text::tr("报送单位类别“%1”无效；应为：%2").arg(kind, catalog.unitKinds().join(u'、'))};
    }
    case HeaderField::FillDate: {
        if (normalizeText(typed).isEmpty())
            return QString();
        const QDate date = parseDate(typed);
        if (!date.isValid())
            return Error{Text::tr("“%1”不是有效日期；应为 YYYY-MM-DD").arg(normalizeText(typed))};
        return date.toString(Qt::ISODate);
    }
    }
    return QString();
}

Result<QString> schoolValue(SchoolField field, QStringView typed, const Catalog& catalog)
{
    switch (field) {
    case SchoolField::Name: return cleanName(typed, catalog);
    case SchoolField::SchoolCode: return cleanCell(typed, catalog).remove(u' ');
    case SchoolField::Type: return canonicalSchoolType(typed, catalog);
    case SchoolField::Tiers: return tiersValue(typed, catalog);
    case SchoolField::Affiliation: {
        const QString value = canonicalAffiliation(typed, catalog);
        if (value.isEmpty() && !cleanCell(typed, catalog).isEmpty())
            return Error{Text::tr("隶属“%1”无效；应为“省属”或“市（州）属”").arg(normalizeText(typed))};
        return value;
    }
    case SchoolField::City: {
        const QString value = canonicalCity(typed, catalog);
        if (value.isEmpty() && !cleanCell(typed, catalog).isEmpty())
            return Error{Text::tr("“%1”不是四川省的市（州）").arg(normalizeText(typed))};
        return value;
    }
    }
    return QString();
}

Result<QString> rowValue(RowField field, QStringView typed, const Catalog& catalog)
{
    switch (field) {
    case RowField::Certificate: {
        const QString canonical = canonicalCertificate(typed, catalog);
        return canonical.isEmpty() ? cleanName(typed, catalog) : canonical;
    }
    case RowField::Levels: return joinValues(parseLevels(typed, catalog));
    case RowField::Majors: return joinValues(splitMajors(typed, catalog));
    case RowField::MajorCount: return parseMajorCount(typed).value_or(cleanCell(typed, catalog));
    case RowField::Students: return normalizeStudents(typed);
    case RowField::Remark:
    case RowField::TrainingDetail:
    case RowField::ResourcesDetail:
    case RowField::FacilitiesDetail:
    case RowField::ManagementDetail: return cleanCell(typed, catalog);
    case RowField::TeamSize:
    case RowField::DualQualified:
    case RowField::IndustryExperts: return countValue(typed, catalog);
    case RowField::Enrolment: return enrolmentValue(typed, catalog);
    case RowField::TrainingAnswer:
    case RowField::ResourcesAnswer:
    case RowField::FacilitiesAnswer:
    case RowField::ManagementAnswer: return answerValue(typed);
    }
    return QString();
}

} // namespace

Result<QString> normalizeFieldValue(const FieldAddress& address, QStringView typed, const Catalog& catalog)
{
    switch (address.scope) {
    case FieldAddress::Scope::Header: return headerValue(address.headerField(), typed, catalog);
    case FieldAddress::Scope::School: return schoolValue(address.schoolField(), typed, catalog);
    case FieldAddress::Scope::Row: return rowValue(address.rowField(), typed, catalog);
    }
    return QString();
}

Result<QString> normalizeFieldValue(const FieldAddress& address, QStringView typed)
{
    return normalizeFieldValue(address, typed, Catalog::builtIn());
}

std::optional<QString> parseMajorCount(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(\\.0+)?\\s*个?$"));
    const QString count = cleanCell(text);
    if (count.isEmpty())
        return QString();
    const QRegularExpressionMatch match = pattern.match(count);
    if (!match.hasMatch())
        return std::nullopt;
    return QString::number(match.captured(1).toLongLong());
}

std::optional<int> parseCount(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})(\\.0+)?\\s*(人|名|个)?$"));
    const QRegularExpressionMatch match = pattern.match(normalizeText(text));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

std::optional<bool> parseAnswer(QStringView text)
{
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("有"), QStringLiteral("具备"),
                                    QStringLiteral("符合"), QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("√"), QStringLiteral("✓")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("没有"), QStringLiteral("不具备"),
                                   QStringLiteral("不符合"), QStringLiteral("no"), QStringLiteral("n"),
                                   QStringLiteral("×"), QStringLiteral("✗")};
    const QString answer = normalizeText(text).toLower();
    if (yes.contains(answer))
        return true;
    if (no.contains(answer))
        return false;
    return std::nullopt;
}

QDate parseDate(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})"));
    const QRegularExpressionMatch match = pattern.match(normalizeText(text));
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

void normalizeImportedFields(Workbook& workbook, const Catalog& catalog)
{
    static constexpr SchoolField schoolFields[] = {SchoolField::Name, SchoolField::Type, SchoolField::City,
                                                   SchoolField::Affiliation, SchoolField::Tiers};
    static constexpr RowField rowFields[] = {RowField::Certificate, RowField::Levels, RowField::Majors,
                                             RowField::MajorCount, RowField::Students};
    auto normalize = [&](const FieldAddress& address) {
        const QString text = fieldText(workbook, address);
        if (text.isEmpty())
            return;
        if (Result<QString> value = normalizeFieldValue(address, text, catalog); value && *value != text)
            setFieldText(workbook, address, *value);
    };
    for (int s = 0; s < workbook.schools.size(); ++s) {
        for (SchoolField field : schoolFields)
            normalize(FieldAddress::of(s, field));
        for (int r = 0; r < workbook.schools[s].rows.size(); ++r)
            for (RowField field : rowFields)
                normalize(FieldAddress::of(s, r, field));
    }
}

} // namespace x1
