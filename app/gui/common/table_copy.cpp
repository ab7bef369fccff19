#include "table_copy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTableWidget>

#include <algorithm>

namespace x1::gui {

namespace {

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

QString headerText(const QTableWidget* table, int column)
{
    const QTableWidgetItem* item = table->horizontalHeaderItem(column);
    return item ? item->text() : QString();
}

// A tab or line break inside a cell would split it in Excel: spaces instead.
QString flat(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

QString tableAsTabSeparated(const QTableWidget* table, bool selectedOnly)
{
    QList<int> rows;
    QList<int> columns;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem* item = table->item(row, column);
            if (!selectedOnly || (item && item->isSelected())) {
                if (!rows.contains(row))
                    rows << row;
                if (!columns.contains(column))
                    columns << column;
            }
        }
    }
    if (rows.isEmpty())
        return tableAsTabSeparated(table, false);
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header << flat(headerText(table, column));
    lines << header.join(u'\t');
    for (int row : rows) {
        QStringList cells;
        for (int column : columns)
            cells << flat(cellText(table, row, column));
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QByteArray tableAsCsv(const QTableWidget* table)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column)
        header << csvField(headerText(table, column));
    lines << header.join(u',');
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << csvField(cellText(table, row, column));
        lines << cells.join(u',');
    }
    return QByteArray("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

void installCopyShortcut(QTableWidget* table)
{
    auto* copy = new QAction(table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, table,
                     [table] { QApplication::clipboard()->setText(tableAsTabSeparated(table, true)); });
    table->addAction(copy);
}

} // namespace x1::gui
