#include "status_line.h"

#include "catalog/catalog.h"
#include "document/workbook_document.h"
#include "util/clock.h"

#include <QHBoxLayout>
#include <QLabel>

namespace x1::gui {

StatusLine::StatusLine(WorkbookDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel(this)), m_saved(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_saved);
    connect(document, &WorkbookDocument::findingsChanged, this, &StatusLine::showCounts);
    connect(document, &WorkbookDocument::changed, this, [this] {
        m_saved->setText(m_document->readOnlyReason().isEmpty() ? tr("已保存") : tr("只读"));
        m_saved->setStyleSheet(QString());
    });
    connect(document, &WorkbookDocument::writeFailed, this, [this](const QString& message) {
        m_saved->setText(tr("未能保存：%1").arg(message));
        m_saved->setStyleSheet(QStringLiteral("color: #c0392b;"));
    });
    m_saved->setText(document->readOnlyReason().isEmpty() ? tr("已保存") : tr("只读"));
    showCounts();
}

void StatusLine::showCounts()
{
    const CheckSummary counts = m_document->summary();
    const Workbook& workbook = m_document->workbook();
    int students = 0;
    for (const School& school : workbook.schools) {
        for (const CertificateRow& row : school.rows)
            students += row.studentCount().value_or(0);
    }
    QString text = tr("错误 %1 · 警告 %2（未说明 %3）· 学校 %4 · 行 %5 · 学生 %6")
                       .arg(counts.errors)
                       .arg(counts.warnings)
                       .arg(counts.unexplainedWarnings)
                       .arg(workbook.schools.size())
                       .arg(workbook.rowCount())
                       .arg(students);
    const FormProfile* profile = Catalog::builtIn().profile(workbook.header.profileId);
    bool urgent = false;
    if (profile && profile->deadline.isValid()) {
        const qint64 days = Clock::today().daysTo(profile->deadline);
        text += days >= 0 ? tr(" · 截止 %1（还有 %2 天）").arg(profile->deadline.toString(Qt::ISODate)).arg(days)
                          : tr(" · 截止 %1（已过）").arg(profile->deadline.toString(Qt::ISODate));
        urgent = days < 3;
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(urgent ? QStringLiteral("color: #c0392b;") : QString());
}

QString StatusLine::summaryText() const
{
    return m_summary->text();
}

QString StatusLine::savedText() const
{
    return m_saved->text();
}

} // namespace x1::gui
