#pragma once

#include "../command.h"

#include "document/workbook_document.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace x1::cli {

// What the console's edit commands (add-school, set-school, remove-school, add-row, set-row,
// remove-row) share: they all edit through the document, as the window does.

// Opens a workbook for editing; prints why not (read-only, 定稿, edited by another x1apply) and
// returns nothing when it cannot be edited.
std::unique_ptr<WorkbookDocument> openDocumentForEdit(Context& context, const QString& path);

// The school named by its 学校标识码 or its name; -1 (with the reason on err) when none or several.
int schoolNamed(Context& context, const WorkbookDocument& document, const QString& named);

// The row of `school` named by its certificate (alias or canonical name), or by its 1-based
// number; -1 (with the reason on err) when none or several.
int rowNamed(Context& context, const WorkbookDocument& document, int school, const QString& named);

// An option that sets one field, e.g. --students for RowField::Students.
template <typename Field>
struct FieldOption {
    QCommandLineOption option;
    Field field;
};

// The options of the school's fields (--name, --code, …) and of a row's (--certificate, …).
const QList<FieldOption<SchoolField>>& schoolFieldOptions();
const QList<FieldOption<RowField>>& rowFieldOptions();

template <typename Field>
void addFieldOptions(QCommandLineParser& parser, const QList<FieldOption<Field>>& options)
{
    for (const FieldOption<Field>& each : options)
        parser.addOption(each.option);
}

// The fields given on the command line, with what was typed, in the options' order.
template <typename Field>
QList<QPair<Field, QString>> typedFields(const QCommandLineParser& parser, const QList<FieldOption<Field>>& options)
{
    QList<QPair<Field, QString>> typed;
    for (const FieldOption<Field>& each : options) {
        if (parser.isSet(each.option))
            typed.append({each.field, parser.value(each.option)});
    }
    return typed;
}

// What an edit command works on: the document opened for editing, and the school (and row) its
// positional arguments WORKBOOK SCHOOL [ROW] name.
struct EditTarget {
    std::unique_ptr<WorkbookDocument> document;
    int school = -1;
    int row = -1;
};
// Opens and finds them; prints why not and returns nothing when the workbook cannot be edited or
// the school or row is not found.
std::optional<EditTarget> openEditTarget(Context& context, const QStringList& positional, bool withRow);

// Prints the reason of a refused edit and returns NothingDone; Done after printing `done`.
int reportEdit(Context& context, const Status& status, const QString& done);

} // namespace x1::cli
