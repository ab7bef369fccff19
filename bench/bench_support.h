#pragma once

#include "catalog/catalog.h"
#include "model/workbook.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace x1::bench {

struct Figures {
    double min = 0, median = 0, max = 0; // milliseconds
};

// Runs `work` `runs` times after one warm-up and returns min/median/max in milliseconds.
inline Figures measure(int runs, const std::function<void()>& work)
{
    work();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2], times.back()};
}

inline void print(const char* label, const Figures& f)
{
    std::printf("%-40s min %8.1f ms  median %8.1f ms  max %8.1f ms\n", label, f.min, f.median, f.max);
}

// A 省 workbook of `schools` 高职 schools with `rowsPerSchool` certificate rows each, with evidence.
inline Workbook generatedWorkbook(int schools, int rowsPerSchool)
{
    const Catalog& catalog = Catalog::builtIn();
    Workbook workbook;
    workbook.header = {QStringLiteral("sc-2019"), QStringLiteral("四川省教育厅"), QString(), QStringLiteral("王伟"),
                       QStringLiteral("028-86110894"), QDate(2019, 4, 22)};
    for (int s = 0; s < schools; ++s) {
        School school;
        school.name = QStringLiteral("四川第%1职业技术学院").arg(s + 1);
        school.type = QStringLiteral("高职");
        school.city = catalog.cities().at(s % catalog.cities().size()).name;
        for (int r = 0; r < rowsPerSchool; ++r) {
            const CertificateInfo& c = catalog.certificates().at(r % catalog.certificates().size());
            CertificateRow row;
            row.certificate = c.name;
            row.levels = {QStringLiteral("初级"), QStringLiteral("中级")};
            row.majors = c.majorsByLevel.value(QStringLiteral("高职")).mid(0, 3);
            row.students = QString::number(30 + (s + r) % 300);
            row.evidence.teamSize = 10;
            row.evidence.dualQualified = 6;
            row.evidence.industryExperts = 2;
            school.rows << row;
        }
        workbook.schools << school;
    }
    return workbook;
}

} // namespace x1::bench
