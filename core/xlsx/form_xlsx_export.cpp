#include "xlsx/form_xlsx_writer.h"

#include "catalog/catalog.h"
#include "rules/check_engine.h"

namespace x1 {

namespace {

// The 条件自查 row already names the school and the certificate: a message that starts with
// them ("某学院的“物流管理”双师型教师占比 …") is shown from what follows.
QString messageWithoutSubject(const Finding& finding)
{
    const QString& message = finding.message;
    if (finding.school.isEmpty())
        return message;
    const QString schoolAndCertificate = finding.school + u"的“" + finding.certificate + u'”';
    if (!finding.certificate.isEmpty() && message.startsWith(schoolAndCertificate) && message.size() > schoolAndCertificate.size())
        return message.mid(schoolAndCertificate.size());
    const QString schoolOf = finding.school + u'的';
    if (message.startsWith(schoolOf) && message.size() > schoolOf.size())
        return message.mid(schoolOf.size());
    return message;
}

} // namespace

Status exportFormXlsx(const QString& path, const Workbook& workbook, const PrintedForm& form, const Catalog& catalog,
                      bool withSelfCheck, const QList<Finding>* findings)
{
    const FormProfile* profile = catalog.profile(workbook.header.profileId);
    FormXlsxContent content{form, workbook, profile ? profile->applicationYear : workbook.header.fillDate.year(), {}};
    if (withSelfCheck) {
        content.findings = [&] {
            CheckOptions options;
            options.currentCode = form.verificationCode;
            const QList<Finding> checked = findings ? *findings : checkWorkbook(workbook, catalog, options);
            QList<SelfCheckFinding> shown;
            for (const Finding& finding : checked)
                shown.append({finding.schoolIndex, finding.rowIndex, finding.code, messageWithoutSubject(finding),
                              finding.explained ? finding.explanation : QString()});
            return shown;
        };
    }
    return writeFormXlsx(path, content);
}

} // namespace x1
