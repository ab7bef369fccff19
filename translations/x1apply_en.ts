<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CatalogLoader</name>
    <message>
        <source>目录数据文件 %1 无法读取：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 个字节处 JSON 格式错误（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有任何证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表样缺少 id 或不是 8 列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有任何表样</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>x1::JsonFile</name>
    <message>
        <source>%1：文件不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：文件过大（超过 256 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：第 %2 个字节处 JSON 格式错误（%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：不是 x1apply 的 JSON 交换文件（缺少 &quot;format&quot;: &quot;x1apply-workbook&quot;）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：由更新版本的 x1apply 导出（JSON 格式第 %2 版），请升级程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：无法写入（%2）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>x1::SourceReader</name>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：不支持的文件类型（应为 .x1db、.json、.xlsx 或 .xls）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>x1::WorkbookFile</name>
    <message>
        <source>%1：数据库操作失败（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件已存在；不会覆盖它</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在文件夹不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法建立临时副本来读取旧版本文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧版本文件无法升级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法在升级前备份到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是 x1apply 工作簿（不是 SQLite 数据库文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件不完整或已损坏（应有 %1 字节，实际 %2 字节）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是 x1apply 工作簿（是其他程序的 SQLite 数据库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由更新版本的 x1apply 创建（文件格式第 %1 版，本程序只支持到第 %2 版），请升级程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是 x1apply 工作簿（没有格式版本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序缺少第 %1 版的格式定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始写入（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入失败（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件已损坏，无法读取（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入失败，文件保持原样（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件是只读的，不能修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>x1::cli</name>
    <message>
        <source>x1apply-cli %1 — 1+X 证书制度试点申报（控制台程序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用法：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全局选项：--lang zh|en（或环境变量 X1APPLY_LANG=en）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出码：0 完成；1 完成但有保留（有错误、有来源被拒绝、有冲突……）；2 未做任何事（用法错误或文件无法使用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的命令“%1”。运行 x1apply-cli --help 查看可用的命令。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用法：x1apply-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示本命令的帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参数个数不对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改报送单位、联系人、电话或填报日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把来源文件导入已有的工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把多个来源汇总成新的工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决冲突：保留某个来源的版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出导入过的来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查工作簿，列出错误和警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计学校、证书、学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为警告填写说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出申报表（Excel、PDF）或 JSON 交换文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对纸质件上的校验码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定稿：没有错误时记录校验码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消定稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 Excel 申报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 PDF（用于盖章）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 JSON 交换文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿（.x1db）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少指定 --xlsx、--pdf 或 --json 之一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf 导出在此版本中尚未提供。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--xlsx 导出在此版本中尚未提供。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突处理：keep-both（默认）、fail、first、newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任何来源无法读取时什么也不写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把导入结果另存为 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要导入到的工作簿（.x1db）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：.x1db、.json、.xlsx、.xls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已拒绝来源：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有导入任何内容，%1 保持原样</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取来源 %1 个，新增学校 %2 所，合并相同的重复 %3 所，冲突 %4 处，拒绝来源 %5 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表样：sc-2019 或 moe-2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新工作簿的路径（.x1db）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少 --profile；可用的表样：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的表样“%1”；可用的表样：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新建工作簿 %1（表样 %2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命令“%1”在此版本中尚未提供。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校：%1&#x3000;行：%2&#x3000;学生：%3&#x3000;未解决冲突：%4&#x3000;截止日期：%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：%1 行，%2 所学校，%3 名学生（%4）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不在目录中的证书：%1 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校类型 %1：%2 所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：%2 所学校，%3 行，%4 名学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：工作簿已定稿（校验码 %2），不能修改；如需修改，先运行 x1apply-cli reopen 取消定稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送单位类别：学校、市州教育行政部门、省级教育行政部门、国家开放大学（默认由名称推断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit-kind 的值“%1”无效；应为：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date 的值“%1”不是有效日期；应为 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>x1::gui</name>
    <message>
        <source>x1apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法建立数据文件夹 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>x1::gui::MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x1apply — 1+X 证书制度试点申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — x1apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x1apply 工作簿 (*.x1db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;报送单位：%2&#x3000;&#x3000;联系人及电话：%3 %4&#x3000;&#x3000;填报日期：%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
