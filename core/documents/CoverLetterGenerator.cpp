#include "CoverLetterGenerator.h"

#include "MarkdownText.h"
#include "RequirementMatcher.h"

#include <QLocale>

#include <algorithm>

namespace careerdesk {

namespace {

QString listInWords(const QStringList& items)
{
    QStringList escaped;
    for (const QString& item : items)
        escaped << MarkdownText::escape(item);
    if (escaped.size() <= 1)
        return escaped.join(QString());
    const QString last = escaped.takeLast();
    return QCoreApplication::translate("CoverLetterGenerator", "%1 and %2")
        .arg(escaped.join(QStringLiteral(", ")), last);
}

QStringList topInterestNames(QList<Interest> interests)
{
    std::stable_sort(interests.begin(), interests.end(),
                     [](const Interest& a, const Interest& b) { return int(a.priority) > int(b.priority); });
    QStringList names;
    for (const Interest& interest : std::as_const(interests).first(qMin<qsizetype>(3, interests.size())))
        names << interest.name;
    return names;
}

const Goal* firstOpenGoal(const QList<Goal>& goals)
{
    for (const Goal& goal : goals) {
        if (goal.status == GoalStatus::NotStarted || goal.status == GoalStatus::InProgress)
            return &goal;
    }
    return nullptr;
}

} // namespace

CoverLetter CoverLetterGenerator::generate(const Input& input)
{
    const Opportunity& posting = input.opportunity;
    const QString company = MarkdownText::escape(posting.company);
    const QString role = MarkdownText::escape(posting.title);
    const QString name = MarkdownText::escape(input.user.displayName());

    QStringList paragraphs;
    QStringList header{name, MarkdownText::escape(input.user.email),
                       QLocale().toString(input.date, QLocale::LongFormat)};
    header.removeAll(QString());
    paragraphs << header.join(QStringLiteral("  \n"));
    paragraphs << tr("Dear Hiring Team at %1,").arg(company);

    QString opening = posting.location.isEmpty()
                          ? tr("I am writing to apply for the %1 position at %2.").arg(role, company)
                          : tr("I am writing to apply for the %1 position at %2 in %3.")
                                .arg(role, company, MarkdownText::escape(posting.location));
    paragraphs << opening;

    const auto matched = RequirementMatcher::match(posting.requirements, input.resume.content);
    if (!matched.found.isEmpty())
        paragraphs << tr("Your posting asks for %1; my experience covers each of them, as my resume shows.")
                          .arg(listInWords(matched.found));

    const QStringList interests = topInterestNames(input.interests);
    if (!interests.isEmpty())
        paragraphs << tr("My work is driven by my interest in %1.").arg(listInWords(interests));

    if (const Goal* goal = firstOpenGoal(input.goals))
        paragraphs << tr("This role fits where I am heading: %1.").arg(MarkdownText::escape(goal->title));

    paragraphs << tr("I would welcome the chance to discuss how I can contribute to %1.").arg(company);
    paragraphs << tr("Kind regards,") + QStringLiteral("  \n") + name;

    CoverLetter letter;
    letter.userId = input.user.id;
    letter.opportunityId = posting.id;
    letter.title = tr("Cover letter: %1 at %2").arg(posting.title, posting.company);
    letter.content = paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return letter;
}

} // namespace careerdesk
