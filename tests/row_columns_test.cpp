#include "support/catch.h"

#include "storage/row_columns.h"

using namespace x1;
using namespace x1::storage;

TEST_CASE("the enrolment column reads back what was stored, gaps included", "[storage]")
{
    const QList<MajorEnrolment> enrolment = {
        MajorEnrolment{QStringLiteral("护理"), {120, std::nullopt, 140}},
        MajorEnrolment{QStringLiteral("康复治疗技术"), {std::nullopt, std::nullopt, std::nullopt}},
        MajorEnrolment{QString(), {0, 45, 50}},
    };
    const QString text = enrolmentText(enrolment);
    CHECK(text == QStringLiteral("护理\t120\t\t140\n康复治疗技术\t\t\t\n\t0\t45\t50"));
    CHECK(enrolmentFromText(text) == enrolment);
    CHECK(enrolmentFromText(QString()).isEmpty());
}

TEST_CASE("the enrolment column tolerates short lines and stray fields", "[storage]")
{
    CHECK(enrolmentFromText(QStringLiteral("护理")) == QList<MajorEnrolment>{{QStringLiteral("护理"), {}}});
    CHECK(enrolmentFromText(QStringLiteral("护理\t12")) == QList<MajorEnrolment>{{QStringLiteral("护理"), {12, std::nullopt, std::nullopt}}});
    CHECK(enrolmentFromText(QStringLiteral("护理\tx\t7\t8\t9")) == QList<MajorEnrolment>{{QStringLiteral("护理"), {std::nullopt, 7, 8}}});
    CHECK(enrolmentFromText(QStringLiteral("护理\t-5\t1234567890\t 7")) == QList<MajorEnrolment>{{QStringLiteral("护理"), {-5, std::nullopt, std::nullopt}}});
    CHECK(enrolmentFromText(QStringLiteral("a\n\nb")).size() == 3);
    CHECK(enrolmentFromText(QStringLiteral("a\n")).size() == 2);
}
