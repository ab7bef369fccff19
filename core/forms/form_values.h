#pragma once

#include <QString>
#include <QStringList>

namespace x1 {
class Catalog;
}

namespace x1::forms {

// A 参与试点证书及等级 cell taken apart: `Web前端开发（初级、中级）`, `建筑信息模型(BIM)初级/中级/高级`,
// `Web前端开发-中级`, `汽车运用与维修 初、中级`.
struct CertificateCell {
    QString certificate;  // canonical when known, else the text before the levels as typed
    QStringList levels;   // 初级/中级/高级 in catalogue order
    bool certificateKnown = false;
    bool levelsUnderstood = true; // false when text other than levels follows the name
};

CertificateCell parseCertificateCell(const QString& text, const Catalog& catalog);
// The levels of a separate 等级 cell (`初、中级`, `初级/中级`); false when other text is left.
bool parseLevels(const QString& text, const Catalog& catalog, QStringList& levels);

// A positive or zero whole number as written by clerks (`120`, `120人`, `１２０`, `120.0`); false
// (and the text as cleaned) when it is something else.
bool parseWholeNumber(const QString& text, QString& number);

// Majors split at 、，,；;/ and line breaks; placeholders (无, /, -) left out.
QStringList splitMajors(const QString& text, const Catalog& catalog);

// The canonical 学校类型 for a spelling, or empty when unknown.
QString canonicalSchoolType(const QString& text, const Catalog& catalog);

// Empty when the text is a placeholder a clerk types into a cell meant to stay empty.
QString withoutPlaceholder(const QString& cleanText, const Catalog& catalog);

} // namespace x1::forms
