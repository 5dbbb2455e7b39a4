#include "TestSupport.h"
#include "documents/RequirementMatcher.h"
#include "workflows/CoverLetterBatch.h"
#include "workflows/DocumentGeneration.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestCoverLetterService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    CoverLetterService& service() { return (*w)->coverLetters(); }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void crud()
    {
        QSignalSpy created(&service(), &EntityService::created);
        CoverLetter letter;
        letter.title = QStringLiteral("For KDAB");
        letter.content = QStringLiteral("Dear team,");
        auto added = service().createCoverLetter(w->userId, letter);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(created.count(), 1);
        QCOMPARE(service().getUserCoverLetters(w->userId)->size(), 1);
        CoverLetter edited = added.value();
        edited.content = QStringLiteral("Dear KDAB team,");
        QVERIFY(service().updateCoverLetter(w->userId, edited).ok());
        QCOMPARE(service().getCoverLetter(w->userId, edited.id)->content, QStringLiteral("Dear KDAB team,"));
        QVERIFY(!service().getCoverLetter(w->otherUserId, edited.id).ok());
        QVERIFY(!service().updateCoverLetter(w->otherUserId, edited).ok());
        QVERIFY(!service().deleteCoverLetter(w->otherUserId, edited.id).ok());
        QVERIFY(service().deleteCoverLetter(w->userId, edited.id).ok());
        QVERIFY(service().getUserCoverLetters(w->userId)->isEmpty());

        CoverLetter untitled;
        QVERIFY(
            service().createCoverLetter(w->userId, untitled).errorMessage().contains(QLatin1String("Title")));
        CoverLetter dangling;
        dangling.title = QStringLiteral("x");
        dangling.opportunityId = 31337;
        QVERIFY(
            service().createCoverLetter(w->userId, dangling).errorMessage().contains(QLatin1String("31337")));
    }

    void generateUsesProfilePostingResumeInterestsAndGoals()
    {
        const qint64 posting = w->addOpportunity(
            QStringLiteral("Qt Developer"), QStringLiteral("KDAB"),
            {QStringLiteral("C++"), QStringLiteral("Qt Quick"), QStringLiteral("Kubernetes")});
        const qint64 resume =
            w->addResume(w->userId, QStringLiteral("Main"),
                         QStringLiteral("Ten years of C++; built apps with qt quick and QML."));
        Interest interest;
        interest.name = QStringLiteral("Developer tools");
        interest.priority = Priority::High;
        QVERIFY((*w)->interests().createInterest(w->userId, interest).ok());
        Goal goal;
        goal.title = QStringLiteral("Lead a Qt team"); // a career goal that relates to the posting
        goal.status = GoalStatus::InProgress;
        QVERIFY((*w)->goals().createGoal(w->userId, goal).ok());

        auto letter = DocumentGeneration::generateCoverLetter(**w, w->userId, posting, resume);
        QVERIFY2(letter.ok(), qPrintable(letter.errorMessage()));
        QCOMPARE(letter->opportunityId, posting);
        QVERIFY(letter->title.contains(QLatin1String("Qt Developer")));
        const QString text = letter->content;
        QVERIFY(text.contains(QLatin1String("Dear Hiring Team at KDAB")));
        QVERIFY(text.contains(QLatin1String("Ana Lima")));
        QVERIFY2(
            text.contains(QLatin1String("\nana@example.org\n\n")), // as typed: the letter is edited as text
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("C++ and Qt Quick"))); // matched; nothing to escape there
        QVERIFY(!text.contains(QLatin1String("Kubernetes")));      // not in the resume
        QVERIFY(text.contains(QLatin1String("interest in developer tools")));
        QVERIFY(text.contains(QLatin1String("a goal I have set myself: to lead a Qt team.")));
        QCOMPARE(service().getUserCoverLetters(w->userId)->size(), 1);

        // Deterministic: the same input writes the same letter.
        auto again = DocumentGeneration::generateCoverLetter(**w, w->userId, posting, resume);
        QCOMPARE(again->content, letter->content);
    }

    void generateEscapesPostingValues()
    {
        const qint64 posting =
            w->addOpportunity(QStringLiteral("<b>Boss</b>"), QStringLiteral("A&B {{user}} *Corp*"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"));
        auto letter = DocumentGeneration::generateCoverLetter(**w, w->userId, posting, resume);
        QVERIFY(letter.ok());
        QVERIFY(letter->content.contains(QLatin1String("\\<b\\>Boss\\</b\\>")));
        QVERIFY(letter->content.contains(QLatin1String("A\\&B \\{\\{user\\}\\} \\*Corp\\*")));
    }

    void generateRefusesForeignOrMissingInput()
    {
        const qint64 posting = w->addOpportunity(QStringLiteral("Dev"), QStringLiteral("Acme"));
        const qint64 theirs = w->addResume(w->otherUserId, QStringLiteral("Theirs"));
        QVERIFY(!DocumentGeneration::generateCoverLetter(**w, w->userId, posting, theirs).ok());
        QVERIFY(!DocumentGeneration::generateCoverLetter(**w, w->userId, 5555, theirs).ok());
        QVERIFY(service().getUserCoverLetters(w->userId)->isEmpty());
    }

    void batchGeneratesForEachPostingAndStopsWhenCancelled()
    {
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"), QStringLiteral("C++ and Qt"));
        QList<qint64> postings;
        for (int i = 0; i < 5; ++i)
            postings << w->addOpportunity(QStringLiteral("Role %1").arg(i),
                                          QStringLiteral("Company %1").arg(i));
        postings.insert(2, 9999); // a posting that is gone by now
        QList<int> reported;
        auto all = CoverLetterBatch::generate(**w, w->userId, postings, resume, [&](int done) {
            reported << done;
            return true;
        });
        QCOMPARE(all.letterIds.size(), 5);
        QCOMPARE(all.problems.size(), 1);
        QVERIFY(all.problems.constFirst().contains(QLatin1String("9999")));
        QVERIFY(!all.cancelled);
        QCOMPARE(reported, (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(service().getCoverLetter(w->userId, all.letterIds.at(2))->opportunityId, postings.at(3));

        auto stopped =
            CoverLetterBatch::generate(**w, w->userId, postings, resume, [](int done) { return done < 2; });
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.letterIds.size(), 2);
        QCOMPARE(service().getUserCoverLetters(w->userId)->size(), 7);
    }

    void requirementMatcherIsCaseAndPluralTolerant()
    {
        auto match = RequirementMatcher::match({QStringLiteral("REST APIs"), QStringLiteral("Node.js"),
                                                QStringLiteral("C#"), QStringLiteral("Go")},
                                               QStringLiteral("Designed rest api for node.js services."));
        QCOMPARE(match.found, (QStringList{QStringLiteral("REST APIs"), QStringLiteral("Node.js")}));
        QCOMPARE(match.missing, (QStringList{QStringLiteral("C#"), QStringLiteral("Go")}));
        QCOMPARE(match.score(), 50);
        QCOMPARE(RequirementMatcher::match({}, QStringLiteral("anything")).score(), 0);
    }

    // A line that lists several requirements ("Go, PostgreSQL, Kafka") is several requirements; a comma
    // inside brackets stays in its requirement.
    void requirementsListedOnOneLineCountEach()
    {
        auto match = RequirementMatcher::match(
            {QStringLiteral("Go, PostgreSQL, Kafka"), QStringLiteral("Cloud (AWS, GCP); Terraform")},
            QStringLiteral("Services in Go over PostgreSQL. Cloud (AWS, GCP) with Terraform."));
        QCOMPARE(match.found, (QStringList{QStringLiteral("Go"), QStringLiteral("PostgreSQL"),
                                           QStringLiteral("Cloud (AWS, GCP)"), QStringLiteral("Terraform")}));
        QCOMPARE(match.missing, QStringList{QStringLiteral("Kafka")});
        QCOMPARE(match.score(), 80);
    }
};

QTEST_GUILESS_MAIN(TestCoverLetterService)
#include "TestCoverLetterService.moc"
