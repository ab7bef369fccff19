#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace x1::storage {

// The messages of the workbook file, in one translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::WorkbookFile)
};

// "<file>：<reason>", the file named as the user's system writes paths.
inline Error fileError(const QString& path, const QString& reason)
{
    return Error{Text::tr("%1：%2").arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace x1::storage
