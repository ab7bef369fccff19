#!/usr/bin/python3
"""Writes the corpus of hand-filled-looking forms and, beside each, what importing it must give.

    /usr/bin/python3 make_corpus.py        # rewrites *.xlsx, *.xls and expected/*.json here

Each case is a form a clerk could have sent: the quirks of hand filling in Excel (merged,
repeated or first-row-only school cells, blank rows, full-width digits, `120人`, majors split by
、，or line breaks, numbers stored as text, certificate spellings, two-cell 报送单位, 附件 rows,
another sheet than the first, a 填报日期 cell), written with openpyxl (.xlsx), xlwt (.xls), or as
raw XML when only Excel itself writes the quirk (shared strings, rich-text runs with <rPh>,
_xHHHH_ escapes, a wrong <dimension>, `$` in merge references, cells without addresses).
The expected JSON is written by hand below, case by case: it is what a person reads in the form.
"""
import datetime
import json
import os
import zipfile

from openpyxl import Workbook
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2019, 4, 23, 8, 30, 0)
TITLE = "四川省首批1+X证书制度试点院校申报表"
MOE_TITLE = "首批1+X证书制度试点院校情况汇总表"
HEADERS = ["序号", "试点院校名称", "学校类型", "参与试点证书及等级",
           "参与试点专业数量", "参与试点专业名称", "参与试点学生规模", "备注"]
NOTES = [
    "1.报送单位为市州级教育行政部门或高职院校或省属中职学校。",
    "2.“学校类型”栏填写中职、高职教育试点学校。",
    "3.“参与试点证书及等级”栏从首批启动试点的6个证书中选取填写，证书一般分初级、中级、高级。",
    "4.“参与试点专业名称”栏列举该试点院校参与对应证书试点的全部专业名称。",
]
NOT_A_NUMBER = "学生规模不是整数"
COUNT_NOT_A_NUMBER = "专业数量不是整数"
UNKNOWN_CERT = "证书名称不在首批证书目录中"
BAD_LEVEL = "证书名称后的等级无法识别（应为初级、中级、高级）"
UNKNOWN_TYPE = "无法识别的学校类型"
NO_HEADER = "所在列没有可识别的表头，内容无法归入任何栏目"
BAD_DATE = "填报日期无法识别（应如 2019年4月22日 或 2019-04-22）"


class Form:
    """A sheet as rows of values (None = empty) plus merged ranges (0-based r1, c1, r2, c2)."""

    def __init__(self, name="申报表"):
        self.name, self.rows, self.merges = name, [], []

    def add(self, *values, merge_across=None):
        self.rows.append(list(values))
        r = len(self.rows) - 1
        if merge_across is not None:
            self.merges.append((r, 0, r, merge_across))
        return r


def standard(schools, unit="成都市教育局", contact="王伟 028-86110894", style="merge",
             headers=HEADERS, title=TITLE, notes=NOTES, name="申报表"):
    """The official layout. schools: (name, type, [(cert, count, majors, students, remark)])."""
    f = Form(name)
    f.add(title, merge_across=7)
    f.add(f"报送单位：（盖章）{unit}", None, None, None, f"联系人及电话：{contact}")
    f.merges += [(1, 0, 1, 3), (1, 4, 1, 7)]
    f.add(*headers)
    for seq, (school, kind, rows) in enumerate(schools, start=1):
        first = len(f.rows)
        for k, (cert, n, majors, students, remark) in enumerate(rows):
            show = k == 0 or style == "repeat"
            f.add(seq if show else None, school if show else None, kind if show else None,
                  cert, n, majors, students, remark)
        if style == "merge" and len(rows) > 1:
            f.merges += [(first, c, len(f.rows) - 1, c) for c in range(3)]
    for note in notes:
        f.add(note, merge_across=7)
    return f


def write_xlsx(path, forms, modified=FIXED, date_cells=()):
    wb = Workbook()
    wb.properties.creator = "make_corpus.py"
    wb.properties.created = FIXED
    wb.properties.modified = modified
    wb.remove(wb.active)
    for form in forms:
        ws = wb.create_sheet(form.name)
        for r, values in enumerate(form.rows, start=1):
            for c, v in enumerate(values, start=1):
                if v is not None:
                    ws.cell(row=r, column=c, value=v)
        for (r1, c1, r2, c2) in form.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    for sheet, ref, fmt in date_cells:
        wb[sheet][ref].number_format = fmt
    wb.save(path)


def write_xls(path, forms):
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for form in forms:
        ws = wb.add_sheet(form.name)
        covered = set()
        for (r1, c1, r2, c2) in form.merges:
            top = form.rows[r1][c1] if c1 < len(form.rows[r1]) else None
            ws.write_merge(r1, r2, c1, c2, top)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, values in enumerate(form.rows):
            for c, v in enumerate(values):
                if v is not None and (r, c) not in covered:
                    if isinstance(v, datetime.date):
                        ws.write(r, c, v, date_style)
                    else:
                        ws.write(r, c, v)
    wb.save(path)


CASES = {}


def case(name, schools, unit="成都市教育局", contact="王伟", phone="028-86110894",
         profile="sc-2019", fill_date="2019-04-23", issues=(), errors=(), error=None):
    """Records what importing `name` must give; `errors`: the check engine's errors on the result,
    as code|school|certificate|field."""
    CASES[name] = {"error": error} if error else {
        "header": {"profile": profile, "unit": unit, "contact": contact, "phone": phone,
                   "fillDate": fill_date},
        "schools": [{"name": n, "type": t, "schoolCode": code, "rows": [
            {"certificate": c, "levels": lv, "majorCount": mc, "majors": mj, "students": st,
             "remark": rm} for (c, lv, mc, mj, st, rm) in rows]} for (n, t, code, rows) in schools],
        "issues": [{"sheet": s, "cell": a, "text": tx, "reason": why} for (s, a, tx, why) in issues],
        "errors": list(errors),
    }


def school(name, kind, rows, code=""):
    return (name, kind, code, rows)


def row(cert, levels, count, majors, students, remark=""):
    return (cert, levels, count, majors, students, remark)


# ---------------------------------------------------------------- the cases written with openpyxl
BIM, WEB, LOG, OLD, CAR, NEV = "建筑信息模型（BIM）", "Web前端开发", "物流管理", "老年照护", "汽车运用与维修", "智能新能源汽车"
A_ROWS = [("建筑信息模型（BIM）（初级、中级）", 2, "建筑工程技术、工程造价", 120, None),
          ("Web前端开发（初级）", 1, "软件技术", 60, "牵头院校")]
A_EXPECT = [row(BIM, ["初级", "中级"], "2", ["建筑工程技术", "工程造价"], "120"),
            row(WEB, ["初级"], "1", ["软件技术"], "60", "牵头院校")]
B_ROWS = [("老年照护（初级）", 1, "护理", 45, None)]
B_EXPECT = [row(OLD, ["初级"], "1", ["护理"], "45")]
AB = [("四川建筑职业技术学院", "高职", A_ROWS), ("成都市礼仪职业中学", "中职", B_ROWS)]
AB_EXPECT = [school("四川建筑职业技术学院", "高职", A_EXPECT), school("成都市礼仪职业中学", "中职", B_EXPECT)]


def openpyxl_cases():
    write_xlsx(f"{HERE}/01_merged_school_cells.xlsx", [standard(AB)])
    case("01_merged_school_cells.xlsx", AB_EXPECT)

    write_xlsx(f"{HERE}/02_names_repeated.xlsx", [standard(AB, style="repeat")])
    case("02_names_repeated.xlsx", AB_EXPECT)

    write_xlsx(f"{HERE}/03_name_on_first_row_only.xlsx", [standard(AB, style="first")])
    case("03_name_on_first_row_only.xlsx", AB_EXPECT)

    headers = ["序  号", "试点院校\n名称", "学校\n类型", "参与试点证书\n及等级", "参与试点\n专业数量",
               "参与试点专业名称", " 参与试点学生规模 ", "备 注"]
    write_xlsx(f"{HERE}/04_header_line_breaks.xlsx", [standard(AB, headers=headers)])
    case("04_header_line_breaks.xlsx", AB_EXPECT)

    f = standard(AB)
    f.rows[1] = ["报送单位：（盖章）", "宜宾市教育局", None, None, "联系人及电话：", "李娜 0831-8223456"]
    f.merges = [m for m in f.merges if m[0] != 1]
    write_xlsx(f"{HERE}/05_unit_in_two_cells.xlsx", [f])
    case("05_unit_in_two_cells.xlsx", AB_EXPECT, unit="宜宾市教育局", contact="李娜", phone="0831-8223456")

    f = standard(AB)
    f.rows[1] = ["报送单位：德阳市教育局（盖章）", None, None, "联系人：赵敏", None, "联系电话：13981012345"]
    f.merges = [m for m in f.merges if m[0] != 1]
    write_xlsx(f"{HERE}/06_seal_at_end_contact_and_phone_apart.xlsx", [f])
    case("06_seal_at_end_contact_and_phone_apart.xlsx", AB_EXPECT, unit="德阳市教育局", contact="赵敏",
         phone="13981012345")

    f = standard(AB)
    f.rows[1] = ["报送单位（盖章）：绵阳市教育局        联系人及电话：张敏，0816-2345678"]
    f.merges = [m for m in f.merges if m[0] != 1] + [(1, 0, 1, 7)]
    write_xlsx(f"{HERE}/07_unit_and_contact_in_one_cell.xlsx", [f])
    case("07_unit_and_contact_in_one_cell.xlsx", AB_EXPECT, unit="绵阳市教育局", contact="张敏",
         phone="0816-2345678")

    f = standard(AB)
    f.rows.insert(0, ["附件"])
    f.merges = [(r + 1, c1, r2 + 1, c2) for (r, c1, r2, c2) in f.merges]
    write_xlsx(f"{HERE}/08_attachment_row_above_title.xlsx", [f])
    case("08_attachment_row_above_title.xlsx", AB_EXPECT)

    cover = Form("填表说明")
    cover.add("请各单位于4月26日前报送。")
    cover.add("学校类型填写中职或高职。")
    write_xlsx(f"{HERE}/09_form_on_second_sheet.xlsx", [cover, standard(AB, name="Sheet2")])
    case("09_form_on_second_sheet.xlsx", AB_EXPECT)

    f = standard(AB)
    f.rows.insert(5, [None] * 8)
    f.rows.insert(3, [])
    f.rows.insert(-4, [None, None, " "])

    def shifted(r):
        return r + (r >= 3) + (r >= 5) + (r >= 6)
    f.merges = [(shifted(r1), c1, shifted(r2), c2) for (r1, c1, r2, c2) in f.merges]
    write_xlsx(f"{HERE}/10_blank_rows.xlsx", [f])
    case("10_blank_rows.xlsx", AB_EXPECT)

    rows = [("Ｗｅｂ前端开发（初级、中级）", "２", "软件技术、计算机网络技术", "１２０", None),
            ("物流管理（初级）", 1, "物流管理", "８０人", "　")]
    write_xlsx(f"{HERE}/11_full_width_digits.xlsx", [standard([("四川商务职业学院", "高职", rows)])])
    case("11_full_width_digits.xlsx", [school("四川商务职业学院", "高职", [
        row(WEB, ["初级", "中级"], "2", ["软件技术", "计算机网络技术"], "120"),
        row(LOG, ["初级"], "1", ["物流管理"], "80")])])

    rows = [("老年照护（初级）", 2, "护理、助产", "120人", None),
            ("物流管理（中级）", 1, "物流管理", "90 人", None),
            ("汽车运用与维修（初级）", 1, "汽车检测与维修技术", "约100人", None),
            ("Web前端开发（初级）", 1, "软件技术", "待定", None)]
    write_xlsx(f"{HERE}/12_students_with_units.xlsx", [standard([("四川卫生职业学院", "高职", rows)])])
    case("12_students_with_units.xlsx", [school("四川卫生职业学院", "高职", [
        row(OLD, ["初级"], "2", ["护理", "助产"], "120"),
        row(LOG, ["中级"], "1", ["物流管理"], "90"),
        row(CAR, ["初级"], "1", ["汽车检测与维修技术"], "约100人"),
        row(WEB, ["初级"], "1", ["软件技术"], "待定")])],
        issues=[("申报表", "G6", "约100人", NOT_A_NUMBER), ("申报表", "G7", "待定", NOT_A_NUMBER)],
        errors=["E08|四川卫生职业学院|汽车运用与维修|students", "E08|四川卫生职业学院|Web前端开发|students"])

    rows = [("建筑信息模型（BIM）（初级）", 3, "建筑工程施工，工程造价，建筑装饰", 100, "无"),
            ("Web前端开发（初级）", 3, "计算机应用\n软件与信息服务\n网站建设与管理", 80, "/"),
            ("物流管理（初级）", 2, "物流服务与管理；电子商务", 60, "-"),
            ("老年照护（初级）", 0, "无", 40, "——")]
    write_xlsx(f"{HERE}/13_majors_separators_and_placeholders.xlsx",
               [standard([("成都市财贸职业高级中学", "中职", rows)])])
    case("13_majors_separators_and_placeholders.xlsx", [school("成都市财贸职业高级中学", "中职", [
        row(BIM, ["初级"], "3", ["建筑工程施工", "工程造价", "建筑装饰"], "100"),
        row(WEB, ["初级"], "3", ["计算机应用", "软件与信息服务", "网站建设与管理"], "80"),
        row(LOG, ["初级"], "2", ["物流服务与管理", "电子商务"], "60"),
        row(OLD, ["初级"], "0", [], "40")])], errors=["E07|成都市财贸职业高级中学|老年照护|majors"])

    rows = [("物流管理（初级）", "2", "物流管理、电子商务", "150", 2019),
            ("老年照护（中级）", 1.0, "护理", 75.0, None)]
    f = standard([("四川现代职业学院", "高职", rows)])
    f.rows[3][0] = "1"
    write_xlsx(f"{HERE}/14_numbers_as_text_and_text_as_numbers.xlsx", [f])
    case("14_numbers_as_text_and_text_as_numbers.xlsx", [school("四川现代职业学院", "高职", [
        row(LOG, ["初级"], "2", ["物流管理", "电子商务"], "150", "2019"),
        row(OLD, ["中级"], "1", ["护理"], "75")])])

    rows = [("建筑信息模型(BIM)初级/中级/高级", 1, "建筑工程技术", 100, None),
            ("Web前端开发-中级", 1, "软件技术", 50, None),
            ("汽车运用与维修 初、中级", 1, "汽车检测与维修技术", 60, None),
            ("BIM（初级）", 1, "工程造价", 30, None),
            ("WEB前端开发（中级、高级）", 1, "计算机应用技术", 40, None),
            ("物流管理职业技能等级证书（初级）", 1, "物流管理", 50, None),
            ("新能源汽车(初级)", 1, "新能源汽车技术", 45, None),
            ("老年照护 初级 中级", 1, "护理", 35, None),
            ("建筑信息模型（BIM）", 1, "建设工程管理", 20, None)]
    write_xlsx(f"{HERE}/15_certificate_spellings.xlsx", [standard([("四川交通职业技术学院", "高职", rows)])])
    case("15_certificate_spellings.xlsx", [school("四川交通职业技术学院", "高职", [
        row(BIM, ["初级", "中级", "高级"], "1", ["建筑工程技术"], "100"),
        row(WEB, ["中级"], "1", ["软件技术"], "50"),
        row(CAR, ["初级", "中级"], "1", ["汽车检测与维修技术"], "60"),
        row(BIM, ["初级"], "1", ["工程造价"], "30"),
        row(WEB, ["中级", "高级"], "1", ["计算机应用技术"], "40"),
        row(LOG, ["初级"], "1", ["物流管理"], "50"),
        row(NEV, ["初级"], "1", ["新能源汽车技术"], "45"),
        row(OLD, ["初级", "中级"], "1", ["护理"], "35"),
        row(BIM, [], "1", ["建设工程管理"], "20")])],
        errors=["E09|四川交通职业技术学院|建筑信息模型（BIM）|certificate", "E09|四川交通职业技术学院|Web前端开发|certificate",
                "E05|四川交通职业技术学院|建筑信息模型（BIM）|levels", "E09|四川交通职业技术学院|建筑信息模型（BIM）|certificate"])

    headers = ["序号", "试点院校名称", "学校类型", "参与试点证书", "等级", "参与试点专业数量",
               "参与试点专业名称", "参与试点学生规模", "备注"]
    f = Form()
    f.add(TITLE, merge_across=8)
    f.add("报送单位：（盖章）泸州市教育局", None, None, None, None, "联系人及电话：陈静 0830-3191234")
    f.add(*headers)
    f.add(1, "泸县职业技术学校", "中职", "物流管理", "初级、中级", 1, "物流服务与管理", 88, None)
    f.add(None, None, None, "老年照护", "初", 1, "护理", 40, None)
    f.add(None, None, None, "Web前端开发", "特级", 1, "计算机应用", 30, None)
    f.merges += [(3, 0, 5, 0), (3, 1, 5, 1), (3, 2, 5, 2)]
    for note in NOTES:
        f.add(note, merge_across=8)
    write_xlsx(f"{HERE}/16_levels_in_their_own_column.xlsx", [f])
    case("16_levels_in_their_own_column.xlsx", [school("泸县职业技术学校", "中职", [
        row(LOG, ["初级", "中级"], "1", ["物流服务与管理"], "88"),
        row(OLD, ["初级"], "1", ["护理"], "40"),
        row(WEB, ["特级"], "1", ["计算机应用"], "30")])], unit="泸州市教育局", contact="陈静", phone="0830-3191234",
        issues=[("申报表", "E6", "特级", "等级无法识别（应为初级、中级、高级）")],
        errors=["E05|泸县职业技术学校|Web前端开发|levels"])

    f = standard(AB)
    f.add(None)
    f.add(None, None, None, None, None, "填报日期：2019年4月22日")
    write_xlsx(f"{HERE}/17_fill_date_as_text.xlsx", [f])
    case("17_fill_date_as_text.xlsx", AB_EXPECT, fill_date="2019-04-22")

    f = standard(AB)
    f.add("填报日期：", datetime.datetime(2019, 4, 25))
    write_xlsx(f"{HERE}/18_fill_date_as_date_cell.xlsx", [f], date_cells=[("申报表", "B11", "yyyy\"年\"m\"月\"d\"日\"")])
    case("18_fill_date_as_date_cell.xlsx", AB_EXPECT, fill_date="2019-04-25")

    rows = [("无人机驾驶（初级）", 1, "无人机应用技术", 50, None),
            ("Web前端开发（特级）", 1, "软件技术", 40, None),
            ("物流管理（初级）", "三个", "物流管理、电子商务、市场营销", 60, None)]
    f = standard([("四川航天职业技术学院", "民办高职", rows), ("四川省工业学校", "中专", B_ROWS)])
    f.rows[4].append("请核实")
    f.add("填报日期：四月下旬")
    write_xlsx(f"{HERE}/19_cells_not_understood.xlsx", [f])
    case("19_cells_not_understood.xlsx", [
        school("四川航天职业技术学院", "民办高职", [
            row("无人机驾驶", ["初级"], "1", ["无人机应用技术"], "50"),
            row(WEB, ["特级"], "1", ["软件技术"], "40"),
            row(LOG, ["初级"], "三个", ["物流管理", "电子商务", "市场营销"], "60")]),
        school("四川省工业学校", "中职", B_EXPECT)],
        issues=[("申报表", "C4", "民办高职", UNKNOWN_TYPE), ("申报表", "D4", "无人机驾驶（初级）", UNKNOWN_CERT),
                ("申报表", "I5", "请核实", NO_HEADER), ("申报表", "D5", "Web前端开发（特级）", BAD_LEVEL),
                ("申报表", "E6", "三个", COUNT_NOT_A_NUMBER), ("申报表", "A12", "四月下旬", BAD_DATE)],
        errors=["E02|四川航天职业技术学院||type", "E04|四川航天职业技术学院|无人机驾驶|certificate",
                "E05|四川航天职业技术学院|Web前端开发|levels", "E06|四川航天职业技术学院|物流管理|majorCount"])

    moe = [("四川工程职业技术学院", "高职", [("智能新能源汽车（初级、中级）", 2, "新能源汽车技术、汽车电子技术", 150, None)]),
           ("成都职业技术学院", "职业本科", [("Web前端开发（中级）", 1, "软件工程技术", 80, None)]),
           ("西华大学", "应用型本科", [("建筑信息模型（BIM）（高级）", 1, "土木工程", 60, None)])]
    moe_notes = ["注："] + ["1.报送单位为省级教育行政部门或国家开放大学。", "2.“学校类型”栏填写中职、高职、本科层次职业教育试点学校或应用型本科。"]
    write_xlsx(f"{HERE}/20_ministry_summary_form.xlsx",
               [standard(moe, unit="四川省教育厅", contact="刘洋 028-86113900", title=MOE_TITLE, notes=moe_notes)])
    case("20_ministry_summary_form.xlsx", [
        school("四川工程职业技术学院", "高职", [row(NEV, ["初级", "中级"], "2", ["新能源汽车技术", "汽车电子技术"], "150")]),
        school("成都职业技术学院", "本科层次职业教育试点学校", [row(WEB, ["中级"], "1", ["软件工程技术"], "80")]),
        school("西华大学", "应用型本科", [row(BIM, ["高级"], "1", ["土木工程"], "60")])],
        profile="moe-2019", unit="四川省教育厅", contact="刘洋", phone="028-86113900")

    write_xlsx(f"{HERE}/21_same_school_further_down.xlsx", [standard(
        [("四川建筑职业技术学院", "高职", A_ROWS[:1]), ("成都市礼仪职业中学", "中职", B_ROWS),
         ("四川建筑职业技术学院", "高职", A_ROWS[1:])])])
    case("21_same_school_further_down.xlsx", AB_EXPECT)

    headers = ["序号", "学校标识码", "试点院校名称", "学校类型", "参与试点证书及等级", "参与试点专业数量",
               "参与试点专业名称", "参与试点学生规模", "备注"]
    f = Form()
    f.add(TITLE, merge_across=8)
    f.add("报送单位：（盖章）四川交通职业技术学院", None, None, None, None, "联系人及电话：周杰 028-87654321")
    f.add(*headers)
    f.add(1, "4151010618", "四川交通职业技术学院", "高职", "汽车运用与维修（初级、中级）", 1, "汽车检测与维修技术", 200, None)
    f.add(None, None, None, None, "智能新能源汽车（初级）", 1, "新能源汽车技术", 100, None)
    f.merges += [(3, c, 4, c) for c in range(4)]
    write_xlsx(f"{HERE}/22_school_code_column.xlsx", [f])
    case("22_school_code_column.xlsx", [school("四川交通职业技术学院", "高职", [
        row(CAR, ["初级", "中级"], "1", ["汽车检测与维修技术"], "200"),
        row(NEV, ["初级"], "1", ["新能源汽车技术"], "100")], code="4151010618")],
        unit="四川交通职业技术学院", contact="周杰", phone="028-87654321")

    f = standard(AB, notes=["注：", "1、报送单位为市州级教育行政部门。", "2、学校类型填中职或高职。"])
    f.add("填表人：王伟", None, None, "审核人：李强")
    write_xlsx(f"{HERE}/23_notes_with_heading_and_signatures.xlsx", [f])
    case("23_notes_with_heading_and_signatures.xlsx", AB_EXPECT)

    f = Form()
    f.add(TITLE, merge_across=7)
    f.add("报送单位：（盖章）乐山市教育局", None, None, None, "联系人及电话：罗军 0833-2134567")
    f.add(*HEADERS)
    f.add(1, "  犍为县职业高级中学 ", " 中职学校", None, None, None, None, None)
    f.add(None, None, None, "物流管理（初级）", 1, "物流服务与管理", 50, None)
    f.add(None, None, None, "汽车运用与维修（初级）", 1, "汽车运用与维修", 70, None)
    f.add(2, "乐山市第一职业高级中学", "职高", "老年照护（初级）", 1, "护理", "30", None)
    for note in NOTES:
        f.add(note, merge_across=7)
    write_xlsx(f"{HERE}/24_school_line_then_certificate_lines.xlsx", [f])
    case("24_school_line_then_certificate_lines.xlsx", [
        school("犍为县职业高级中学", "中职", [row(LOG, ["初级"], "1", ["物流服务与管理"], "50"),
                                         row(CAR, ["初级"], "1", ["汽车运用与维修"], "70")]),
        school("乐山市第一职业高级中学", "中职", [row(OLD, ["初级"], "1", ["护理"], "30")])],
        unit="乐山市教育局", contact="罗军", phone="0833-2134567")

    nothing = Form("Sheet1")
    nothing.add("姓名", "电话")
    nothing.add("王伟", "028-86110894")
    write_xlsx(f"{HERE}/25_spreadsheet_without_the_form.xlsx", [nothing])
    case("25_spreadsheet_without_the_form.xlsx", [], error="没有找到申报表")

    with open(f"{HERE}/26_not_a_spreadsheet.xlsx", "w", encoding="utf-8") as out:
        out.write("这不是电子表格，只是改了扩展名的文本文件。\n")
    case("26_not_a_spreadsheet.xlsx", [], error="不是 Excel 文件")

    f = Form()
    f.add(None, TITLE)
    f.add(None, "报送单位：（盖章）南充市教育局", None, None, None, "联系人及电话：何伟 0817-2801234")
    f.add(None, *HEADERS)
    f.add(None, 1, "南部县职业技术学校", "中职", "汽车运用与维修（初级）", 2, "汽车运用与维修、汽车车身修复", 100, None)
    f.add(None, 2, "营山县职业高级中学", "中职", "物流管理（初级）", 1, "物流服务与管理", 50, None)
    for seq in range(3, 7):
        f.add(None, seq)
    f.add(None, "合计", None, None, None, 3, None, 150, None)
    f.merges += [(0, 1, 0, 8)]
    write_xlsx(f"{HERE}/37_offset_columns_prenumbered_rows_and_total.xlsx", [f])
    case("37_offset_columns_prenumbered_rows_and_total.xlsx", [
        school("南部县职业技术学校", "中职", [row(CAR, ["初级"], "2", ["汽车运用与维修", "汽车车身修复"], "100")]),
        school("营山县职业高级中学", "中职", [row(LOG, ["初级"], "1", ["物流服务与管理"], "50")])],
        unit="南充市教育局", contact="何伟", phone="0817-2801234")

    second = standard([("成都市礼仪职业中学", "中职", B_ROWS)], name="礼仪职中")
    write_xlsx(f"{HERE}/38_two_sheets_holding_forms.xlsx",
               [standard([("四川建筑职业技术学院", "高职", A_ROWS)], name="建筑学院"), second])
    case("38_two_sheets_holding_forms.xlsx", [school("四川建筑职业技术学院", "高职", A_EXPECT)],
         issues=[("礼仪职中", "A3", "试点院校名称", "此工作表也有申报表，未导入（只导入了工作表“建筑学院”，请拆成单独的文件）")])

    f = Form("Sheet1")
    f.add(*HEADERS)
    f.add(1, "四川邮电职业技术学院", "高职", "Web前端开发（初级）", 1, "计算机网络技术", 90, None)
    write_xlsx(f"{HERE}/39_table_only_no_title_no_unit.xlsx", [f])
    case("39_table_only_no_title_no_unit.xlsx", [
        school("四川邮电职业技术学院", "高职", [row(WEB, ["初级"], "1", ["计算机网络技术"], "90")])],
        unit="", contact="", phone="",
        errors=["E10|||unit", "E10|||contact", "E10|||phone"])

    f = standard(AB)
    f.rows[1] = ["报送单位：", "成都市教育局（盖章）", None, None, "联系人及电话：李强028-86110894、13912345678"]
    f.merges = [m for m in f.merges if m[0] != 1]
    write_xlsx(f"{HERE}/40_seal_in_value_cell_two_phone_numbers.xlsx", [f])
    case("40_seal_in_value_cell_two_phone_numbers.xlsx", AB_EXPECT, contact="李强",
         phone="028-86110894、13912345678")

    f = standard(AB)
    f.rows.insert(3, list(range(1, 9)))
    f.merges = [(r1 + (r1 >= 3), c1, r2 + (r2 >= 3), c2) for (r1, c1, r2, c2) in f.merges]
    write_xlsx(f"{HERE}/42_column_numbers_under_the_header.xlsx", [f])
    case("42_column_numbers_under_the_header.xlsx", AB_EXPECT)

    f = Form()
    f.add(TITLE, merge_across=8)
    f.add("报送单位：（盖章）眉山市教育局", None, None, None, None, "联系人及电话：苏芳 028-38101234")
    f.add("序号", "试点院校名称", "学校类型", "参与试点证书及等级", None, "参与试点专业数量", "参与试点专业名称",
          "参与试点学生规模", "备注")
    f.add(None, None, None, "证书名称", "等级")
    f.merges += [(2, c, 3, c) for c in (0, 1, 2, 5, 6, 7, 8)] + [(2, 3, 2, 4)]
    f.add(1, "仁寿县职业高级中学", "中职", "老年照护", "初级、中级", 1, "护理", 60, None)
    f.add(None, None, None, "物流管理", "初级", 1, "物流服务与管理", 40, None)
    f.merges += [(4, c, 5, c) for c in range(3)]
    for note in NOTES:
        f.add(note, merge_across=8)
    write_xlsx(f"{HERE}/44_header_on_two_rows.xlsx", [f])
    case("44_header_on_two_rows.xlsx", [school("仁寿县职业高级中学", "中职", [
        row(OLD, ["初级", "中级"], "1", ["护理"], "60"), row(LOG, ["初级"], "1", ["物流服务与管理"], "40")])],
        unit="眉山市教育局", contact="苏芳", phone="028-38101234")


# ---------------------------------------------------------------- legacy .xls (xlwt, read by FreeXL)
def xls_cases():
    f = standard(AB)
    write_xls(f"{HERE}/27_xls_merged_school_cells.xls", [f])
    case("27_xls_merged_school_cells.xls", AB_EXPECT, fill_date="file-modified")

    rows = [("Ｗｅｂ前端开发（初级）", "１", "软件技术", "１２０人", None),
            ("老年照护（初级、中级）", 2, "护理\n助产", "60", None)]
    f = standard([("四川护理职业学院", "高职", rows), ("成都市礼仪职业中学", "中职", B_ROWS)], style="repeat")
    f.add("填报日期：2019-04-24")
    write_xls(f"{HERE}/28_xls_repeated_full_width.xls", [f])
    case("28_xls_repeated_full_width.xls", [
        school("四川护理职业学院", "高职", [row(WEB, ["初级"], "1", ["软件技术"], "120"),
                                      row(OLD, ["初级", "中级"], "2", ["护理", "助产"], "60")]),
        school("成都市礼仪职业中学", "中职", B_EXPECT)], fill_date="2019-04-24")

    cover = Form("说明")
    cover.add("本表由各市州汇总后报送。")
    f = standard(AB, headers=["序号", "试点院校\n名称", "学校类型", "参与试点证书\n及等级", "参与试点\n专业数量",
                              "参与试点专业名称", "参与试点\n学生规模", "备注"], name="申报表")
    f.rows[1] = ["报送单位：（盖章）", "达州市教育局", None, None, "联系人及电话：", "黄磊 0818-2123456"]
    f.merges = [m for m in f.merges if m[0] != 1]
    f.add("填报日期：", datetime.date(2019, 4, 21))
    write_xls(f"{HERE}/29_xls_two_cell_unit_second_sheet.xls", [cover, f])
    case("29_xls_two_cell_unit_second_sheet.xls", AB_EXPECT, unit="达州市教育局", contact="黄磊",
         phone="0818-2123456", fill_date="2019-04-21")

    rows = [("物流管理（初级）", 1, "物流管理", 50, None),
            ("工业机器人（初级）", 1, "机电一体化技术", 40, None)]
    f = standard([("四川机电职业技术学院", "高职", rows)], style="first")
    f.add("填报日期：2019.4.20")
    write_xls(f"{HERE}/30_xls_first_row_only_with_unknown_certificate.xls", [f])
    case("30_xls_first_row_only_with_unknown_certificate.xls", [school("四川机电职业技术学院", "高职", [
        row(LOG, ["初级"], "1", ["物流管理"], "50"),
        row("工业机器人", ["初级"], "1", ["机电一体化技术"], "40")])], fill_date="2019-04-20",
        issues=[("申报表", "D5", "工业机器人（初级）", UNKNOWN_CERT)],
        errors=["E04|四川机电职业技术学院|工业机器人|certificate"])

    f = standard(AB)
    f.add("填报日期：2019年4月19日")
    write_xls(f"{HERE}/31_xls_saved_with_xlsx_extension.xlsx", [f])
    case("31_xls_saved_with_xlsx_extension.xlsx", AB_EXPECT, fill_date="2019-04-19")


# ---------------------------------------------------------------- raw XML: what only Excel writes
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def core_xml(modified):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>科员</dc:creator>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def write_raw(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2019, 4, 22, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text if isinstance(text, bytes) else text.encode("utf-8"))


def workbook_xml(sheets):
    entries = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="{rid}"/>' for i, (n, rid) in enumerate(sheets))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><sheets>{entries}</sheets></workbook>'


def rels_xml(rels):
    items = "".join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{target}"/>' for i, t, target in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>')


def s(i, ref=None, style=None):
    attributes = (f' r="{ref}"' if ref else "") + (f' s="{style}"' if style else "")
    return f'<c{attributes} t="s"><v>{i}</v></c>'


def shared_strings_case():
    strings = [
        TITLE,                                                               # 0
        '<r><t>报送单位：</t></r><r><rPr><b/></rPr><t>（盖章）</t></r><r><t xml:space="preserve"> 遂宁市教育局</t></r>',  # 1
        "联系人及电话：唐静_x0020_0825-2223344",                               # 2
        "序号", "试点院校_x000D_\n名称", "学校类型", "参与试点证书_x000D_\n及等级", "参与试点专业数量",  # 3-7
        "参与试点专业名称", "参与试点学生规模", "备注",                          # 8-10
        '<r><t>蓬溪县</t></r><r><rPr><sz val="11"/></rPr><t>职业中学</t></r>'
        '<rPh sb="0" eb="3"><t>ペンシー</t></rPh><phoneticPr fontId="1"/>',      # 11
        "中职",                                                              # 12
        "物流管理（初级、中级）",                                              # 13
        "物流服务与管理_x000D_\n电子商务",                                      # 14
        "Web前端开发（初级）", "计算机应用",                                     # 15, 16
        "1.报送单位为市州级教育行政部门或高职院校或省属中职学校。",                 # 17
        "填报日期：",                                                         # 18
        "遂宁市职业技术学校", "老年照护（初级）", "护理", "校企合作_x005F_x0041_",  # 19-22
    ]
    sst = "".join(f"<si>{t}</si>" if t.startswith("<r>") else f"<si><t>{t}</t></si>" for t in strings)
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS.split(" xmlns:r")[0]} '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<styleSheet {NS.split(" xmlns:r")[0]}><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts>'
              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>')
    rows = [
        '<row r="1">' + s(0, "A1") + '</row>',
        '<row r="2">' + s(1, "A2") + s(2, "E2") + '</row>',
        '<row r="3">' + "".join(s(i) for i in range(3, 11)) + '</row>',    # cells without r
        '<row r="4"><c r="A4"><v>1</v></c>' + s(11, "B4") + s(12, "C4") + s(13, "D4")
        + '<c r="E4" t="n"><v>2</v></c>' + s(14, "F4") + '<c r="G4"><v>1.2E2</v></c><c r="H4" s="1"/></row>',
        '<row r="5"><c r="A5" s="1"/><c r="B5" s="1"/>' + s(15, "D5") + '<c r="E5"><v>1.0</v></c>' + s(16, "F5")
        + '<c r="G5"><v>60.0</v></c><c r="H5" t="n"></c></row>',
        '<row r="6"><c r="A6"><v>2</v></c>' + s(19, "B6") + s(12, "C6") + s(20, "D6")
        + '<c r="E6"><v>1</v></c>' + s(21, "F6") + '<c r="G6"><v>45</v></c>' + s(22, "H6") + '</row>',
        '<row r="7">' + s(17, "A7") + '</row>',
        '<row r="8">' + s(18, "A8") + '<c r="B8" s="2"><v>43577</v></c></row>',
    ]
    merges = '<mergeCells count="6"><mergeCell ref="$A$1:$H$1"/><mergeCell ref="A2:D2"/><mergeCell ref="E2:H2"/>' \
             '<mergeCell ref="$A$4:$A$5"/><mergeCell ref="B4:B5"/><mergeCell ref="C4:C5"/></mergeCells>'
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><dimension ref="A1"/>'
             f'<sheetData>{"".join(rows)}</sheetData>{merges}</worksheet>')
    empty = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData/></worksheet>'
    write_raw(f"{HERE}/32_excel_shared_strings_rich_text.xlsx", {
        "[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml([("申报表", "rId7"), ("Sheet2", "rId3")]),
        "xl/_rels/workbook.xml.rels": rels_xml([("rId3", "worksheet", "worksheets/sheet1.xml"),
                                                 ("rId7", "worksheet", "worksheets/sheet2.xml"),
                                                 ("rId8", "sharedStrings", "sharedStrings.xml"),
                                                 ("rId9", "styles", "styles.xml")]),
        "xl/worksheets/sheet1.xml": empty, "xl/worksheets/sheet2.xml": sheet,
        "xl/sharedStrings.xml": shared, "xl/styles.xml": styles,
        "docProps/core.xml": core_xml("2019-04-20T10:00:00Z"),
    })
    case("32_excel_shared_strings_rich_text.xlsx", [
        school("蓬溪县职业中学", "中职", [row(LOG, ["初级", "中级"], "2", ["物流服务与管理", "电子商务"], "120"),
                                     row(WEB, ["初级"], "1", ["计算机应用"], "60")]),
        school("遂宁市职业技术学校", "中职", [row(OLD, ["初级"], "1", ["护理"], "45", "校企合作_x0041_")])],
        unit="遂宁市教育局", contact="唐静", phone="0825-2223344", fill_date="2019-04-22")


def istr(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is>{text}</is></c>'


def inline_strings_case():
    def esc(t):
        return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in t)
    cells = [
        '<row r="1">' + istr("A1", f"<t>{esc('附件：' + TITLE)}</t>") + '</row>',
        '<row r="2">' + istr("A2", f"<t>{esc('报送单位：（盖章）四川托普信息技术职业学院')}</t>")
        + istr("E2", f"<r><t>{esc('联系人及电话：')}</t></r><r><t xml:space='preserve'>{esc('彭帅（028）86110000')}</t></r>") + '</row>',
        '<row r="3">' + "".join(istr(f"{chr(65 + i)}3", f"<t>{esc(h)}</t>") for i, h in enumerate(HEADERS)) + '</row>',
        '<row r="4"><c r="A4" t="n"><v>1</v></c>' + istr("B4", f"<t>{esc('四川托普信息技术职业学院')}</t>")
        + istr("C4", f"<t>{esc('高职院校')}</t>")
        + istr("D4", f"<r><t>{esc('Web前端开发')}</t></r><r><rPr><b/></rPr><t>{esc('（初级、中级、高级）')}</t></r>")
        + '<c r="E4" t="n"><v>3</v></c>' + istr("F4", f"<t>{esc('软件技术、计算机应用技术、移动应用开发')}</t>")
        + '<c r="G4" t="n"><v>300</v></c><c r="H4" t="n"></c></row>',
        '<row r="5">' + istr("A5", f"<t>{esc(NOTES[0])}</t>") + '</row>',
    ]
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><dimension ref="A1:H5"/>'
             f'<sheetData>{"".join(cells)}</sheetData><mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells></worksheet>')
    write_raw(f"{HERE}/33_excel_inline_strings_absolute_target.xlsx", {
        "[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml([("Form", "rIdA")]),
        "xl/_rels/workbook.xml.rels": rels_xml([("rIdA", "worksheet", "/xl/worksheets/data.xml")]),
        "xl/worksheets/data.xml": sheet,
        "docProps/core.xml": core_xml("2019-04-19T03:00:00Z"),
    })
    case("33_excel_inline_strings_absolute_target.xlsx", [school("四川托普信息技术职业学院", "高职", [
        row(WEB, ["初级", "中级", "高级"], "3", ["软件技术", "计算机应用技术", "移动应用开发"], "300")])],
        unit="四川托普信息技术职业学院", contact="彭帅", phone="(028)86110000", fill_date="2019-04-19")


def utf16_case():
    """Parts in UTF-16 (allowed by XML, rare): read through QXmlStreamReader, not the scanner."""
    def utf16(text):
        return text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")  # with BOM
    cells = ['<row r="1">' + istr("A1", f"<t>{TITLE}</t>") + '</row>',
             '<row r="2">' + istr("A2", "<t>报送单位：（盖章）四川信息职业技术学院</t>")
             + istr("E2", "<t>联系人及电话：何敏 0839-3303456</t>") + '</row>',
             '<row r="3">' + "".join(istr(f"{chr(65 + i)}3", f"<t>{h}</t>") for i, h in enumerate(HEADERS)) + '</row>',
             '<row r="4"><c r="A4"><v>1</v></c>' + istr("B4", "<t>四川信息职业技术学院</t>") + istr("C4", "<t>高职</t>")
             + istr("D4", "<t>Web前端开发（初级）</t>") + '<c r="E4"><v>1</v></c>' + s(0, "F4")
             + '<c r="G4"><v>70</v></c></row>']
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS.split(" xmlns:r")[0]} count="1">'
              '<si><r><t>软件</t></r><r><t>技术</t></r><rPh sb="0" eb="2"><t>ruanjian</t></rPh></si></sst>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>'
             f'<sheetData>{"".join(cells)}</sheetData></worksheet>')
    write_raw(f"{HERE}/41_excel_utf16_parts.xlsx", {
        "[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": utf16(workbook_xml([("申报表", "rId1")])),
        "xl/_rels/workbook.xml.rels": rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                 ("rId2", "sharedStrings", "sharedStrings.xml")]),
        "xl/worksheets/sheet1.xml": utf16(sheet), "xl/sharedStrings.xml": utf16(shared),
        "docProps/core.xml": utf16(core_xml("2019-04-18T06:00:00Z")),
    })
    case("41_excel_utf16_parts.xlsx", [school("四川信息职业技术学院", "高职", [row(WEB, ["初级"], "1", ["软件技术"], "70")])],
         unit="四川信息职业技术学院", contact="何敏", phone="0839-3303456", fill_date="2019-04-18")


def date1904_case():
    """A workbook counting days from 1904 (old Mac Excel): the 填报日期 cell still reads right."""
    cells = ['<row r="1">' + istr("A1", f"<t>{TITLE}</t>") + '</row>',
             '<row r="2">' + istr("A2", "<t>报送单位：（盖章）四川城市职业学院</t>")
             + istr("E2", "<t>联系人及电话：钟琳 028-84611234</t>") + '</row>',
             '<row r="3">' + "".join(istr(f"{chr(65 + i)}3", f"<t>{h}</t>") for i, h in enumerate(HEADERS)) + '</row>',
             '<row r="4"><c r="A4"><v>1</v></c>' + istr("B4", "<t>四川城市职业学院</t>") + istr("C4", "<t>高职</t>")
             + istr("D4", "<t>建筑信息模型（BIM）（初级）</t>") + '<c r="E4"><v>1</v></c>' + istr("F4", "<t>工程造价</t>")
             + '<c r="G4"><v>80</v></c></row>',
             '<row r="5">' + istr("A5", "<t>填报日期：</t>") + '<c r="B5" s="1"><v>42115</v></c></row>']
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>'
             f'<sheetData>{"".join(cells)}</sheetData></worksheet>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<styleSheet {NS.split(" xmlns:r")[0]}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
    workbook = workbook_xml([("申报表", "rId1")]).replace("<sheets>", '<workbookPr date1904="1"/><sheets>')
    write_raw(f"{HERE}/43_excel_1904_date_system.xlsx", {
        "[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                 ("rId2", "styles", "styles.xml")]),
        "xl/worksheets/sheet1.xml": sheet, "xl/styles.xml": styles,
        "docProps/core.xml": core_xml("2019-04-30T06:00:00Z"),
    })
    case("43_excel_1904_date_system.xlsx", [school("四川城市职业学院", "高职", [row(BIM, ["初级"], "1", ["工程造价"], "80")])],
         unit="四川城市职业学院", contact="钟琳", phone="028-84611234", fill_date="2019-04-22")


def raw_form(path, rows, modified="2019-04-22T06:00:00Z"):
    """A one-sheet form written as raw XML: `rows` are the <row> elements after the title, unit and
    header rows."""
    cells = ['<row r="1">' + istr("A1", f"<t>{TITLE}</t>") + '</row>',
             '<row r="2">' + istr("A2", "<t>报送单位：（盖章）宜宾市教育局</t>")
             + istr("E2", "<t>联系人及电话：王伟 0831-8201234</t>") + '</row>',
             '<row r="3">' + "".join(istr(f"{chr(65 + i)}3", f"<t>{h}</t>") for i, h in enumerate(HEADERS)) + '</row>']
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>'
             f'<sheetData>{"".join(cells + rows)}</sheetData></worksheet>')
    write_raw(path, {
        "[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": workbook_xml([("申报表", "rId1")]),
        "xl/_rels/workbook.xml.rels": rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml")]),
        "xl/worksheets/sheet1.xml": sheet, "docProps/core.xml": core_xml(modified),
    })


def a_office_cases():
    """What a 市州 office met (issue 15): a new 序号 with a blank name; formulas with and without
    a cached result; a stray cell at the sheet's last address."""
    raw_form(f"{HERE}/46_blank_name_with_a_new_number.xlsx", [
        '<row r="4"><c r="A4"><v>1</v></c>' + istr("B4", "<t>宜宾职业技术学院</t>") + istr("C4", "<t>高职</t>")
        + istr("D4", "<t>建筑信息模型（BIM）（初级）</t>") + '<c r="E4"><v>1</v></c>' + istr("F4", "<t>工程造价</t>")
        + '<c r="G4"><v>80</v></c></row>',
        '<row r="5"><c r="A5"><v>2</v></c>' + istr("C5", "<t>中职</t>")
        + istr("D5", "<t>老年照护（初级）</t>") + '<c r="E5"><v>1</v></c>' + istr("F5", "<t>护理</t>")
        + '<c r="G5"><v>45</v></c></row>'])
    case("46_blank_name_with_a_new_number.xlsx", [
        school("宜宾职业技术学院", "高职", [row(BIM, ["初级"], "1", ["工程造价"], "80")]),
        school("", "中职", [row(OLD, ["初级"], "1", ["护理"], "45")])],
        unit="宜宾市教育局", contact="王伟", phone="0831-8201234", fill_date="2019-04-22",
        issues=[("申报表", "B5", "", "序号为新的“2”而试点院校名称为空：此行未并入上一所学校")],
        errors=["E01|||name"])

    formula = "公式没有保存计算结果（文件可能由程序生成），已按公式原文读入：请在 Excel 中打开并保存后重新导入，或直接填写数值"
    raw_form(f"{HERE}/47_formulas_with_and_without_results.xlsx", [
        '<row r="4"><c r="A4"><v>1</v></c>' + istr("B4", "<t>宜宾市职业技术学校</t>") + istr("C4", "<t>中职</t>")
        + istr("D4", "<t>物流管理（初级）</t>") + '<c r="E4"><f>COUNTA(F4)</f><v>1</v></c>'
        + istr("F4", "<t>物流服务与管理</t>") + '<c r="G4"><f>30+40</f></c></row>',
        '<row r="5">' + istr("D5", "<t>老年照护（初级）</t>") + '<c r="E5"><f>1</f><v>1</v></c>'
        + istr("F5", "<t>护理</t>") + '<c r="G5"><f>SUM(G4,20)</f><v>90</v></c></row>'])
    case("47_formulas_with_and_without_results.xlsx", [
        school("宜宾市职业技术学校", "中职", [row(LOG, ["初级"], "1", ["物流服务与管理"], "=30+40"),
                                             row(OLD, ["初级"], "1", ["护理"], "90")])],
        unit="宜宾市教育局", contact="王伟", phone="0831-8201234", fill_date="2019-04-22",
        issues=[("申报表", "G4", "=30+40", formula)],
        errors=["E08|宜宾市职业技术学校|物流管理|students"])

    raw_form(f"{HERE}/48_stray_cell_at_the_last_address.xlsx", [
        '<row r="4"><c r="A4"><v>1</v></c>' + istr("B4", "<t>宜宾职业技术学院</t>") + istr("C4", "<t>高职</t>")
        + istr("D4", "<t>建筑信息模型（BIM）（初级）</t>") + '<c r="E4"><v>1</v></c>' + istr("F4", "<t>工程造价</t>")
        + '<c r="G4"><v>80</v></c></row>',
        '<row r="1048576">' + istr("XFD1048576", "<t>x</t>") + '</row>'])
    case("48_stray_cell_at_the_last_address.xlsx", [
        school("宜宾职业技术学院", "高职", [row(BIM, ["初级"], "1", ["工程造价"], "80")])],
        unit="宜宾市教育局", contact="王伟", phone="0831-8201234", fill_date="2019-04-22",
        issues=[("申报表", "XFD1048576", "x", NO_HEADER)])


def hostile_cases():
    deep = "<x>" * 200 + "</x>" * 200
    sheet = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {NS}><sheetData>{deep}</sheetData></worksheet>'
    base = {"[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS,
            "xl/workbook.xml": workbook_xml([("申报表", "rId1")]),
            "xl/_rels/workbook.xml.rels": rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml")])}
    write_raw(f"{HERE}/34_hostile_deep_nesting.xlsx", {**base, "xl/worksheets/sheet1.xml": sheet})
    case("34_hostile_deep_nesting.xlsx", [], error="XML 嵌套超过 64 层")

    bomb = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {NS}><sheetData>'.encode() + b" " * (70 << 20) \
        + b"</sheetData></worksheet>"
    write_raw(f"{HERE}/35_hostile_zip_bomb.xlsx", {**base, "xl/worksheets/sheet1.xml": bomb})
    case("35_hostile_zip_bomb.xlsx", [], error="解压后超过 64 MiB 的上限")

    # The same bomb, its zip headers claiming 100 bytes: the reader must stop while inflating.
    write_raw(f"{HERE}/37_tmp.xlsx", {**base, "xl/worksheets/sheet1.xml": bomb})
    with open(f"{HERE}/37_tmp.xlsx", "rb") as raw_zip:
        data = bytearray(raw_zip.read())
    os.remove(f"{HERE}/37_tmp.xlsx")
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = (100).to_bytes(4, "little")
            at += 4
    with open(f"{HERE}/45_hostile_sizes_that_lie.xlsx", "wb") as out:
        out.write(bytes(data))
    case("45_hostile_sizes_that_lie.xlsx", [], error="解压后超过 64 MiB 的上限")

    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              f'<workbook {NS}><sheets><sheet name="&lol2;" sheetId="1" r:id="rId1"/></sheets></workbook>')
    write_raw(f"{HERE}/36_hostile_entities.xlsx", {**base, "xl/workbook.xml": laughs,
                                                    "xl/worksheets/sheet1.xml": sheet})
    case("36_hostile_entities.xlsx", [], error="含有 DTD 声明")


def main():
    openpyxl_cases()
    xls_cases()
    shared_strings_case()
    inline_strings_case()
    utf16_case()
    date1904_case()
    hostile_cases()
    a_office_cases()
    for name, expected in CASES.items():
        with open(f"{HERE}/expected/{name}.json", "w", encoding="utf-8") as out:
            json.dump(expected, out, ensure_ascii=False, indent=1, sort_keys=True)
            out.write("\n")
    print(f"wrote {len(CASES)} cases to {HERE}")


if __name__ == "__main__":
    main()
