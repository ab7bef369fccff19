#include "normalize/phone.h"

#include "normalize/text.h"

#include <QRegularExpression>

namespace x1 {

namespace {

QChar asciiPunctuation(QChar c)
{
    switch (c.unicode()) {
    case u'（': return u'(';
    case u'）': return u')';
    case u'－': case u'—': case u'–': case u'‐': return u'-';
    case u'＋': return u'+';
    default: return c;
    }
}

// Labels clerks put around the name: 联系人及电话：, 联系人：, 电话：, 手机:, Tel:.
QString withoutLabels(QString text)
{
    static const QRegularExpression leading(
        QStringLiteral("^(联系人及电话|联系人及联系电话|联系人和电话|联系人|联系电话|电话|手机|tel|TEL|Tel)\\s*[:：]?\\s*"));
    static const QRegularExpression trailing(
        QStringLiteral("\\s*[，,、;；/]?\\s*(联系电话|电话|手机|座机|tel|TEL|Tel)?\\s*[:：]?\\s*$"));
    for (int pass = 0; pass < 2; ++pass)
        text.remove(leading);
    text.remove(trailing);
    return text;
}

} // namespace

QString normalizePhone(QStringView text)
{
    QString out = normalizeText(text);
    for (QChar& c : out)
        c = asciiPunctuation(c);
    return out;
}

QStringList splitPhoneNumbers(QStringView text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,/／]"));
    QStringList numbers;
    for (const QString& part : normalizePhone(text).split(separators)) {
        const QString number = part.trimmed();
        if (!number.isEmpty())
            numbers << number;
    }
    return numbers;
}

bool isValidPhoneNumber(QStringView number)
{
    static const QRegularExpression landline(QStringLiteral(
        "^(?:\\(0\\d{2,3}\\)\\s?|0\\d{2,3}[- ]?)[1-9]\\d{6,7}(?:(?:-|转|分机|ext\\.?|EXT\\.?)\\d{1,6})?$"));
    static const QRegularExpression mobile(QStringLiteral("^(?:\\+?86)?1[3-9]\\d{9}$"));
    const QString text = normalizePhone(number);
    if (landline.match(text).hasMatch())
        return true;
    QString compact = text;
    compact.remove(u' ');
    compact.remove(u'-');
    return mobile.match(compact).hasMatch();
}

bool validatePhone(QStringView text, QString* firstInvalid)
{
    const QStringList numbers = splitPhoneNumbers(text);
    for (const QString& number : numbers) {
        if (!isValidPhoneNumber(number)) {
            if (firstInvalid)
                *firstInvalid = number;
            return false;
        }
    }
    if (numbers.isEmpty() && firstInvalid)
        *firstInvalid = normalizeText(text);
    return !numbers.isEmpty();
}

ContactCell splitContactCell(QStringView text)
{
    const QString cell = withoutLabels(normalizeText(text));
    qsizetype split = 0;
    while (split < cell.size()) {
        const QChar c = cell[split];
        if (c.isDigit() || c == u'(' || c == u'（' || c == u'+' || c == u'＋')
            break;
        ++split;
    }
    ContactCell contact;
    contact.name = normalizeName(withoutLabels(cell.left(split)));
    contact.phone = normalizePhone(cell.mid(split));
    return contact;
}

} // namespace x1
