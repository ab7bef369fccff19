#include "recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace x1::gui {

namespace {
const QString recentKey = QStringLiteral("files/recent");
constexpr int kept = 10;
} // namespace

QStringList RecentFiles::list()
{
    QStringList existing;
    for (const QString& path : QSettings().value(recentKey).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList recent = QSettings().value(recentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(recentKey, recent.mid(0, kept));
}

} // namespace x1::gui
