#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace x1 {

// A condition of the notice answered yes or no, with a short description.
struct YesNo {
    std::optional<bool> answer;
    QString detail;

    bool entered() const { return answer.has_value(); }
    bool operator==(const YesNo&) const = default;
};

// Condition 1: enrolment of one major in each of the three years before the application year
// (index 0 is the earliest year).
struct MajorEnrolment {
    QString major;
    std::array<std::optional<int>, 3> enrolled;

    bool operator==(const MajorEnrolment&) const = default;
};

// The evidence a school gives for the ministry's five conditions, for one certificate row.
// None of it is printed on the official form.
struct RowEvidence {
    QList<MajorEnrolment> enrolment;  // condition 1
    YesNo trainingExperience;         // condition 1
    YesNo teachingResources;          // condition 2
    std::optional<int> teamSize;      // condition 3
    std::optional<int> dualQualified; // condition 3: 双师型 teachers
    std::optional<int> industryExperts; // condition 3
    YesNo facilities;                 // condition 4
    YesNo management;                 // condition 5

    bool isEmpty() const { return *this == RowEvidence{}; }
    bool operator==(const RowEvidence&) const = default;
};

} // namespace x1
