#include "edit_common.h"

#include "catalog/catalog.h"
#include "normalize/certificate_cell.h"
#include "normalize/text.h"

#include <QDir>

namespace x1::cli {

namespace {

QString nativePath(const WorkbookDocument& document)
{
    return QDir::toNativeSeparators(document.path());
}

} // namespace

std::unique_ptr<WorkbookDocument> openDocumentForEdit(Context& context, const QString& path)
{
    Result<std::unique_ptr<WorkbookDocument>> opened = WorkbookDocument::open(path);
    if (!opened) {
        context.err << opened.message() << '\n';
        return nullptr;
    }
    const WorkbookDocument& document = **opened;
    if (!document.readOnlyReason().isEmpty()) {
        context.err << document.readOnlyReason() << '\n';
        return nullptr;
    }
    if (document.isFinal()) {
        context.err << tr("%1：工作簿已定稿（校验码 %2），不能修改；如需修改，先运行 x1apply-cli reopen 取消定稿")
                           .arg(nativePath(document), document.workbook().finalisation.code)
                    << '\n';
        return nullptr;
    }
    return std::move(opened).value();
}

int schoolNamed(Context& context, const WorkbookDocument& document, const QString& named)
{
    QList<int> found;
    const QList<School>& schools = document.workbook().schools;
    for (int i = 0; i < schools.size(); ++i) {
        if ((!named.trimmed().isEmpty() && schools[i].schoolCode == named.trimmed())
            || schoolNameKey(schools[i].name) == schoolNameKey(named))
            found << i;
    }
    if (found.size() == 1)
        return found.first();
    context.err << (found.isEmpty() ? tr("%1：没有名称或学校标识码为“%2”的学校")
                                    : tr("%1：有多所学校名为“%2”，请用学校标识码指明"))
                       .arg(nativePath(document), named)
                << '\n';
    return -1;
}

int rowNamed(Context& context, const WorkbookDocument& document, int school, const QString& named)
{
    const School& owner = document.workbook().schools[school];
    bool isNumber = false;
    const int number = named.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (number >= 1 && number <= owner.rows.size())
            return number - 1;
        context.err << tr("%1：学校“%2”没有第 %3 行（共 %4 行）")
                           .arg(nativePath(document), owner.name)
                           .arg(number)
                           .arg(owner.rows.size())
                    << '\n';
        return -1;
    }
    const QString certificate = canonicalCertificate(named, Catalog::builtIn());
    QList<int> found;
    for (int i = 0; i < owner.rows.size(); ++i) {
        if (owner.rows[i].certificate == certificate)
            found << i;
    }
    if (found.size() == 1)
        return found.first();
    context.err << (found.isEmpty() ? tr("%1：学校“%2”没有证书为“%3”的行")
                                    : tr("%1：学校“%2”有多行证书为“%3”，请用行号（1、2……）指明"))
                       .arg(nativePath(document), owner.name, named)
                << '\n';
    return -1;
}

const QList<FieldOption<SchoolField>>& schoolFieldOptions()
{
    static const QList<FieldOption<SchoolField>> options = {
        {{QStringLiteral("name"), tr("试点院校名称"), QStringLiteral("NAME")}, SchoolField::Name},
        {{QStringLiteral("code"), tr("学校标识码"), QStringLiteral("CODE")}, SchoolField::SchoolCode},
        {{QStringLiteral("type"), tr("学校类型（中职、高职、本科……）"), QStringLiteral("TYPE")}, SchoolField::Type},
        {{QStringLiteral("city"), tr("所在市（州）"), QStringLiteral("CITY")}, SchoolField::City},
        {{QStringLiteral("affiliation"), tr("隶属（省属、市属……）"), QStringLiteral("AFFILIATION")}, SchoolField::Affiliation},
        {{QStringLiteral("tiers"), tr("质量层次（用顿号分隔）"), QStringLiteral("TIERS")}, SchoolField::Tiers},
    };
    return options;
}

const QList<FieldOption<RowField>>& rowFieldOptions()
{
    static const QList<FieldOption<RowField>> options = {
        {{QStringLiteral("certificate"), tr("参与试点证书"), QStringLiteral("CERT")}, RowField::Certificate},
        {{QStringLiteral("levels"), tr("等级（初级、中级、高级）"), QStringLiteral("LEVELS")}, RowField::Levels},
        {{QStringLiteral("majors"), tr("参与试点专业（用顿号分隔）"), QStringLiteral("MAJORS")}, RowField::Majors},
        {{QStringLiteral("major-count"), tr("参与试点专业数量（默认按专业计）"), QStringLiteral("N")}, RowField::MajorCount},
        {{QStringLiteral("students"), tr("参与试点学生规模"), QStringLiteral("N")}, RowField::Students},
        {{QStringLiteral("remark"), tr("备注"), QStringLiteral("TEXT")}, RowField::Remark},
        {{QStringLiteral("team-size"), tr("教学团队人数"), QStringLiteral("N")}, RowField::TeamSize},
        {{QStringLiteral("dual-qualified"), tr("其中双师型教师人数"), QStringLiteral("N")}, RowField::DualQualified},
        {{QStringLiteral("experts"), tr("其中行业企业专家人数"), QStringLiteral("N")}, RowField::IndustryExperts},
        {{QStringLiteral("enrolment"), tr("近三年招生（专业=人数/人数/人数；……）"), QStringLiteral("TEXT")}, RowField::Enrolment},
        {{QStringLiteral("training"), tr("该领域的培训经验：是或否"), QStringLiteral("ANSWER")}, RowField::TrainingAnswer},
        {{QStringLiteral("training-detail"), tr("培训经验说明"), QStringLiteral("TEXT")}, RowField::TrainingDetail},
        {{QStringLiteral("resources"), tr("优质教学资源：是或否"), QStringLiteral("ANSWER")}, RowField::ResourcesAnswer},
        {{QStringLiteral("resources-detail"), tr("优质教学资源说明"), QStringLiteral("TEXT")}, RowField::ResourcesDetail},
        {{QStringLiteral("facilities"), tr("实训条件：是或否"), QStringLiteral("ANSWER")}, RowField::FacilitiesAnswer},
        {{QStringLiteral("facilities-detail"), tr("实训条件说明"), QStringLiteral("TEXT")}, RowField::FacilitiesDetail},
        {{QStringLiteral("management"), tr("管理制度：是或否"), QStringLiteral("ANSWER")}, RowField::ManagementAnswer},
        {{QStringLiteral("management-detail"), tr("管理制度说明"), QStringLiteral("TEXT")}, RowField::ManagementDetail},
    };
    return options;
}

std::optional<EditTarget> openEditTarget(Context& context, const QStringList& positional, bool withRow)
{
    EditTarget target;
    target.document = openDocumentForEdit(context, positional.at(0));
    if (!target.document)
        return std::nullopt;
    target.school = schoolNamed(context, *target.document, positional.at(1));
    if (target.school < 0)
        return std::nullopt;
    if (withRow) {
        target.row = rowNamed(context, *target.document, target.school, positional.at(2));
        if (target.row < 0)
            return std::nullopt;
    }
    return target;
}

int reportEdit(Context& context, const Status& status, const QString& done)
{
    if (!status) {
        context.err << status.message() << '\n';
        return NothingDone;
    }
    context.err << done << '\n';
    return Done;
}

} // namespace x1::cli
