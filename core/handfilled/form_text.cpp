#include "handfilled/form_text.h"

#include <QRegularExpression>

namespace x1::forms {

QString halfWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E && u != 0xFF08 && u != 0xFF09 && u != 0xFF1A && u != 0xFF0C
            && u != 0xFF1B)
            c = QChar(char16_t(u - 0xFEE0)); // letters, digits and signs; keep （）：，； as typed
        else if (u == 0x3000 || u == 0x00A0)
            c = u' ';
    }
    return out;
}

QString compact(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : halfWidth(text))
        if (!c.isSpace())
            out += c;
    return out;
}

QString cleanLabelText(const QString& text)
{
    return halfWidth(text).simplified();
}

QString textAfterLabel(const QString& text, const QString& label)
{
    QString rest = text;
    const qsizetype at = compact(rest).indexOf(label);
    if (at >= 0) {
        // Find the label in the original text, allowing white space between its characters.
        qsizetype i = 0, matched = 0;
        for (; i < rest.size() && matched < label.size(); ++i)
            if (!rest[i].isSpace() && halfWidth(QString(rest[i])) == QString(label[matched]))
                ++matched;
            else if (!rest[i].isSpace())
                matched = 0;
        rest = rest.mid(i);
    }
    static const QRegularExpression seal(QStringLiteral("[（(]\\s*盖\\s*章\\s*[）)]|盖章"));
    rest.remove(seal);
    static const QRegularExpression leading(QStringLiteral("^[\\s:：]+"));
    rest.remove(leading);
    return cleanLabelText(rest);
}


} // namespace x1::forms
