#pragma once

#include "model/field_address.h"

#include <QList>
#include <QString>

#include <optional>

namespace x1 {

enum class Severity { Error, Warning };

// What an explanation attaches to: a finding's code, school, certificate and major (those that
// apply). Stable across saves, merges and re-checks.
struct FindingIdentity {
    QString code;
    QString school;
    QString certificate;
    QString major;

    // How the workbook stores it: the four parts joined with `|`, empty parts kept
    // ("W03|四川第1职业技术学院|物流管理|", "W09|||").
    QString key() const;
    bool operator==(const FindingIdentity&) const = default;
};

// One result of the checks (DOMAIN.md, "Check rules"). School, certificate, major and field are
// empty when the finding does not concern them.
struct Finding {
    QString code;         // E01 … W10
    Severity severity = Severity::Error;
    QString school;       // the school's name as stored
    QString certificate;
    QString major;
    QString field;        // unit, contact, phone, name, schoolCode, type, certificate, levels, …
    QString message;      // in the current language, says what to do
    int schoolIndex = -1; // into Workbook::schools; -1 for the workbook and its header
    int rowIndex = -1;    // into School::rows; -1 when not about one row
    bool explained = false;
    QString explanation;

    bool isError() const { return severity == Severity::Error; }
    bool isWarning() const { return severity == Severity::Warning; }
    FindingIdentity identity() const { return {code, school, certificate, major}; }
    // The field a view selects for this finding; nothing for a whole-workbook finding (W07, W09,
    // E15).
    std::optional<FieldAddress> address() const;
    bool operator==(const Finding&) const = default;
};

// One line naming a finding for a list of what blocks 定稿: "E06 四川第1职业技术学院 / 物流管理：…"
// (表头 for the header's own findings).
QString describeFinding(const Finding& finding);

struct CheckSummary {
    int errors = 0;
    int warnings = 0;             // explained or not
    int unexplainedWarnings = 0;

    static CheckSummary of(const QList<Finding>& findings);
};

} // namespace x1
