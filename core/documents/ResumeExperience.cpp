#include "ResumeExperience.h"

#include <QRegularExpression>

#include <optional>

namespace careerdesk {

namespace {

// Sections whose bold lines are not roles: a degree, a skill group, a language.
bool isExperienceSection(const QString& heading)
{
    static const QRegularExpression other(
        QStringLiteral("educat|skill|language|certific|summary|profile|interest|reference|award|"
                       "publication|contact|hobb"),
        QRegularExpression::CaseInsensitiveOption);
    return !heading.contains(other);
}

QString plain(QString text)
{
    text.remove(QStringLiteral("**"));
    text.remove(QLatin1Char('`'));
    return text.trimmed();
}

// "Role, Company", "Role at Company", "Role – Company", "Role | Company".
void splitTitle(const QString& line, ResumeExperience::Role& role)
{
    static const QRegularExpression separator(QStringLiteral(",\\s+|\\s+at\\s+|\\s+[–—|]\\s+"));
    const QRegularExpressionMatch found = separator.match(line);
    if (!found.hasMatch()) {
        role.title = line.trimmed();
        return;
    }
    role.title = line.left(found.capturedStart()).trimmed();
    role.company = line.mid(found.capturedEnd()).trimmed();
}

bool isCurrent(const QString& period)
{
    static const QRegularExpression open(QStringLiteral("today|present|now|current|[–—-]\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return period.contains(open);
}

// "**Senior Software Engineer, Northwind Robotics** (2019–today)"
std::optional<ResumeExperience::Role> roleLine(const QString& line)
{
    if (!line.startsWith(QLatin1String("**")))
        return std::nullopt;
    const qsizetype close = line.indexOf(QLatin1String("**"), 2);
    if (close < 0)
        return std::nullopt;
    ResumeExperience::Role role;
    splitTitle(line.mid(2, close - 2), role);
    QString period = line.mid(close + 2).trimmed();
    if (period.startsWith(QLatin1Char('(')) && period.endsWith(QLatin1Char(')')))
        period = period.mid(1, period.size() - 2).trimmed();
    role.period = plain(period);
    role.current = isCurrent(role.period);
    return role;
}

QStringList statementsOf(QString line)
{
    static const QRegularExpression bullet(QStringLiteral("^([-*+•]|\\d+[.)])\\s+"));
    static const QRegularExpression breaks(QStringLiteral(";\\s*|(?<=[.!?])\\s+(?=\\p{Lu})"));
    line = plain(line.remove(bullet));
    QStringList statements;
    for (QString statement : line.split(breaks, Qt::SkipEmptyParts)) {
        statement = statement.trimmed();
        while (statement.endsWith(QLatin1Char('.')))
            statement.chop(1);
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

} // namespace

QList<ResumeExperience::Role> ResumeExperience::read(const QString& markdown)
{
    QList<Role> roles;
    bool inExperience = true;
    bool inRole = false;
    for (const QString& raw : markdown.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('#'))) {
            inExperience = isExperienceSection(line);
            inRole = false;
        } else if (auto role = roleLine(line)) {
            // A bold line that names no company heads something else (a project, a group of skills).
            inRole = inExperience && !role->company.isEmpty();
            if (inRole)
                roles << *role;
        } else if (inRole && !line.isEmpty()) {
            roles.last().statements << statementsOf(line);
        }
    }
    return roles;
}

} // namespace careerdesk
