#include "printout/printed_form.h"

#include "catalog/catalog.h"

namespace x1 {

namespace {

QString printedDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString printedContact(const Header& header)
{
    if (header.contact.isEmpty() || header.phone.isEmpty())
        return header.contact + header.phone;
    return header.contact + u' ' + header.phone;
}

// The profile whose texts are printed; an unknown profile id prints with the first profile's
// texts (the checks report the unknown profile), so that there is always a form to render.
const FormProfile* printedProfile(const Workbook& workbook, const Catalog& catalog)
{
    if (const FormProfile* profile = catalog.profile(workbook.header.profileId))
        return profile;
    return catalog.profiles().isEmpty() ? nullptr : &catalog.profiles().first();
}

void addSchoolRows(PrintedForm& form, const School& school, int schoolIndex, int schoolNumber)
{
    const int span = std::max(1, int(school.rows.size()));
    const QString number = QString::number(schoolNumber);
    for (int r = 0; r < span; ++r) {
        PrintedRow printed;
        printed.schoolIndex = schoolIndex;
        printed.firstOfSchool = r == 0;
        printed.schoolRowSpan = r == 0 ? span : 1;
        printed.cells[0] = number;
        printed.cells[1] = school.name;
        printed.cells[2] = school.type;
        if (school.rows.isEmpty()) {
            // A school without certificate rows still shows on paper, with its row cells blank.
            printed.rowIndex = -1;
        } else {
            const CertificateRow& row = school.rows.at(r);
            printed.rowIndex = r;
            printed.cells[3] = printedCertificate(row);
            printed.cells[4] = row.printedMajorCount();
            printed.cells[5] = row.majors.join(u'、');
            printed.cells[6] = row.students;
            printed.cells[7] = row.remark;
            form.students += row.studentCount().value_or(0);
        }
        form.rows.append(std::move(printed));
    }
}

} // namespace

PrintedForm PrintedForm::of(const Workbook& workbook, const Catalog& catalog)
{
    PrintedForm form;
    form.profileId = workbook.header.profileId;
    if (const FormProfile* profile = printedProfile(workbook, catalog)) {
        form.attachmentLabel = profile->attachmentLabel;
        form.title = profile->title;
        form.unitLabel = profile->unitLabel;
        form.contactLabel = profile->contactLabel;
        form.columns = profile->columns;
        form.notesHeading = profile->notesHeading;
        form.notes = profile->notes;
        form.dateLabel = profile->dateLabel;
    }
    form.unit = workbook.header.unit;
    form.contact = printedContact(workbook.header);
    form.date = printedDate(workbook.header.fillDate);

    form.rows.reserve(workbook.rowCount() + 1);
    for (int s = 0; s < workbook.schools.size(); ++s)
        addSchoolRows(form, workbook.schools.at(s), s, s + 1);
    form.schools = int(workbook.schools.size());
    form.verificationCode = verificationCodeOf(form);
    return form;
}

QString PrintedForm::qrPayload() const
{
    return QStringLiteral("X1|%1|%2|%3|%4|%5")
        .arg(verificationCode, unit, QString::number(schools), QString::number(rows.size()),
             QString::number(students));
}

QString printedCertificate(const CertificateRow& row)
{
    if (row.levels.isEmpty())
        return row.certificate;
    return row.certificate + u'（' + row.levels.join(u'、') + u'）';
}

QString draftMarkOf(const Workbook& workbook, int errors)
{
    if (workbook.finalisation.isFinal())
        return {};
    return errors > 0 ? QStringLiteral("草稿 — 未定稿，尚有 %1 个错误").arg(errors) : QStringLiteral("草稿 — 未定稿");
}

} // namespace x1
