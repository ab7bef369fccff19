#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace x1::gui {

// Every file dialog of the program goes through here, so that tests choose the file instead of
// a user. The folder last used is remembered in QSettings.
class FileDialog {
public:
    static QString openWorkbook(QWidget* parent);
    // `suggested` is a file name in the last folder used (or the documents folder).
    static QString saveWorkbook(QWidget* parent, const QString& title, const QString& suggested);

    // A file to write other than a workbook (an export): `suggested` in the last folder used for
    // `folderKey`'s kind of file; `extension` (".pdf") is added when missing.
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter,
                            const QString& extension, const QString& folderKey);

    // Sources to import (导入/汇总): several files, or a folder (the caller expands it).
    static QStringList openSources(QWidget* parent);
    static QString openSourceFolder(QWidget* parent);

    // Tests: the next dialog answers `path` at once (an empty path: as if cancelled).
    static void setNextAnswer(const QString& path);
    // Tests: the next dialog for sources answers these files at once.
    static void setNextAnswers(const QStringList& paths);
    static QString lastFolder();
};

} // namespace x1::gui
