#include "../workbook_access.h"

#include "catalog/catalog.h"
#include "merge_common.h"
#include "storage/workbook_file.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>

namespace x1::cli {

namespace {

// --profile, else the profile of the first workbook source that can be read, else sc-2019.
QString profileFor(const QStringList& sources)
{
    for (const QString& source : sources) {
        if (QFileInfo(source).suffix().compare(u"x1db", Qt::CaseInsensitive) != 0)
            continue;
        Result<Workbook> workbook = WorkbookFile::read(source);
        if (workbook && !workbook->header.profileId.isEmpty())
            return workbook->header.profileId;
    }
    return QStringLiteral("sc-2019");
}

} // namespace

int runMerge(Context& context)
{
    QCommandLineParser parser;
    HeaderOptions header;
    header.addTo(parser);
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("表样：sc-2019 或 moe-2019（默认取第一个 .x1db 来源的表样，否则 sc-2019）"),
                                     QStringLiteral("ID"));
    const QCommandLineOption onConflict(QStringLiteral("on-conflict"),
                                        tr("冲突处理：fail（默认，有冲突时不写入）、first、newest、keep-both"),
                                        QStringLiteral("POLICY"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("任何来源无法读取时什么也不写"));
    const QCommandLineOption report(QStringLiteral("report"), tr("把汇总结果另存为 JSON"), QStringLiteral("FILE.json"));
    const QCommandLineOption force(QStringLiteral("force"), tr("覆盖已存在的 OUT"));
    parser.addOptions({profile, onConflict, strict, report, force});
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("要新建的汇总工作簿（.x1db）"));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("来源：.x1db、.json、.xlsx、.xls，或含有这些文件的文件夹"), QStringLiteral("SOURCE..."));
    if (int exit = parseOptions(context, parser, commandNamed("merge"), 2, -1); exit >= 0)
        return exit;

    const QStringList positional = parser.positionalArguments();
    const QString out = positional.first();
    const QStringList sources = positional.mid(1);
    if (!parser.isSet(header.unit) || parser.value(header.unit).trimmed().isEmpty()) {
        context.err << tr("缺少 --unit（汇总表的报送单位）") << '\n' << usageOf(commandNamed("merge")) << '\n';
        return NothingDone;
    }
    if (QFileInfo::exists(out) && !parser.isSet(force)) {
        context.err << tr("%1：文件已存在；不会覆盖它（要覆盖请加 --force）").arg(QDir::toNativeSeparators(out)) << '\n';
        return NothingDone;
    }
    if (!QFileInfo(out).dir().exists()) {
        context.err << tr("%1：所在文件夹不存在").arg(QDir::toNativeSeparators(out)) << '\n';
        return NothingDone;
    }
    WorkbookFile::removeLeftovers(out); // of a merge into `out` that was killed
    MergeRequest request;
    const std::optional<ConflictPolicy> policy = policyFromOption(context, parser, onConflict, ConflictPolicy::Fail);
    if (!policy)
        return NothingDone;
    request.policy = *policy;
    request.strict = parser.isSet(strict);
    request.reportPath = parser.value(report);
    request.adoptHeader = false; // the office's own header, never a school's
    request.alwaysStore = true;

    Workbook workbook;
    workbook.header.profileId = parser.isSet(profile) ? parser.value(profile).trimmed() : profileFor(sources);
    if (!Catalog::builtIn().profile(workbook.header.profileId)) {
        context.err << tr("未知的表样“%1”").arg(workbook.header.profileId) << '\n';
        return NothingDone;
    }
    workbook.header.fillDate = Clock::today();
    if (!header.applyTo(parser, workbook.header, context))
        return NothingDone;
    const bool overwrite = parser.isSet(force);
    return mergeAndStore(context, workbook, sources, request, [&out, overwrite](const Workbook& merged) {
        return WorkbookFile::create(out, merged, overwrite);
    });
}

} // namespace x1::cli
