#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace x1 {

// A small pull scanner for the UTF-8 XML of worksheet and style parts, several times faster than
// QXmlStreamReader on the thousands of small parts an import reads. It refuses a DTD (so no
// entity can expand) and nesting deeper than the limit, decodes the five predefined entities
// and character references, drops namespace prefixes, and does not check that end tags match.
// Parts in another encoding go to QXmlStreamReader instead (see isPlainUtf8).
class XmlScanner {
public:
    enum class Token { StartElement, EndElement, Text, End, Error };

    XmlScanner(QByteArrayView xml, int maxDepth) : m_xml(xml), m_maxDepth(maxDepth) {}

    Token next();
    // The local name of the current start or end element.
    QByteArrayView name() const { return m_name; }
    // The decoded value of an attribute of the current start element (local name); empty when absent.
    QString attribute(QByteArrayView localName) const;
    QByteArrayView rawAttribute(QByteArrayView localName) const;
    // The decoded text of the current Text token.
    QString text() const { return decode(m_text); }
    int depth() const { return m_depth; }
    const QString& error() const { return m_error; }

    // True when the part is UTF-8 (declared so, or without a declaration and without a UTF-16 BOM).
    static bool isPlainUtf8(QByteArrayView xml);
    static QString decode(QByteArrayView raw);

private:
    struct Attribute {
        QByteArrayView name, value;
    };
    QByteArrayView m_xml;
    qsizetype m_pos = 0;
    int m_maxDepth;
    int m_depth = 0;
    bool m_pendingEnd = false; // <x/>: the end element still to come
    QByteArrayView m_name;
    QByteArrayView m_text;
    QVarLengthArray<Attribute, 16> m_attributes;
    QString m_error;

    Token fail(const QString& message);
    Token startElement();
    bool skipPast(QByteArrayView marker);
};

} // namespace x1
