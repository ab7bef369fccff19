#pragma once

#include <QString>

namespace x1::forms {

// What the shared normaliser (core/normalize) leaves to the form reader.

// 参与试点专业数量 as a whole number ("3", "３", "3个", "3.0"); false, with the text as normalised,
// when it is something else.
bool parseMajorCount(const QString& text, QString& count);

} // namespace x1::forms
