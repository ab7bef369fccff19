#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace x1::xlsx {

// Every member of a zip package (an .xlsx) by name: lets the tests and the golden files look
// at what the writer produced as XML rather than as bytes.
Result<QMap<QString, QByteArray>> readPackageParts(const QString& path);

} // namespace x1::xlsx
