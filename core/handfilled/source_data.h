#pragma once

#include "model/workbook.h"

#include <QList>
#include <QString>

namespace x1 {

// A cell of a hand-filled form that could not be understood.
struct CellIssue {
    QString file;
    QString sheet;
    QString cell;   // A1-style address
    QString text;
    QString reason;
};

// What one source file holds, read into the model, with where it came from.
struct SourceData {
    Workbook workbook;        // its header, schools, their provenance and explanations
    Source source;            // this file: name, SHA-256, its verification code, unit, contact
    QList<CellIssue> issues;  // cells not understood (hand-filled forms)
};

} // namespace x1
