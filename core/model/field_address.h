#pragma once

#include "model/workbook.h"

#include <QString>

namespace x1 {

// Typed addresses of the values one edit changes: a header field, a field of a school, or a
// field of one certificate row. Every edit of the document names its value this way, and every
// finding points back to one (so a view can select the field).
enum class HeaderField { Unit, UnitKind, Contact, Phone, FillDate };
enum class SchoolField { Name, SchoolCode, Type, Affiliation, City, Tiers };
enum class RowField {
    Certificate, Levels, Majors, MajorCount, Students, Remark,
    TeamSize, DualQualified, IndustryExperts, Enrolment,
    TrainingAnswer, TrainingDetail, ResourcesAnswer, ResourcesDetail,
    FacilitiesAnswer, FacilitiesDetail, ManagementAnswer, ManagementDetail,
};

struct FieldAddress {
    enum class Scope { Header, School, Row };

    Scope scope = Scope::Header;
    int field = 0;   // a HeaderField, SchoolField or RowField, by scope
    int school = -1; // into Workbook::schools; -1 for the header
    int row = -1;    // into School::rows; -1 unless a row field

    static FieldAddress of(HeaderField field) { return {Scope::Header, int(field), -1, -1}; }
    static FieldAddress of(int school, SchoolField field) { return {Scope::School, int(field), school, -1}; }
    static FieldAddress of(int school, int row, RowField field) { return {Scope::Row, int(field), school, row}; }

    HeaderField headerField() const { return HeaderField(field); }
    SchoolField schoolField() const { return SchoolField(field); }
    RowField rowField() const { return RowField(field); }

    // Whether the address names an existing value of `workbook`.
    bool isValidIn(const Workbook& workbook) const;
    bool operator==(const FieldAddress&) const = default;
};

// The separator of list values (levels, majors, tiers) in their text form.
inline constexpr QChar listSeparator = u'、';

// A field's value as text: lists joined with 、, yes/no as 是/否 (empty when not answered),
// counts as digits, the date as YYYY-MM-DD, condition 1's enrolment as
// "专业=45/50/52；专业=30//28". The address must be valid.
QString fieldText(const Workbook& workbook, const FieldAddress& address);

// Sets a field from its text form (as fieldText writes it). The text must already be normalised
// (normalizeFieldValue): this only stores it.
void setFieldText(Workbook& workbook, const FieldAddress& address, const QString& text);

// The text forms of the yes/no answers.
QString yesText();
QString noText();

} // namespace x1
