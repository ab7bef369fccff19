#include "stats_dialog.h"

#include "stats/ui_stats_dialog.h"

#include "common/file_dialog.h"
#include "common/message_box.h"
#include "common/table_copy.h"
#include "stats_chart.h"

#include "catalog/catalog.h"
#include "document/workbook_document.h"

#include <QChartView>
#include <QDir>
#include <QHeaderView>

namespace x1::gui {

namespace {

QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setUp(QTableWidget* table, const QStringList& headers, int rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(rows);
    table->verticalHeader()->hide();
}

} // namespace

StatsDialog::StatsDialog(WorkbookDocument* document, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StatsDialog>()), m_document(document)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("statsDialog"));
    m_chart = new QChartView(m_ui->chartHost);
    m_chart->setObjectName(QStringLiteral("statsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(420);
    m_ui->chartHost->layout()->addWidget(m_chart);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    for (QTableWidget* table : {m_ui->certificateTable, m_ui->typeTable, m_ui->cityTable})
        installCopyShortcut(table);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &StatsDialog::showChart);
    connect(m_ui->saveChartButton, &QPushButton::clicked, this, &StatsDialog::saveChosen);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(document, &WorkbookDocument::changed, this, &StatsDialog::refresh);
    connect(document, &WorkbookDocument::findingsChanged, this, &StatsDialog::refresh);
    refresh();
}

StatsDialog::~StatsDialog() = default;

QTableWidget* StatsDialog::table(Table which) const
{
    switch (which) {
    case Table::Certificates: return m_ui->certificateTable;
    case Table::SchoolTypes: return m_ui->typeTable;
    case Table::Cities: return m_ui->cityTable;
    }
    return nullptr;
}

void StatsDialog::showTable(Table which)
{
    m_ui->tabs->setCurrentIndex(int(which));
}

QString StatsDialog::totalsText() const
{
    return m_ui->totalsLabel->text();
}

QString StatsDialog::concentrationText() const
{
    return m_ui->concentrationLabel->text();
}

void StatsDialog::refresh()
{
    const Catalog& catalog = Catalog::builtIn();
    const Workbook& workbook = m_document->workbook();
    m_stats = WorkbookStats::of(workbook, catalog);
    m_ui->totalsLabel->setText(tr("学校 %1 所　证书行 %2　学生 %3 名　未解决冲突 %4 所　截止日期 %5")
                                   .arg(m_stats.schools).arg(m_stats.rows).arg(m_stats.students).arg(m_stats.conflicts)
                                   .arg(m_stats.deadline));

    const QStringList& levels = catalog.levels();
    QStringList headers{tr("证书")};
    headers << levels << QStringList{tr("证书行"), tr("学校"), tr("学生")};
    QList<const CertificateInfo*> shown;
    for (const CertificateInfo& certificate : catalog.certificates()) {
        if (m_stats.byCertificate.contains(certificate.name))
            shown << &certificate;
    }
    setUp(m_ui->certificateTable, headers, int(shown.size()));
    QString top;
    int topRows = 0;
    for (int row = 0; row < shown.size(); ++row) {
        const CertificateStats& figures = m_stats.byCertificate[shown[row]->name];
        m_ui->certificateTable->setItem(row, 0, new QTableWidgetItem(shown[row]->name));
        for (int l = 0; l < levels.size(); ++l)
            m_ui->certificateTable->setItem(row, 1 + l, number(figures.levels.value(levels[l])));
        m_ui->certificateTable->setItem(row, 1 + int(levels.size()), number(figures.rows));
        m_ui->certificateTable->setItem(row, 2 + int(levels.size()), number(figures.schools));
        m_ui->certificateTable->setItem(row, 3 + int(levels.size()), number(figures.students));
        if (figures.rows > topRows) {
            topRows = figures.rows;
            top = shown[row]->name;
        }
    }

    setUp(m_ui->typeTable, {tr("学校类型"), tr("学校")}, int(m_stats.bySchoolType.size()));
    int row = 0;
    for (auto it = m_stats.bySchoolType.cbegin(); it != m_stats.bySchoolType.cend(); ++it, ++row) {
        m_ui->typeTable->setItem(row, 0, new QTableWidgetItem(it.key().isEmpty() ? tr("（空）") : it.key()));
        m_ui->typeTable->setItem(row, 1, number(it.value()));
    }

    setUp(m_ui->cityTable, {tr("市（州）"), tr("学校"), tr("证书行"), tr("学生")}, int(m_stats.byCity.size()));
    row = 0;
    for (auto it = m_stats.byCity.cbegin(); it != m_stats.byCity.cend(); ++it, ++row) {
        m_ui->cityTable->setItem(row, 0, new QTableWidgetItem(it.key() == u"未知" ? tr("未知") : it.key()));
        m_ui->cityTable->setItem(row, 1, number(it->schools));
        m_ui->cityTable->setItem(row, 2, number(it->rows));
        m_ui->cityTable->setItem(row, 3, number(it->students));
    }
    for (QTableWidget* table : {m_ui->certificateTable, m_ui->typeTable, m_ui->cityTable})
        table->resizeColumnsToContents();

    int w07 = 0;
    int w08 = 0;
    for (const Finding& finding : m_document->findings()) {
        w07 += finding.code == u"W07";
        w08 += finding.code == u"W08";
    }
    const FormProfile* profile = catalog.profile(workbook.header.profileId);
    const double threshold = profile ? profile->concentrationThreshold : 0.4;
    const auto percent = [](double share) -> QString { return QString::number(share * 100, 'f', 1) + u'%'; };
    QString concentration = m_stats.rows > 0 && !top.isEmpty()
                                ? tr("集中度（W07）：证书行最多的是“%1”，占 %2（%3 / %4 行），提示阈值 %5；W07 提示 %6 条。")
                                      .arg(top, percent(double(topRows) / m_stats.rows)).arg(topRows).arg(m_stats.rows)
                                      .arg(percent(threshold)).arg(w07)
                                : tr("集中度（W07）：还没有证书行。");
    concentration += u'\n' + tr("报送渠道不符（W08）：%1 所学校。").arg(w08);
    m_ui->concentrationLabel->setText(concentration);
    showChart();
}

void StatsDialog::showChart()
{
    QChart* old = m_chart->chart();
    const Catalog& catalog = Catalog::builtIn();
    switch (Table(m_ui->tabs->currentIndex())) {
    case Table::Certificates: m_chart->setChart(certificateChart(m_stats, catalog)); break;
    case Table::SchoolTypes: m_chart->setChart(schoolTypeChart(m_stats)); break;
    case Table::Cities: m_chart->setChart(cityChart(m_stats)); break;
    }
    delete old;
}

bool StatsDialog::saveChart(const QString& path) const
{
    return m_chart->grab().save(path, "PNG");
}

void StatsDialog::saveChosen()
{
    const QString path = FileDialog::saveFile(this, tr("图表另存为"), tr("统计图.png"), tr("PNG 图片 (*.png)"), QStringLiteral(".png"),
                                              QStringLiteral("chartFolder"));
    if (!path.isEmpty() && !saveChart(path))
        MessageBox::warning(this, tr("未能保存"), tr("无法写入 %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace x1::gui
