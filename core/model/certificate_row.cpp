#include "model/certificate_row.h"

namespace x1 {

QString CertificateRow::printedMajorCount() const
{
    return majorCount.isEmpty() ? QString::number(majors.size()) : majorCount;
}

std::optional<int> CertificateRow::studentCount() const
{
    bool ok = false;
    const int value = students.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace x1
