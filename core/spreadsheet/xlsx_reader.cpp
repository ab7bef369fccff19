#include "spreadsheet/xlsx_reader.h"

#include "spreadsheet/xlsx_archive.h"
#include "spreadsheet/xlsx_xml.h"
#include "spreadsheet/xml_scanner.h"

#include <QCoreApplication>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxReader)
};

// A relationship target is relative to the folder of the part that names it, or absolute.
QString resolveTarget(const QString& baseFolder, const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const QStringList parts = QString(baseFolder + target).split(u'/');
    QStringList resolved;
    for (const QString& part : parts) {
        if (part == u"..") {
            if (!resolved.isEmpty())
                resolved.removeLast();
        } else if (!part.isEmpty() && part != u".") {
            resolved << part;
        }
    }
    return resolved.join(u'/');
}

class BookReader {
public:
    BookReader(const QString& displayName, const ReadLimits& limits) : m_name(displayName), m_limits(limits) {}

    Result<SpreadsheetBook> read(const QByteArray& bytes)
    {
        if (Status opened = m_archive.open(bytes, m_name, m_limits); !opened)
            return opened.error();
        if (!m_archive.contains(QStringLiteral("xl/workbook.xml")))
            return Error{Text::tr("%1：不是 Excel 工作簿（压缩包中没有 xl/workbook.xml）").arg(m_name)};
        QList<xlsxxml::SheetEntry> entries;
        xlsxxml::CellFormats formats;
        QHash<QString, xlsxxml::Relationship> relations;
        if (!parsePart(QStringLiteral("xl/workbook.xml"), [&](const QByteArray& xml) {
                return XmlScanner::isPlainUtf8(xml) ? xlsxxml::scanWorkbook(xml, m_limits, entries, formats.date1904)
                                                    : xlsxxml::parseWorkbook(xml, m_limits, entries, formats.date1904);
            }))
            return m_error;
        if (m_archive.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))
            && !parsePart(QStringLiteral("xl/_rels/workbook.xml.rels"), [&](const QByteArray& xml) {
                   return XmlScanner::isPlainUtf8(xml) ? xlsxxml::scanRelationships(xml, m_limits, relations)
                                                       : xlsxxml::parseRelationships(xml, m_limits, relations);
               }))
            return m_error;

        QStringList sharedStrings;
        const QString stringsPart = partOfType(relations, u"/sharedStrings", QStringLiteral("xl/sharedStrings.xml"));
        const QString stylesPart = partOfType(relations, u"/styles", QStringLiteral("xl/styles.xml"));
        if (m_archive.contains(stringsPart) && !parsePart(stringsPart, [&](const QByteArray& xml) {
                return XmlScanner::isPlainUtf8(xml) ? xlsxxml::scanSharedStrings(xml, m_limits, sharedStrings)
                                                    : xlsxxml::parseSharedStrings(xml, m_limits, sharedStrings);
            }))
            return m_error;
        if (m_archive.contains(stylesPart) && !parsePart(stylesPart, [&](const QByteArray& xml) {
                return XmlScanner::isPlainUtf8(xml) ? xlsxxml::scanDateStyles(xml, m_limits, formats.isDateStyle)
                                                    : xlsxxml::parseDateStyles(xml, m_limits, formats.isDateStyle);
            }))
            return m_error;

        SpreadsheetBook book;
        if (m_archive.contains(QStringLiteral("docProps/core.xml")))
            parsePart(QStringLiteral("docProps/core.xml"), [&](const QByteArray& xml) {
                return XmlScanner::isPlainUtf8(xml) ? xlsxxml::scanModified(xml, m_limits, book.modified)
                                                    : xlsxxml::parseModified(xml, m_limits, book.modified); // optional: errors ignored
            });
        for (int i = 0; i < entries.size(); ++i) {
            QString part = relations.contains(entries[i].relationId)
                               ? resolveTarget(QStringLiteral("xl/"), relations.value(entries[i].relationId).target)
                               : QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
            if (!m_archive.contains(part))
                continue; // a chart sheet or a dangling entry holds no cells
            SheetGrid grid;
            grid.name = entries[i].name;
            if (!parsePart(part, [&](const QByteArray& xml) {
                    return XmlScanner::isPlainUtf8(xml)
                               ? xlsxxml::scanSheet(xml, m_limits, sharedStrings, formats, grid)
                               : xlsxxml::parseSheet(xml, m_limits, sharedStrings, formats, grid);
                }))
                return m_error;
            book.sheets << std::move(grid);
        }
        if (book.sheets.isEmpty())
            return Error{Text::tr("%1：工作簿中没有工作表").arg(m_name)};
        return book;
    }

private:
    QString m_name;
    ReadLimits m_limits;
    XlsxArchive m_archive;
    Error m_error;

    template <typename Parse>
    bool parsePart(const QString& part, Parse parse)
    {
        Result<QByteArray> xml = m_archive.read(part);
        if (!xml) {
            m_error = xml.error();
            return false;
        }
        const QString problem = parse(*xml);
        if (!problem.isEmpty()) {
            m_error = Error{Text::tr("%1：部件 %2 无法读取：%3").arg(m_name, part, problem)};
            return false;
        }
        return true;
    }

    static QString partOfType(const QHash<QString, xlsxxml::Relationship>& relations, QStringView typeSuffix,
                              const QString& fallback)
    {
        for (const xlsxxml::Relationship& relation : relations)
            if (relation.type.endsWith(typeSuffix))
                return resolveTarget(QStringLiteral("xl/"), relation.target);
        return fallback;
    }
};

} // namespace

Result<SpreadsheetBook> readXlsx(const QByteArray& fileBytes, const QString& displayName, const ReadLimits& limits)
{
    return BookReader(displayName, limits).read(fileBytes);
}

} // namespace x1
