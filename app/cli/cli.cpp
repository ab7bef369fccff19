#include "cli.h"

#include "command.h"
#include "i18n/language.h"

#include <algorithm>

namespace x1::cli {

namespace {

void printHelp(QTextStream& out)
{
    out << tr("x1apply-cli %1 — 1+X 证书制度试点申报（控制台程序）").arg(QStringLiteral(X1APPLY_VERSION)) << '\n'
        << '\n' << tr("用法：") << '\n';
    for (const Command& command : commands())
        out << "  x1apply-cli " << QString::fromUtf8(command.synopsis) << '\n'
            << "      " << tr(command.summary) << '\n';
    out << "  x1apply-cli --version | --help | COMMAND --help\n\n"
        << tr("全局选项：--lang zh|en（或环境变量 X1APPLY_LANG=en）") << '\n'
        << tr("退出码：0 完成；1 完成但有保留（有错误、有来源被拒绝、有冲突……）；2 未做任何事（用法错误或文件无法使用）")
        << '\n';
}

// Takes `--lang X` / `--lang=X` out of the arguments: it is global.
QString takeLanguageOption(QStringList& arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size()) {
            language = arguments[i + 1];
            arguments.remove(i, 2);
            --i;
        } else if (arguments[i].startsWith(u"--lang=")) {
            language = arguments[i].mid(7);
            arguments.remove(i);
            --i;
        }
    }
    return language;
}

} // namespace

bool paints(const QStringList& arguments)
{
    return std::any_of(arguments.begin(), arguments.end(),
                       [](const QString& argument) { return argument == u"--pdf" || argument.startsWith(u"--pdf="); });
}

int run(const QStringList& givenArguments, QTextStream& out, QTextStream& err)
{
    QStringList arguments = givenArguments;
    useLanguage(languageFrom(takeLanguageOption(arguments)));

    if (arguments.isEmpty()) {
        printHelp(err);
        return NothingDone;
    }
    const QString first = arguments.first();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printHelp(out);
        return Done;
    }
    if (first == u"--version" || first == u"-v") {
        out << "x1apply-cli " << X1APPLY_VERSION << '\n';
        return Done;
    }
    for (const Command& command : commands()) {
        if (first == QLatin1StringView(command.name)) {
            Context context{arguments, out, err};
            return command.run(context);
        }
    }
    err << tr("未知的命令“%1”。运行 x1apply-cli --help 查看可用的命令。").arg(first) << '\n';
    return NothingDone;
}

QString usageOf(const Command& command)
{
    return tr("用法：x1apply-cli %1").arg(QString::fromUtf8(command.synopsis)) + u'\n' + tr(command.summary);
}

const Command& commandNamed(const char* name)
{
    for (const Command& command : commands()) {
        if (qstrcmp(command.name, name) == 0)
            return command;
    }
    Q_UNREACHABLE();
}

int parseOptions(Context& context, QCommandLineParser& parser, const Command& command,
                 int minimumPositional, int maximumPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("显示本命令的帮助"));
    parser.addOption(help);
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << '\n' << usageOf(command) << '\n';
        return NothingDone;
    }
    if (parser.isSet(help)) {
        context.out << usageOf(command) << "\n\n";
        context.out << parser.helpText().section(u'\n', 2);
        return Done;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minimumPositional || (maximumPositional >= 0 && count > maximumPositional)) {
        context.err << tr("参数个数不对。") << '\n' << usageOf(command) << '\n';
        return NothingDone;
    }
    return -1;
}

} // namespace x1::cli
