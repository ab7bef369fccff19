#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace x1::forms {

// Text helpers for recognising a hand-filled form. Values are normalised by the shared
// normaliser; these only serve finding labels and splitting cells.

// Full-width ASCII to half-width, U+3000 to a space; brackets kept as typed.
QString halfWidth(const QString& text);
// A label without any white space (line breaks included), half-width: "参与试点证书\n及等级"
// becomes "参与试点证书及等级".
QString compact(const QString& text);
// Trimmed, with runs of white space (line breaks included) made one space, half-width digits.
QString cleanLabelText(const QString& text);
// Removes a label and what surrounds it ("：", "（盖章）") and returns the rest of the text.
QString textAfterLabel(const QString& text, const QString& label);

} // namespace x1::forms
