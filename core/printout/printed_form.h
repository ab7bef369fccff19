#pragma once

#include "model/workbook.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace x1 {

class Catalog;

// One printed table row: one (school, certificate). The XLSX writer and the PDF painter render
// exactly these cells, so the two outputs cannot drift apart.
struct PrintedRow {
    int schoolIndex = 0;        // into Workbook::schools
    int rowIndex = 0;           // into School::rows
    bool firstOfSchool = false; // 序号, 试点院校名称, 学校类型 are merged over the school's rows
    int schoolRowSpan = 1;      // on the first row of a school: how many rows it spans
    std::array<QString, 8> cells; // 序号 · 名称 · 类型 · 证书及等级 · 专业数量 · 专业名称 · 学生规模 · 备注
};

// The official form as it is printed, computed once from a workbook and its profile.
struct PrintedForm {
    QString profileId;
    QString attachmentLabel;  // 附件 / 附件2
    QString title;
    QString unitLabel;        // 报送单位：（盖章）
    QString unit;
    QString contactLabel;     // 联系人及电话：
    QString contact;          // "王伟 028-86110894"
    QStringList columns;      // the eight header cells
    QList<PrintedRow> rows;
    QString notesHeading;     // 注： (moe-2019) or empty
    QStringList notes;
    QString dateLabel;        // 填报日期：
    QString date;             // 2019年4月22日
    QString verificationCode; // X1-XXXX-XXXX-XXXX, over everything above
    // 草稿 — 未定稿… on every page of a copy that is not 定稿 (draftMarkOf); not covered by the code.
    QString draftMark;

    int schools = 0;
    int students = 0;

    static PrintedForm of(const Workbook& workbook, const Catalog& catalog);

    // The QR code's payload: X1|<code>|<报送单位>|<schools>|<rows>|<students>.
    QString qrPayload() const;
};

// The mark every page of a printed copy carries until the workbook is 定稿: "草稿 — 未定稿，尚有 N 个
// 错误" while errors remain, "草稿 — 未定稿" when none do; empty for a 定稿 workbook. Always Chinese,
// as the form is.
QString draftMarkOf(const Workbook& workbook, int errors);

// The printed certificate cell: `Web前端开发（初级、中级）`.
QString printedCertificate(const CertificateRow& row);

// The verification code of a form (DOMAIN.md): SHA-256 of the canonical form of everything
// printed, in Crockford base-32, as X1-XXXX-XXXX-XXXX.
QString verificationCodeOf(const PrintedForm& form);

// Accepts a code typed from paper: with or without X1- and dashes, in any case; Crockford's
// look-alikes (I, L → 1; O → 0) are read as the digits. Returns the canonical X1-… form, or an
// empty string when it cannot be a code.
QString normaliseVerificationCode(const QString& typed);

} // namespace x1
