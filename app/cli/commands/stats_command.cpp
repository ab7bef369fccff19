#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "stats/workbook_stats.h"

#include <QJsonDocument>

namespace x1::cli {

int runStats(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("以 JSON 输出"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("stats"), 1, 1); exit >= 0)
        return exit;

    const std::optional<Workbook> workbook = openForReading(context, parser.positionalArguments().first());
    if (!workbook)
        return NothingDone;
    const Catalog& catalog = Catalog::builtIn();
    const WorkbookStats stats = WorkbookStats::of(*workbook, catalog);
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(stats.toJson(catalog)).toJson(QJsonDocument::Compact)) << '\n';
        return Done;
    }
    QTextStream& out = context.out;
    out << tr("学校：%1　行：%2　学生：%3　未解决冲突：%4　截止日期：%5")
               .arg(stats.schools).arg(stats.rows).arg(stats.students).arg(stats.conflicts).arg(stats.deadline)
        << '\n';
    for (const CertificateInfo& certificate : catalog.certificates()) {
        const auto it = stats.byCertificate.find(certificate.name);
        if (it == stats.byCertificate.end())
            continue;
        QStringList levels;
        for (const QString& level : catalog.levels())
            levels << level + u' ' + QString::number(it->levels.value(level));
        out << "  " << certificate.name << tr("：%1 行，%2 所学校，%3 名学生（%4）")
                   .arg(it->rows).arg(it->schools).arg(it->students)
                   .arg(levels.join(QCoreApplication::translate("x1::cli", "，", "between the counts of a list")))
            << '\n';
    }
    if (stats.unknownCertificates > 0)
        out << "  " << tr("不在目录中的证书：%1 行").arg(stats.unknownCertificates) << '\n';
    for (auto it = stats.bySchoolType.begin(); it != stats.bySchoolType.end(); ++it)
        out << "  " << tr("学校类型 %1：%2 所").arg(it.key().isEmpty() ? tr("（空）") : it.key()).arg(it.value()) << '\n';
    for (auto it = stats.byCity.begin(); it != stats.byCity.end(); ++it) {
        // The JSON keeps 未知 for schools without a 市（州） (CLI.md); the text says it in the user's language.
        const QString city = it.key() == u"未知" ? tr("未知") : it.key();
        out << "  " << tr("%1：%2 所学校，%3 行，%4 名学生").arg(city).arg(it->schools).arg(it->rows).arg(it->students) << '\n';
    }
    return Done;
}

} // namespace x1::cli
