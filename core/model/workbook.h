#pragma once

#include "model/school.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace x1 {

// The submitting unit's header of the form.
struct Header {
    QString profileId;  // form profile, e.g. sc-2019
    QString unit;       // 报送单位
    QString unitKind;   // 学校, 市州教育行政部门, 省级教育行政部门, 国家开放大学; empty = inferred
    QString contact;    // 联系人
    QString phone;      // 电话
    QDate fillDate;     // 填报日期

    bool operator==(const Header&) const = default;
};

// The sealed copy (定稿) of a workbook.
struct Finalisation {
    QString code;          // verification code when finalised; empty when never finalised
    QDateTime finalisedAt;
    bool reopened = false; // 取消定稿 after a finalisation: W09 compares with `code`

    bool isFinal() const { return !code.isEmpty() && !reopened; }
    bool operator==(const Finalisation&) const = default;
};

// A file whose schools were imported into this workbook (provenance).
struct Source {
    int id = 0;
    QString fileName;
    QString sha256;
    QDateTime importedAt;
    QString verificationCode;
    QString unit;
    QString contact;
    QString phone;
    QDate fillDate;

    bool operator==(const Source&) const = default;
};

struct Workbook {
    Header header;
    Finalisation finalisation;
    QList<School> schools;  // in printed order
    QList<Source> sources;
    QMap<QString, QString> explanations; // finding identity -> explanation text

    const Source* sourceById(int id) const;
    int rowCount() const;
    bool operator==(const Workbook&) const = default;
};

} // namespace x1
