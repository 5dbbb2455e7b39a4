#include "RequirementMatcher.h"

#include <algorithm>

namespace careerdesk {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#');
}

QString stem(QString word)
{
    if (word.size() > 4 && word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

bool containsSequence(const QStringList& haystack, const QStringList& needle)
{
    if (needle.isEmpty())
        return false;
    return std::search(haystack.cbegin(), haystack.cend(), needle.cbegin(), needle.cend()) != haystack.cend();
}

// "Go, PostgreSQL; Kafka" is three requirements; a comma inside brackets ("Cloud (AWS, GCP)") is not a break.
QStringList separately(const QString& requirement)
{
    QStringList parts;
    QString part;
    int depth = 0;
    for (const QChar c : requirement) {
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (depth == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(0x2022))) {
            parts << part.trimmed();
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part.trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace

int RequirementMatcher::Match::score() const
{
    const auto total = found.size() + missing.size();
    return total == 0 ? 0 : int((found.size() * 100 + total / 2) / total);
}

QStringList RequirementMatcher::words(const QString& text)
{
    QStringList result;
    QString current;
    const QString lower = text.toCaseFolded();
    for (qsizetype i = 0; i <= lower.size(); ++i) {
        const QChar c = i < lower.size() ? lower.at(i) : QChar(u' ');
        // A dot inside a word belongs to it (node.js, asp.net); at its end it closes a sentence.
        const bool innerDot = c == QLatin1Char('.') && !current.isEmpty() && i + 1 < lower.size() &&
                              lower.at(i + 1).isLetterOrNumber();
        if (isWordChar(c) || innerDot) {
            current += c;
        } else if (!current.isEmpty()) {
            result << stem(current);
            current.clear();
        }
    }
    return result;
}

bool RequirementMatcher::shows(const QString& text, const QString& requirement)
{
    return containsSequence(words(text), words(requirement));
}

RequirementMatcher::Match RequirementMatcher::match(const QStringList& requirements, const QString& text)
{
    const QStringList textWords = words(text);
    Match result;
    for (const QString& line : requirements) {
        for (const QString& requirement : separately(line)) {
            if (containsSequence(textWords, words(requirement)))
                result.found << requirement;
            else
                result.missing << requirement;
        }
    }
    return result;
}

} // namespace careerdesk
