#include "support/catch.h"
#include "support/test_files.h"

#include "catalog/catalog.h"
#include "printout/printed_form.h"
#include "storage/workbook_file.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace x1;
using namespace x1::test;

namespace {

// The code as docs/verification-code.md specifies it, computed independently of the library.
QString codeOfCanonicalText(const QString& canonical)
{
    const QByteArray digest = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256);
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    QString bits;
    for (int i = 0; i < 8; ++i)
        bits += QStringLiteral("%1").arg(quint8(digest.at(i)), 8, 2, QLatin1Char('0'));
    QString code;
    for (int i = 0; i < 12; ++i)
        code += alphabet.at(bits.mid(i * 5, 5).toInt(nullptr, 2));
    return QStringLiteral("X1-") + code.mid(0, 4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8, 4);
}

} // namespace

TEST_CASE("the printed form lays out one row per school and certificate", "[layout]")
{
    const Workbook workbook = sampleWorkbook(2, 2);
    const PrintedForm form = PrintedForm::of(workbook, Catalog::builtIn());

    CHECK(form.profileId == u"sc-2019");
    CHECK(form.attachmentLabel == u"附件");
    CHECK(form.title == u"四川省首批1+X证书制度试点院校申报表");
    CHECK(form.unitLabel == u"报送单位：（盖章）");
    CHECK(form.unit == u"成都市教育局");
    CHECK(form.contactLabel == u"联系人及电话：");
    CHECK(form.contact == u"王伟 028-86110894");
    CHECK(form.columns.size() == 8);
    CHECK(form.columns.at(3) == u"参与试点证书及等级");
    CHECK(form.notesHeading.isEmpty());
    CHECK(form.notes.size() == 4);
    CHECK(form.dateLabel == u"填报日期：");
    CHECK(form.date == u"2019年4月22日");
    CHECK(form.schools == 2);
    REQUIRE(form.rows.size() == 4);

    const PrintedRow& first = form.rows.at(0);
    CHECK(first.firstOfSchool);
    CHECK(first.schoolRowSpan == 2);
    CHECK(first.cells[0] == u"1");
    CHECK(first.cells[1] == u"四川第1职业技术学院");
    CHECK(first.cells[2] == u"高职");
    CHECK(first.cells[3] == u"建筑信息模型（BIM）（初级、中级）");
    CHECK(first.cells[4] == QString::number(workbook.schools[0].rows[0].majors.size()));
    CHECK(first.cells[5] == workbook.schools[0].rows[0].majors.join(u'、'));
    CHECK(first.cells[6] == workbook.schools[0].rows[0].students);

    const PrintedRow& second = form.rows.at(1);
    CHECK_FALSE(second.firstOfSchool);
    CHECK(second.schoolRowSpan == 1);
    CHECK(second.cells[0] == u"1"); // school cells repeat; renderers merge them
    CHECK(second.rowIndex == 1);
    CHECK(second.cells[3] == u"Web前端开发（初级、中级）");
    CHECK(second.cells[7] == u"校企合作");

    CHECK(form.rows.at(2).cells[0] == u"2");
    CHECK(form.rows.at(2).schoolIndex == 1);

    int students = 0;
    for (const School& school : workbook.schools)
        for (const CertificateRow& row : school.rows)
            students += row.students.toInt();
    CHECK(form.students == students);
    CHECK(form.qrPayload() == QStringLiteral("X1|%1|成都市教育局|2|4|%2").arg(form.verificationCode).arg(students));
}

TEST_CASE("the national summary form prints its own texts", "[layout]")
{
    const PrintedForm form = PrintedForm::of(sampleWorkbook(1, 1, QStringLiteral("moe-2019")), Catalog::builtIn());
    CHECK(form.title == u"首批1+X证书制度试点院校情况汇总表");
    CHECK(form.attachmentLabel == u"附件2");
    CHECK(form.notesHeading == u"注：");
}

TEST_CASE("a school without certificate rows still prints one row", "[layout]")
{
    Workbook workbook = sampleWorkbook(2, 1);
    workbook.schools[0].rows.clear();
    const PrintedForm form = PrintedForm::of(workbook, Catalog::builtIn());
    REQUIRE(form.rows.size() == 2);
    CHECK(form.rows[0].rowIndex == -1);
    CHECK(form.rows[0].cells[1] == u"四川第1职业技术学院");
    CHECK(form.rows[0].cells[3].isEmpty());
}

TEST_CASE("unresolved versions of a school print as they are", "[layout]")
{
    Workbook workbook = sampleWorkbook(2, 1);
    workbook.schools[1].name = workbook.schools[0].name;
    workbook.schools[0].conflictGroup = workbook.schools[1].conflictGroup = 1;
    const PrintedForm form = PrintedForm::of(workbook, Catalog::builtIn());
    REQUIRE(form.rows.size() == 2);
    CHECK(form.rows[0].cells[0] == u"1");
    CHECK(form.rows[1].cells[0] == u"2");
}

TEST_CASE("the certificate cell names its levels", "[layout]")
{
    CertificateRow row;
    row.certificate = QStringLiteral("物流管理");
    CHECK(printedCertificate(row) == u"物流管理");
    row.levels = QStringList{QStringLiteral("初级"), QStringLiteral("中级"), QStringLiteral("高级")};
    CHECK(printedCertificate(row) == u"物流管理（初级、中级、高级）");
}

TEST_CASE("the verification code follows its documented canonical form", "[layout]")
{
    Workbook workbook = sampleWorkbook(1, 1);
    workbook.schools[0].rows[0].remark = QStringLiteral("a\tb\\c\nd");
    const PrintedForm form = PrintedForm::of(workbook, Catalog::builtIn());
    const PrintedRow& row = form.rows.at(0);
    const QString canonical = QStringLiteral("x1-printed-form-v1\nprofile\tsc-2019\ntitle\t四川省首批1+X证书制度试点院校申报表\n"
                                             "unit\t成都市教育局\ncontact\t王伟 028-86110894\ndate\t2019年4月22日\n")
                              + QStringLiteral("row\t1\t四川第1职业技术学院\t高职\t%1\t%2\t%3\t%4\ta\\tb\\\\c\\nd\n")
                                    .arg(row.cells[3], row.cells[4], row.cells[5], row.cells[6]);
    CHECK(form.verificationCode == codeOfCanonicalText(canonical));
    CHECK(verificationCodeOf(form) == form.verificationCode);
    CHECK(QRegularExpression(QStringLiteral("^X1-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"))
              .match(form.verificationCode)
              .hasMatch());
}

TEST_CASE("any change to a printed value changes the code", "[layout]")
{
    const Workbook base = sampleWorkbook(2, 2);
    const QString code = PrintedForm::of(base, Catalog::builtIn()).verificationCode;
    auto codeAfter = [&](auto change) {
        Workbook changed = base;
        change(changed);
        return PrintedForm::of(changed, Catalog::builtIn()).verificationCode;
    };
    CHECK(codeAfter([](Workbook& w) { w.header.unit += u'X'; }) != code);
    CHECK(codeAfter([](Workbook& w) { w.header.phone = QStringLiteral("028-86110895"); }) != code);
    CHECK(codeAfter([](Workbook& w) { w.header.fillDate = QDate(2019, 4, 23); }) != code);
    CHECK(codeAfter([](Workbook& w) { w.header.profileId = QStringLiteral("moe-2019"); }) != code);
    CHECK(codeAfter([](Workbook& w) { w.schools[1].rows[1].students = QStringLiteral("31"); }) != code);
    CHECK(codeAfter([](Workbook& w) { w.schools[0].rows[0].levels.removeLast(); }) != code);
    CHECK(codeAfter([](Workbook& w) { w.schools[0].rows.swapItemsAt(0, 1); }) != code);
    // Moving text across a cell boundary is a change too.
    CHECK(codeAfter([](Workbook& w) {
              w.schools[0].rows[1].remark = QStringLiteral("合作");
              w.schools[0].rows[1].students += QStringLiteral("\t校企");
          }) != code);
    // Evidence is not printed and not covered.
    CHECK(codeAfter([](Workbook& w) { w.schools[0].rows[0].evidence.teamSize = 99; }) == code);
    CHECK(codeAfter([](Workbook& w) { w.schools[0].city.clear(); }) == code);
}

TEST_CASE("a code typed from paper is read with or without X1- and dashes", "[layout]")
{
    CHECK(normaliseVerificationCode(QStringLiteral("X1-7K3Q-M2PD-9WZT")) == u"X1-7K3Q-M2PD-9WZT");
    CHECK(normaliseVerificationCode(QStringLiteral("x1-7k3q-m2pd-9wzt")) == u"X1-7K3Q-M2PD-9WZT");
    CHECK(normaliseVerificationCode(QStringLiteral("7K3QM2PD9WZT")) == u"X1-7K3Q-M2PD-9WZT");
    CHECK(normaliseVerificationCode(QStringLiteral(" 7k3q m2pd 9wzt ")) == u"X1-7K3Q-M2PD-9WZT");
    CHECK(normaliseVerificationCode(QStringLiteral("X17K3QM2PD9WZT")) == u"X1-7K3Q-M2PD-9WZT");
    CHECK(normaliseVerificationCode(QStringLiteral("X1ABM2PD9WZT")) == u"X1-X1AB-M2PD-9WZT");
    CHECK(normaliseVerificationCode(QStringLiteral("ILO0-0000-0000")) == u"X1-1100-0000-0000");
    CHECK(normaliseVerificationCode(QStringLiteral("X1-7K3Q-M2PD-9WZU")).isEmpty());
    CHECK(normaliseVerificationCode(QStringLiteral("X1-7K3Q-M2PD")).isEmpty());
    CHECK(normaliseVerificationCode(QString()).isEmpty());
}

TEST_CASE("verify accepts the workbook's code as typed from paper and refuses another", "[layout][cli]")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("w.x1db"));
    const Workbook workbook = sampleWorkbook(2, 2);
    REQUIRE(WorkbookFile::create(path, workbook).ok());
    const QString code = PrintedForm::of(workbook, Catalog::builtIn()).verificationCode;

    CHECK(runCli({QStringLiteral("verify"), path, code}).exitCode == 0);
    CHECK(runCli({QStringLiteral("verify"), path, code.mid(3).remove(u'-').toLower()}).exitCode == 0);

    QString other = code;
    other[other.size() - 1] = other.endsWith(u'0') ? u'1' : u'0';
    const CliRun mismatch = runCli({QStringLiteral("verify"), path, other});
    CHECK(mismatch.exitCode == 1);
    CHECK(mismatch.err.contains(code));
    CHECK(mismatch.out.isEmpty());

    CHECK(runCli({QStringLiteral("verify"), path, QStringLiteral("not-a-code")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("verify"), scratch.path(QStringLiteral("missing.x1db")), code}).exitCode == 2);
}
