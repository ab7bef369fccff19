#pragma once

#include "model/workbook.h"
#include "rules/finding.h"

#include <QList>
#include <QString>

namespace x1 {

class RuleBook;

// How long an explanation is: the characters that are not white space (a Chinese character
// counts one). It must reach RuleBook::explanationMinLength() (6) for a warning to be accepted.
int explanationLength(const QString& text);
bool isAcceptableExplanation(const QString& text, const RuleBook& rules);

// Marks each warning whose identity has an acceptable explanation in `explanations`.
void attachExplanations(QList<Finding>& findings, const QMap<QString, QString>& explanations, const RuleBook& rules);

// Records (or replaces) the explanation of a finding's identity in the workbook; an empty text
// removes it. The caller refuses texts that are too short.
void setExplanation(Workbook& workbook, const FindingIdentity& identity, const QString& text);

} // namespace x1
