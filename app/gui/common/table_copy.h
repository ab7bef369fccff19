#pragma once

#include <QString>

class QTableWidget;

namespace x1::gui {

// The selected cells of a table (all of it when nothing is selected) with the header line, as
// tab-separated text: what Excel and WPS take from the clipboard.
QString tableAsTabSeparated(const QTableWidget* table, bool selectedOnly);
// The whole table as CSV in UTF-8 with a byte-order mark, so that Excel opens it as Chinese.
QByteArray tableAsCsv(const QTableWidget* table);
// Ctrl+C on `table` copies its selection as tab-separated text.
void installCopyShortcut(QTableWidget* table);

} // namespace x1::gui
