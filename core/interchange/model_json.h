#pragma once

#include "model/workbook.h"

#include <QJsonObject>

namespace x1 {

// JSON forms of the model, shared by the workbook file (evidence column) and the JSON
// interchange format (docs/json-format.md).
QJsonObject evidenceToJson(const RowEvidence& evidence);
RowEvidence evidenceFromJson(const QJsonObject& object);

QJsonObject rowToJson(const CertificateRow& row);
CertificateRow rowFromJson(const QJsonObject& object);

QJsonObject schoolToJson(const School& school);
School schoolFromJson(const QJsonObject& object);

QJsonObject sourceToJson(const Source& source);
Source sourceFromJson(const QJsonObject& object);

QJsonObject workbookToJson(const Workbook& workbook);
Workbook workbookFromJson(const QJsonObject& object);

} // namespace x1
