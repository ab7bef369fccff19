#include "command.h"

namespace x1::cli {

int runNew(Context&);
int runSet(Context&);
int runImport(Context&);
int runStats(Context&);
int runExport(Context&);
int runMerge(Context&);
int runResolve(Context&);
int runSources(Context&);
int runCheck(Context&);
int runExplain(Context&);
int runVerify(Context&);
int runFinalize(Context&);
int runReopen(Context&);
int runAddSchool(Context&);
int runSetSchool(Context&);
int runRemoveSchool(Context&);
int runAddRow(Context&);
int runSetRow(Context&);
int runRemoveRow(Context&);

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"new", "new WORKBOOK --profile sc-2019|moe-2019 [--unit NAME] [--unit-kind KIND] [--contact NAME] [--phone PHONE] [--date YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("x1::cli", "新建工作簿"), runNew},
        {"set", "set WORKBOOK [--unit NAME] [--unit-kind KIND] [--contact NAME] [--phone PHONE] [--date YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("x1::cli", "修改报送单位、联系人、电话或填报日期"), runSet},
        {"import", "import WORKBOOK SOURCE... [--on-conflict keep-both|fail|first|newest] [--strict] [--report FILE.json]",
         QT_TRANSLATE_NOOP("x1::cli", "把来源文件导入已有的工作簿"), runImport},
        {"merge", "merge OUT.x1db SOURCE... --unit NAME [--unit-kind KIND] [--contact NAME] [--phone PHONE] [--profile ID] [--on-conflict fail|first|newest] [--strict] [--report FILE.json] [--force]",
         QT_TRANSLATE_NOOP("x1::cli", "把多个来源汇总成新的工作簿"), runMerge},
        {"resolve", "resolve WORKBOOK SCHOOL --keep SOURCE",
         QT_TRANSLATE_NOOP("x1::cli", "解决冲突：保留某个来源的版本"), runResolve},
        {"sources", "sources WORKBOOK [--json]", QT_TRANSLATE_NOOP("x1::cli", "列出导入过的来源"), runSources},
        {"check", "check WORKBOOK [--json]", QT_TRANSLATE_NOOP("x1::cli", "检查工作簿，列出错误和警告"), runCheck},
        {"stats", "stats WORKBOOK [--json]", QT_TRANSLATE_NOOP("x1::cli", "统计学校、证书、学生"), runStats},
        {"explain", "explain WORKBOOK CODE [--school NAME] [--certificate CERT] [--major MAJOR] --text TEXT",
         QT_TRANSLATE_NOOP("x1::cli", "为警告填写说明"), runExplain},
        {"export", "export WORKBOOK [--xlsx OUT.xlsx] [--pdf OUT.pdf [--verbose]] [--json OUT.json]",
         QT_TRANSLATE_NOOP("x1::cli", "导出申报表（Excel、PDF）或 JSON 交换文件"), runExport},
        {"verify", "verify WORKBOOK CODE", QT_TRANSLATE_NOOP("x1::cli", "核对纸质件上的校验码"), runVerify},
        {"finalize", "finalize WORKBOOK", QT_TRANSLATE_NOOP("x1::cli", "定稿：没有错误时记录校验码"), runFinalize},
        {"reopen", "reopen WORKBOOK", QT_TRANSLATE_NOOP("x1::cli", "取消定稿"), runReopen},
        {"add-school", "add-school WORKBOOK --name NAME [--code CODE] [--type TYPE] [--city CITY] [--affiliation A] [--tiers T]",
         QT_TRANSLATE_NOOP("x1::cli", "新增一所学校"), runAddSchool},
        {"set-school", "set-school WORKBOOK SCHOOL [--name NAME] [--code CODE] [--type TYPE] [--city CITY] [--affiliation A] [--tiers T]",
         QT_TRANSLATE_NOOP("x1::cli", "修改学校的名称、标识码、类型、市（州）等"), runSetSchool},
        {"remove-school", "remove-school WORKBOOK SCHOOL", QT_TRANSLATE_NOOP("x1::cli", "删除一所学校及其证书行"),
         runRemoveSchool},
        {"add-row", "add-row WORKBOOK SCHOOL --certificate CERT [--levels L] [--majors M] [--students N] [--remark TEXT] [evidence options]",
         QT_TRANSLATE_NOOP("x1::cli", "为学校新增一行证书"), runAddRow},
        {"set-row", "set-row WORKBOOK SCHOOL ROW [--certificate CERT] [--levels L] [--majors M] [--students N] [--remark TEXT] [evidence options]",
         QT_TRANSLATE_NOOP("x1::cli", "修改一行证书（ROW 为证书名称或行号）"), runSetRow},
        {"remove-row", "remove-row WORKBOOK SCHOOL ROW", QT_TRANSLATE_NOOP("x1::cli", "删除一行证书"), runRemoveRow},
    };
    return all;
}

} // namespace x1::cli
