<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CatalogLoader</name>
    <message>
        <source>目录数据文件 %1 无法读取：%2</source>
        <translation>Cannot read the catalogue data file %1: %2</translation>
    </message>
    <message>
        <source>第 %1 个字节处 JSON 格式错误（%2）</source>
        <translation>JSON syntax error at byte %1 (%2)</translation>
    </message>
    <message>
        <source>没有任何证书</source>
        <translation>no certificates at all</translation>
    </message>
    <message>
        <source>表样缺少 id 或不是 8 列</source>
        <translation>a form profile lacks an id or does not have 8 columns</translation>
    </message>
    <message>
        <source>没有任何表样</source>
        <translation>no form profiles at all</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>同一所学校在不同来源中的数据不一致。请逐所学校比较各版本（不同之处已标出），选择要保留的版本。</source>
        <translation>The sources hold different data for the same school. Compare the versions of each school (the differences are highlighted) and choose the one to keep.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>试点条件佐证</source>
        <translation>Evidence of the pilot conditions</translation>
    </message>
    <message>
        <source>条件三：教学团队</source>
        <translation>Condition 3: teaching team</translation>
    </message>
    <message>
        <source>团队人数</source>
        <translation>Team size</translation>
    </message>
    <message>
        <source>其中双师型</source>
        <translation>Of whom dual-qualified</translation>
    </message>
    <message>
        <source>其中行业企业专家</source>
        <translation>Of whom industry experts</translation>
    </message>
    <message>
        <source>条件一：近三年招生</source>
        <translation>Condition 1: enrolment of the last three years</translation>
    </message>
    <message>
        <source>每个专业写成“专业=前年/去年/今年招生人数”，专业之间用“；”分隔，如 计算机应用=45/50/52</source>
        <translation>Write each major as &quot;major=enrolment two years ago/last year/this year&quot;, majors separated by &quot;；&quot;, e.g. 计算机应用=45/50/52</translation>
    </message>
    <message>
        <source>其他条件（是/否，并简要说明）</source>
        <translation>The other conditions (yes/no, and a short description)</translation>
    </message>
    <message>
        <source>该领域的培训经验（条件一）</source>
        <translation>Training experience in the field (condition 1)</translation>
    </message>
    <message>
        <source>优质教学资源（条件二）</source>
        <translation>Quality teaching resources (condition 2)</translation>
    </message>
    <message>
        <source>实训条件（条件四）</source>
        <translation>Training facilities (condition 4)</translation>
    </message>
    <message>
        <source>管理制度（条件五）</source>
        <translation>Sound management (condition 5)</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>说明警告</source>
        <translation>Explain a warning</translation>
    </message>
    <message>
        <source>说明原因（随工作簿保存，汇总时可见，并打印在条件自查表上）：</source>
        <translation>The reason (saved with the workbook, seen by whoever merges it, printed on the conditions self-check sheet):</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>纸质件上的校验码：</source>
        <translation>Verification code on the paper copy:</translation>
    </message>
    <message>
        <source>复制校验码</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>单击一项，转到要改正的位置：</source>
        <translation>Click an error to go to the place to correct:</translation>
    </message>
    <message>
        <source>复制校验码</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>定位</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>说明…</source>
        <translation>Explain…</translation>
    </message>
    <message>
        <source>为所选警告写明原因（至少 6 个字）</source>
        <translation>Write down why for the selected warning (at least 6 characters)</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>报送单位</source>
        <translation>Submitting unit</translation>
    </message>
    <message>
        <source>学校或教育行政部门的全称</source>
        <translation>Full name of the school or education authority</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>如 028-86110894</source>
        <translation>e.g. 028-86110894</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Fill-in date</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>导入/汇总结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>未能读取的文件：</source>
        <translation>Files that could not be read:</translation>
    </message>
    <message>
        <source>未能识别的单元格（可选中后按 Ctrl+C 复制到 Excel）：</source>
        <translation>Cells not understood (select them and press Ctrl+C to copy them to Excel):</translation>
    </message>
    <message>
        <source>复制全部</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <source>另存为 CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <source>新建申报工作簿</source>
        <translation>New application workbook</translation>
    </message>
    <message>
        <source>填报单位类别</source>
        <translation>Who fills in the form</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>市（州）教育行政部门</source>
        <translation>City or prefecture education bureau</translation>
    </message>
    <message>
        <source>省教育厅</source>
        <translation>Provincial education department</translation>
    </message>
    <message>
        <source>国家开放大学</source>
        <translation>The Open University of China</translation>
    </message>
    <message>
        <source>表样</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Submitting unit</translation>
    </message>
    <message>
        <source>全称，如 四川信息职业技术学院</source>
        <translation>Full name, e.g. 四川信息职业技术学院</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>带区号的座机或手机，如 028-86110894</source>
        <translation>Landline with area code, or mobile, e.g. 028-86110894</translation>
    </message>
    <message>
        <source>保存位置</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>证书参考</source>
        <translation>Certificate reference</translation>
    </message>
    <message>
        <source>首批 1+X 证书制度试点的证书、培训评价组织及其联系方式、各层次面向的专业（取自程序内置的目录）。</source>
        <translation>The certificates of the first 1+X pilot, their training and evaluation organisations with contacts, and the majors they are meant for at each level (from the catalogue built into the program).</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RowsPanel</name>
    <message>
        <source>证书行</source>
        <translation>Certificate rows</translation>
    </message>
    <message>
        <source>Ctrl+Enter 新增一行 · Delete 删除所选行 · Ctrl+V 粘贴从 Excel/WPS 复制的行</source>
        <translation>Ctrl+Enter adds a row · Delete removes the selected rows · Ctrl+V pastes rows copied from Excel/WPS</translation>
    </message>
    <message>
        <source>试点条件…</source>
        <translation>Pilot conditions…</translation>
    </message>
    <message>
        <source>所选证书行的试点条件佐证：教学团队、近三年招生、培训经验等</source>
        <translation>Evidence of the pilot conditions for the selected row: teaching team, enrolment of the last three years, training experience and so on</translation>
    </message>
</context>
<context>
    <name>SchoolDetails</name>
    <message>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <source>试点院校名称</source>
        <translation>Pilot school</translation>
    </message>
    <message>
        <source>学校类型</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>10 位数字，可不填</source>
        <translation>10 digits, optional</translation>
    </message>
    <message>
        <source>市（州）</source>
        <translation>City (prefecture)</translation>
    </message>
    <message>
        <source>隶属</source>
        <translation>Administered by</translation>
    </message>
    <message>
        <source>质量层次</source>
        <translation>Quality tiers</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>筛选学校…</source>
        <translation>Filter schools…</translation>
    </message>
    <message>
        <source>排列顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>按申报表顺序</source>
        <translation>As on the form</translation>
    </message>
    <message>
        <source>按名称</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>按市（州）</source>
        <translation>By city (prefecture)</translation>
    </message>
    <message>
        <source>按学校类型</source>
        <translation>By school type</translation>
    </message>
    <message>
        <source>问题多的在前</source>
        <translation>Most problems first</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>来源文件</source>
        <translation>Source files</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>1+X 证书制度试点院校申报</source>
        <translation>1+X certificate pilot applications</translation>
    </message>
    <message>
        <source>新建一份申报工作簿，或打开已有的工作簿。每次修改都会立即保存。</source>
        <translation>Create a new application workbook or open one. Every change is saved at once.</translation>
    </message>
    <message>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>打开示例</source>
        <translation>Open the sample</translation>
    </message>
    <message>
        <source>最近打开（双击打开）</source>
        <translation>Recent workbooks (double-click to open)</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>按证书与等级</source>
        <translation>By certificate and level</translation>
    </message>
    <message>
        <source>按学校类型</source>
        <translation>By school type</translation>
    </message>
    <message>
        <source>按市（州）</source>
        <translation>By city</translation>
    </message>
    <message>
        <source>图表另存为 PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核对纸质件</source>
        <translation>Verify a paper copy</translation>
    </message>
    <message>
        <source>输入或扫入纸质件页脚的校验码（可省略 X1- 和连字符，不区分大小写）：</source>
        <translation>Type or scan the verification code in the footer of the paper copy (X1- and dashes optional, any case):</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>x1</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>同一个文件被指定了两次</source>
        <translation>the same file is named twice</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>文件是只读的</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>文件夹不能写入（%1）</source>
        <translation>the folder cannot be written (%1)</translation>
    </message>
    <message>
        <source>无法写入（%1）</source>
        <translation>cannot be written (%1)</translation>
    </message>
    <message>
        <source>文件夹不能写入</source>
        <translation>the folder cannot be written</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>没有权限：文件可能是只读的，或正被其他程序打开</source>
        <translation>no permission: the file may be read-only or open in another program</translation>
    </message>
    <message>
        <source>读取时出错</source>
        <translation>a read error occurred</translation>
    </message>
    <message>
        <source>写入时出错，磁盘可能已满</source>
        <translation>a write error occurred; the disk may be full</translation>
    </message>
    <message>
        <source>磁盘空间或系统资源不足</source>
        <translation>not enough disk space or system resources</translation>
    </message>
    <message>
        <source>无法替换原有文件：它可能正被其他程序打开</source>
        <translation>cannot replace the existing file: it may be open in another program</translation>
    </message>
    <message>
        <source>文件操作失败（%1）</source>
        <translation>the file operation failed (%1)</translation>
    </message>
</context>
<context>
    <name>x1::ConflictResolver</name>
    <message>
        <source>（本工作簿中录入）</source>
        <translation>(entered in this workbook)</translation>
    </message>
    <message>
        <source>找不到学校“%1”</source>
        <translation>School &quot;%1&quot; not found</translation>
    </message>
    <message>
        <source>学校“%1”没有未解决的冲突</source>
        <translation>School &quot;%1&quot; has no unresolved conflict</translation>
    </message>
    <message>
        <source>“%1”不是这所学校任何一个版本的来源</source>
        <translation>&quot;%1&quot; is not the source of any version of this school</translation>
    </message>
    <message>
        <source>“%1”对应多个版本，请给出更长的 SHA-256 前缀</source>
        <translation>&quot;%1&quot; matches several versions; give a longer SHA-256 prefix</translation>
    </message>
    <message>
        <source>；可选的来源：%1</source>
        <translation>; sources to choose from: %1</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>x1::FieldValues</name>
    <message>
        <source>“%1”不是人数；请填写整数</source>
        <translation>&quot;%1&quot; is not a number of people; enter a whole number</translation>
    </message>
    <message>
        <source>“%1”不是“是”或“否”</source>
        <translation>&quot;%1&quot; is not 是 (yes) or 否 (no)</translation>
    </message>
    <message>
        <source>“%1”应写成“专业=前年/去年/今年招生人数”</source>
        <translation>&quot;%1&quot; should read &quot;major=enrolment two years ago/last year/this year&quot;</translation>
    </message>
    <message>
        <source>“%1”的招生人数“%2”不是整数</source>
        <translation>the enrolment &quot;%2&quot; of &quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>报送单位类别“%1”无效；应为：%2</source>
        <translation>invalid kind of submitting unit &quot;%1&quot;; expected: %2</translation>
    </message>
    <message>
        <source>“%1”不是有效日期；应为 YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a valid date; expected YYYY-MM-DD</translation>
    </message>
    <message>
        <source>隶属“%1”无效；应为“省属”或“市（州）属”</source>
        <translation>invalid affiliation &quot;%1&quot;; expected 省属 (provincial) or 市（州）属 (city/prefecture)</translation>
    </message>
    <message>
        <source>“%1”不是四川省的市（州）</source>
        <translation>&quot;%1&quot; is not a city or prefecture of Sichuan</translation>
    </message>
</context>
<context>
    <name>x1::Finding</name>
    <message>
        <source>表头</source>
        <translation>header</translation>
    </message>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>x1::FormReader</name>
    <message>
        <source>填报日期无法识别（应如 2019年4月22日 或 2019-04-22）</source>
        <translation>fill-in date (填报日期) not recognised (expected e.g. 2019年4月22日 or 2019-04-22)</translation>
    </message>
    <message>
        <source>此工作表也有申报表，未导入（只导入了工作表“%1”，请拆成单独的文件）</source>
        <translation>this sheet also holds an application form and was not imported (only sheet &quot;%1&quot; was; split them into separate files)</translation>
    </message>
    <message>
        <source>%1：没有找到申报表（任何工作表中都没有含“试点院校名称”和“参与试点证书及等级”的表头行）</source>
        <translation>%1: no application form found (no sheet has a header row with &quot;试点院校名称&quot; and &quot;参与试点证书及等级&quot;)</translation>
    </message>
    <message>
        <source>所在列没有可识别的表头，内容无法归入任何栏目</source>
        <translation>the column has no recognisable header, so the content belongs to no field</translation>
    </message>
    <message>
        <source>无法识别的学校类型</source>
        <translation>school type not recognised</translation>
    </message>
    <message>
        <source>与本校前面各行的学校类型（%1）不一致，已按前者</source>
        <translation>differs from the school type on this school&apos;s earlier rows (%1); the earlier one was kept</translation>
    </message>
    <message>
        <source>专业数量不是整数</source>
        <translation>the number of majors is not a whole number</translation>
    </message>
    <message>
        <source>学生规模不是整数</source>
        <translation>the number of students is not a whole number</translation>
    </message>
    <message>
        <source>证书名称不在首批证书目录中</source>
        <translation>certificate not in the catalogue of first-batch certificates</translation>
    </message>
    <message>
        <source>证书名称后的等级无法识别（应为初级、中级、高级）</source>
        <translation>level after the certificate name not recognised (expected 初级, 中级 or 高级: elementary, intermediate, advanced)</translation>
    </message>
    <message>
        <source>等级无法识别（应为初级、中级、高级）</source>
        <translation>level not recognised (expected 初级, 中级 or 高级: elementary, intermediate, advanced)</translation>
    </message>
    <message>
        <source>公式没有保存计算结果（文件可能由程序生成），已按公式原文读入：请在 Excel 中打开并保存后重新导入，或直接填写数值</source>
        <translation>a formula saved without its result (the file was probably written by a program), read as its text: open and save the file in Excel and import it again, or type the value</translation>
    </message>
    <message>
        <source>序号为新的“%1”而试点院校名称为空：此行未并入上一所学校</source>
        <translation>a new number &quot;%1&quot; with an empty school name: this row was not joined to the school above</translation>
    </message>
</context>
<context>
    <name>x1::JsonFile</name>
    <message>
        <source>%1：文件不存在</source>
        <translation>%1: file does not exist</translation>
    </message>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation>%1: cannot read (%2)</translation>
    </message>
    <message>
        <source>%1：文件过大（超过 256 MB）</source>
        <translation>%1: file too large (over 256 MB)</translation>
    </message>
    <message>
        <source>%1：第 %2 个字节处 JSON 格式错误（%3）</source>
        <translation>%1: JSON syntax error at byte %2 (%3)</translation>
    </message>
    <message>
        <source>%1：不是 x1apply 的 JSON 交换文件（缺少 &quot;format&quot;: &quot;x1apply-workbook&quot;）</source>
        <translation>%1: not an x1apply JSON interchange file (&quot;format&quot;: &quot;x1apply-workbook&quot; is missing)</translation>
    </message>
    <message>
        <source>%1：由更新版本的 x1apply 导出（JSON 格式第 %2 版），请升级程序</source>
        <translation>%1: exported by a newer x1apply (JSON format version %2); please upgrade the program</translation>
    </message>
    <message>
        <source>%1：无法写入（%2）</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
</context>
<context>
    <name>x1::Merge</name>
    <message>
        <source>（无类型）</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <source>%1人</source>
        <translation>%1 students</translation>
    </message>
    <message>
        <source>（附条件佐证）</source>
        <translation>(with evidence of conditions)</translation>
    </message>
</context>
<context>
    <name>x1::MergeSummary</name>
    <message>
        <source>读取来源 %1 个（其中 %2 个已导入过），新增学校 %3 所，合并相同的重复 %4 所，冲突 %5 处，拒绝来源 %6 个，无法识别的单元格 %7 个</source>
        <translation>Sources read: %1 (%2 imported before); schools added: %3; identical duplicates folded: %4; conflicts: %5; sources refused: %6; cells not understood: %7</translation>
    </message>
    <message>
        <source>已拒绝来源 %1：%2</source>
        <translation>Refused source %1: %2</translation>
    </message>
    <message>
        <source>无法识别：%1 工作表“%2”单元格 %3“%4”：%5</source>
        <translation>Not understood: %1 sheet &quot;%2&quot; cell %3 &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>冲突：%1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>工作簿中原有</source>
        <translation>already in the workbook</translation>
    </message>
    <message>
        <source>【保留】</source>
        <translation>[kept]</translation>
    </message>
    <message>
        <source>【舍弃】</source>
        <translation>[dropped]</translation>
    </message>
    <message>
        <source>来自 %1（填报日期 %2）：%3</source>
        <translation>from %1 (filled in %2): %3</translation>
    </message>
    <message>
        <source>存在冲突，按 --on-conflict fail 未写入任何内容；可改用 first、newest，或用 import 保留两个版本后再 resolve</source>
        <translation>There are conflicts, so with --on-conflict fail nothing was written; use first or newest instead, or import to keep both versions and then resolve</translation>
    </message>
    <message>
        <source>冲突的学校保留了各个版本（E13），请用 x1apply-cli resolve 选择要保留的版本</source>
        <translation>Schools in conflict keep every version (E13); choose the version to keep with x1apply-cli resolve</translation>
    </message>
</context>
<context>
    <name>x1::Progress</name>
    <message>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>x1::RuleBook</name>
    <message>
        <source>规则数据文件 %1 无法读取：%2</source>
        <translation>Cannot read the rules data file %1: %2</translation>
    </message>
    <message>
        <source>第 %1 个字节处 JSON 格式错误（%2）</source>
        <translation>JSON syntax error at byte %1 (%2)</translation>
    </message>
    <message>
        <source>规则“%1”缺少代码或默认消息</source>
        <translation>rule &quot;%1&quot; lacks a code or a default message</translation>
    </message>
    <message>
        <source>没有任何规则</source>
        <translation>no rules at all</translation>
    </message>
</context>
<context>
    <name>x1::SourceReader</name>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation>%1: cannot read (%2)</translation>
    </message>
    <message>
        <source>%1：不支持的文件类型（应为 .x1db、.json、.xlsx 或 .xls）</source>
        <translation>%1: file type not supported (expected .x1db, .json, .xlsx or .xls)</translation>
    </message>
</context>
<context>
    <name>x1::WorkbookDocument</name>
    <message>
        <source>导入 %1 个文件</source>
        <translation>Import %1 file(s)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>工作簿已定稿（校验码 %1），不能修改；如需修改，请先取消定稿</source>
        <translation>the workbook is finalized (verification code %1) and cannot be changed; reopen it first to change it</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>要修改的位置不存在</source>
        <translation>the place to change does not exist</translation>
    </message>
    <message>
        <source>新增学校</source>
        <translation>Add school</translation>
    </message>
    <message>
        <source>删除学校</source>
        <translation>Delete school</translation>
    </message>
    <message>
        <source>新增证书行</source>
        <translation>Add certificate row</translation>
    </message>
    <message>
        <source>删除证书行</source>
        <translation>Delete certificate row</translation>
    </message>
    <message>
        <source>剪贴板中没有可以粘贴的证书行</source>
        <translation>the clipboard holds no certificate rows to paste</translation>
    </message>
    <message>
        <source>粘贴 %1 行</source>
        <translation>Paste %1 rows</translation>
    </message>
    <message>
        <source>说明太短：至少 %1 个字（不计空格），请写明原因</source>
        <translation>explanation too short: at least %1 characters (spaces not counted); please state the reason</translation>
    </message>
    <message>
        <source>说明警告 %1</source>
        <translation>Explain warning %1</translation>
    </message>
    <message>
        <source>不能定稿：还有 %1 个错误，改正后再定稿</source>
        <translation>Cannot finalize: %1 error(s) remain; correct them, then finalize</translation>
    </message>
    <message>
        <source>没有定稿，无需取消定稿</source>
        <translation>not finalized; nothing to reopen</translation>
    </message>
</context>
<context>
    <name>x1::WorkbookFile</name>
    <message>
        <source>%1：数据库操作失败（%2）</source>
        <translation>%1: database operation failed (%2)</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>file already exists</translation>
    </message>
    <message>
        <source>文件已存在；不会覆盖它</source>
        <translation>file already exists; it will not be overwritten</translation>
    </message>
    <message>
        <source>所在文件夹不存在</source>
        <translation>its folder does not exist</translation>
    </message>
    <message>
        <source>无法保存（%1）</source>
        <translation>cannot save (%1)</translation>
    </message>
    <message>
        <source>无法建立临时副本来读取旧版本文件</source>
        <translation>cannot make a temporary copy to read the file of an older version</translation>
    </message>
    <message>
        <source>旧版本文件无法升级</source>
        <translation>the file of an older version cannot be upgraded</translation>
    </message>
    <message>
        <source>无法在升级前备份到 %1</source>
        <translation>cannot make the backup %1 before upgrading</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>不是文件</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>无法打开（%1）</source>
        <translation>cannot open (%1)</translation>
    </message>
    <message>
        <source>不是 x1apply 工作簿（不是 SQLite 数据库文件）</source>
        <translation>not an x1apply workbook (not an SQLite database file)</translation>
    </message>
    <message>
        <source>文件不完整或已损坏（应有 %1 字节，实际 %2 字节）</source>
        <translation>file incomplete or damaged (should be %1 bytes, is %2 bytes)</translation>
    </message>
    <message>
        <source>不是 x1apply 工作簿（是其他程序的 SQLite 数据库）</source>
        <translation>not an x1apply workbook (an SQLite database of another program)</translation>
    </message>
    <message>
        <source>由更新版本的 x1apply 创建（文件格式第 %1 版，本程序只支持到第 %2 版），请升级程序</source>
        <translation>created by a newer x1apply (file format version %1; this program supports up to version %2); please upgrade the program</translation>
    </message>
    <message>
        <source>不是 x1apply 工作簿（没有格式版本）</source>
        <translation>not an x1apply workbook (no format version)</translation>
    </message>
    <message>
        <source>程序缺少第 %1 版的格式定义</source>
        <translation>the program lacks the definition of format version %1</translation>
    </message>
    <message>
        <source>无法开始写入（%1）</source>
        <translation>cannot start writing (%1)</translation>
    </message>
    <message>
        <source>写入失败（%1）</source>
        <translation>writing failed (%1)</translation>
    </message>
    <message>
        <source>文件已损坏，无法读取（%1）</source>
        <translation>file damaged, cannot be read (%1)</translation>
    </message>
    <message>
        <source>写入失败，文件保持原样（%1）</source>
        <translation>writing failed; the file is unchanged (%1)</translation>
    </message>
    <message>
        <source>无法打开数据库（%1）</source>
        <translation>cannot open the database (%1)</translation>
    </message>
    <message>
        <source>文件是只读的，不能修改</source>
        <translation>the file is read-only and cannot be changed</translation>
    </message>
    <message>
        <source>正在被另一个 x1apply 编辑（%1，进程 %2），只能只读打开</source>
        <translation>being edited by another x1apply (%1, process %2); opened read-only</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>所在文件夹不能写入，只能只读打开</source>
        <translation>its folder cannot be written; opened read-only</translation>
    </message>
    <message>
        <source>无法写入（%1）</source>
        <translation>cannot write (%1)</translation>
    </message>
    <message>
        <source>上次写入时被中断，无法建立临时副本来恢复</source>
        <translation>the last write was interrupted, and no temporary copy could be made to recover it</translation>
    </message>
</context>
<context>
    <name>x1::XlsReader</name>
    <message>
        <source>%1：不是 Excel 文件（不是 .xls 格式）</source>
        <translation>%1: not an Excel file (not in .xls format)</translation>
    </message>
    <message>
        <source>%1：无法建立临时副本（%2）</source>
        <translation>%1: cannot make a temporary copy (%2)</translation>
    </message>
    <message>
        <source>%1：不是可读的 .xls 文件（已损坏、加密或格式过旧）</source>
        <translation>%1: not a readable .xls file (damaged, encrypted or of too old a format)</translation>
    </message>
    <message>
        <source>%1：文件设有密码，无法读取</source>
        <translation>%1: the file is password-protected and cannot be read</translation>
    </message>
    <message>
        <source>%1：工作表超过 %2 个，拒绝读取</source>
        <translation>%1: more than %2 sheets; refused</translation>
    </message>
    <message>
        <source>%1：工作表 %2 无法读取</source>
        <translation>%1: sheet %2 cannot be read</translation>
    </message>
    <message>
        <source>%1：工作表 %2 的单元格超过 %3 个，拒绝读取</source>
        <translation>%1: sheet %2 has more than %3 cells; refused</translation>
    </message>
    <message>
        <source>%1：工作簿中没有工作表</source>
        <translation>%1: the workbook has no sheets</translation>
    </message>
    <message>
        <source>%1：临时文件夹 %2 的名字无法交给 .xls 读取库（请把 TEMP 设为只含英文字母的文件夹）</source>
        <translation>%1: the name of the temporary folder %2 cannot be handed to the .xls reader (set TEMP to a folder whose name has only English letters)</translation>
    </message>
</context>
<context>
    <name>x1::XlsxReader</name>
    <message>
        <source>%1：无法读取（%2）</source>
        <translation>%1: cannot read (%2)</translation>
    </message>
    <message>
        <source>%1：文件大于 %2 MiB 的上限，拒绝读取</source>
        <translation>%1: file larger than the limit of %2 MiB; refused</translation>
    </message>
    <message>
        <source>%1：不是 Excel 文件（既不是 .xlsx 也不是 .xls）</source>
        <translation>%1: not an Excel file (neither .xlsx nor .xls)</translation>
    </message>
    <message>
        <source>%1：不是 Excel 文件（无法作为 .xlsx 压缩包打开）</source>
        <translation>%1: not an Excel file (cannot be opened as an .xlsx zip archive)</translation>
    </message>
    <message>
        <source>%1：压缩包内有 %2 个条目，超过上限 %3，拒绝读取</source>
        <translation>%1: the archive has %2 entries, over the limit of %3; refused</translation>
    </message>
    <message>
        <source>%1：缺少部件 %2</source>
        <translation>%1: part %2 is missing</translation>
    </message>
    <message>
        <source>%1：部件 %2 解压后超过 %3 MiB 的上限，拒绝读取</source>
        <translation>%1: part %2 unpacks to more than the limit of %3 MiB; refused</translation>
    </message>
    <message>
        <source>%1：部件 %2 无法解压（%3）</source>
        <translation>%1: part %2 cannot be unpacked (%3)</translation>
    </message>
    <message>
        <source>%1：部件 %2 已损坏，无法解压</source>
        <translation>%1: part %2 is damaged and cannot be unpacked</translation>
    </message>
    <message>
        <source>%1：不是 Excel 工作簿（压缩包中没有 xl/workbook.xml）</source>
        <translation>%1: not an Excel workbook (no xl/workbook.xml in the archive)</translation>
    </message>
    <message>
        <source>%1：工作簿中没有工作表</source>
        <translation>%1: the workbook has no sheets</translation>
    </message>
    <message>
        <source>%1：部件 %2 无法读取：%3</source>
        <translation>%1: part %2 cannot be read: %3</translation>
    </message>
    <message>
        <source>单元格地址 %1 无效</source>
        <translation>invalid cell address %1</translation>
    </message>
    <message>
        <source>单元格超过 %1 个，拒绝读取</source>
        <translation>more than %1 cells; refused</translation>
    </message>
    <message>
        <source>合并区域超过 %1 个，拒绝读取</source>
        <translation>more than %1 merged ranges; refused</translation>
    </message>
    <message>
        <source>工作表超过 %1 个，拒绝读取</source>
        <translation>more than %1 sheets; refused</translation>
    </message>
    <message>
        <source>共享字符串超过 %1 个，拒绝读取</source>
        <translation>more than %1 shared strings; refused</translation>
    </message>
    <message>
        <source>XML 嵌套超过 %1 层，拒绝读取</source>
        <translation>XML nested deeper than %1 levels; refused</translation>
    </message>
    <message>
        <source>含有 DTD 声明，拒绝读取</source>
        <translation>contains a DTD declaration; refused</translation>
    </message>
    <message>
        <source>XML 格式错误：%1（第 %2 行）</source>
        <translation>XML syntax error: %1 (line %2)</translation>
    </message>
    <message>
        <source>XML 格式错误：处理指令没有结束</source>
        <translation>XML syntax error: unterminated processing instruction</translation>
    </message>
    <message>
        <source>XML 格式错误：注释没有结束</source>
        <translation>XML syntax error: unterminated comment</translation>
    </message>
    <message>
        <source>XML 格式错误：CDATA 没有结束</source>
        <translation>XML syntax error: unterminated CDATA section</translation>
    </message>
    <message>
        <source>XML 格式错误：结束标记没有结束</source>
        <translation>XML syntax error: unterminated end tag</translation>
    </message>
    <message>
        <source>XML 格式错误：开始标记没有结束</source>
        <translation>XML syntax error: unterminated start tag</translation>
    </message>
    <message>
        <source>XML 格式错误：属性 %1 没有加引号</source>
        <translation>XML syntax error: attribute %1 is not quoted</translation>
    </message>
    <message>
        <source>XML 格式错误：属性值没有结束</source>
        <translation>XML syntax error: unterminated attribute value</translation>
    </message>
    <message>
        <source>共享字符串的编号 %1 超出范围（共 %2 个），文件已损坏</source>
        <translation>shared string number %1 is out of range (there are %2): the file is damaged</translation>
    </message>
</context>
<context>
    <name>x1::XlsxWriter</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>无法写入 %1：不能替换已有文件（是否正在其他程序中打开？）</source>
        <translation>Cannot write %1: the existing file cannot be replaced (is it open in another program?)</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>%1（%2%）</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>团队 %1 人
双师型 %2
行业企业专家 %3</source>
        <translation>Team: %1
Dual-qualified: %2
Industry experts: %3</translation>
    </message>
    <message>
        <source>（未说明）</source>
        <translation>(not explained)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>条件自查</source>
        <translation>Self-check of conditions</translation>
    </message>
    <message>
        <source>专业近三年招生人数（%1/%2/%3）</source>
        <translation>Enrolment of the majors, last three years (%1/%2/%3)</translation>
    </message>
    <message>
        <source>培训经验</source>
        <translation>Training experience</translation>
    </message>
    <message>
        <source>优质教学资源</source>
        <translation>Quality teaching resources</translation>
    </message>
    <message>
        <source>教学团队</source>
        <translation>Teaching team</translation>
    </message>
    <message>
        <source>实训条件</source>
        <translation>Practical training facilities</translation>
    </message>
    <message>
        <source>管理制度</source>
        <translation>Management rules</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <source>条件自查（不属于盖章申报表，不计入校验码）</source>
        <translation>Self-check of conditions (not part of the sealed application form, not covered by the verification code)</translation>
    </message>
    <message>
        <source>全表：</source>
        <translation>Whole form: </translation>
    </message>
    <message>
        <source>；说明：</source>
        <translation>; explanation: </translation>
    </message>
    <message>
        <source>无法写入 %1：临时文件夹不可写（%2）</source>
        <translation>Cannot write %1: the temporary folder is not writable (%2)</translation>
    </message>
    <message>
        <source>写入临时文件时出错，磁盘可能已满（%1）</source>
        <translation>writing the temporary file failed; the disk may be full (%1)</translation>
    </message>
</context>
<context>
    <name>x1::cli</name>
    <message>
        <source>x1apply-cli %1 — 1+X 证书制度试点申报（控制台程序）</source>
        <translation>x1apply-cli %1 — applications for the 1+X certificate pilot (console program)</translation>
    </message>
    <message>
        <source>用法：</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>全局选项：--lang zh|en（或环境变量 X1APPLY_LANG=en）</source>
        <translation>Global option: --lang zh|en (or the environment variable X1APPLY_LANG=en)</translation>
    </message>
    <message>
        <source>退出码：0 完成；1 完成但有保留（有错误、有来源被拒绝、有冲突……）；2 未做任何事（用法错误或文件无法使用）</source>
        <translation>Exit codes: 0 done; 1 done with reservations (errors, refused sources, conflicts…); 2 nothing done (bad usage or a file that cannot be used)</translation>
    </message>
    <message>
        <source>未知的命令“%1”。运行 x1apply-cli --help 查看可用的命令。</source>
        <translation>Unknown command &quot;%1&quot;. Run x1apply-cli --help to see the available commands.</translation>
    </message>
    <message>
        <source>用法：x1apply-cli %1</source>
        <translation>Usage: x1apply-cli %1</translation>
    </message>
    <message>
        <source>显示本命令的帮助</source>
        <translation>Show this command&apos;s help</translation>
    </message>
    <message>
        <source>参数个数不对。</source>
        <translation>Wrong number of arguments.</translation>
    </message>
    <message>
        <source>新建工作簿</source>
        <translation>Create a new workbook</translation>
    </message>
    <message>
        <source>修改报送单位、联系人、电话或填报日期</source>
        <translation>Change the submitting unit, contact, phone or fill-in date</translation>
    </message>
    <message>
        <source>把来源文件导入已有的工作簿</source>
        <translation>Import source files into an existing workbook</translation>
    </message>
    <message>
        <source>把多个来源汇总成新的工作簿</source>
        <translation>Merge several sources into a new workbook</translation>
    </message>
    <message>
        <source>解决冲突：保留某个来源的版本</source>
        <translation>Resolve a conflict: keep the version from one source</translation>
    </message>
    <message>
        <source>列出导入过的来源</source>
        <translation>List the sources imported</translation>
    </message>
    <message>
        <source>检查工作簿，列出错误和警告</source>
        <translation>Check the workbook: list errors and warnings</translation>
    </message>
    <message>
        <source>统计学校、证书、学生</source>
        <translation>Count schools, certificates and students</translation>
    </message>
    <message>
        <source>为警告填写说明</source>
        <translation>Write an explanation for a warning</translation>
    </message>
    <message>
        <source>导出申报表（Excel、PDF）或 JSON 交换文件</source>
        <translation>Export the application form (Excel, PDF) or a JSON interchange file</translation>
    </message>
    <message>
        <source>核对纸质件上的校验码</source>
        <translation>Check the verification code on a paper copy</translation>
    </message>
    <message>
        <source>定稿：没有错误时记录校验码</source>
        <translation>Finalize (定稿): record the verification code once no error remains</translation>
    </message>
    <message>
        <source>取消定稿</source>
        <translation>Reopen a finalized workbook</translation>
    </message>
    <message>
        <source>导出为 Excel 申报表</source>
        <translation>Export as an Excel application form</translation>
    </message>
    <message>
        <source>导出为 PDF（用于盖章）</source>
        <translation>Export as PDF (for sealing)</translation>
    </message>
    <message>
        <source>导出为 JSON 交换文件</source>
        <translation>Export as a JSON interchange file</translation>
    </message>
    <message>
        <source>工作簿（.x1db）</source>
        <translation>Workbook (.x1db)</translation>
    </message>
    <message>
        <source>请至少指定 --xlsx、--pdf 或 --json 之一</source>
        <translation>Give at least one of --xlsx, --pdf or --json</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>任何来源无法读取时什么也不写</source>
        <translation>Write nothing if any source cannot be read</translation>
    </message>
    <message>
        <source>把导入结果另存为 JSON</source>
        <translation>Also write the import summary as JSON</translation>
    </message>
    <message>
        <source>要导入到的工作簿（.x1db）</source>
        <translation>Workbook to import into (.x1db)</translation>
    </message>
    <message>
        <source>表样：sc-2019 或 moe-2019</source>
        <translation>Form profile: sc-2019 or moe-2019</translation>
    </message>
    <message>
        <source>新工作簿的路径（.x1db）</source>
        <translation>Path of the new workbook (.x1db)</translation>
    </message>
    <message>
        <source>缺少 --profile；可用的表样：%1</source>
        <translation>--profile is missing; available form profiles: %1</translation>
    </message>
    <message>
        <source>未知的表样“%1”；可用的表样：%2</source>
        <translation>Unknown form profile &quot;%1&quot;; available form profiles: %2</translation>
    </message>
    <message>
        <source>已新建工作簿 %1（表样 %2）</source>
        <translation>Created workbook %1 (form profile %2)</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>Output JSON</translation>
    </message>
    <message>
        <source>学校：%1&#x3000;行：%2&#x3000;学生：%3&#x3000;未解决冲突：%4&#x3000;截止日期：%5</source>
        <translation>Schools: %1  Rows: %2  Students: %3  Unresolved conflicts: %4  Deadline: %5</translation>
    </message>
    <message>
        <source>：%1 行，%2 所学校，%3 名学生（%4）</source>
        <translation>: rows %1, schools %2, students %3 (%4)</translation>
    </message>
    <message>
        <source>不在目录中的证书：%1 行</source>
        <translation>Rows whose certificate is not in the catalogue: %1</translation>
    </message>
    <message>
        <source>学校类型 %1：%2 所</source>
        <translation>Schools of type %1: %2</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1：%2 所学校，%3 行，%4 名学生</source>
        <translation>%1: schools %2, rows %3, students %4</translation>
    </message>
    <message>
        <source>%1：工作簿已定稿（校验码 %2），不能修改；如需修改，先运行 x1apply-cli reopen 取消定稿</source>
        <translation>%1: the workbook is finalized (verification code %2) and cannot be changed; to change it, first run x1apply-cli reopen</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Submitting unit (报送单位)</translation>
    </message>
    <message>
        <source>报送单位类别：学校、市州教育行政部门、省级教育行政部门、国家开放大学（默认由名称推断）</source>
        <translation>Kind of submitting unit: 学校 (school), 市州教育行政部门 (city education department), 省级教育行政部门 (provincial education department) or 国家开放大学 (Open University of China); inferred from the name by default</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Fill-in date (填报日期)</translation>
    </message>
    <message>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>说明（至少 6 个字）</source>
        <translation>Explanation (at least 6 characters)</translation>
    </message>
    <message>
        <source>警告代码，如 W03</source>
        <translation>Warning code, e.g. W03</translation>
    </message>
    <message>
        <source>未知的检查代码“%1”</source>
        <translation>Unknown check code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 是错误，不能用说明代替：请按提示修改。只有警告可以填写说明。</source>
        <translation>%1 is an error and cannot be explained away: correct it as the message says. Only warnings take an explanation.</translation>
    </message>
    <message>
        <source>说明太短：至少 %1 个字（不计空格），请写明原因。</source>
        <translation>Explanation too short: at least %1 characters (spaces not counted); please state the reason.</translation>
    </message>
    <message>
        <source>工作簿中没有符合条件的 %1 警告。</source>
        <translation>The workbook has no %1 warning matching these options.</translation>
    </message>
    <message>
        <source>有 %1 个 %2 警告符合条件，请用 --school、--certificate、--major 指明是哪一个：</source>
        <translation>%1 %2 warnings match; say which one with --school, --certificate or --major:</translation>
    </message>
    <message>
        <source>已记录说明：%1</source>
        <translation>Explanation recorded: %1</translation>
    </message>
    <message>
        <source>Excel 申报表不附“条件自查”工作表</source>
        <translation>Leave the self-check of conditions (条件自查) sheet out of the Excel form</translation>
    </message>
    <message>
        <source>%1 已于 %2 定稿，无需再次定稿</source>
        <translation>%1 was already finalized on %2; no need to finalize it again</translation>
    </message>
    <message>
        <source>不能定稿：还有 %1 个错误，改正后再定稿</source>
        <translation>Cannot finalize: %1 error(s) remain; correct them, then finalize</translation>
    </message>
    <message>
        <source>已定稿 %1；修改前须先取消定稿（x1apply-cli reopen）</source>
        <translation>Finalized %1; to change it later, reopen it first (x1apply-cli reopen)</translation>
    </message>
    <message>
        <source>%1 没有定稿，无需取消定稿</source>
        <translation>%1 is not finalized; nothing to reopen</translation>
    </message>
    <message>
        <source>已取消定稿 %1（定稿时的校验码 %2）；内容改动后，检查会以 W09 提示，直到再次定稿</source>
        <translation>Reopened %1 (verification code when finalized: %2); once the content changes, check reports W09 until it is finalized again</translation>
    </message>
    <message>
        <source>冲突处理：keep-both（默认，保留各版本直到 resolve）、fail、first、newest</source>
        <translation>Conflict policy: keep-both (default: keep every version until resolve), fail, first, newest</translation>
    </message>
    <message>
        <source>来源：.x1db、.json、.xlsx、.xls，或含有这些文件的文件夹</source>
        <translation>Sources: .x1db, .json, .xlsx, .xls, or folders holding such files</translation>
    </message>
    <message>
        <source>表样：sc-2019 或 moe-2019（默认取第一个 .x1db 来源的表样，否则 sc-2019）</source>
        <translation>Form profile: sc-2019 or moe-2019 (default: the profile of the first .x1db source, else sc-2019)</translation>
    </message>
    <message>
        <source>冲突处理：fail（默认，有冲突时不写入）、first、newest、keep-both</source>
        <translation>Conflict policy: fail (default: write nothing if there is a conflict), first, newest, keep-both</translation>
    </message>
    <message>
        <source>把汇总结果另存为 JSON</source>
        <translation>Also write the merge summary as JSON</translation>
    </message>
    <message>
        <source>覆盖已存在的 OUT</source>
        <translation>Overwrite OUT if it exists</translation>
    </message>
    <message>
        <source>要新建的汇总工作簿（.x1db）</source>
        <translation>Merged workbook to create (.x1db)</translation>
    </message>
    <message>
        <source>缺少 --unit（汇总表的报送单位）</source>
        <translation>--unit is missing (the submitting unit of the merged form)</translation>
    </message>
    <message>
        <source>%1：文件已存在；不会覆盖它（要覆盖请加 --force）</source>
        <translation>%1: file already exists; it will not be overwritten (add --force to overwrite it)</translation>
    </message>
    <message>
        <source>%1：所在文件夹不存在</source>
        <translation>%1: its folder does not exist</translation>
    </message>
    <message>
        <source>未知的表样“%1”</source>
        <translation>Unknown form profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1：无法写入报告（%2）</source>
        <translation>%1: cannot write the report (%2)</translation>
    </message>
    <message>
        <source>--on-conflict 的值“%1”无效；应为 keep-both、fail、first 或 newest</source>
        <translation>Invalid --on-conflict value &quot;%1&quot;; expected keep-both, fail, first or newest</translation>
    </message>
    <message>
        <source>这是要导入到的工作簿本身</source>
        <translation>this is the very workbook being imported into</translation>
    </message>
    <message>
        <source>没有可读取的来源，什么也没有写入</source>
        <translation>No source could be read; nothing was written</translation>
    </message>
    <message>
        <source>有来源被拒绝，按 --strict 什么也没有写入</source>
        <translation>A source was refused; with --strict nothing was written</translation>
    </message>
    <message>
        <source>要保留的版本的来源：文件名或 SHA-256 前缀（见 sources）</source>
        <translation>Source of the version to keep: a file name or a SHA-256 prefix (see sources)</translation>
    </message>
    <message>
        <source>学校名称或学校标识码</source>
        <translation>School name or school code (学校标识码)</translation>
    </message>
    <message>
        <source>缺少 --keep SOURCE</source>
        <translation>--keep SOURCE is missing</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已解决“%1”的冲突，保留来自 %2 的版本</source>
        <translation>Resolved the conflict of &quot;%1&quot;: kept the version from %2</translation>
    </message>
    <message>
        <source>%1，%2 %3，填报日期 %4</source>
        <translation>%1, %2 %3, filled in %4</translation>
    </message>
    <message>
        <source>学校 %1 所</source>
        <translation>schools: %1</translation>
    </message>
    <message>
        <source>（%1 所有冲突）</source>
        <translation>(%1 in conflict)</translation>
    </message>
    <message>
        <source>这个工作簿没有导入过来源</source>
        <translation>No source has been imported into this workbook</translation>
    </message>
    <message>
        <source>纸质件上的校验码，可省略 X1- 和连字符，不区分大小写</source>
        <translation>Verification code on the paper copy; X1- and dashes may be left out; any case</translation>
    </message>
    <message>
        <source>“%1”不是有效的校验码（应为 X1-XXXX-XXXX-XXXX）</source>
        <translation>&quot;%1&quot; is not a valid verification code (expected X1-XXXX-XXXX-XXXX)</translation>
    </message>
    <message>
        <source>校验码一致：%1</source>
        <translation>Verification code matches: %1</translation>
    </message>
    <message>
        <source>校验码不一致：纸质件为 %1，工作簿当前为 %2</source>
        <translation>Verification code mismatch: the paper copy has %1, the workbook now gives %2</translation>
    </message>
    <message>
        <source>该校验码是此工作簿定稿时的校验码；定稿后内容已被修改。</source>
        <translation>That is the code this workbook had when it was finalized; its content has changed since.</translation>
    </message>
    <message>
        <source>、</source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>，</source>
        <comment>between the counts of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown city</translation>
    </message>
    <message>
        <source>说明所用的字体及其文件</source>
        <translation>Say which fonts, from which files, the PDF is drawn with</translation>
    </message>
    <message>
        <source>文件未找到，字体表经 Qt 读取</source>
        <translation>file not found, the font&apos;s tables read through Qt</translation>
    </message>
    <message>
        <source>PDF 正文字体：%1（%2）</source>
        <translation>PDF text font: %1 (%2)</translation>
    </message>
    <message>
        <source>PDF 标题字体：%1（%2）</source>
        <translation>PDF heading font: %1 (%2)</translation>
    </message>
    <message>
        <source>--%1：%2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>删除一所学校及其证书行</source>
        <translation>Delete a school and its certificate rows</translation>
    </message>
    <message>
        <source>%1：没有名称或学校标识码为“%2”的学校</source>
        <translation>%1: no school has the name or school code &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1：有多所学校名为“%2”，请用学校标识码指明</source>
        <translation>%1: several schools are named &quot;%2&quot;; name it by its school code</translation>
    </message>
    <message>
        <source>已删除学校“%1”</source>
        <translation>Deleted school &quot;%1&quot;</translation>
    </message>
    <message>
        <source>新增一所学校</source>
        <translation>Add a school</translation>
    </message>
    <message>
        <source>修改学校的名称、标识码、类型、市（州）等</source>
        <translation>Change a school&apos;s name, code, type, city and so on</translation>
    </message>
    <message>
        <source>为学校新增一行证书</source>
        <translation>Add a certificate row to a school</translation>
    </message>
    <message>
        <source>修改一行证书（ROW 为证书名称或行号）</source>
        <translation>Change a certificate row (ROW is the certificate or the row&apos;s number)</translation>
    </message>
    <message>
        <source>删除一行证书</source>
        <translation>Remove a certificate row</translation>
    </message>
    <message>
        <source>%1：学校“%2”没有第 %3 行（共 %4 行）</source>
        <translation>%1: school &quot;%2&quot; has no row %3 (it has %4)</translation>
    </message>
    <message>
        <source>%1：学校“%2”没有证书为“%3”的行</source>
        <translation>%1: school &quot;%2&quot; has no row for the certificate &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1：学校“%2”有多行证书为“%3”，请用行号（1、2……）指明</source>
        <translation>%1: school &quot;%2&quot; has several rows for the certificate &quot;%3&quot;; name the row by its number (1, 2, …)</translation>
    </message>
    <message>
        <source>试点院校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>学校类型（中职、高职、本科……）</source>
        <translation>School type (中职, 高职, 本科 …)</translation>
    </message>
    <message>
        <source>所在市（州）</source>
        <translation>City (市（州）)</translation>
    </message>
    <message>
        <source>隶属（省属、市属……）</source>
        <translation>Affiliation (省属, 市属 …)</translation>
    </message>
    <message>
        <source>质量层次（用顿号分隔）</source>
        <translation>Quality tiers (separated by 、)</translation>
    </message>
    <message>
        <source>参与试点证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>等级（初级、中级、高级）</source>
        <translation>Levels (初级, 中级, 高级)</translation>
    </message>
    <message>
        <source>参与试点专业（用顿号分隔）</source>
        <translation>Majors (separated by 、)</translation>
    </message>
    <message>
        <source>参与试点专业数量（默认按专业计）</source>
        <translation>Number of majors (by default, the majors listed)</translation>
    </message>
    <message>
        <source>参与试点学生规模</source>
        <translation>Number of students</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>教学团队人数</source>
        <translation>Teaching team size</translation>
    </message>
    <message>
        <source>其中双师型教师人数</source>
        <translation>Of whom dual-qualified teachers</translation>
    </message>
    <message>
        <source>其中行业企业专家人数</source>
        <translation>Of whom industry experts</translation>
    </message>
    <message>
        <source>近三年招生（专业=人数/人数/人数；……）</source>
        <translation>Enrolment of the last three years (major=n/n/n; …)</translation>
    </message>
    <message>
        <source>该领域的培训经验：是或否</source>
        <translation>Training experience in the field: yes or no</translation>
    </message>
    <message>
        <source>培训经验说明</source>
        <translation>Training experience, in words</translation>
    </message>
    <message>
        <source>优质教学资源：是或否</source>
        <translation>Quality teaching resources: yes or no</translation>
    </message>
    <message>
        <source>优质教学资源说明</source>
        <translation>Teaching resources, in words</translation>
    </message>
    <message>
        <source>实训条件：是或否</source>
        <translation>Training facilities: yes or no</translation>
    </message>
    <message>
        <source>实训条件说明</source>
        <translation>Training facilities, in words</translation>
    </message>
    <message>
        <source>管理制度：是或否</source>
        <translation>Sound management: yes or no</translation>
    </message>
    <message>
        <source>管理制度说明</source>
        <translation>Management, in words</translation>
    </message>
    <message>
        <source>add-row：请用 --certificate 给出证书</source>
        <translation>add-row: give the certificate with --certificate</translation>
    </message>
    <message>
        <source>已为“%1”新增第 %2 行（%3）</source>
        <translation>Added row %2 (%3) to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>证书名称，或行号（1、2……）</source>
        <translation>The certificate, or the row&apos;s number (1, 2, …)</translation>
    </message>
    <message>
        <source>set-row：没有要修改的字段（--certificate、--levels、--students……）</source>
        <translation>set-row: no field to change (--certificate, --levels, --students …)</translation>
    </message>
    <message>
        <source>修改证书行</source>
        <translation>Change a certificate row</translation>
    </message>
    <message>
        <source>已修改“%1”第 %2 行</source>
        <translation>Changed row %2 of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>已删除“%1”第 %2 行（%3）</source>
        <translation>Removed row %2 (%3) of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add-school：请用 --name 给出学校名称</source>
        <translation>add-school: give the school&apos;s name with --name</translation>
    </message>
    <message>
        <source>已新增学校“%1”（第 %2 所）</source>
        <translation>Added school &quot;%1&quot; (number %2)</translation>
    </message>
    <message>
        <source>set-school：没有要修改的字段（--name、--code、--type……）</source>
        <translation>set-school: no field to change (--name, --code, --type …)</translation>
    </message>
    <message>
        <source>修改学校</source>
        <translation>Change a school</translation>
    </message>
    <message>
        <source>已修改学校“%1”</source>
        <translation>Changed school &quot;%1&quot;</translation>
    </message>
    <message>
        <source>工作簿尚未定稿，还有 %1 个错误：导出的是草稿，每页印有“%2”</source>
        <translation>The workbook is not finalised and has %1 error(s): this is a draft, and every page carries &quot;%2&quot;</translation>
    </message>
    <message>
        <source>工作簿尚未定稿：导出的是草稿，每页印有“%1”；定稿后再导出的才是报送件</source>
        <translation>The workbook is not finalised: this is a draft, and every page carries &quot;%1&quot;; export again after finalising for the copy to submit</translation>
    </message>
</context>
<context>
    <name>x1::gui</name>
    <message>
        <source>无法建立数据文件夹 %1</source>
        <translation>Cannot create the data folder %1</translation>
    </message>
</context>
<context>
    <name>x1::gui::ConflictVersions</name>
    <message>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>学校类型</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>隶属</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>市（州）</source>
        <translation>City</translation>
    </message>
    <message>
        <source>质量层次</source>
        <translation>Quality tiers</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>证书行 %1</source>
        <translation>Certificate row %1</translation>
    </message>
    <message>
        <source>%1｜%2｜%3｜专业数量 %4｜学生 %5</source>
        <translation>%1 | %2 | %3 | majors %4 | students %5</translation>
    </message>
</context>
<context>
    <name>x1::gui::ConflictsDialog</name>
    <message>
        <source>%1（%2 个版本）</source>
        <translation>%1 (versions: %2)</translation>
    </message>
    <message>
        <source>没有未解决的冲突。</source>
        <translation>No unresolved conflicts.</translation>
    </message>
    <message>
        <source>未解决的冲突：%1 所学校</source>
        <translation>Unresolved conflicts: schools: %1</translation>
    </message>
    <message>
        <source>%1
读入于 %2</source>
        <translation>%1
read %2</translation>
    </message>
    <message>
        <source>本工作簿中录入</source>
        <translation>Entered in this workbook</translation>
    </message>
    <message>
        <source>保留此版本</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <source>解决冲突：%1</source>
        <translation>Resolve conflict: %1</translation>
    </message>
</context>
<context>
    <name>x1::gui::EvidenceDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>填写团队人数后显示双师型和专家占比</source>
        <translation>The dual-qualified and expert shares show once the team size is filled in</translation>
    </message>
    <message>
        <source>双师型 %1%（应不低于 50%）· 行业企业专家 %2%（应不低于 20%）</source>
        <translation>Dual-qualified %1% (at least 50%) · industry experts %2% (at least 20%)</translation>
    </message>
    <message>
        <source>修改试点条件</source>
        <translation>Change the pilot conditions</translation>
    </message>
    <message>
        <source>无法保存试点条件</source>
        <translation>Cannot save the pilot conditions</translation>
    </message>
</context>
<context>
    <name>x1::gui::ExplainDialog</name>
    <message>
        <source>已写 %1 个字，至少 %2 个字；清空则删除说明</source>
        <translation>%1 characters written, at least %2; empty it to remove the explanation</translation>
    </message>
    <message>
        <source>无法保存说明</source>
        <translation>Cannot save the explanation</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>x1::gui::ExportActions</name>
    <message>
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>JSON 交换文件 (*.json)</source>
        <translation>JSON interchange files (*.json)</translation>
    </message>
    <message>
        <source>导出 XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>导出 JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <source>正在导出 %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>x1::gui::ExportDoneDialog</name>
    <message>
        <source>已导出：
%1</source>
        <translation>Exported:
%1</translation>
    </message>
    <message>
        <source>导出的是草稿（%1）：每页印有草稿标记，定稿后再导出报送件。</source>
        <translation>This is a draft (%1): every page carries the draft mark. Export again after finalising for the copy to submit.</translation>
    </message>
</context>
<context>
    <name>x1::gui::FileActions</name>
    <message>
        <source>新建(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>最近打开</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>无法新建工作簿</source>
        <translation>Cannot create the workbook</translation>
    </message>
    <message>
        <source>无法打开工作簿</source>
        <translation>Cannot open the workbook</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>（副本）</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>无法另存为</source>
        <translation>Cannot save a copy</translation>
    </message>
</context>
<context>
    <name>x1::gui::FileDialog</name>
    <message>
        <source>打开工作簿</source>
        <translation>Open Workbook</translation>
    </message>
    <message>
        <source>x1apply 工作簿 (*.x1db)</source>
        <translation>x1apply workbooks (*.x1db)</translation>
    </message>
    <message>
        <source>导入/汇总文件</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>申报表 (*.xlsx *.xls *.json *.x1db)</source>
        <translation>Application forms (*.xlsx *.xls *.json *.x1db)</translation>
    </message>
    <message>
        <source>导入文件夹中的申报表</source>
        <translation>Import the forms in a folder</translation>
    </message>
</context>
<context>
    <name>x1::gui::FinalizeActions</name>
    <message>
        <source>定稿…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <source>核对纸质件…</source>
        <translation>Verify paper copy…</translation>
    </message>
</context>
<context>
    <name>x1::gui::FinalizeDialog</name>
    <message>
        <source>不能定稿：还有 %1 个错误，改正后再定稿。</source>
        <translation>Cannot finalise: %1 error(s) remain. Correct them, then finalise.</translation>
    </message>
    <message>
        <source>没有错误。定稿后工作簿不能再修改（须先取消定稿），打印件和 PDF 不再带草稿标记，并印有校验码，供上级核对纸质件。

现在定稿吗？</source>
        <translation>No errors. Once finalised, the workbook cannot be changed (reopen it first); printouts and PDFs no longer carry the draft mark, and carry the verification code with which the office checks the paper copy.

Finalise now?</translation>
    </message>
    <message>
        <source>不能定稿</source>
        <translation>Cannot finalise</translation>
    </message>
    <message>
        <source>已定稿。现在打印或导出的报送件每页印有此校验码：</source>
        <translation>Finalised. Every page printed or exported from now on carries this verification code:</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>x1::gui::FindingsModel</name>
    <message>
        <source>已说明：%1</source>
        <translation>Explained: %1</translation>
    </message>
    <message>
        <source>%1（已说明）</source>
        <translation>%1 (explained)</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>x1::gui::FormPrinter</name>
    <message>
        <source>无法开始打印（打印机“%1”）</source>
        <translation>Cannot start printing (printer &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>打印机不接受新的一页</source>
        <translation>The printer does not accept a new page</translation>
    </message>
    <message>
        <source>打印未能完成</source>
        <translation>Printing did not finish</translation>
    </message>
</context>
<context>
    <name>x1::gui::HeaderBar</name>
    <message>
        <source>表样：%1</source>
        <translation>Form: %1</translation>
    </message>
</context>
<context>
    <name>x1::gui::ImportActions</name>
    <message>
        <source>导入/汇总文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>导入文件夹…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>不能导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>工作簿已定稿。如需导入，请先取消定稿。</source>
        <translation>The workbook is finalised. To import, reopen it first.</translation>
    </message>
    <message>
        <source>导入/汇总</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>所选文件夹中没有申报表（.xlsx、.xls、.json、.x1db）。</source>
        <translation>The folder holds no forms (.xlsx, .xls, .json, .x1db).</translation>
    </message>
    <message>
        <source>正在读取 %1 个文件…</source>
        <translation>Reading files: %1…</translation>
    </message>
    <message>
        <source>已读取 %1 / %2 个文件：%3</source>
        <translation>Read %1 of %2 files: %3</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>x1::gui::ImportSummaryDialog</name>
    <message>
        <source>读入 %1 个文件（%2 个此前已导入过）。新增学校 %3 所；相同的重复 %4 处已合并；冲突 %5 所；未能读取的文件 %6 个；未能识别的单元格 %7 个。</source>
        <translation>Files read: %1 (imported before: %2). Schools added: %3; identical duplicates folded: %4; schools in conflict: %5; files not read: %6; cells not understood: %7.</translation>
    </message>
    <message>
        <source>冲突的学校请在“汇总 → 冲突”中选择保留的版本。</source>
        <translation>For the schools in conflict, choose the version to keep in Merge → Conflicts.</translation>
    </message>
    <message>
        <source>工作簿已更新；撤销（Ctrl+Z）可撤回整个导入。</source>
        <translation>The workbook was updated; Undo (Ctrl+Z) takes the whole import back.</translation>
    </message>
    <message>
        <source>工作簿没有改变。</source>
        <translation>The workbook did not change.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>保存未能识别的单元格</source>
        <translation>Save the cells not understood</translation>
    </message>
    <message>
        <source>未能识别的单元格.csv</source>
        <translation>cells-not-understood.csv</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>x1::gui::JobProgress</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>x1::gui::LanguageMenu</name>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>重新启动 x1apply 后生效。</source>
        <translation>Takes effect when x1apply is started again.</translation>
    </message>
</context>
<context>
    <name>x1::gui::MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>x1apply — 1+X 证书制度试点申报</source>
        <translation>x1apply — 1+X certificate pilot applications</translation>
    </message>
    <message>
        <source>无法打开工作簿</source>
        <translation>Cannot open the workbook</translation>
    </message>
    <message>
        <source>%1 — x1apply</source>
        <translation>%1 — x1apply</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>新增学校</source>
        <translation>Add school</translation>
    </message>
    <message>
        <source>删除学校</source>
        <translation>Remove school</translation>
    </message>
    <message>
        <source>下一个问题</source>
        <translation>Next problem</translation>
    </message>
    <message>
        <source>上一个问题</source>
        <translation>Previous problem</translation>
    </message>
    <message>
        <source>取消定稿…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>检查(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>定稿与打印(&amp;P)</source>
        <translation>Finalise and &amp;print</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>问题面板</source>
        <translation>Problems pane</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>关于 x1apply</source>
        <translation>About x1apply</translation>
    </message>
    <message>
        <source>x1apply %1
1+X 证书制度试点院校申报表的填写、检查与汇总。</source>
        <translation>x1apply %1
Fill in, check and merge the 1+X certificate pilot application form.</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Tool bar</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>说明警告…</source>
        <translation>Explain warning…</translation>
    </message>
</context>
<context>
    <name>x1::gui::NewWorkbookDialog</name>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>保存新工作簿</source>
        <translation>Save the new workbook</translation>
    </message>
    <message>
        <source>“%1”不是有效的电话号码：座机请带区号，如 028-86110894</source>
        <translation>&quot;%1&quot; is not a valid phone number: give a landline with its area code, e.g. 028-86110894</translation>
    </message>
    <message>
        <source>申报单位</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>x1::gui::OfficeActions</name>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>来源文件</source>
        <translation>Source files</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>证书参考</source>
        <translation>Certificate reference</translation>
    </message>
    <message>
        <source>汇总(&amp;M)</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>冲突 (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>未解决的冲突：%1 所学校</source>
        <translation>Unresolved conflicts: schools: %1</translation>
    </message>
</context>
<context>
    <name>x1::gui::PrintActions</name>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>没有打开的工作簿</source>
        <translation>No workbook is open</translation>
    </message>
    <message>
        <source>无法预览</source>
        <translation>Cannot preview</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>x1::gui::PrintPreviewDialog</name>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>共 %1 页</source>
        <translation>of %1 pages</translation>
    </message>
    <message>
        <source>%1：每页右上角印有此标记，定稿后打印的才是报送件。</source>
        <translation>%1: every page carries this mark at its top right; only a copy printed after finalising is the one to submit.</translation>
    </message>
</context>
<context>
    <name>x1::gui::ReadOnlyBanner</name>
    <message>
        <source>取消定稿…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>已定稿（校验码 %1）。如需修改，请先取消定稿。</source>
        <translation>Finalised (verification code %1). To change it, reopen it first.</translation>
    </message>
    <message>
        <source>只读打开：%1</source>
        <translation>Opened read-only: %1</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
</context>
<context>
    <name>x1::gui::ReferenceDialog</name>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>培训评价组织</source>
        <translation>Training and evaluation organisation</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>面向专业（%1）</source>
        <translation>Majors (%1)</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>邮编</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>x1::gui::RowsModel</name>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>初级</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>中级</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>高级</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>专业（用顿号分隔）</source>
        <translation>Majors (separated by 、)</translation>
    </message>
    <message>
        <source>专业数量</source>
        <translation>Number of majors</translation>
    </message>
    <message>
        <source>学生规模</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>修改专业</source>
        <translation>Change majors</translation>
    </message>
</context>
<context>
    <name>x1::gui::RowsPanel</name>
    <message>
        <source>新增证书行</source>
        <translation>Add certificate row</translation>
    </message>
    <message>
        <source>删除证书行</source>
        <translation>Remove certificate row</translation>
    </message>
    <message>
        <source>粘贴为新行</source>
        <translation>Paste as new rows</translation>
    </message>
    <message>
        <source>试点条件…</source>
        <translation>Pilot conditions…</translation>
    </message>
</context>
<context>
    <name>x1::gui::SchoolDetails</name>
    <message>
        <source>（无，点此选择）</source>
        <translation>(none, click to choose)</translation>
    </message>
</context>
<context>
    <name>x1::gui::SchoolsModel</name>
    <message>
        <source>（未填写名称）</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>错误 %1 · 未说明的警告 %2</source>
        <translation>Errors %1 · unexplained warnings %2</translation>
    </message>
    <message>
        <source>汇总时来源的内容不一致，须选择保留哪个版本</source>
        <translation>The sources disagree about this school after merging: choose which version to keep</translation>
    </message>
</context>
<context>
    <name>x1::gui::SourcesDialog</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>校验码</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>读入时间</source>
        <translation>Read at</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Submitting unit</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>（%1 所有冲突）</source>
        <translation> (in conflict: %1)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>来源文件 %1 个</source>
        <translation>Source files: %1</translation>
    </message>
    <message>
        <source>选择一个来源文件，查看来自它的学校。</source>
        <translation>Select a source file to see the schools that came from it.</translation>
    </message>
    <message>
        <source>（冲突）</source>
        <translation> (conflict)</translation>
    </message>
    <message>
        <source>来自 %1 的学校：%2 所</source>
        <translation>Schools from %1: %2</translation>
    </message>
</context>
<context>
    <name>x1::gui::StatsChart</name>
    <message>
        <source>各证书按等级的证书行数</source>
        <translation>Certificate rows by certificate and level</translation>
    </message>
    <message>
        <source>学校数</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>按学校类型的学校数</source>
        <translation>Schools by school type</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>按市（州）的学校数</source>
        <translation>Schools by city</translation>
    </message>
</context>
<context>
    <name>x1::gui::StatsDialog</name>
    <message>
        <source>学校 %1 所&#x3000;证书行 %2&#x3000;学生 %3 名&#x3000;未解决冲突 %4 所&#x3000;截止日期 %5</source>
        <translation>Schools %1   certificate rows %2   students %3   unresolved conflicts %4   deadline %5</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>证书行</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>学校类型</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>市（州）</source>
        <translation>City</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>集中度（W07）：证书行最多的是“%1”，占 %2（%3 / %4 行），提示阈值 %5；W07 提示 %6 条。</source>
        <translation>Concentration (W07): the certificate with the most rows is “%1”, %2 of them (%3 of %4 rows); the warning threshold is %5; W07 warnings: %6.</translation>
    </message>
    <message>
        <source>集中度（W07）：还没有证书行。</source>
        <translation>Concentration (W07): no certificate rows yet.</translation>
    </message>
    <message>
        <source>报送渠道不符（W08）：%1 所学校。</source>
        <translation>Submitted through the wrong channel (W08): schools: %1.</translation>
    </message>
    <message>
        <source>图表另存为</source>
        <translation>Save chart as</translation>
    </message>
    <message>
        <source>统计图.png</source>
        <translation>statistics-chart.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>x1::gui::StatusLine</name>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>未能保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>错误 %1 · 警告 %2（未说明 %3）· 学校 %4 · 行 %5 · 学生 %6</source>
        <translation>Errors %1 · warnings %2 (unexplained %3) · schools %4 · rows %5 · students %6</translation>
    </message>
    <message>
        <source> · 截止 %1（还有 %2 天）</source>
        <translation> · deadline %1 (%2 days left)</translation>
    </message>
    <message>
        <source> · 截止 %1（已过）</source>
        <translation> · deadline %1 (passed)</translation>
    </message>
</context>
<context>
    <name>x1::gui::VerifyDialog</name>
    <message>
        <source>“%1”不是有效的校验码（应为 X1-XXXX-XXXX-XXXX）。</source>
        <translation>&quot;%1&quot; is not a valid verification code (expected X1-XXXX-XXXX-XXXX).</translation>
    </message>
    <message>
        <source>✘ 不一致：纸质件与此工作簿当前的内容不符。</source>
        <translation>✘ No match: the paper copy is not this workbook as it is now.</translation>
    </message>
    <message>
        <source>纸质件上的校验码：%1</source>
        <translation>Code on the paper copy: %1</translation>
    </message>
    <message>
        <source>工作簿当前的校验码：%1</source>
        <translation>Code of the workbook now: %1</translation>
    </message>
    <message>
        <source>最近一次定稿时的校验码：（从未定稿）</source>
        <translation>Code at the last finalisation: (never finalised)</translation>
    </message>
    <message>
        <source>最近一次定稿时的校验码：%1</source>
        <translation>Code at the last finalisation: %1</translation>
    </message>
    <message>
        <source>纸质件是最近一次定稿时的内容；定稿后工作簿已被修改。</source>
        <translation>The paper copy is the workbook as it was at its last finalisation; it has been changed since.</translation>
    </message>
    <message>
        <source>✔ 一致：纸质件与此工作簿当前的内容相符。</source>
        <translation>✔ Match: the paper copy is this workbook as it is now.</translation>
    </message>
    <message>
        <source>校验码：%1</source>
        <translation>Verification code: %1</translation>
    </message>
</context>
<context>
    <name>x1::pdf</name>
    <message>
        <source>无法读取字体“%1”</source>
        <translation>Cannot read the font &quot;%1&quot;</translation>
    </message>
    <message>
        <source>无法为 PDF 裁剪字体“%1”</source>
        <translation>Cannot subset the font &quot;%1&quot; for the PDF</translation>
    </message>
    <message>
        <source>找不到可用于 PDF 的字体“%1”</source>
        <translation>No usable font &quot;%1&quot; for the PDF</translation>
    </message>
    <message>
        <source>无法读取字体文件 %1</source>
        <translation>Cannot read the font file %1</translation>
    </message>
    <message>
        <source>没有可用于 PDF 的中文字体：请安装仿宋、宋体或 Noto Serif CJK SC（fonts-noto-cjk）</source>
        <translation>No Chinese font for the PDF: install FangSong (仿宋), SimSun (宋体) or Noto Serif CJK SC (fonts-noto-cjk)</translation>
    </message>
    <message>
        <source>无法登记为 PDF 裁剪的字体“%1”</source>
        <translation>Cannot register the subset font &quot;%1&quot; for the PDF</translation>
    </message>
    <message>
        <source>导出 PDF 需要图形程序环境（QGuiApplication）</source>
        <translation>Exporting a PDF needs a graphical application (QGuiApplication)</translation>
    </message>
    <message>
        <source>%1：无法写入（%2）</source>
        <translation>%1: cannot write (%2)</translation>
    </message>
    <message>
        <source>%1：无法开始写 PDF</source>
        <translation>%1: cannot start writing the PDF</translation>
    </message>
    <message>
        <source>无法生成二维码（内容 %1 字节）</source>
        <translation>Cannot make the QR code (%1 bytes of content)</translation>
    </message>
</context>
</TS>
