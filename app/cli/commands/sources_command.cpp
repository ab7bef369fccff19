#include "../workbook_access.h"

#include "interchange/model_json.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace x1::cli {

int runSources(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("以 JSON 输出"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), tr("工作簿（.x1db）"));
    if (int exit = parseOptions(context, parser, commandNamed("sources"), 1, 1); exit >= 0)
        return exit;
    const std::optional<Workbook> workbook = openForReading(context, parser.positionalArguments().first());
    if (!workbook)
        return NothingDone;

    QHash<int, int> schools;
    QHash<int, int> inConflict;
    for (const School& school : workbook->schools) {
        ++schools[school.sourceId];
        if (school.conflictGroup != 0)
            ++inConflict[school.sourceId];
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Source& source : workbook->sources) {
            QJsonObject object = sourceToJson(source);
            object[u"schools"] = schools.value(source.id);
            object[u"schoolsInConflict"] = inConflict.value(source.id);
            list.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const Source& source : workbook->sources) {
        context.out << source.id << "  " << source.fileName << "  " << source.sha256.left(16) << "  "
                    << source.importedAt.toString(Qt::ISODate) << "  "
                    << (source.verificationCode.isEmpty() ? QStringLiteral("-") : source.verificationCode) << "  "
                    << tr("%1，%2 %3，填报日期 %4").arg(source.unit, source.contact, source.phone,
                                                  source.fillDate.toString(Qt::ISODate))
                    << "  " << tr("学校 %1 所").arg(schools.value(source.id));
        if (inConflict.value(source.id) > 0)
            context.out << tr("（%1 所有冲突）").arg(inConflict.value(source.id));
        context.out << '\n';
    }
    if (workbook->sources.isEmpty())
        context.err << tr("这个工作簿没有导入过来源") << '\n';
    return Done;
}

} // namespace x1::cli
