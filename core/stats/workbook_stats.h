#pragma once

#include "model/workbook.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace x1 {

class Catalog;

struct CertificateStats {
    int rows = 0;
    int schools = 0;
    int students = 0;
    QMap<QString, int> levels; // rows holding each level
};

struct CityStats {
    int schools = 0;
    int rows = 0;
    int students = 0;
};

// The figures of `x1apply-cli stats` (CLI.md). A school with unresolved versions counts once,
// by the version imported first.
struct WorkbookStats {
    int schools = 0;
    int rows = 0;
    int students = 0;
    int conflicts = 0; // schools with unresolved versions
    QString deadline;
    QMap<QString, CertificateStats> byCertificate; // canonical name -> figures, rows > 0 only
    QMap<QString, int> bySchoolType;
    QMap<QString, CityStats> byCity;
    int unknownCertificates = 0;

    static WorkbookStats of(const Workbook& workbook, const Catalog& catalog);
    QJsonObject toJson(const Catalog& catalog) const;
};

} // namespace x1
