#include "Prose.h"

#include <QRegularExpression>
#include <QSet>

namespace careerdesk {

namespace {

QString firstWord(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("^[\\p{L}']+"));
    return word.match(text).captured();
}

} // namespace

QString Prose::list(const QStringList& items)
{
    if (items.size() <= 1)
        return items.join(QString());
    QStringList head = items;
    const QString last = head.takeLast();
    return tr("%1 and %2").arg(head.join(QStringLiteral(", ")), last);
}

QString Prose::lowerFirst(const QString& text)
{
    const QString word = firstWord(text);
    // A word of two letters or fewer, or with another capital, is an acronym or a name.
    if (word.size() < 3 || !word.at(0).isUpper() || word.mid(1) != word.mid(1).toLower())
        return text;
    return text.at(0).toLower() + text.mid(1);
}

bool Prose::capitalisedWithin(const QString& word, const QString& text)
{
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)));
    for (auto it = whole.globalMatch(text); it.hasNext();) {
        // Not at the start of a line, a sentence or a list item, where any word has a capital.
        qsizetype at = it.next().capturedStart() - 1;
        while (at >= 0 && (text.at(at) == QLatin1Char(' ') || text.at(at) == QLatin1Char('\t')))
            --at;
        if (at >= 0 && !QStringLiteral("\n.!?:#*-•").contains(text.at(at)))
            return true;
    }
    return false;
}

bool Prose::startsWithPastVerb(const QString& statement)
{
    static const QSet<QString> irregular{
        QStringLiteral("built"), QStringLiteral("led"),     QStringLiteral("ran"),
        QStringLiteral("wrote"), QStringLiteral("made"),    QStringLiteral("grew"),
        QStringLiteral("took"),  QStringLiteral("drove"),   QStringLiteral("set"),
        QStringLiteral("cut"),   QStringLiteral("won"),     QStringLiteral("taught"),
        QStringLiteral("began"), QStringLiteral("brought"), QStringLiteral("sold"),
        QStringLiteral("kept"),  QStringLiteral("held"),    QStringLiteral("gave"),
        QStringLiteral("found"), QStringLiteral("oversaw"), QStringLiteral("spoke"),
        QStringLiteral("chose"), QStringLiteral("rebuilt"), QStringLiteral("rewrote"),
        QStringLiteral("split"), QStringLiteral("spent"),   QStringLiteral("put"),
        QStringLiteral("met"),
    };
    const QString lower = firstWord(statement).toLower();
    return irregular.contains(lower) || (lower.size() > 4 && lower.endsWith(QLatin1String("ed")) &&
                                         lower != QLatin1String("need") && lower != QLatin1String("speed"));
}

int Prose::wordCount(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'’+#./-]*"));
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace careerdesk
