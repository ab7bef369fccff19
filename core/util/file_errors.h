#pragma once

#include <QFileDevice>
#include <QString>

namespace x1 {

// Why a file operation failed, in the program's language: Qt's errorString() is the C library's
// English ("No such file or directory"). Says whether the file or its folder is missing, the file
// is read-only or held by another program, or the disk is full.
QString fileErrorText(const QFileDevice& file);

} // namespace x1
