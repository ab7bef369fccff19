#include "support/test_files.h"

#include "cli.h"
#include "catalog/catalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

namespace x1::test {

Scratch::Scratch()
{
    m_dir.setAutoRemove(true);
}

QString Scratch::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex());
}

CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

Workbook sampleWorkbook(int schools, int rowsPerSchool, const QString& profileId)
{
    const Catalog& catalog = Catalog::builtIn();
    Workbook workbook;
    workbook.header = {profileId, QStringLiteral("成都市教育局"), QString(), QStringLiteral("王伟"),
                       QStringLiteral("028-86110894"), QDate(2019, 4, 22)};
    for (int s = 0; s < schools; ++s) {
        School school;
        school.name = QStringLiteral("四川第%1职业技术学院").arg(s + 1);
        school.schoolCode = QStringLiteral("51%1").arg(s + 1, 8, 10, QLatin1Char('0'));
        school.type = s % 3 == 0 ? QStringLiteral("高职") : QStringLiteral("中职");
        school.city = catalog.cities().at(s % catalog.cities().size()).name;
        school.affiliation = QStringLiteral("市（州）属");
        for (int r = 0; r < rowsPerSchool; ++r) {
            const CertificateInfo& certificate = catalog.certificates().at(r % catalog.certificates().size());
            CertificateRow row;
            row.certificate = certificate.name;
            row.levels = {QStringLiteral("初级"), QStringLiteral("中级")};
            row.majors = certificate.majorsByLevel.value(QStringLiteral("中职")).mid(0, 2);
            row.students = QString::number(30 + (s * 7 + r * 13) % 300);
            row.remark = r == 1 ? QStringLiteral("校企合作") : QString();
            row.evidence.teamSize = 10;
            row.evidence.dualQualified = 6;
            row.evidence.industryExperts = 2;
            row.evidence.trainingExperience = {true, QStringLiteral("三年社会培训")};
            school.rows << row;
        }
        workbook.schools << school;
    }
    return workbook;
}

QString dataFile(const QString& relative)
{
    return QStringLiteral(X1_TEST_DATA "/") + relative;
}

} // namespace x1::test
