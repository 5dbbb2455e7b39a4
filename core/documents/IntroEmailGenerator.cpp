#include "IntroEmailGenerator.h"

#include "GenerationTemplate.h"
#include "PlaceholderText.h"
#include "Prose.h"
#include "RequirementMatcher.h"
#include "ResumeExperience.h"

#include <QRegularExpression>

#include <algorithm>

namespace careerdesk {

namespace {

// What the person does, in one sentence: "I work as Senior Software Engineer at Northwind Robotics, where I
// built Qt and C++ desktop tools with CMake on Linux."
QString background(const QString& resume)
{
    const QList<ResumeExperience::Role> roles = ResumeExperience::read(resume);
    if (roles.isEmpty())
        return {};
    const auto latest = roles.cbegin();
    const auto deed =
        std::find_if(latest->statements.cbegin(), latest->statements.cend(), &Prose::startsWithPastVerb);
    if (deed == latest->statements.cend())
        return latest->current
                   ? IntroEmailGenerator::tr("I work as %1 at %2.").arg(latest->title, latest->company)
                   : IntroEmailGenerator::tr("Most recently I worked as %1 at %2.")
                         .arg(latest->title, latest->company);
    return latest->current ? IntroEmailGenerator::tr("I work as %1 at %2, where I %3.")
                                 .arg(latest->title, latest->company, Prose::lowerFirst(*deed))
                           : IntroEmailGenerator::tr("Most recently I worked as %1 at %2, where I %3.")
                                 .arg(latest->title, latest->company, Prose::lowerFirst(*deed));
}

// How the posting meets the person's work: the requirements their resume shows.
QString fit(const std::optional<Opportunity>& posting, const QString& resume)
{
    if (!posting || resume.isEmpty())
        return {};
    const QStringList found = RequirementMatcher::match(posting->requirements, resume).found;
    if (found.isEmpty())
        return {};
    if (found.size() <= 2)
        return IntroEmailGenerator::tr("The posting's emphasis on %1 is close to what I do every day.")
            .arg(Prose::list(found));
    return IntroEmailGenerator::tr(
               "Several of the posting's requirements, among them %1, are part of my daily "
               "work.")
        .arg(Prose::list(found.first(qMin<qsizetype>(3, found.size()))));
}

} // namespace

QString IntroEmailGenerator::greeting(const QString& recipient)
{
    // "Ana Weber <ana@example.org>" or "Ana Weber": a name; a bare address names no one.
    static const QRegularExpression named(
        QStringLiteral("^\\s*\"?([\\p{L}][\\p{L}'’.-]*)[^<@]*\"?\\s*(<[^>]*>)?\\s*$"));
    const QRegularExpressionMatch match = named.match(recipient);
    const bool bareAddress = recipient.contains(QLatin1Char('@')) && !recipient.contains(QLatin1Char('<'));
    if (!match.hasMatch() || bareAddress)
        return tr("Hello,");
    return tr("Hello %1,").arg(match.captured(1));
}

Result<IntroEmail> IntroEmailGenerator::generate(const Input& input)
{
    const std::optional<Opportunity>& opportunity = input.opportunity;
    // email-follow-up.txt for a posting, email-follow-up-general.txt without one.
    const QString fileName = QStringLiteral("email-") +
                             enumKey(input.purpose).toLower().replace(QLatin1Char('_'), QLatin1Char('-')) +
                             (opportunity ? QString() : QStringLiteral("-general")) + QStringLiteral(".txt");
    auto text = GenerationTemplate::load(fileName);
    if (!text)
        return text.error();
    QHash<QString, QString> values{{QStringLiteral("name"), input.user.shownName()}};
    if (opportunity) {
        values.insert(QStringLiteral("role"), opportunity->title);
        values.insert(QStringLiteral("company"), opportunity->company);
    }
    // Sentences with nothing to say are empty, and leave no empty line behind.
    const QHash<QString, QString> sentences{
        {QStringLiteral("greeting"), greeting(input.recipient)},
        {QStringLiteral("background"), background(input.resume)},
        {QStringLiteral("fit"), fit(opportunity, input.resume)},
    };
    // Emails are plain text: nothing needs escaping, and values are filled in once, never expanded.
    auto filled = PlaceholderText::fill(text.value(), fileName, values, {}, sentences);
    if (!filled)
        return filled.error();
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+$"), QRegularExpression::MultilineOption);
    static const QRegularExpression doubled(QStringLiteral("(?<=\\S)[ \\t]{2,}(?=\\S)"));
    static const QRegularExpression emptyLines(QStringLiteral("\\n{3,}"));
    QString message = filled.value();
    message.replace(trailing, QString())
        .replace(doubled, QStringLiteral(" "))
        .replace(emptyLines, QStringLiteral("\n\n"));
    if (!message.startsWith(QLatin1String("Subject:")))
        return Error{tr("The generation template %1 must start with a \"Subject:\" line").arg(fileName)};
    const qsizetype lineEnd = message.indexOf(QLatin1Char('\n'));
    IntroEmail email;
    email.userId = input.user.id;
    email.purpose = input.purpose;
    email.opportunityId = opportunity ? opportunity->id : 0;
    email.recipient = input.recipient;
    email.subject = message.mid(8, lineEnd < 0 ? -1 : lineEnd - 8).trimmed();
    email.content = lineEnd < 0 ? QString() : message.mid(lineEnd + 1).trimmed() + QLatin1Char('\n');
    return email;
}

} // namespace careerdesk
