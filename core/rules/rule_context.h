#pragma once

#include "catalog/catalog.h"
#include "i18n/language.h"
#include "model/workbook.h"
#include "rules/check_engine.h"
#include "rules/finding.h"
#include "rules/rule_book.h"

#include <QHash>

namespace x1::rules {

// What one run of the checks shares between the rule files (not part of the public interface).
class RuleContext {
public:
    RuleContext(const Workbook& workbook, const Catalog& catalog, const RuleBook& book, Language language,
                QList<Finding>& out);

    const Workbook& workbook;
    const Catalog& catalog;
    const FormProfile* profile; // null when the workbook names an unknown profile
    const RuleBook& book;
    Language language;
    QString unitKind;           // the header's kind, or inferred from the unit's name

    // Where a finding is: the school and row it concerns (-1 for none) and what it names.
    struct Place {
        int school = -1;
        int row = -1;
        QString certificate;
        QString major;

        static Place ofSchool(int schoolIndex) { return {schoolIndex, -1, {}, {}}; }
    };
    // Adds a finding of `code` with the message `variant`; {school}, {certificate} and {major}
    // are filled from `place`. `field` overrides the rule's field when given.
    void add(const QString& code, const QString& variant, const Place& place, MessageArgs args = {},
             const QString& field = QString());

    // cleanName / cleanCell without a copy for values already clean (nearly all of them).
    QString cleanName(const QString& text) const;
    QString cleanText(const QString& text) const;
    // The canonical 学校类型 and 中职/高职/本科 level of a school, worked out once per school.
    const QString& schoolType(int schoolIndex);
    QString schoolLevel(int schoolIndex) { return catalog.schoolLevelOf(schoolType(schoolIndex)); }

    // The versions of a school left by a merge (E13): how many, and the source files they came from.
    struct ConflictGroup {
        int count = 0;
        QStringList sources;
    };
    const ConflictGroup& conflictGroup(int group);

    QString schoolLabel(int schoolIndex) const;
    QString joinList(const QStringList& items) const;
    QString term(const QString& key, const MessageArgs& args = {}) const { return book.term(key, language, args); }
    QString percent(double share) const;

private:
    QList<Finding>& m_out;
    QHash<int, ConflictGroup> m_conflicts; // filled on first use
    int m_typeOf = -1;
    QString m_type;
};

void checkHeader(RuleContext& context);
void checkWholeWorkbook(RuleContext& context, const CheckOptions& options);
void checkSchool(RuleContext& context, int schoolIndex);
void checkRows(RuleContext& context, int schoolIndex);

} // namespace x1::rules
