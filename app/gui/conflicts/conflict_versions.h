#pragma once

#include "model/workbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace x1::gui {

// The unresolved versions of one school (E13), as the conflicts view compares them.
struct ConflictGroup {
    int group = 0;
    QString name;
    QList<int> schools; // indexes into Workbook::schools, in stored order
};

// Every group of versions in conflict, in the order their first version is stored.
QList<ConflictGroup> conflictGroups(const Workbook& workbook);

// The lines of a version as the view puts them side by side: a caption and a value each, the
// school's fields first, then its certificate rows.
struct VersionLine {
    QString caption;
    QString value;
};
QList<VersionLine> versionLines(const School& school);

} // namespace x1::gui
