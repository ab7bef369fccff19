#include "xlsx/xlsx_writer_sheets.h"
#include "xlsx/xlsx_writer_text_metrics.h"

#include <QCoreApplication>
#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>

namespace x1::xlsx {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxWriter)
};

constexpr double fontSize = 10.5;
const QList<double> evidenceWidths = {6, 22, 20, 26, 14, 14, 26, 14, 14};
const QList<double> findingWidths = {50, 30};

QString yesNoText(const YesNo& value)
{
    if (!value.entered())
        return Text::tr("未填");
    const QString answer = *value.answer ? Text::tr("是") : Text::tr("否");
    return value.detail.isEmpty() ? answer : answer + Text::tr("：") + value.detail;
}

QString countText(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

QString enrolmentText(const RowEvidence& evidence)
{
    if (evidence.enrolment.isEmpty())
        return Text::tr("未填");
    QStringList lines;
    for (const MajorEnrolment& major : evidence.enrolment) {
        QStringList years;
        for (const std::optional<int>& enrolled : major.enrolled)
            years << countText(enrolled);
        lines << major.major + u' ' + years.join(u'/');
    }
    return lines.join(u'\n');
}

QString shareText(const std::optional<int>& part, const std::optional<int>& team)
{
    if (!part || !team || *team <= 0)
        return countText(part);
    return Text::tr("%1（%2%）").arg(*part).arg(qRound(100.0 * *part / *team));
}

QString teamText(const RowEvidence& evidence)
{
    if (!evidence.teamSize && !evidence.dualQualified && !evidence.industryExperts)
        return Text::tr("未填");
    return Text::tr("团队 %1 人\n双师型 %2\n行业企业专家 %3")
        .arg(countText(evidence.teamSize), shareText(evidence.dualQualified, evidence.teamSize),
             shareText(evidence.industryExperts, evidence.teamSize));
}

QString explanationText(const SelfCheckFinding& finding)
{
    return finding.explanation.isEmpty() ? Text::tr("（未说明）") : finding.explanation;
}

using FindingsByRow = QHash<QPair<int, int>, QList<const SelfCheckFinding*>>;

// 序号, 名称, 证书 and the five conditions' evidence of one printed row.
QStringList evidenceCells(const PrintedRow& printed, const Workbook& workbook)
{
    static const RowEvidence none;
    const School& school = workbook.schools.at(printed.schoolIndex);
    const RowEvidence& evidence = printed.rowIndex >= 0 ? school.rows.at(printed.rowIndex).evidence : none;
    return {printed.cells[0], printed.cells[1], printed.cells[3], enrolmentText(evidence),
            yesNoText(evidence.trainingExperience), yesNoText(evidence.teachingResources),
            teamText(evidence), yesNoText(evidence.facilities), yesNoText(evidence.management)};
}

// 检查结果 and 说明 of one printed row: its findings one a line, and each warning's explanation.
QStringList findingCells(const PrintedRow& printed, const FindingsByRow& findingsAt)
{
    QStringList found, explained;
    for (const SelfCheckFinding* finding : findingsAt.value({printed.schoolIndex, std::max(0, printed.rowIndex)})) {
        found << finding->code + u' ' + finding->message;
        if (finding->code.startsWith(u'W'))
            explained << finding->code + u' ' + explanationText(*finding);
    }
    return {found.isEmpty() ? Text::tr("无") : found.join(u'\n'), explained.join(u'\n')};
}

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

void writeSelfCheckSheet(XlsxBook& book, const FormXlsxContent& content)
{
    const PrintedForm& form = content.form;
    const Workbook& workbook = content.workbook;
    Sheet sheet(book.addSheet(Text::tr("条件自查")));
    lxw_format* header = cellFormat(book, true);
    lxw_format* cell = cellFormat(book, false);
    lxw_format* title = book.addFormat();
    format_set_font_name(title, titleFont);
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);

    const int year = content.applicationYear;
    QStringList headers = {form.columns.value(0), form.columns.value(1), form.columns.value(3),
                           Text::tr("专业近三年招生人数（%1/%2/%3）").arg(year - 3).arg(year - 2).arg(year - 1),
                           Text::tr("培训经验"), Text::tr("优质教学资源"), Text::tr("教学团队"), Text::tr("实训条件"), Text::tr("管理制度")};
    QList<double> widths = evidenceWidths;
    if (content.withFindings) {
        headers << Text::tr("检查结果") << Text::tr("说明");
        widths << findingWidths;
    }
    const int lastColumn = int(headers.size()) - 1;
    for (int c = 0; c <= lastColumn; ++c)
        sheet.setColumnWidth(c, widths[c]);

    // Findings by (school, row); the school's own findings go with its first row.
    FindingsByRow findingsAt;
    QList<const SelfCheckFinding*> wholeWorkbook;
    for (const SelfCheckFinding& finding : content.findings) {
        if (finding.schoolIndex < 0)
            wholeWorkbook << &finding;
        else
            findingsAt[{finding.schoolIndex, std::max(0, finding.rowIndex)}] << &finding;
    }

    double width = 0;
    for (double w : widths)
        width += w;
    sheet.setRowHeight(0, rowHeightForLines(1, 14));
    sheet.merge(0, 0, 0, lastColumn, Text::tr("条件自查（不属于盖章申报表，不计入校验码）"), title);
    const int headerRow = 1;
    double headerHeight = 0;
    for (int c = 0; c <= lastColumn; ++c) {
        sheet.writeText(headerRow, c, headers[c], header);
        headerHeight = std::max(headerHeight, cellHeight(headers[c], widths[c], fontSize));
    }
    sheet.setRowHeight(headerRow, headerHeight);

    int row = headerRow + 1;
    for (const PrintedRow& printed : form.rows) {
        QStringList cells = evidenceCells(printed, workbook);
        if (content.withFindings)
            cells << findingCells(printed, findingsAt);
        double height = 0;
        for (int c = 0; c <= lastColumn; ++c) {
            sheet.write(row, c, cells[c], cell);
            height = std::max(height, cellHeight(cells[c], widths[c], fontSize));
        }
        sheet.setRowHeight(row, height);
        ++row;
    }
    for (const SelfCheckFinding* finding : wholeWorkbook) {
        const QString text = Text::tr("全表：") + finding->code + u' ' + finding->message
            + (finding->code.startsWith(u'W') ? Text::tr("；说明：") + explanationText(*finding) : QString());
        sheet.setRowHeight(row, cellHeight(text, width, fontSize));
        sheet.merge(row, 0, row, lastColumn, text, cell);
        ++row;
    }
    setUpPrinting(sheet, headerRow, row - 1, lastColumn, form.verificationCode);
}

} // namespace x1::xlsx
