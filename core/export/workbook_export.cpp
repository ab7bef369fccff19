#include "export/workbook_export.h"

#include "catalog/catalog.h"
#include "interchange/json_file.h"
#include "printout/printed_form.h"
#include "rules/check_engine.h"
#include "xlsx/form_xlsx_writer.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>
#include <functional>

namespace x1 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("x1", text);
}

Error targetError(const QString& path, const QString& reason)
{
    return Error{tr("%1：%2").arg(QDir::toNativeSeparators(path), reason)};
}

// A file beside the target that is renamed over it once every target was written.
QString temporaryPathFor(const QString& target)
{
    const QFileInfo info(target);
    return info.dir().filePath(QStringLiteral(".~x1part.") + info.fileName());
}

struct Target {
    QString path;
    std::function<Status(const QString& temporaryPath, const Progress& progress)> write;
};

Status checkTargets(const QList<Target>& targets)
{
    QStringList seen;
    for (const Target& target : targets) {
        const QFileInfo info(target.path);
        const QString canonical = QDir::cleanPath(info.absoluteFilePath());
        if (seen.contains(canonical, Qt::CaseInsensitive))
            return targetError(target.path, tr("同一个文件被指定了两次"));
        seen << canonical;
        if (info.isDir())
            return targetError(target.path, tr("这是一个文件夹，不是文件"));
        if (!info.dir().exists())
            return targetError(target.path, tr("文件夹不存在"));
        if (info.exists() && !info.isWritable())
            return targetError(target.path, tr("文件是只读的"));
        // Whether the folder takes a new file: the temporary file is made and removed at once.
        QFile probe(temporaryPathFor(target.path));
        if (!probe.open(QIODevice::WriteOnly))
            return targetError(target.path, tr("文件夹不能写入（%1）").arg(fileErrorText(probe)));
        probe.close();
        probe.remove();
    }
    return {};
}

void removeTemporaries(const QList<Target>& targets)
{
    for (const Target& target : targets)
        QFile::remove(temporaryPathFor(target.path));
}

Status renameOver(const QString& from, const QString& to)
{
    std::error_code error;
    // Replaces an existing file on Windows as well (MoveFileEx with MOVEFILE_REPLACE_EXISTING).
    std::filesystem::rename(from.toStdU16String(), to.toStdU16String(), error);
    if (error)
        return targetError(to, tr("无法写入（%1）").arg(QString::fromLocal8Bit(error.message())));
    return {};
}

PrintedForm formToPrint(const Workbook& workbook, const Catalog& catalog, QList<Finding>* findings)
{
    PrintedForm form = PrintedForm::of(workbook, catalog);
    CheckOptions options;
    options.currentCode = form.verificationCode;
    *findings = checkWorkbook(workbook, catalog, options);
    form.draftMark = draftMarkOf(workbook, CheckSummary::of(*findings).errors);
    return form;
}

} // namespace

PrintedForm formToPrint(const Workbook& workbook, int* errors)
{
    QList<Finding> findings;
    PrintedForm form = formToPrint(workbook, Catalog::builtIn(), &findings);
    if (errors)
        *errors = CheckSummary::of(findings).errors;
    return form;
}

Result<ExportOutcome> exportWorkbook(const Workbook& workbook, const ExportRequest& request, const Progress& progress)
{
    const Catalog& catalog = Catalog::builtIn();
    QList<Finding> findings;
    const PrintedForm form = formToPrint(workbook, catalog, &findings);

    ExportOutcome outcome;
    outcome.verificationCode = form.verificationCode;
    outcome.errors = CheckSummary::of(findings).errors;
    outcome.draftMark = form.draftMark;

    QList<Target> targets;
    if (!request.xlsx.isEmpty())
        targets.append({request.xlsx, [&](const QString& path, const Progress&) {
                            return exportFormXlsx(path, workbook, form, catalog, request.withSelfCheck, &findings);
                        }});
    if (!request.pdf.isEmpty())
        targets.append({request.pdf, [&](const QString& path, const Progress& pages) {
                            return pdf::writeFormPdf(form, path, &outcome.fonts, pages);
                        }});
    if (!request.json.isEmpty())
        targets.append({request.json, [&](const QString& path, const Progress&) { return writeJsonFile(path, workbook); }});
    if (Status checked = checkTargets(targets); !checked)
        return checked.error();

    // Progress in hundredths of a target, so that one PDF's pages move the bar too.
    constexpr int perTarget = 100;
    const int total = int(targets.size()) * perTarget;
    for (int i = 0; i < int(targets.size()); ++i) {
        const Target& target = targets[i];
        if (progress.cancelled()) {
            removeTemporaries(targets);
            return Error{cancelledText()};
        }
        const int start = i * perTarget;
        progress(start, total, target.path);
        const Progress pages{[&](int page, int pages, const QString&) {
                                 progress(start + page * perTarget / std::max(pages, 1), total, target.path);
                             },
                             progress.cancel};
        if (Status written = target.write(temporaryPathFor(target.path), pages); !written) {
            removeTemporaries(targets);
            // The temporary name means nothing to the user: the message names the target.
            return Error{QString(written.message()).replace(QDir::toNativeSeparators(temporaryPathFor(target.path)),
                                                           QDir::toNativeSeparators(target.path))};
        }
    }
    for (const Target& target : targets) {
        if (Status renamed = renameOver(temporaryPathFor(target.path), target.path); !renamed) {
            removeTemporaries(targets);
            return renamed.error();
        }
        outcome.written << target.path;
    }
    progress(total, total, QString());
    return outcome;
}

} // namespace x1
