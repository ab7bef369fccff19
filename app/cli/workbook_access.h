#pragma once

#include "command.h"
#include "model/workbook.h"

#include <QCommandLineParser>
#include <optional>

namespace x1::cli {

// Reads a workbook; on failure prints the reason to err and returns nothing.
std::optional<Workbook> openForReading(Context& context, const QString& path);

// Checks that a workbook can be written and takes its edit lock into `context`; prints why not.
bool lockForWriting(Context& context, const QString& path);

// Reads a workbook that a command is about to change, holding its edit lock in `context`:
// refuses a read-only file, one that another x1apply is editing, and a finalised (定稿) workbook.
std::optional<Workbook> openForEditing(Context& context, const QString& path);

// Writes the workbook back in one transaction; prints the reason on failure.
bool save(Context& context, const QString& path, const Workbook& workbook);

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::cli)
};

// The header options shared by new, set and merge.
struct HeaderOptions {
    QCommandLineOption unit{QStringLiteral("unit"), Text::tr("报送单位"), QStringLiteral("NAME")};
    QCommandLineOption unitKind{QStringLiteral("unit-kind"),
                                Text::tr("报送单位类别：学校、市州教育行政部门、省级教育行政部门、国家开放大学（默认由名称推断）"),
                                QStringLiteral("KIND")};
    QCommandLineOption contact{QStringLiteral("contact"), Text::tr("联系人"), QStringLiteral("NAME")};
    QCommandLineOption phone{QStringLiteral("phone"), Text::tr("联系电话"), QStringLiteral("PHONE")};
    QCommandLineOption date{QStringLiteral("date"), Text::tr("填报日期"), QStringLiteral("YYYY-MM-DD")};

    void addTo(QCommandLineParser& parser, bool withDate = true);
    // Applies the options given to `header`; prints the reason and returns false on a bad value.
    bool applyTo(const QCommandLineParser& parser, Header& header, Context& context) const;
};

} // namespace x1::cli
