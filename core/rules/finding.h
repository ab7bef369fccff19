#pragma once

#include <QList>
#include <QString>

namespace x1 {

enum class Severity { Error, Warning };

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
    // code|school|certificate|major: what an explanation attaches to.
    QString identity() const;
};

// The identity of a finding: its code, school, certificate and major joined with `|`, empty parts
// kept ("W03|四川第1职业技术学院|物流管理|", "W09|||"). Stable across saves, merges and re-checks.
QString findingIdentity(const QString& code, const QString& school = {}, const QString& certificate = {},
                        const QString& major = {});

struct CheckSummary {
    int errors = 0;
    int warnings = 0;             // explained or not
    int unexplainedWarnings = 0;

    static CheckSummary of(const QList<Finding>& findings);
};

} // namespace x1
