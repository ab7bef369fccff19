#include "file_dialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace x1::gui {

namespace {

std::optional<QString> g_nextAnswer;
std::optional<QStringList> g_nextAnswers;

const QString lastFolderKey = QStringLiteral("files/lastFolder");

QString remembered(const QString& path)
{
    if (!path.isEmpty())
        QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    return path;
}

std::optional<QString> takeNextAnswer()
{
    return std::exchange(g_nextAnswer, std::nullopt);
}

} // namespace

QString FileDialog::lastFolder()
{
    const QString folder = QSettings().value(lastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString FileDialog::openWorkbook(QWidget* parent)
{
    if (std::optional<QString> answer = takeNextAnswer())
        return remembered(*answer);
    return remembered(QFileDialog::getOpenFileName(parent, QCoreApplication::translate("x1::gui::FileDialog", "打开工作簿"), lastFolder(),
                                                   QCoreApplication::translate("x1::gui::FileDialog", "x1apply 工作簿 (*.x1db)")));
}

QString FileDialog::saveWorkbook(QWidget* parent, const QString& title, const QString& suggested)
{
    if (std::optional<QString> answer = takeNextAnswer())
        return remembered(*answer);
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(suggested),
                                                QCoreApplication::translate("x1::gui::FileDialog", "x1apply 工作簿 (*.x1db)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".x1db"), Qt::CaseInsensitive))
        path += QStringLiteral(".x1db");
    return remembered(path);
}

QString FileDialog::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter,
                             const QString& extension, const QString& folderKey)
{
    QSettings settings;
    const QString key = QStringLiteral("files/") + folderKey;
    QString folder = settings.value(key).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = lastFolder();
    QString path;
    if (std::optional<QString> answer = takeNextAnswer())
        path = *answer;
    else
        path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggested), filter);
    if (path.isEmpty())
        return path;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    settings.setValue(key, QFileInfo(path).absolutePath());
    return path;
}

QStringList FileDialog::openSources(QWidget* parent)
{
    QStringList paths;
    if (std::optional<QStringList> answers = std::exchange(g_nextAnswers, std::nullopt))
        paths = *answers;
    else if (std::optional<QString> answer = takeNextAnswer())
        paths = answer->isEmpty() ? QStringList() : QStringList{*answer};
    else
        paths = QFileDialog::getOpenFileNames(
            parent, QCoreApplication::translate("x1::gui::FileDialog", "导入/汇总文件"), lastFolder(),
            QCoreApplication::translate("x1::gui::FileDialog", "申报表 (*.xlsx *.xls *.json *.x1db)"));
    if (!paths.isEmpty())
        remembered(paths.first());
    return paths;
}

QString FileDialog::openSourceFolder(QWidget* parent)
{
    QString folder;
    if (std::optional<QString> answer = takeNextAnswer())
        folder = *answer;
    else
        folder = QFileDialog::getExistingDirectory(
            parent, QCoreApplication::translate("x1::gui::FileDialog", "导入文件夹中的申报表"), lastFolder());
    if (!folder.isEmpty())
        QSettings().setValue(lastFolderKey, folder);
    return folder;
}

void FileDialog::setNextAnswers(const QStringList& paths)
{
    g_nextAnswers = paths;
}

void FileDialog::setNextAnswer(const QString& path)
{
    g_nextAnswer = path;
}

} // namespace x1::gui
