#pragma once

#include "model/evidence.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace x1 {

// One printed row of the form: a school's participation in one certificate.
// Values are kept as the user gave them after normalisation, so that nothing typed is lost and
// the checks can say what is wrong with it.
struct CertificateRow {
    QString certificate;   // canonical catalogue name when recognised, else as typed
    QStringList levels;    // 初级/中级/高级 when recognised, else as typed
    QStringList majors;
    QString majorCount;    // 参与试点专业数量 as given; empty means "the number of majors"
    QString students;      // 参与试点学生规模 as given (normalised, e.g. "120")
    QString remark;
    RowEvidence evidence;

    // The 专业数量 printed on the form.
    QString printedMajorCount() const;
    // 学生规模 as a number when it is a positive whole number.
    std::optional<int> studentCount() const;

    bool operator==(const CertificateRow&) const = default;
};

} // namespace x1
