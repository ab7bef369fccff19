#include "stats_chart.h"

#include "catalog/catalog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace x1::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::gui::StatsChart)
};

QChart* horizontalChart(const QString& title, QAbstractBarSeries* series, const QStringList& categories)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);

    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    // The 21 市（州） leave a name less height than the CJK font's line: whole names overlap a
    // little rather than become "…".
    names->setTruncateLabels(false);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace

QChart* certificateChart(const WorkbookStats& stats, const Catalog& catalog)
{
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    QList<QBarSet*> sets;
    for (const QString& level : catalog.levels())
        sets << new QBarSet(level);
    // Bottom to top in the catalogue's order reads top to bottom as the table does.
    for (auto it = catalog.certificates().crbegin(); it != catalog.certificates().crend(); ++it) {
        const auto found = stats.byCertificate.find(it->name);
        if (found == stats.byCertificate.end())
            continue;
        categories << it->name;
        for (int l = 0; l < catalog.levels().size(); ++l)
            *sets[l] << found->levels.value(catalog.levels()[l]);
    }
    series->append(sets);
    return horizontalChart(Text::tr("各证书按等级的证书行数"), series, categories);
}

QChart* schoolTypeChart(const WorkbookStats& stats)
{
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(Text::tr("学校数"));
    QStringList categories;
    for (auto it = stats.bySchoolType.cbegin(); it != stats.bySchoolType.cend(); ++it) {
        // Bottom to top, so that the bars read top to bottom as the table does.
        categories.prepend(it.key().isEmpty() ? Text::tr("（空）") : it.key());
        set->insert(0, it.value());
    }
    series->append(set);
    return horizontalChart(Text::tr("按学校类型的学校数"), series, categories);
}

QChart* cityChart(const WorkbookStats& stats)
{
    auto* series = new QHorizontalBarSeries;
    auto* schools = new QBarSet(Text::tr("学校数"));
    QStringList categories;
    for (auto it = stats.byCity.cbegin(); it != stats.byCity.cend(); ++it) {
        categories.prepend(it.key() == u"未知" ? Text::tr("未知") : it.key());
        schools->insert(0, it->schools);
    }
    series->append(schools);
    return horizontalChart(Text::tr("按市（州）的学校数"), series, categories);
}

} // namespace x1::gui
