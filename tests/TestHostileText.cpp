#include "TestSupport.h"
#include "services/Validator.h"
#include "store/OpportunityRepository.h"
#include "store/SqlQuery.h"

#include <QTest>

using namespace careerdesk;

// Whatever a person types or a posting contains is stored and read back exactly, never run as SQL.
class TestHostileText : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("O'Brien said \"hi\" `x`");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE goals; --");
        QTest::newRow("sql2") << QStringLiteral("\" OR 1=1 --");
        QTest::newRow("markup") << QStringLiteral("<script>alert('x')</script>");
        QTest::newRow("template") << QStringLiteral("{{company}} %1 %s ${HOME}");
        QTest::newRow("emoji") << QStringLiteral("Rocket 🚀 Zürich 東京 مرحبا");
        QTest::newRow("control") << QStringLiteral("tab\there\nnewline\r\nnul-free \u00a0nbsp");
        QTest::newRow("backslashes") << QStringLiteral("C:\\path\\%_wildcards_%");
        QTest::newRow("long") << QString(10000, QLatin1Char('x')) + QStringLiteral("end");
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        auto& ws = **w;

        Interest interest;
        interest.name = text;
        interest.description = text;
        const qint64 interestId = ws.interests().createInterest(w->userId, interest).value().id;
        QCOMPARE(ws.interests().getInterest(w->userId, interestId)->name, text);
        QCOMPARE(ws.interests().getInterest(w->userId, interestId)->description, text);

        Goal goal;
        goal.title = text;
        goal.description = text;
        const qint64 goalId = ws.goals().createGoal(w->userId, goal).value().id;
        QCOMPARE(ws.goals().getGoal(w->userId, goalId)->title, text);

        Resume resume;
        resume.name = text;
        resume.content = text;
        const qint64 resumeId = ws.resumes().createResume(w->userId, resume).value().id;
        QCOMPARE(ws.resumes().getResume(w->userId, resumeId)->content, text);

        Opportunity posting;
        posting.title = text;
        posting.company = text;
        posting.description = text;
        posting.location = text;
        posting.requirements = {text, text + QStringLiteral("2")};
        posting.postedAt = w->now;
        const qint64 postingId = ws.opportunities().createOpportunity(posting).value().id;
        const Opportunity stored = ws.opportunities().getOpportunityById(postingId).value().value();
        QCOMPARE(stored.company, text);
        QCOMPARE(stored.location, text);
        QCOMPARE(stored.requirements, posting.requirements);

        OpportunitySearchCriteria criteria;
        criteria.keywords = text.left(200);
        auto found = ws.opportunities().searchOpportunities(criteria);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        if (!OpportunityRepository::ftsQuery(criteria.keywords).isEmpty()) { // it has words: they find it
            bool foundIt = false;
            for (const Opportunity& match : found.value())
                foundIt = foundIt || match.id == postingId;
            QVERIFY2(foundIt, qPrintable(criteria.keywords));
        }

        const qint64 applicationId = ws.applications().saveOpportunity(w->userId, postingId).value().id;
        QCOMPARE(ws.applications().addOpportunityNotes(w->userId, applicationId, text)->notes, text);

        ActionItem item;
        item.title = text;
        item.description = text;
        const qint64 itemId = ws.actionItems().createActionItem(w->userId, item).value().id;
        QCOMPARE(ws.actionItems().getActionItem(w->userId, itemId)->description, text);

        CoverLetter letter;
        letter.title = text;
        letter.content = text;
        const qint64 letterId = ws.coverLetters().createCoverLetter(w->userId, letter).value().id;
        QCOMPARE(ws.coverLetters().getCoverLetter(w->userId, letterId)->content, text);

        IntroEmail email;
        email.subject = text.left(900);
        email.content = text;
        const qint64 emailId = ws.introEmails().createIntroEmail(w->userId, email).value().id;
        QCOMPARE(ws.introEmails().getIntroEmail(w->userId, emailId)->content, text);

        Prompt prompt;
        prompt.text = text;
        prompt.tags = {text.left(200)};
        const qint64 promptId = ws.prompts().createPrompt(w->userId, prompt).value().id;
        QCOMPARE(ws.prompts().getPrompt(w->userId, promptId)->tags, prompt.tags);
        QCOMPARE(ws.prompts().answerPrompt(w->userId, promptId, text)->answer, text);
        QCOMPARE(ws.prompts().getPromptAnswers(w->userId, promptId)->at(0).answer, text);

        // Every table is still there and counted right.
        QCOMPARE(ws.goals().getUserGoals(w->userId)->size(), 1);
        QCOMPARE(ws.users().listUsers()->size(), 2);
    }

    void oversizedTextIsRefusedWithItsLimit()
    {
        Goal goal;
        goal.title = QString(Validator::shortTextLimit + 1, QLatin1Char('t'));
        auto refused = (*w)->goals().createGoal(w->userId, goal);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QString::number(Validator::shortTextLimit)));
        QVERIFY((*w)->goals().getUserGoals(w->userId)->isEmpty());
    }

    // On a server, careerdesk_words() (which every search column is computed from) splits text where
    // SQLite's tokenizer does: each of the 32 ASCII punctuation marks becomes a space and nothing else
    // changes, and a word longer than 255 characters is cut after every 255.
    void serverWordsSplitAtAsciiPunctuationOnly()
    {
        if (!w->server)
            QSKIP("careerdesk_words() is the server's");
        QString text;
        QString expected;
        for (char16_t c = 1; c < 0x3000; ++c) {
            const bool mark = c > 0x20 && c < 0x7f && !QChar(c).isLetterOrNumber();
            text += QLatin1Char('a') + QChar(c) + QStringLiteral("b ");
            expected += QLatin1Char('a') + (mark ? QChar(u' ') : QChar(c)) + QStringLiteral("b ");
        }
        text += QString(600, QLatin1Char('x')) + QStringLiteral("-y");
        expected += QString(255, QLatin1Char('x')) + QLatin1Char(' ') + QString(255, QLatin1Char('x')) +
                    QLatin1Char(' ') + QString(90, QLatin1Char('x')) + QStringLiteral(" y");
        auto words = SqlQuery::scalar((*w)->database().connection(),
                                      QStringLiteral("SELECT careerdesk_words(?)"), {text});
        QVERIFY2(words.ok(), qPrintable(words.errorMessage()));
        QCOMPARE(words->toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "TestHostileText.moc"
