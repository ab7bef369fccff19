// The program is built with MSVC for Windows (docs/windows.md). Calls that only POSIX systems
// have would break that build, or — worse — compile through a compatibility shim and behave
// differently; Qt has a portable way for each. This keeps them out of core/ and app/.
#include "support/catch.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

struct Forbidden {
    const char* pattern;
    const char* instead;
};

// Each with what to use instead; a pattern matches code and comments alike (a comment with
// "/tmp" in it is rare enough to rephrase).
const Forbidden forbidden[] = {
    {R"(#\s*include\s*<(unistd|pthread|dirent|fcntl|termios|dlfcn|pwd|grp|syslog|libgen|strings|sys/\w+)\.h>)",
     "QFile, QDir, QThread, QProcess"},
    {R"(\b(fork|vfork|execv|execvp|execl|popen|pclose|waitpid)\s*\()", "QProcess"},
    {R"(\b(mkstemp|mkdtemp|tmpnam|tempnam)\s*\()", "QTemporaryFile, QTemporaryDir"},
    {R"(\b(realpath|readlink|symlink|chmod|umask)\s*\()", "QFileInfo, QFile::setPermissions"},
    {R"(\b(getuid|geteuid|getpid|kill|isatty|fileno)\s*\()", "QCoreApplication::applicationPid, Windows API under Q_OS_WIN"},
    {R"(\b(setenv|unsetenv)\s*\()", "qputenv, qunsetenv"},
    {R"(\b(usleep|strcasecmp|strncasecmp)\s*\()", "QThread::msleep, QString::compare"},
    {R"("/tmp\b)", "QDir::tempPath()"},
    {R"("/dev/)", "QIODevice, QProcess::nullDevice()"},
    {R"(\bPATH_MAX\b)", "QString paths"},
};

// "file:line: the text (use …)" for each forbidden use in `text`.
QStringList posixOnlyUses(const QString& fileName, const QString& text)
{
    QStringList found;
    const QStringList lines = text.split(u'\n');
    for (const Forbidden& rule : forbidden) {
        const QRegularExpression expression(QString::fromUtf8(rule.pattern));
        for (int i = 0; i < lines.size(); ++i) {
            if (expression.match(lines[i]).hasMatch())
                found << QStringLiteral("%1:%2: %3 (use %4)").arg(fileName).arg(i + 1).arg(lines[i].trimmed(),
                                                                                      QString::fromUtf8(rule.instead));
        }
    }
    return found;
}

} // namespace

TEST_CASE("the scanner finds each kind of POSIX-only call", "[windows][portability]")
{
    const QString planted = QStringLiteral(
        "#include <unistd.h>\n"
        "#include <sys/stat.h>\n"
        "  pid_t child = fork();\n"
        "  FILE* pipe = popen(\"ls\", \"r\");\n"
        "  const char* scratch = \"/tmp/x1\";\n"
        "  int fd = mkstemp(name);\n"
        "  char buffer[PATH_MAX];\n"
        "  setenv(\"TZ\", \"UTC\", 1);\n"
        "  if (isatty(fileno(stdout))) {}\n"
        "  QFile null(\"/dev/null\");\n");
    const QStringList uses = posixOnlyUses(QStringLiteral("planted.cpp"), planted);
    CHECK(uses.size() == 10);
    CHECK(uses.contains(QStringLiteral("planted.cpp:3: pid_t child = fork(); (use QProcess)")));
    CHECK(uses.contains(QStringLiteral("planted.cpp:5: const char* scratch = \"/tmp/x1\"; (use QDir::tempPath())")));

    const QString portable = QStringLiteral(
        "#include <QFile>\n"
        "  QTemporaryFile file(QDir::tempPath() + QStringLiteral(\"/x1-XXXXXX\"));\n"
        "  qputenv(\"TZ\", \"UTC\");\n"
        "  const int forks = 0; // a word, not a call: forkLift(), platform()\n"
        "  folders << QStringLiteral(\"/usr/share/fonts\");\n");
    CHECK(posixOnlyUses(QStringLiteral("portable.cpp"), portable).isEmpty());
}

TEST_CASE("core/ and app/ use no POSIX-only calls", "[windows][portability]")
{
    QStringList uses;
    int files = 0;
    for (const char* folder : {"core", "app"}) {
        QDirIterator it(QStringLiteral(X1_SOURCE_DIR "/") + QLatin1StringView(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            uses << posixOnlyUses(file.fileName().mid(int(qstrlen(X1_SOURCE_DIR)) + 1), QString::fromUtf8(file.readAll()));
            ++files;
        }
    }
    CHECK(files > 100);
    INFO(uses.join(u'\n').toStdString());
    CHECK(uses.isEmpty());
}
