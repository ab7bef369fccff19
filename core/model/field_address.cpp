#include "model/field_address.h"

#include <QStringList>

namespace x1 {

namespace {

QStringList splitValues(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(listSeparator);
}

QString countText(const std::optional<int>& count)
{
    return count ? QString::number(*count) : QString();
}

std::optional<int> countFrom(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString answerText(const YesNo& value)
{
    if (!value.answer)
        return {};
    return *value.answer ? yesText() : noText();
}

void setAnswer(YesNo& value, const QString& text)
{
    value.answer = text.isEmpty() ? std::nullopt : std::optional<bool>(text == yesText());
}

QString enrolmentFieldText(const QList<MajorEnrolment>& enrolment)
{
    QStringList majors;
    for (const MajorEnrolment& major : enrolment) {
        QStringList years;
        for (const std::optional<int>& year : major.enrolled)
            years << countText(year);
        majors << major.major + u'=' + years.join(u'/');
    }
    return majors.join(u'；');
}

QList<MajorEnrolment> enrolmentFrom(const QString& text)
{
    QList<MajorEnrolment> enrolment;
    for (const QString& part : text.split(u'；', Qt::SkipEmptyParts)) {
        MajorEnrolment major;
        major.major = part.section(u'=', 0, 0);
        const QStringList years = part.section(u'=', 1).split(u'/');
        for (int i = 0; i < 3 && i < years.size(); ++i)
            major.enrolled[size_t(i)] = countFrom(years[i]);
        enrolment << major;
    }
    return enrolment;
}

QString headerText(const Header& header, HeaderField field)
{
    switch (field) {
    case HeaderField::Unit: return header.unit;
    case HeaderField::UnitKind: return header.unitKind;
    case HeaderField::Contact: return header.contact;
    case HeaderField::Phone: return header.phone;
    case HeaderField::FillDate: return header.fillDate.toString(Qt::ISODate);
    }
    return {};
}

void setHeaderText(Header& header, HeaderField field, const QString& text)
{
    switch (field) {
    case HeaderField::Unit: header.unit = text; break;
    case HeaderField::UnitKind: header.unitKind = text; break;
    case HeaderField::Contact: header.contact = text; break;
    case HeaderField::Phone: header.phone = text; break;
    case HeaderField::FillDate: header.fillDate = QDate::fromString(text, Qt::ISODate); break;
    }
}

QString schoolText(const School& school, SchoolField field)
{
    switch (field) {
    case SchoolField::Name: return school.name;
    case SchoolField::SchoolCode: return school.schoolCode;
    case SchoolField::Type: return school.type;
    case SchoolField::Affiliation: return school.affiliation;
    case SchoolField::City: return school.city;
    case SchoolField::Tiers: return school.tiers.join(listSeparator);
    }
    return {};
}

void setSchoolText(School& school, SchoolField field, const QString& text)
{
    switch (field) {
    case SchoolField::Name: school.name = text; break;
    case SchoolField::SchoolCode: school.schoolCode = text; break;
    case SchoolField::Type: school.type = text; break;
    case SchoolField::Affiliation: school.affiliation = text; break;
    case SchoolField::City: school.city = text; break;
    case SchoolField::Tiers: school.tiers = splitValues(text); break;
    }
}

QString rowText(const CertificateRow& row, RowField field)
{
    const RowEvidence& e = row.evidence;
    switch (field) {
    case RowField::Certificate: return row.certificate;
    case RowField::Levels: return row.levels.join(listSeparator);
    case RowField::Majors: return row.majors.join(listSeparator);
    case RowField::MajorCount: return row.majorCount;
    case RowField::Students: return row.students;
    case RowField::Remark: return row.remark;
    case RowField::TeamSize: return countText(e.teamSize);
    case RowField::DualQualified: return countText(e.dualQualified);
    case RowField::IndustryExperts: return countText(e.industryExperts);
    case RowField::Enrolment: return enrolmentFieldText(e.enrolment);
    case RowField::TrainingAnswer: return answerText(e.trainingExperience);
    case RowField::TrainingDetail: return e.trainingExperience.detail;
    case RowField::ResourcesAnswer: return answerText(e.teachingResources);
    case RowField::ResourcesDetail: return e.teachingResources.detail;
    case RowField::FacilitiesAnswer: return answerText(e.facilities);
    case RowField::FacilitiesDetail: return e.facilities.detail;
    case RowField::ManagementAnswer: return answerText(e.management);
    case RowField::ManagementDetail: return e.management.detail;
    }
    return {};
}

void setRowText(CertificateRow& row, RowField field, const QString& text)
{
    RowEvidence& e = row.evidence;
    switch (field) {
    case RowField::Certificate: row.certificate = text; break;
    case RowField::Levels: row.levels = splitValues(text); break;
    case RowField::Majors: row.majors = splitValues(text); break;
    case RowField::MajorCount: row.majorCount = text; break;
    case RowField::Students: row.students = text; break;
    case RowField::Remark: row.remark = text; break;
    case RowField::TeamSize: e.teamSize = countFrom(text); break;
    case RowField::DualQualified: e.dualQualified = countFrom(text); break;
    case RowField::IndustryExperts: e.industryExperts = countFrom(text); break;
    case RowField::Enrolment: e.enrolment = enrolmentFrom(text); break;
    case RowField::TrainingAnswer: setAnswer(e.trainingExperience, text); break;
    case RowField::TrainingDetail: e.trainingExperience.detail = text; break;
    case RowField::ResourcesAnswer: setAnswer(e.teachingResources, text); break;
    case RowField::ResourcesDetail: e.teachingResources.detail = text; break;
    case RowField::FacilitiesAnswer: setAnswer(e.facilities, text); break;
    case RowField::FacilitiesDetail: e.facilities.detail = text; break;
    case RowField::ManagementAnswer: setAnswer(e.management, text); break;
    case RowField::ManagementDetail: e.management.detail = text; break;
    }
}

} // namespace

QString yesText()
{
    return QStringLiteral("是");
}

QString noText()
{
    return QStringLiteral("否");
}

bool FieldAddress::isValidIn(const Workbook& workbook) const
{
    if (scope == Scope::Header)
        return field >= 0 && field <= int(HeaderField::FillDate);
    if (school < 0 || school >= workbook.schools.size())
        return false;
    if (scope == Scope::School)
        return field >= 0 && field <= int(SchoolField::Tiers);
    return row >= 0 && row < workbook.schools[school].rows.size() && field >= 0
        && field <= int(RowField::ManagementDetail);
}

QString fieldText(const Workbook& workbook, const FieldAddress& address)
{
    switch (address.scope) {
    case FieldAddress::Scope::Header: return headerText(workbook.header, address.headerField());
    case FieldAddress::Scope::School: return schoolText(workbook.schools[address.school], address.schoolField());
    case FieldAddress::Scope::Row:
        return rowText(workbook.schools[address.school].rows[address.row], address.rowField());
    }
    return {};
}

void setFieldText(Workbook& workbook, const FieldAddress& address, const QString& text)
{
    switch (address.scope) {
    case FieldAddress::Scope::Header: setHeaderText(workbook.header, address.headerField(), text); break;
    case FieldAddress::Scope::School: setSchoolText(workbook.schools[address.school], address.schoolField(), text); break;
    case FieldAddress::Scope::Row:
        setRowText(workbook.schools[address.school].rows[address.row], address.rowField(), text);
        break;
    }
}

} // namespace x1
