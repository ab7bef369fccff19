#include "spreadsheet/xlsx_xml.h"

#include <QCoreApplication>

namespace x1::xlsxxml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxReader)
};

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

} // namespace

// Built-in number formats 14–22 and 45–47 show dates or times.
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

bool isDateFormatCode(const QString& code)
{
    // Leave out quoted text, escaped characters and [colour]/[condition] sections.
    bool quoted = false, bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            bracket = true;
        else if (!quoted && c == u']')
            bracket = false;
        else if (!quoted && c == u'\\')
            ++i;
        else if (!quoted && !bracket && QStringLiteral("yYdDmM").contains(c))
            return true;
    }
    return false;
}

bool GuardedReader::next()
{
    if (!m_error.isEmpty() || m_reader.atEnd())
        return false;
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    if (token == QXmlStreamReader::StartElement && ++m_depth > m_maxDepth) {
        m_error = Text::tr("XML 嵌套超过 %1 层，拒绝读取").arg(m_maxDepth);
        return false;
    }
    if (token == QXmlStreamReader::EndElement)
        --m_depth;
    if (token == QXmlStreamReader::DTD) {
        m_error = Text::tr("含有 DTD 声明，拒绝读取");
        return false;
    }
    if (token == QXmlStreamReader::Invalid) {
        m_error = Text::tr("XML 格式错误：%1（第 %2 行）").arg(m_reader.errorString()).arg(m_reader.lineNumber());
        return false;
    }
    return token != QXmlStreamReader::EndDocument;
}

QString GuardedReader::richText()
{
    QString text;
    const int depth = m_depth;
    int phoneticDepth = 0;
    bool inText = false;
    while (next()) {
        if (m_reader.isEndElement() && m_depth < depth)
            break;
        if (m_reader.isStartElement()) {
            if (m_reader.name() == QLatin1StringView("rPh"))
                phoneticDepth = m_depth;
            inText = m_reader.name() == QLatin1StringView("t");
        } else if (m_reader.isEndElement()) {
            inText = false;
            if (phoneticDepth && m_depth < phoneticDepth)
                phoneticDepth = 0;
        } else if (inText && m_reader.isCharacters() && !phoneticDepth) {
            text += m_reader.text();
        }
    }
    return decodeEscapes(text);
}

QString GuardedReader::error() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_reader.hasError())
        return Text::tr("XML 格式错误：%1（第 %2 行）").arg(m_reader.errorString()).arg(m_reader.lineNumber());
    return {};
}

QString decodeEscapes(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_'
            && isHex(text[i + 2]) && isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5])) {
            out += QChar(char16_t(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            out += text[i];
        }
    }
    return out;
}

QDate dateFromSerial(double serial, bool date1904)
{
    if (date1904)
        return serial < 0 || serial > 2957003 ? QDate() : QDate(1904, 1, 1).addDays(qint64(serial));
    if (serial < 1 || serial > 2958465)
        return {};
    // Serial 60 is Excel's fictitious 1900-02-29; days after it are one too many.
    const qint64 days = qint64(serial) - (serial > 60 ? 1 : 0);
    return QDate(1899, 12, 31).addDays(days);
}

QString parseWorkbook(const QByteArray& xml, const ReadLimits& limits, QList<SheetEntry>& sheets, bool& date1904)
{
    GuardedReader reader(xml, limits.maxXmlDepth);
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("workbookPr"))) {
            const QString value = reader.attribute(QLatin1StringView("date1904"));
            date1904 = value == u"1" || value == u"true";
        }
        if (!reader.isStart(QLatin1StringView("sheet")))
            continue;
        QString relationId;
        for (const QXmlStreamAttribute& attribute : reader.xml().attributes())
            if (attribute.name() == QLatin1StringView("id"))
                relationId = attribute.value().toString();
        sheets << SheetEntry{reader.attribute(QLatin1StringView("name")), relationId};
        if (sheets.size() > limits.maxSheets)
            return Text::tr("工作表超过 %1 个，拒绝读取").arg(limits.maxSheets);
    }
    return reader.error();
}

QString parseRelationships(const QByteArray& xml, const ReadLimits& limits, QHash<QString, Relationship>& byId)
{
    GuardedReader reader(xml, limits.maxXmlDepth);
    while (reader.next())
        if (reader.isStart(QLatin1StringView("Relationship")))
            byId.insert(reader.attribute(QLatin1StringView("Id")),
                        {reader.attribute(QLatin1StringView("Target")), reader.attribute(QLatin1StringView("Type"))});
    return reader.error();
}

QString parseSharedStrings(const QByteArray& xml, const ReadLimits& limits, QStringList& strings)
{
    GuardedReader reader(xml, limits.maxXmlDepth);
    while (reader.next()) {
        if (!reader.isStart(QLatin1StringView("si")))
            continue;
        strings << reader.richText();
        if (strings.size() > limits.maxSharedStrings)
            return Text::tr("共享字符串超过 %1 个，拒绝读取").arg(limits.maxSharedStrings);
    }
    return reader.error();
}

QString parseDateStyles(const QByteArray& xml, const ReadLimits& limits, QList<bool>& isDateStyle)
{
    GuardedReader reader(xml, limits.maxXmlDepth);
    QHash<int, bool> customIsDate;
    bool inCellXfs = false;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("numFmt")))
            customIsDate.insert(reader.attribute(QLatin1StringView("numFmtId")).toInt(),
                                isDateFormatCode(reader.attribute(QLatin1StringView("formatCode"))));
        else if (reader.isStart(QLatin1StringView("cellXfs")))
            inCellXfs = true;
        else if (reader.isEnd(QLatin1StringView("cellXfs")))
            inCellXfs = false;
        else if (inCellXfs && reader.isStart(QLatin1StringView("xf"))) {
            const int id = reader.attribute(QLatin1StringView("numFmtId")).toInt();
            isDateStyle << customIsDate.value(id, isBuiltInDateFormat(id));
        }
    }
    return reader.error();
}

QString parseModified(const QByteArray& xml, const ReadLimits& limits, QDateTime& modified)
{
    GuardedReader reader(xml, limits.maxXmlDepth);
    while (reader.next())
        if (reader.isStart(QLatin1StringView("modified")))
            modified = QDateTime::fromString(reader.elementText().trimmed(), Qt::ISODate);
    return reader.error();
}

} // namespace x1::xlsxxml
