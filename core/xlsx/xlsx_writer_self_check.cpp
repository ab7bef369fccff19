#include "xlsx/xlsx_writer_sheets.h"
#include "xlsx/xlsx_writer_text_metrics.h"

#include <QCoreApplication>
#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>
#include <numeric>

namespace x1::xlsx {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxWriter)
};

constexpr double fontSize = 10.5;
// 序号, 名称, 证书, the five conditions' evidence, 检查结果, 说明.
const QList<double> columnWidths = {6, 22, 20, 26, 14, 14, 26, 14, 14, 50, 30};

QString countText(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

using FindingsByRow = QHash<QPair<int, int>, QList<const SelfCheckFinding*>>;

// The texts of the 条件自查 cells. The words are translated once, not once a cell: a form has
// tens of thousands of these cells.
class SelfCheckCells {
public:
    // 序号, 名称, 证书 and the five conditions' evidence of one printed row.
    QStringList evidenceCells(const PrintedRow& printed, const Workbook& workbook) const
    {
        static const RowEvidence none;
        const School& school = workbook.schools.at(printed.schoolIndex);
        const RowEvidence& evidence = printed.rowIndex >= 0 ? school.rows.at(printed.rowIndex).evidence : none;
        return {printed.cells[0], printed.cells[1], printed.cells[3], enrolmentText(evidence),
                yesNoText(evidence.trainingExperience), yesNoText(evidence.teachingResources),
                teamText(evidence), yesNoText(evidence.facilities), yesNoText(evidence.management)};
    }

    // 检查结果 and 说明 of one printed row: its findings one a line, and each warning's explanation.
    QStringList findingCells(const PrintedRow& printed, const FindingsByRow& findingsAt) const
    {
        QStringList found, explained;
        for (const SelfCheckFinding* finding : findingsAt.value({printed.schoolIndex, std::max(0, printed.rowIndex)})) {
            found << finding->code + u' ' + finding->message;
            if (finding->code.startsWith(u'W'))
                explained << finding->code + u' ' + explanationText(*finding);
        }
        return {found.isEmpty() ? m_none : found.join(u'\n'), explained.join(u'\n')};
    }

    QString explanationText(const SelfCheckFinding& finding) const
    {
        return finding.explanation.isEmpty() ? m_unexplained : finding.explanation;
    }

private:
    const QString m_notEntered = Text::tr("未填");
    const QString m_yes = Text::tr("是");
    const QString m_no = Text::tr("否");
    const QString m_detailSeparator = Text::tr("：");
    const QString m_team = Text::tr("团队 %1 人\n双师型 %2\n行业企业专家 %3");
    const QString m_share = Text::tr("%1（%2%）");
    const QString m_none = Text::tr("无");
    const QString m_unexplained = Text::tr("（未说明）");

    QString yesNoText(const YesNo& value) const
    {
        if (!value.entered())
            return m_notEntered;
        const QString& answer = *value.answer ? m_yes : m_no;
        return value.detail.isEmpty() ? answer : answer + m_detailSeparator + value.detail;
    }

    QString enrolmentText(const RowEvidence& evidence) const
    {
        if (evidence.enrolment.isEmpty())
            return m_notEntered;
        QString text;
        for (const MajorEnrolment& major : evidence.enrolment) {
            if (!text.isEmpty())
                text += u'\n';
            text += major.major + u' ' + countText(major.enrolled[0]) + u'/' + countText(major.enrolled[1]) + u'/'
                + countText(major.enrolled[2]);
        }
        return text;
    }

    QString shareText(const std::optional<int>& part, const std::optional<int>& team) const
    {
        if (!part || !team || *team <= 0)
            return countText(part);
        return m_share.arg(*part).arg(qRound(100.0 * *part / *team));
    }

    QString teamText(const RowEvidence& evidence) const
    {
        if (!evidence.teamSize && !evidence.dualQualified && !evidence.industryExperts)
            return m_notEntered;
        return m_team.arg(countText(evidence.teamSize), shareText(evidence.dualQualified, evidence.teamSize),
                          shareText(evidence.industryExperts, evidence.teamSize));
    }
};

lxw_format* cellFormat(XlsxBook& book, bool header)
{
    lxw_format* format = book.addFormat();
    format_set_font_name(format, tableFont);
    format_set_font_size(format, fontSize);
    format_set_align(format, header ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(format);
    format_set_border(format, LXW_BORDER_THIN);
    if (header)
        format_set_bold(format);
    return format;
}

} // namespace

SelfCheckSheet layOutSelfCheckSheet(const FormXlsxContent& content)
{
    const PrintedForm& form = content.form;
    const int year = content.applicationYear;
    SelfCheckSheet sheet;
    sheet.headers = {form.columns.value(0), form.columns.value(1), form.columns.value(3),
                     Text::tr("专业近三年招生人数（%1/%2/%3）").arg(year - 3).arg(year - 2).arg(year - 1),
                     Text::tr("培训经验"), Text::tr("优质教学资源"), Text::tr("教学团队"), Text::tr("实训条件"),
                     Text::tr("管理制度"), Text::tr("检查结果"), Text::tr("说明")};
    sheet.widths = columnWidths;
    for (int c = 0; c < sheet.headers.size(); ++c)
        sheet.headerHeight = std::max(sheet.headerHeight, cellHeight(sheet.headers[c], sheet.widths[c], fontSize));

    // Findings by (school, row); the school's own findings go with its first row.
    const QList<SelfCheckFinding> findings = content.findings();
    FindingsByRow findingsAt;
    QList<const SelfCheckFinding*> wholeWorkbook;
    for (const SelfCheckFinding& finding : findings) {
        if (finding.schoolIndex < 0)
            wholeWorkbook << &finding;
        else
            findingsAt[{finding.schoolIndex, std::max(0, finding.rowIndex)}] << &finding;
    }

    const SelfCheckCells texts;
    sheet.rows.reserve(form.rows.size());
    sheet.rowHeights.reserve(form.rows.size());
    for (const PrintedRow& printed : form.rows) {
        QStringList cells = texts.evidenceCells(printed, content.workbook) + texts.findingCells(printed, findingsAt);
        double height = 0;
        for (int c = 0; c < cells.size(); ++c)
            height = std::max(height, cellHeight(cells[c], sheet.widths[c], fontSize));
        sheet.rows << std::move(cells);
        sheet.rowHeights << height;
    }
    const double tableWidth = std::accumulate(sheet.widths.begin(), sheet.widths.end(), 0.0);
    for (const SelfCheckFinding* finding : wholeWorkbook) {
        const QString text = Text::tr("全表：") + finding->code + u' ' + finding->message
            + (finding->code.startsWith(u'W') ? Text::tr("；说明：") + texts.explanationText(*finding) : QString());
        sheet.wholeWorkbookLines << text;
        sheet.wholeWorkbookHeights << cellHeight(text, tableWidth, fontSize);
    }
    return sheet;
}

void writeSelfCheckSheet(XlsxBook& book, const SelfCheckSheet& laidOut, const QString& verificationCode)
{
    Sheet sheet(book.addSheet(Text::tr("条件自查")));
    lxw_format* header = cellFormat(book, true);
    lxw_format* cell = cellFormat(book, false);
    lxw_format* title = book.addFormat();
    format_set_font_name(title, titleFont);
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);

    const int lastColumn = int(laidOut.headers.size()) - 1;
    for (int c = 0; c <= lastColumn; ++c)
        sheet.setColumnWidth(c, laidOut.widths[c]);
    sheet.setRowHeight(0, rowHeightForLines(1, 14));
    sheet.merge(0, 0, 0, lastColumn, Text::tr("条件自查（不属于盖章申报表，不计入校验码）"), title);
    const int headerRow = 1;
    sheet.setRowHeight(headerRow, laidOut.headerHeight);
    for (int c = 0; c <= lastColumn; ++c)
        sheet.writeText(headerRow, c, laidOut.headers[c], header);

    int row = headerRow + 1;
    for (qsizetype i = 0; i < laidOut.rows.size(); ++i, ++row) {
        sheet.setRowHeight(row, laidOut.rowHeights[i]);
        for (int c = 0; c <= lastColumn; ++c)
            sheet.write(row, c, laidOut.rows[i][c], cell);
    }
    for (qsizetype i = 0; i < laidOut.wholeWorkbookLines.size(); ++i, ++row) {
        sheet.setRowHeight(row, laidOut.wholeWorkbookHeights[i]);
        sheet.merge(row, 0, row, lastColumn, laidOut.wholeWorkbookLines[i], cell);
    }
    setUpPrinting(sheet, headerRow, row - 1, lastColumn,
                  QStringLiteral("&L校验码：%1&C条件自查 第 &P 页").arg(verificationCode));
}

} // namespace x1::xlsx
