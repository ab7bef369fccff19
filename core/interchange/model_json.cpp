#include "interchange/model_json.h"

#include <QJsonArray>

namespace x1 {

namespace {

QJsonValue optionalToJson(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<int> optionalFromJson(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

QJsonObject yesNoToJson(const YesNo& yesNo)
{
    QJsonObject object;
    if (yesNo.answer)
        object[u"answer"] = *yesNo.answer;
    if (!yesNo.detail.isEmpty())
        object[u"detail"] = yesNo.detail;
    return object;
}

YesNo yesNoFromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    YesNo yesNo;
    if (object[u"answer"].isBool())
        yesNo.answer = object[u"answer"].toBool();
    yesNo.detail = object[u"detail"].toString();
    return yesNo;
}

QStringList stringsFromJson(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QJsonObject evidenceToJson(const RowEvidence& evidence)
{
    QJsonObject object;
    if (!evidence.enrolment.isEmpty()) {
        QJsonArray majors;
        for (const MajorEnrolment& entry : evidence.enrolment) {
            QJsonArray years;
            for (const std::optional<int>& year : entry.enrolled)
                years.append(optionalToJson(year));
            majors.append(QJsonObject{{u"major"_qs, entry.major}, {u"enrolled"_qs, years}});
        }
        object[u"enrolment"] = majors;
    }
    const auto putYesNo = [&object](QStringView key, const YesNo& yesNo) {
        if (yesNo != YesNo{})
            object[key] = yesNoToJson(yesNo);
    };
    putYesNo(u"trainingExperience", evidence.trainingExperience);
    putYesNo(u"teachingResources", evidence.teachingResources);
    putYesNo(u"facilities", evidence.facilities);
    putYesNo(u"management", evidence.management);
    if (evidence.teamSize)
        object[u"teamSize"] = *evidence.teamSize;
    if (evidence.dualQualified)
        object[u"dualQualified"] = *evidence.dualQualified;
    if (evidence.industryExperts)
        object[u"industryExperts"] = *evidence.industryExperts;
    return object;
}

RowEvidence evidenceFromJson(const QJsonObject& object)
{
    RowEvidence evidence;
    for (const QJsonValue& value : object[u"enrolment"].toArray()) {
        const QJsonObject entry = value.toObject();
        MajorEnrolment enrolment;
        enrolment.major = entry[u"major"].toString();
        const QJsonArray years = entry[u"enrolled"].toArray();
        for (qsizetype i = 0; i < 3 && i < years.size(); ++i)
            enrolment.enrolled[size_t(i)] = optionalFromJson(years[i]);
        evidence.enrolment << enrolment;
    }
    evidence.trainingExperience = yesNoFromJson(object[u"trainingExperience"]);
    evidence.teachingResources = yesNoFromJson(object[u"teachingResources"]);
    evidence.facilities = yesNoFromJson(object[u"facilities"]);
    evidence.management = yesNoFromJson(object[u"management"]);
    evidence.teamSize = optionalFromJson(object[u"teamSize"]);
    evidence.dualQualified = optionalFromJson(object[u"dualQualified"]);
    evidence.industryExperts = optionalFromJson(object[u"industryExperts"]);
    return evidence;
}

QJsonObject rowToJson(const CertificateRow& row)
{
    QJsonObject object{{u"certificate"_qs, row.certificate},
                       {u"levels"_qs, QJsonArray::fromStringList(row.levels)},
                       {u"majors"_qs, QJsonArray::fromStringList(row.majors)},
                       {u"majorCount"_qs, row.majorCount},
                       {u"students"_qs, row.students},
                       {u"remark"_qs, row.remark}};
    if (!row.evidence.isEmpty())
        object[u"evidence"] = evidenceToJson(row.evidence);
    return object;
}

CertificateRow rowFromJson(const QJsonObject& object)
{
    CertificateRow row;
    row.certificate = object[u"certificate"].toString();
    row.levels = stringsFromJson(object[u"levels"]);
    row.majors = stringsFromJson(object[u"majors"]);
    row.majorCount = object[u"majorCount"].toString();
    row.students = object[u"students"].toString();
    row.remark = object[u"remark"].toString();
    row.evidence = evidenceFromJson(object[u"evidence"].toObject());
    return row;
}

QJsonObject schoolToJson(const School& school)
{
    QJsonArray rows;
    for (const CertificateRow& row : school.rows)
        rows.append(rowToJson(row));
    QJsonObject object{{u"name"_qs, school.name},
                       {u"schoolCode"_qs, school.schoolCode},
                       {u"type"_qs, school.type},
                       {u"affiliation"_qs, school.affiliation},
                       {u"city"_qs, school.city},
                       {u"tiers"_qs, QJsonArray::fromStringList(school.tiers)},
                       {u"rows"_qs, rows}};
    if (school.sourceId != 0)
        object[u"source"] = school.sourceId;
    if (school.conflictGroup != 0)
        object[u"conflictGroup"] = school.conflictGroup;
    if (!school.sortKey.isEmpty())
        object[u"sortKey"] = school.sortKey;
    return object;
}

School schoolFromJson(const QJsonObject& object)
{
    School school;
    school.name = object[u"name"].toString();
    school.schoolCode = object[u"schoolCode"].toString();
    school.type = object[u"type"].toString();
    school.affiliation = object[u"affiliation"].toString();
    school.city = object[u"city"].toString();
    school.tiers = stringsFromJson(object[u"tiers"]);
    for (const QJsonValue& value : object[u"rows"].toArray())
        school.rows << rowFromJson(value.toObject());
    school.sourceId = object[u"source"].toInt();
    school.conflictGroup = object[u"conflictGroup"].toInt();
    school.sortKey = object[u"sortKey"].toString();
    return school;
}

QJsonObject sourceToJson(const Source& source)
{
    return QJsonObject{{u"id"_qs, source.id},
                       {u"fileName"_qs, source.fileName},
                       {u"sha256"_qs, source.sha256},
                       {u"importedAt"_qs, source.importedAt.toString(Qt::ISODateWithMs)},
                       {u"verificationCode"_qs, source.verificationCode},
                       {u"unit"_qs, source.unit},
                       {u"contact"_qs, source.contact},
                       {u"phone"_qs, source.phone},
                       {u"fillDate"_qs, source.fillDate.toString(Qt::ISODate)}};
}

Source sourceFromJson(const QJsonObject& object)
{
    Source source;
    source.id = object[u"id"].toInt();
    source.fileName = object[u"fileName"].toString();
    source.sha256 = object[u"sha256"].toString();
    source.importedAt = QDateTime::fromString(object[u"importedAt"].toString(), Qt::ISODateWithMs);
    source.verificationCode = object[u"verificationCode"].toString();
    source.unit = object[u"unit"].toString();
    source.contact = object[u"contact"].toString();
    source.phone = object[u"phone"].toString();
    source.fillDate = QDate::fromString(object[u"fillDate"].toString(), Qt::ISODate);
    return source;
}

QJsonObject workbookToJson(const Workbook& workbook)
{
    const Header& header = workbook.header;
    QJsonArray schools;
    for (const School& school : workbook.schools)
        schools.append(schoolToJson(school));
    QJsonArray sources;
    for (const Source& source : workbook.sources)
        sources.append(sourceToJson(source));
    QJsonArray explanations;
    for (auto it = workbook.explanations.begin(); it != workbook.explanations.end(); ++it)
        explanations.append(QJsonObject{{u"finding"_qs, it.key()}, {u"text"_qs, it.value()}});
    const Finalisation& final = workbook.finalisation;
    return QJsonObject{
        {u"format"_qs, u"x1apply-workbook"_qs},
        {u"version"_qs, 1},
        {u"profile"_qs, header.profileId},
        {u"unit"_qs, header.unit},
        {u"unitKind"_qs, header.unitKind},
        {u"contact"_qs, header.contact},
        {u"phone"_qs, header.phone},
        {u"fillDate"_qs, header.fillDate.toString(Qt::ISODate)},
        {u"finalisation"_qs,
         QJsonObject{{u"code"_qs, final.code},
                     {u"finalisedAt"_qs, final.finalisedAt.toString(Qt::ISODateWithMs)},
                     {u"reopened"_qs, final.reopened}}},
        {u"schools"_qs, schools},
        {u"sources"_qs, sources},
        {u"explanations"_qs, explanations}};
}

Workbook workbookFromJson(const QJsonObject& object)
{
    Workbook workbook;
    Header& header = workbook.header;
    header.profileId = object[u"profile"].toString();
    header.unit = object[u"unit"].toString();
    header.unitKind = object[u"unitKind"].toString();
    header.contact = object[u"contact"].toString();
    header.phone = object[u"phone"].toString();
    header.fillDate = QDate::fromString(object[u"fillDate"].toString(), Qt::ISODate);
    const QJsonObject final = object[u"finalisation"].toObject();
    workbook.finalisation.code = final[u"code"].toString();
    workbook.finalisation.finalisedAt =
        QDateTime::fromString(final[u"finalisedAt"].toString(), Qt::ISODateWithMs);
    workbook.finalisation.reopened = final[u"reopened"].toBool();
    for (const QJsonValue& value : object[u"schools"].toArray())
        workbook.schools << schoolFromJson(value.toObject());
    for (const QJsonValue& value : object[u"sources"].toArray())
        workbook.sources << sourceFromJson(value.toObject());
    for (const QJsonValue& value : object[u"explanations"].toArray()) {
        const QJsonObject entry = value.toObject();
        workbook.explanations.insert(entry[u"finding"].toString(), entry[u"text"].toString());
    }
    return workbook;
}

} // namespace x1
