#pragma once

#include "rules/rule_context.h"

namespace x1::rules {

// What the row checks need to know about a row, worked out once.
struct RowFacts {
    QString certificateTyped; // the cell as typed (normalised); empty when empty
    QString certificate;      // the canonical certificate; empty when not in the catalogue
    QStringList majors;       // distinct majors, placeholders left out
    RuleContext::Place place;

    static RowFacts of(const RuleContext& context, int schoolIndex, int rowIndex);
    MessageArgs allowedCertificates(const RuleContext& context) const;
};

// E12, W01, W02, W03, W04, W06, W10: the majors and the evidence for the conditions.
void checkEvidence(RuleContext& context, const CertificateRow& row, const RowFacts& facts);

} // namespace x1::rules
