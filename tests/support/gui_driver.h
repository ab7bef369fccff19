#pragma once

#include "model/workbook.h"

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

class QAbstractItemView;
class QComboBox;
class QTableView;
class QWidget;

namespace x1 {
struct Finding;
}

namespace x1::test {

// Settings (recent workbooks, the window's geometry) of this test alone while it lives: CTest runs
// test cases in parallel processes, which would otherwise share one store.
class PrivateSettings {
public:
    PrivateSettings();
    ~PrivateSettings();

private:
    QString m_applicationName;
};

// Lets the window finish what an edit started: the document's re-check and the views' updates
// are posted to the event loop.
void settle();

// Starts the real x1apply (offscreen, its settings in `settingsFolder`, not the user's) and waits
// until it prints `line` (as its hidden test options do); returns what it printed by then.
QByteArray startProgramUntil(QProcess& program, const QString& settingsFolder, const QStringList& arguments,
                             const QByteArray& line);

// The workbook as stored in the file right now.
Workbook stored(const QString& path);

// A child widget or action by its objectName; fails the test when there is none.
template <typename T>
T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        throw std::runtime_error(std::string("no child named ") + name);
    return found;
}

// Types `text` into the widget key by key (any characters, Chinese and full-width too).
void typeText(QWidget* widget, const QString& text);
// Opens the editor of a table cell, replaces its text by typing, and presses Enter.
void typeIntoCell(QTableView* view, int row, int column, const QString& text);
// Gives the view the keyboard focus on `row`, `column` (the window must be active).
void focusCell(QTableView* view, int row, int column);
// Clicks an item of a list or table.
void clickItem(QAbstractItemView* view, int row, int column = 0);
void doubleClickItem(QAbstractItemView* view, int row, int column = 0);
// Opens the combo's list and clicks the item `text`, as a user chooses.
void chooseInCombo(QComboBox* combo, const QString& text);

// The findings of the current state, as the document announces them.
QStringList findingCodes(const QList<Finding>& findings, int school, int row = -1);

} // namespace x1::test
