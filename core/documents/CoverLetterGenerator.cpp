#include "CoverLetterGenerator.h"

#include "GenerationTemplate.h"
#include "MarkdownText.h"
#include "PlaceholderText.h"
#include "Prose.h"
#include "RequirementMatcher.h"
#include "ResumeExperience.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace careerdesk {

namespace {

constexpr int evidenceSentences = 3; // resume lines told; beyond these, a letter lists rather than tells
constexpr int listedRequirements = 6;

QStringList escaped(const QStringList& items)
{
    QStringList result;
    for (const QString& item : items)
        result << MarkdownText::escape(item);
    return result;
}

// Words that say nothing of what a goal or an interest is about.
QSet<QString> significantWords(const QString& text)
{
    static const QSet<QString> empty{
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),    QStringLiteral("to"),
        QStringLiteral("of"),   QStringLiteral("in"),   QStringLiteral("on"),     QStringLiteral("for"),
        QStringLiteral("and"),  QStringLiteral("or"),   QStringLiteral("at"),     QStringLiteral("with"),
        QStringLiteral("my"),   QStringLiteral("role"), QStringLiteral("job"),    QStringLiteral("position"),
        QStringLiteral("work"), QStringLiteral("land"), QStringLiteral("get"),    QStringLiteral("find"),
        QStringLiteral("new"),  QStringLiteral("next"), QStringLiteral("become"), QStringLiteral("move"),
        QStringLiteral("into"), QStringLiteral("more"), QStringLiteral("career"), QStringLiteral("step"),
    };
    QSet<QString> words;
    for (const QString& word : RequirementMatcher::words(text)) {
        if (!empty.contains(word))
            words.insert(word);
    }
    return words;
}

struct Evidence
{
    const ResumeExperience::Role* role = nullptr;
    QString statement;
    QStringList requirements;
};

// For each requirement found, the first statement of a role that shows it; requirements one statement
// shows together share it.
QList<Evidence> evidenceFor(const QStringList& found, const QList<ResumeExperience::Role>& roles)
{
    QList<Evidence> evidence;
    for (const QString& requirement : found) {
        const ResumeExperience::Role* shownIn = nullptr;
        QString statement;
        for (const ResumeExperience::Role& role : roles) {
            const auto it =
                std::find_if(role.statements.cbegin(), role.statements.cend(),
                             [&](const QString& s) { return RequirementMatcher::shows(s, requirement); });
            if (it != role.statements.cend()) {
                shownIn = &role;
                statement = *it;
                break;
            }
        }
        if (!shownIn)
            continue;
        auto same = std::find_if(evidence.begin(), evidence.end(),
                                 [&](const Evidence& e) { return e.statement == statement; });
        if (same != evidence.end())
            same->requirements << requirement;
        else
            evidence << Evidence{shownIn, statement, {requirement}};
    }
    return evidence;
}

// "At Northwind Robotics, I built Qt and C++ desktop tools with CMake on Linux and introduced unit testing."
QString toldAt(const QString& company, const QStringList& statements)
{
    QStringList deeds;
    QStringList others;
    for (const QString& statement : statements) {
        if (Prose::startsWithPastVerb(statement))
            deeds << MarkdownText::escape(Prose::lowerFirst(statement));
        else
            others << MarkdownText::escape(statement);
    }
    QStringList sentences;
    if (!deeds.isEmpty())
        sentences << CoverLetterGenerator::tr("At %1, I %2.")
                         .arg(MarkdownText::escape(company), Prose::list(deeds));
    if (!others.isEmpty())
        sentences << CoverLetterGenerator::tr("My time at %1 speaks to this: %2.")
                         .arg(MarkdownText::escape(company), others.join(QStringLiteral("; ")));
    return sentences.join(QLatin1Char(' '));
}

// The evidence told role by role, in the order it comes: one sentence for what one role shows.
QStringList toldByRole(const QList<Evidence>& evidence)
{
    QStringList sentences;
    for (qsizetype i = 0; i < evidence.size();) {
        const ResumeExperience::Role* role = evidence.at(i).role;
        QStringList statements;
        for (; i < evidence.size() && evidence.at(i).role == role; ++i)
            statements << evidence.at(i).statement;
        sentences << toldAt(role->company, statements);
    }
    return sentences;
}

QString requirementsParagraph(const RequirementMatcher::Match& matched, const QList<Evidence>& evidence)
{
    const QStringList& found = matched.found;
    if (found.isEmpty()) {
        return matched.missing.isEmpty()
                   ? QString()
                   : CoverLetterGenerator::tr("I have read the requirements of your posting closely, and I "
                                              "would be glad to talk about how my experience carries over "
                                              "to them.");
    }
    QStringList sentences;
    if (found.size() <= 2) {
        sentences << CoverLetterGenerator::tr("Your posting asks for %1.").arg(Prose::list(escaped(found)));
    } else if (found.size() <= listedRequirements) {
        sentences << CoverLetterGenerator::tr("Several of your requirements are part of my daily work: %1.")
                         .arg(Prose::list(escaped(found)));
    } else {
        sentences << CoverLetterGenerator::tr("Many of your requirements are part of my daily work, among "
                                              "them %1.")
                         .arg(Prose::list(escaped(found.first(listedRequirements))));
    }
    const QList<Evidence> shown = evidence.first(qMin<qsizetype>(evidenceSentences, evidence.size()));
    sentences << toldByRole(shown);
    QStringList told;
    for (const Evidence& e : shown)
        told << e.requirements;
    if (found.size() <= 2) {
        QStringList untold;
        for (const QString& requirement : found) {
            if (!told.contains(requirement))
                untold << requirement;
        }
        if (untold.size() == 1)
            sentences << CoverLetterGenerator::tr("%1 is among the skills my resume lists.")
                             .arg(MarkdownText::escape(untold.constFirst()));
        else if (untold.size() == 2)
            sentences << CoverLetterGenerator::tr("Both are among the skills my resume lists.");
    }
    return sentences.join(QLatin1Char(' '));
}

bool toldAsEvidence(const QString& statement, const QList<Evidence>& evidence)
{
    return std::any_of(evidence.cbegin(), evidence.cend(),
                       [&](const Evidence& e) { return e.statement == statement; });
}

// Something done in `role` that can follow "I" and that the letter does not tell already.
QString untoldDeed(const ResumeExperience::Role& role, const QList<Evidence>& evidence)
{
    for (const QString& statement : role.statements) {
        if (!toldAsEvidence(statement, evidence) && Prose::startsWithPastVerb(statement))
            return MarkdownText::escape(Prose::lowerFirst(statement));
    }
    return {};
}

// The roles the resume lists first: the latest with one thing done there, then the one before.
QString experienceSentences(const QList<ResumeExperience::Role>& roles, const QList<Evidence>& evidence)
{
    if (roles.isEmpty())
        return {};
    const ResumeExperience::Role& latest = roles.constFirst();
    const QString title = MarkdownText::escape(latest.title);
    const QString company = MarkdownText::escape(latest.company);
    const QString deed = untoldDeed(latest, evidence);
    QStringList sentences;
    if (deed.isEmpty())
        sentences
            << (latest.current
                    ? CoverLetterGenerator::tr("I currently work as %1 at %2.").arg(title, company)
                    : CoverLetterGenerator::tr("Most recently, I worked as %1 at %2.").arg(title, company));
    else
        sentences << (latest.current ? CoverLetterGenerator::tr("In my current role as %1 at %2, I %3.")
                                           .arg(title, company, deed)
                                     : CoverLetterGenerator::tr("Most recently, as %1 at %2, I %3.")
                                           .arg(title, company, deed));
    if (roles.size() > 1) {
        const ResumeExperience::Role& before = roles.at(1);
        const QString earlierDeed = untoldDeed(before, evidence);
        if (!earlierDeed.isEmpty())
            sentences << CoverLetterGenerator::tr("Before that, at %1, I %2.")
                             .arg(MarkdownText::escape(before.company), earlierDeed);
    }
    return sentences.join(QLatin1Char(' '));
}

// An interest as one writes it mid-sentence: "desktop engineering", but "Qt", "Python", "KDAB".
QString interestInWords(const Interest& interest, const QString& context)
{
    const bool aName =
        interest.category == InterestCategory::Technology || interest.category == InterestCategory::Company;
    static const QRegularExpression firstWord(QStringLiteral("^\\S+"));
    if (aName || Prose::capitalisedWithin(firstWord.match(interest.name).captured(), context))
        return interest.name;
    return Prose::lowerFirst(interest.name);
}

QString interestsSentence(QList<Interest> interests, const QString& posting, const QString& context)
{
    std::stable_sort(interests.begin(), interests.end(),
                     [](const Interest& a, const Interest& b) { return int(a.priority) > int(b.priority); });
    const QSet<QString> postingWords = significantWords(posting);
    QStringList related;
    for (const Interest& interest : std::as_const(interests)) {
        const QSet<QString> words = significantWords(interest.name);
        if (!words.isEmpty() && words.intersects(postingWords) && related.size() < 3)
            related << MarkdownText::escape(interestInWords(interest, context));
    }
    if (!related.isEmpty())
        return CoverLetterGenerator::tr("What draws me to this role is my long-standing interest in %1.")
            .arg(Prose::list(related));
    QStringList top;
    for (const Interest& interest : std::as_const(interests).first(qMin<qsizetype>(2, interests.size())))
        top << MarkdownText::escape(interestInWords(interest, context));
    return top.isEmpty() ? QString()
                         : CoverLetterGenerator::tr("I also bring a keen interest in %1 to my work.")
                               .arg(Prose::list(top));
}

// A career direction, only from an open career goal that shares what it is about with the posting.
QString goalSentence(const QList<Goal>& goals, const Opportunity& posting, const QString& context)
{
    const QSet<QString> postingWords =
        significantWords(posting.title + QLatin1Char(' ') + posting.requirements.join(QLatin1Char(' ')));
    for (const Goal& goal : goals) {
        const bool open = goal.status == GoalStatus::NotStarted || goal.status == GoalStatus::InProgress;
        if (goal.category != GoalCategory::Career || !open ||
            !significantWords(goal.title).intersects(postingWords))
            continue;
        QString direction = goal.title.trimmed();
        while (direction.endsWith(QLatin1Char('.')))
            direction.chop(1);
        static const QRegularExpression leadingTo(QStringLiteral("^to\\s+"),
                                                  QRegularExpression::CaseInsensitiveOption);
        direction.remove(leadingTo);
        static const QRegularExpression firstWord(QStringLiteral("^\\S+"));
        if (!Prose::capitalisedWithin(firstWord.match(direction).captured(), context))
            direction = Prose::lowerFirst(direction);
        return CoverLetterGenerator::tr("The role is also a step toward a goal I have set myself: to %1.")
            .arg(MarkdownText::escape(direction));
    }
    return {};
}

// Where a word's capital tells a name from a word: running text, without the Title Case of job titles
// (the resume's headings and role lines, the posting's title wherever its description repeats it).
QString runningText(const QString& resume, const Opportunity& posting)
{
    QStringList lines;
    for (const QString& line : resume.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1Char('#')) && !trimmed.startsWith(QLatin1String("**")))
            lines << line;
    }
    lines << posting.requirements;
    QString description = posting.description;
    if (!posting.title.isEmpty())
        description.remove(posting.title);
    lines << description;
    return lines.join(QLatin1Char('\n'));
}

QString joinedSentences(const QStringList& sentences)
{
    QStringList present = sentences;
    present.removeAll(QString());
    return present.join(QLatin1Char(' '));
}

QString tidied(QString text)
{
    static const QRegularExpression blankLines(QStringLiteral("^[ \\t]+$"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression emptyParagraphs(QStringLiteral("\\n{3,}"));
    // One space left at a line's end by an empty sentence; two or more are Markdown's line break.
    static const QRegularExpression loneSpace(QStringLiteral("(?<=\\S) $"),
                                              QRegularExpression::MultilineOption);
    text.replace(blankLines, QString());
    text.replace(loneSpace, QString());
    return text.replace(emptyParagraphs, QStringLiteral("\n\n")).trimmed() + QLatin1Char('\n');
}

} // namespace

QString CoverLetterGenerator::withoutKind(const QString& title)
{
    const QString kind = tr("Cover letter: %1 at %2").section(QStringLiteral("%1"), 0, 0);
    return !kind.isEmpty() && title.startsWith(kind) ? title.mid(kind.size()) : title;
}

Result<CoverLetter> CoverLetterGenerator::generate(const Input& input)
{
    const Opportunity& posting = input.opportunity;
    auto text = GenerationTemplate::load(QStringLiteral("cover-letter.md"));
    if (!text)
        return text.error();

    const QString postingText = posting.title + QLatin1Char('\n') +
                                posting.requirements.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                posting.description;
    const QString context = runningText(input.resume.content, posting);
    const QList<ResumeExperience::Role> roles = ResumeExperience::read(input.resume.content);
    const auto matched = RequirementMatcher::match(posting.requirements, input.resume.content);
    const QList<Evidence> evidence = evidenceFor(matched.found, roles);

    // Sentences that depend on what is known are built here, their values escaped; the template
    // places them, and a sentence with nothing to say leaves no empty paragraph behind.
    QStringList sender{MarkdownText::escape(input.user.displayName()),
                       MarkdownText::escape(input.user.email)};
    sender.removeAll(QString());
    QStringList recipient{tr("Hiring Team"), MarkdownText::escape(posting.company),
                          MarkdownText::escape(posting.location)};
    recipient.removeAll(QString());
    QHash<QString, QString> sentences;
    sentences.insert(QStringLiteral("sender"), sender.join(QStringLiteral("  \n")));
    sentences.insert(QStringLiteral("date"), QLocale().toString(input.date, QLocale::LongFormat));
    sentences.insert(QStringLiteral("recipient"), recipient.join(QStringLiteral("  \n")));
    sentences.insert(QStringLiteral("subject"),
                     tr("Application for the %1 position").arg(MarkdownText::escape(posting.title)));
    sentences.insert(QStringLiteral("location_clause"),
                     posting.location.isEmpty() ? QString()
                                                : tr(" in %1").arg(MarkdownText::escape(posting.location)));
    sentences.insert(QStringLiteral("experience"), experienceSentences(roles, evidence));
    sentences.insert(QStringLiteral("matched_skills"), requirementsParagraph(matched, evidence));
    const QString interests = interestsSentence(input.interests, postingText, context);
    const QString goal = goalSentence(input.goals, posting, context);
    sentences.insert(QStringLiteral("interests"), interests);
    sentences.insert(QStringLiteral("goal"), goal);
    sentences.insert(QStringLiteral("motivation"), joinedSentences({interests, goal}));
    const QHash<QString, QString> values{
        {QStringLiteral("company"), posting.company},
        {QStringLiteral("role"), posting.title},
        {QStringLiteral("name"), input.user.displayName()},
    };
    auto filled = PlaceholderText::fill(text.value(), QStringLiteral("cover-letter.md"), values,
                                        &MarkdownText::escape, sentences);
    if (!filled)
        return filled.error();

    CoverLetter letter;
    letter.userId = input.user.id;
    letter.opportunityId = posting.id;
    letter.title = tr("Cover letter: %1 at %2").arg(posting.title, posting.company);
    letter.content = tidied(filled.value());
    return letter;
}

} // namespace careerdesk
