#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestPromptService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    PromptService& service() { return (*w)->prompts(); }

    qint64 add(const QString& text, PromptCadence cadence, qint64 owner = 0)
    {
        Prompt prompt;
        prompt.text = text;
        prompt.cadence = cadence;
        prompt.tags = {QStringLiteral("weekly review")};
        return service().createPrompt(owner ? owner : w->userId, prompt).value().id;
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void crud()
    {
        Prompt prompt;
        prompt.text = QStringLiteral("Tell me about a conflict you resolved.");
        prompt.category = PromptCategory::Interview;
        prompt.tags = {QStringLiteral("behavioural"), QStringLiteral("star")};
        auto added = service().createPrompt(w->userId, prompt);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        auto stored = service().getPrompt(w->userId, added->id);
        QCOMPARE(stored->tags, prompt.tags);
        QCOMPARE(stored->category, PromptCategory::Interview);
        Prompt edited = stored.value();
        edited.cadence = PromptCadence::Weekly;
        QVERIFY(service().updatePrompt(w->userId, edited).ok());
        QCOMPARE(service().getPrompt(w->userId, edited.id)->cadence, PromptCadence::Weekly);
        QCOMPARE(service().getUserPrompts(w->userId)->size(), 1);
        QVERIFY(!service().updatePrompt(w->otherUserId, edited).ok());
        QVERIFY(!service().deletePrompt(w->otherUserId, edited.id).ok());
        QVERIFY(service().deletePrompt(w->userId, edited.id).ok());
        QVERIFY(service().getUserPrompts(w->userId)->isEmpty());

        Prompt blank;
        QVERIFY(!service().createPrompt(w->userId, blank).ok());
        Prompt emptyTag;
        emptyTag.text = QStringLiteral("x");
        emptyTag.tags = {QStringLiteral(" ")};
        QVERIFY(service().createPrompt(w->userId, emptyTag).errorMessage().contains(QLatin1String("tag")));
    }

    void answersFormADatedJournal()
    {
        const qint64 id = add(QStringLiteral("What went well?"), PromptCadence::Daily);
        QSignalSpy changed(&service(), &EntityService::changed);
        auto first = service().answerPrompt(w->userId, id, QStringLiteral("Shipped the store"));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->answeredAt, w->now);
        w->advanceDays(1);
        QVERIFY(service().answerPrompt(w->userId, id, QStringLiteral("Wrote tests")).ok());
        QCOMPARE(changed.count(), 2);
        auto journal = service().getPromptAnswers(w->userId, id);
        QCOMPARE(journal->size(), 2);
        QCOMPARE(journal->at(0).answer, QStringLiteral("Shipped the store"));
        QCOMPARE(journal->at(1).answeredAt, w->now);

        QVERIFY(!service().answerPrompt(w->userId, id, QStringLiteral("   ")).ok());
        QVERIFY(!service().answerPrompt(w->otherUserId, id, QStringLiteral("sneaky")).ok());
        QVERIFY(!service().getPromptAnswers(w->otherUserId, id).ok());
        QVERIFY(!service().deletePromptAnswer(w->otherUserId, first->id).ok());
        QVERIFY(service().deletePromptAnswer(w->userId, first->id).ok());
        QCOMPARE(service().getPromptAnswers(w->userId, id)->size(), 1);
    }

    void dueFollowsCadenceSinceLastAnswer()
    {
        const qint64 daily = add(QStringLiteral("daily"), PromptCadence::Daily);
        const qint64 weekly = add(QStringLiteral("weekly"), PromptCadence::Weekly);
        const qint64 monthly = add(QStringLiteral("monthly"), PromptCadence::Monthly);
        add(QStringLiteral("whenever"), PromptCadence::None);
        add(QStringLiteral("theirs"), PromptCadence::Daily, w->otherUserId);

        auto dueIds = [&] {
            QList<qint64> ids;
            for (const Prompt& prompt : service().getPromptsDue(w->userId).value())
                ids << prompt.id;
            return ids;
        };
        // Never answered: every prompt with a cadence is due.
        QCOMPARE(dueIds(), (QList<qint64>{daily, weekly, monthly}));
        for (qint64 id : {daily, weekly, monthly})
            QVERIFY(service().answerPrompt(w->userId, id, QStringLiteral("done")).ok());
        QVERIFY(dueIds().isEmpty());
        w->advanceDays(1);
        QCOMPARE(dueIds(), QList<qint64>{daily});
        w->advanceDays(6);
        QCOMPARE(dueIds(), (QList<qint64>{daily, weekly}));
        w->advanceDays(24);
        QCOMPARE(dueIds(), (QList<qint64>{daily, weekly, monthly}));
    }
};

QTEST_GUILESS_MAIN(TestPromptService)
#include "TestPromptService.moc"
