#include "support/gui_driver.h"

#include "rules/finding.h"
#include "storage/workbook_file.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <stdexcept>

namespace x1::test {

PrivateSettings::PrivateSettings() : m_applicationName(QCoreApplication::applicationName())
{
    QCoreApplication::setApplicationName(m_applicationName + QStringLiteral("-test-")
                                         + QString::number(QCoreApplication::applicationPid()));
}

PrivateSettings::~PrivateSettings()
{
    {
        QSettings settings;
        settings.clear();
        settings.sync();
        if (QFileInfo(settings.fileName()).isFile()) // not the registry
            QFile::remove(settings.fileName());
    }
    QCoreApplication::setApplicationName(m_applicationName);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

Workbook stored(const QString& path)
{
    Result<Workbook> workbook = WorkbookFile::read(path);
    if (!workbook)
        throw std::runtime_error(workbook.message().toStdString());
    return std::move(workbook).value();
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void focusCell(QTableView* view, int row, int column)
{
    // A popup (a completer, a combo's list) may have taken the activation with it.
    view->window()->activateWindow();
    (void)QTest::qWaitForWindowActive(view->window()); // offscreen: at once
    view->setCurrentIndex(view->model()->index(row, column));
    view->setFocus(Qt::OtherFocusReason);
}

void typeIntoCell(QTableView* view, int row, int column, const QString& text)
{
    const QModelIndex index = view->model()->index(row, column);
    focusCell(view, row, column);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = view->indexWidget(index);
    if (!editor)
        qWarning() << "no editor" << view->currentIndex() << index << view->model()->flags(index) << view->model()->rowCount() << QApplication::focusWidget();
    if (!editor)
        throw std::runtime_error("the cell has no editor");
    QLineEdit* edit = qobject_cast<QLineEdit*>(editor);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        edit = combo->lineEdit();
    if (!edit)
        throw std::runtime_error("the cell's editor takes no text");
    edit->selectAll();
    typeText(edit, text);
    if (edit->completer() && edit->completer()->popup())
        edit->completer()->popup()->hide();
    QTest::keyClick(edit, Qt::Key_Return);
    settle();
    focusCell(view, row, column);
}

void clickItem(QAbstractItemView* view, int row, int column)
{
    view->scrollTo(view->model()->index(row, column));
    const QRect rect = view->visualRect(view->model()->index(row, column));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    settle();
}

void doubleClickItem(QAbstractItemView* view, int row, int column)
{
    view->scrollTo(view->model()->index(row, column));
    const QRect rect = view->visualRect(view->model()->index(row, column));
    // A widget's double click is one event after a click, as a window system sends it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    settle();
}

void chooseInCombo(QComboBox* combo, const QString& text)
{
    const int position = combo->findText(text);
    if (position < 0)
        throw std::runtime_error("the combo has no such item");
    combo->showPopup();
    QAbstractItemView* list = combo->view();
    if (!QTest::qWaitForWindowExposed(list->window()))
        throw std::runtime_error("the combo's list does not show");
    const QModelIndex item = list->model()->index(position, combo->modelColumn(), combo->rootModelIndex());
    list->scrollTo(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
    settle();
}

QStringList findingCodes(const QList<Finding>& findings, int school, int row)
{
    QStringList codes;
    for (const Finding& finding : findings) {
        if (finding.schoolIndex == school && (row < 0 || finding.rowIndex == row))
            codes << finding.code;
    }
    return codes;
}

QByteArray startProgramUntil(QProcess& program, const QString& settingsFolder, const QStringList& arguments,
                             const QByteArray& line)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsFolder);
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(X1_GUI_PATH), arguments);
    QByteArray out;
    if (!program.waitForStarted())
        return out;
    while (!out.contains(line) && program.waitForReadyRead(20000))
        out += program.readAllStandardOutput();
    return out;
}

} // namespace x1::test
