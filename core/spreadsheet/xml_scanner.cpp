#include "spreadsheet/xml_scanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsxReader)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView localName(QByteArrayView name)
{
    const qsizetype colon = name.indexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

} // namespace

bool XmlScanner::isPlainUtf8(QByteArrayView xml)
{
    if (xml.startsWith("\xFF\xFE") || xml.startsWith("\xFE\xFF"))
        return false;
    if (!xml.startsWith("<?xml"))
        return true;
    const qsizetype end = xml.indexOf("?>");
    const QByteArray declaration = xml.first(end < 0 ? 0 : end).toByteArray().toLower();
    const qsizetype at = declaration.indexOf("encoding");
    return at < 0 || declaration.indexOf("utf-8", at) >= 0 || declaration.indexOf("utf8", at) >= 0;
}

QString XmlScanner::decode(QByteArrayView raw)
{
    if (!raw.contains('&'))
        return QString::fromUtf8(raw);
    // openpyxl writes every Chinese character as &#NNNNN;: write code units straight into the
    // result; runs of other bytes are copied (ASCII) or decoded as UTF-8.
    QString out(raw.size(), Qt::Uninitialized);
    char16_t* write = reinterpret_cast<char16_t*>(out.data());
    qsizetype start = 0;
    bool ascii = true;
    const auto flush = [&](qsizetype end) {
        if (end <= start)
            return;
        if (ascii) {
            for (qsizetype k = start; k < end; ++k)
                *write++ = char16_t(uchar(raw[k]));
        } else {
            const QString run = QString::fromUtf8(raw.sliced(start, end - start));
            write = std::copy(run.utf16(), run.utf16() + run.size(), write);
        }
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '&') {
            ascii = ascii && uchar(raw[i]) < 0x80;
            continue;
        }
        const qsizetype semicolon = raw.indexOf(';', i);
        if (semicolon < 0 || semicolon - i > 10)
            continue;
        const QByteArrayView entity = raw.sliced(i + 1, semicolon - i - 1);
        char32_t code = 0;
        if (entity == "lt")
            code = '<';
        else if (entity == "gt")
            code = '>';
        else if (entity == "amp")
            code = '&';
        else if (entity == "quot")
            code = '"';
        else if (entity == "apos")
            code = '\'';
        else if (entity.startsWith('#')) {
            const bool hex = entity.startsWith("#x");
            const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
            bool ok = !digits.isEmpty();
            for (const char c : digits) {
                const int value = (c >= '0' && c <= '9') ? c - '0'
                                  : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                                  : -1;
                ok = ok && value >= 0 && code <= 0x10FFFF;
                code = code * (hex ? 16 : 10) + char32_t(std::max(value, 0));
            }
            if (!ok || code > 0x10FFFF)
                continue;
        } else {
            continue;
        }
        flush(i);
        if (QChar::requiresSurrogates(code)) { // an entity takes at least 4 bytes: room for 2 units
            *write++ = QChar::highSurrogate(code);
            *write++ = QChar::lowSurrogate(code);
        } else {
            *write++ = char16_t(code);
        }
        start = semicolon + 1;
        ascii = true;
        i = semicolon;
    }
    flush(raw.size());
    out.truncate(write - reinterpret_cast<const char16_t*>(out.constData()));
    return out;
}

QByteArrayView XmlScanner::rawAttribute(QByteArrayView name) const
{
    for (const Attribute& attribute : m_attributes)
        if (localName(attribute.name) == name)
            return attribute.value;
    return {};
}

QString XmlScanner::attribute(QByteArrayView name) const
{
    return decode(rawAttribute(name));
}

XmlScanner::Token XmlScanner::fail(const QString& message)
{
    m_error = message;
    m_pos = m_xml.size();
    return Token::Error;
}

bool XmlScanner::skipPast(QByteArrayView marker)
{
    const qsizetype at = m_xml.indexOf(marker, m_pos);
    if (at < 0)
        return false;
    m_pos = at + marker.size();
    return true;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_pendingEnd) {
        m_pendingEnd = false;
        --m_depth;
        return Token::EndElement;
    }
    while (m_pos < m_xml.size()) {
        if (m_xml[m_pos] != '<') {
            const qsizetype lt = m_xml.indexOf('<', m_pos);
            const qsizetype end = lt < 0 ? m_xml.size() : lt;
            m_text = m_xml.sliced(m_pos, end - m_pos);
            m_pos = end;
            return Token::Text;
        }
        const char second = m_pos + 1 < m_xml.size() ? m_xml[m_pos + 1] : '\0';
        if (second == '?') {
            if (!skipPast("?>"))
                return fail(Text::tr("XML 格式错误：处理指令没有结束"));
        } else if (second == '!' && m_xml.sliced(m_pos).startsWith("<!--")) {
            if (!skipPast("-->"))
                return fail(Text::tr("XML 格式错误：注释没有结束"));
        } else if (second == '!' && m_xml.sliced(m_pos).startsWith("<![CDATA[")) {
            const qsizetype end = m_xml.indexOf("]]>", m_pos);
            if (end < 0)
                return fail(Text::tr("XML 格式错误：CDATA 没有结束"));
            m_text = m_xml.sliced(m_pos + 9, end - m_pos - 9);
            m_pos = end + 3;
            return Token::Text; // decoded like text; CDATA holding '&' is not seen in xlsx
        } else if (second == '!') {
            return fail(Text::tr("含有 DTD 声明，拒绝读取"));
        } else if (second == '/') {
            const qsizetype close = m_xml.indexOf('>', m_pos);
            if (close < 0)
                return fail(Text::tr("XML 格式错误：结束标记没有结束"));
            m_name = localName(m_xml.sliced(m_pos + 2, close - m_pos - 2).trimmed());
            m_pos = close + 1;
            --m_depth;
            return Token::EndElement;
        } else {
            return startElement();
        }
    }
    return Token::End;
}

XmlScanner::Token XmlScanner::startElement()
{
    // '>' inside a quoted attribute value is legal: find the real end of the tag.
    qsizetype i = m_pos + 1;
    const qsizetype nameStart = i;
    while (i < m_xml.size() && !isSpace(m_xml[i]) && m_xml[i] != '>' && m_xml[i] != '/')
        ++i;
    m_name = localName(m_xml.sliced(nameStart, i - nameStart));
    m_attributes.clear();
    for (;;) {
        while (i < m_xml.size() && isSpace(m_xml[i]))
            ++i;
        if (i >= m_xml.size())
            return fail(Text::tr("XML 格式错误：开始标记没有结束"));
        if (m_xml[i] == '>' || (m_xml[i] == '/' && i + 1 < m_xml.size() && m_xml[i + 1] == '>'))
            break;
        const qsizetype attributeStart = i;
        while (i < m_xml.size() && m_xml[i] != '=' && !isSpace(m_xml[i]) && m_xml[i] != '>')
            ++i;
        const QByteArrayView name = m_xml.sliced(attributeStart, i - attributeStart);
        while (i < m_xml.size() && (isSpace(m_xml[i]) || m_xml[i] == '='))
            ++i;
        if (i >= m_xml.size() || (m_xml[i] != '"' && m_xml[i] != '\''))
            return fail(Text::tr("XML 格式错误：属性 %1 没有加引号").arg(QString::fromUtf8(name)));
        const char quote = m_xml[i];
        const qsizetype valueEnd = m_xml.indexOf(quote, i + 1);
        if (valueEnd < 0)
            return fail(Text::tr("XML 格式错误：属性值没有结束"));
        m_attributes.append({name, m_xml.sliced(i + 1, valueEnd - i - 1)});
        i = valueEnd + 1;
    }
    m_pendingEnd = m_xml[i] == '/';
    m_pos = i + (m_pendingEnd ? 2 : 1);
    if (++m_depth > m_maxDepth)
        return fail(Text::tr("XML 嵌套超过 %1 层，拒绝读取").arg(m_maxDepth));
    return Token::StartElement;
}

} // namespace x1
