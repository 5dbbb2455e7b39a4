#include "CoverLetterGenerator.h"

#include "GenerationTemplate.h"
#include "MarkdownText.h"
#include "PlaceholderText.h"
#include "RequirementMatcher.h"

#include <QLocale>
#include <QRegularExpression>

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

Result<CoverLetter> CoverLetterGenerator::generate(const Input& input)
{
    const Opportunity& posting = input.opportunity;
    auto text = GenerationTemplate::load(QStringLiteral("cover-letter.md"));
    if (!text)
        return text.error();

    // Sentences that depend on what is known are built here, their values escaped; the template
    // places them, and a sentence with nothing to say leaves no empty paragraph behind.
    QStringList sender{MarkdownText::escape(input.user.displayName()), MarkdownText::escape(input.user.email),
                       QLocale().toString(input.date, QLocale::LongFormat)};
    sender.removeAll(QString());
    QHash<QString, QString> sentences;
    sentences.insert(QStringLiteral("sender"), sender.join(QStringLiteral("  \n")));
    sentences.insert(QStringLiteral("location_clause"),
                     posting.location.isEmpty() ? QString()
                                                : tr(" in %1").arg(MarkdownText::escape(posting.location)));
    const auto matched = RequirementMatcher::match(posting.requirements, input.resume.content);
    sentences.insert(
        QStringLiteral("matched_skills"),
        matched.found.isEmpty()
            ? QString()
            : tr("Your posting asks for %1; my experience covers each of them, as my resume shows.")
                  .arg(listInWords(matched.found)));
    const QStringList interests = topInterestNames(input.interests);
    sentences.insert(QStringLiteral("interests"),
                     interests.isEmpty()
                         ? QString()
                         : tr("My work is driven by my interest in %1.").arg(listInWords(interests)));
    const Goal* goal = firstOpenGoal(input.goals);
    sentences.insert(QStringLiteral("goal"),
                     goal
                         ? tr("This role fits where I am heading: %1.").arg(MarkdownText::escape(goal->title))
                         : QString());
    const QHash<QString, QString> values{
        {QStringLiteral("company"), posting.company},
        {QStringLiteral("role"), posting.title},
        {QStringLiteral("name"), input.user.displayName()},
    };
    auto filled = PlaceholderText::fill(text.value(), QStringLiteral("cover-letter.md"), values,
                                        &MarkdownText::escape, sentences);
    if (!filled)
        return filled.error();
    static const QRegularExpression emptyParagraphs(QStringLiteral("\\n{3,}"));
    QString content =
        filled.value().replace(emptyParagraphs, QStringLiteral("\n\n")).trimmed() + QLatin1Char('\n');

    CoverLetter letter;
    letter.userId = input.user.id;
    letter.opportunityId = posting.id;
    letter.title = tr("Cover letter: %1 at %2").arg(posting.title, posting.company);
    letter.content = content;
    return letter;
}

} // namespace careerdesk
