#include "rules/rule_book.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace x1 {

namespace {

class RuleBookText {
    Q_DECLARE_TR_FUNCTIONS(x1::RuleBook)
};

LocalText localText(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object[u"zh"].toString(), object[u"en"].toString()};
}

Error loadError(const QString& path, const QString& reason)
{
    return Error{RuleBookText::tr("规则数据文件 %1 无法读取：%2").arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

const RuleBook& RuleBook::builtIn()
{
    static const RuleBook book = [] {
        Result<RuleBook> loaded = load(QStringLiteral(":/rules/rules.json"));
        // The built-in rules are part of the program; failing to load them is a build defect.
        Q_ASSERT_X(loaded.ok(), "RuleBook::builtIn", qPrintable(loaded.message()));
        return loaded.ok() ? std::move(loaded).value() : RuleBook();
    }();
    return book;
}

Result<RuleBook> RuleBook::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return loadError(path, fileErrorText(file));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return loadError(path, RuleBookText::tr("第 %1 个字节处 JSON 格式错误（%2）")
                                   .arg(parseError.offset).arg(parseError.errorString()));
    RuleBook book;
    const QJsonObject thresholds = root[u"thresholds"].toObject();
    book.m_dualQualifiedMinShare = thresholds[u"dualQualifiedMinShare"].toDouble(0.5);
    book.m_industryExpertMinShare = thresholds[u"industryExpertMinShare"].toDouble(0.2);
    book.m_explanationMinLength = thresholds[u"explanationMinLength"].toInt(6);
    const QJsonObject terms = root[u"terms"].toObject();
    for (auto it = terms.begin(); it != terms.end(); ++it)
        book.m_terms.insert(it.key(), localText(it.value()));
    for (const QJsonValue& value : root[u"rules"].toArray()) {
        const QJsonObject object = value.toObject();
        RuleInfo rule;
        rule.code = object[u"code"].toString();
        rule.severity = object[u"severity"].toString() == u"warning" ? Severity::Warning : Severity::Error;
        rule.field = object[u"field"].toString();
        rule.title = localText(object[u"title"]);
        const QJsonObject messages = object[u"messages"].toObject();
        for (auto it = messages.begin(); it != messages.end(); ++it)
            rule.messages.insert(it.key(), localText(it.value()));
        if (rule.code.isEmpty() || !rule.messages.contains(QStringLiteral("default")))
            return loadError(path, RuleBookText::tr("规则“%1”缺少代码或默认消息").arg(rule.code));
        book.m_indexByCode.insert(rule.code, book.m_rules.size());
        book.m_rules << rule;
    }
    if (book.m_rules.isEmpty())
        return loadError(path, RuleBookText::tr("没有任何规则"));
    return book;
}

const RuleInfo* RuleBook::rule(const QString& code) const
{
    const auto it = m_indexByCode.find(code);
    return it == m_indexByCode.end() ? nullptr : &m_rules[*it];
}

QString RuleBook::term(const QString& key, Language language, const MessageArgs& args) const
{
    const auto it = m_terms.find(key);
    if (it == m_terms.end())
        return key;
    return args.isEmpty() ? it->in(language) : fillPlaceholders(it->in(language), args);
}

QString RuleBook::message(const QString& code, const QString& variant, Language language, const MessageArgs& args) const
{
    const RuleInfo* info = rule(code);
    if (!info)
        return code;
    auto it = info->messages.find(variant);
    if (it == info->messages.end())
        it = info->messages.find(QStringLiteral("default"));
    return fillPlaceholders(it->in(language), args);
}

QString fillPlaceholders(const QString& text, const MessageArgs& args)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'}', open);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QStringView name = QStringView(text).mid(open + 1, close - open - 1);
        const auto arg = std::find_if(args.begin(), args.end(), [&](const auto& pair) { return pair.first == name; });
        if (arg != args.end())
            out += arg->second;
        else
            out += QStringView(text).mid(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

} // namespace x1
