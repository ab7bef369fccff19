#pragma once

#include <QStringList>

namespace x1::gui {

// The workbooks opened last, newest first, kept in QSettings.
class RecentFiles {
public:
    static QStringList list(); // only those that still exist
    static void add(const QString& path);
};

} // namespace x1::gui
