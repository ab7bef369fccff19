#pragma once

#include "model/certificate_row.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace x1 {

struct School {
    QString name;
    QString schoolCode;   // 学校标识码, 10 digits when given
    QString type;         // 学校类型: canonical when recognised, else as typed
    QString affiliation;  // 隶属: 省属 or 市（州）属, empty when unknown
    QString city;         // 市（州）, canonical name, empty when unknown
    QStringList tiers;    // quality tiers (国家示范性高职院校 ...)
    QList<CertificateRow> rows;

    int sourceId = 0;      // Source::id this school was imported from; 0 = entered here
    int conflictGroup = 0; // schools sharing a non-zero group are unresolved versions (E13)
    QString sortKey;       // stored order key of a merged form, computed when added

    bool operator==(const School&) const = default;
};

} // namespace x1
