#pragma once

#include "normalize/certificate_cell.h"

#include <QString>

namespace x1 {
class Catalog;
}

namespace x1::forms {

// What the shared normaliser (core/normalize) leaves to the form reader.

// 参与试点专业数量 as a whole number ("3", "３", "3个", "3.0"); false, with the text as normalised,
// when it is something else.
bool parseMajorCount(const QString& text, QString& count);

// A 参与试点证书及等级 cell: parseCertificateCell, except that a known name followed by a bracket
// of wrong levels ("Web前端开发（特级）") is that certificate with those levels, so that the
// finding names the level (E05), not the certificate (E04).
CertificateCell certificateCell(const QString& text, const Catalog& catalog);

} // namespace x1::forms
