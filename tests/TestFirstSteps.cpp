#include "TestSupport.h"
#include "workflows/FirstSteps.h"
#include "workflows/StarterPrompts.h"

#include <QTest>

using namespace careerdesk;

// The Dashboard's "Getting started" list and the starter prompts.
class TestFirstSteps : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    FirstSteps steps() { return FirstSteps::compute(**w, w->userId).value(); }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void eachStepTicksItselfOff()
    {
        User person = (*w)->users().getUser(w->userId).value();
        person.lastName.clear();
        QVERIFY((*w)->users().updateUser(person).ok());
        QCOMPARE(steps().doneCount(), 0);

        person = (*w)->users().getUser(w->userId).value();
        person.lastName = QStringLiteral("Lima");
        QVERIFY((*w)->users().updateUser(person).ok());
        QVERIFY(steps().profile);
        w->addResume(w->userId, QStringLiteral("Main"));
        QVERIFY(steps().resume);
        w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        QVERIFY(steps().posting);
        Goal goal;
        goal.title = QStringLiteral("Grow roses");
        QVERIFY((*w)->goals().createGoal(w->userId, goal).ok());
        QVERIFY(steps().goal);
        QVERIFY(!steps().reflection); // a prompt alone is not a reflection
        const RowRefs starters = StarterPrompts::add(**w, w->userId).value();
        QVERIFY(!steps().reflection);
        QVERIFY((*w)->prompts()
                    .answerPrompt(w->userId, starters.constFirst().second, QStringLiteral("Roses"))
                    .ok());
        QVERIFY(steps().reflection);
        QCOMPARE(steps().doneCount(), 5);
        // Another person's rows tick off nothing of theirs but the postings they may see.
        const FirstSteps others = FirstSteps::compute(**w, w->otherUserId).value();
        QVERIFY(!others.resume && !others.goal && !others.reflection);
    }

    void starterPromptsAreAddedOnceAndTakenBackTogether()
    {
        const RowRefs added = StarterPrompts::add(**w, w->userId).value();
        QCOMPARE(added.size(), StarterPrompts::questions().size());
        const auto prompts = (*w)->prompts().getUserPrompts(w->userId).value();
        QCOMPARE(prompts.size(), StarterPrompts::questions().size());
        QSet<PromptCategory> categories;
        for (const Prompt& prompt : prompts)
            categories.insert(prompt.category);
        QCOMPARE(categories.size(), 3);                           // interview, reflection, coaching
        QCOMPARE(StarterPrompts::add(**w, w->userId)->size(), 0); // none twice
        QVERIFY((*w)->takeAway(added).ok());
        QCOMPARE((*w)->prompts().getUserPrompts(w->userId)->size(), 0);
        QCOMPARE((*w)->prompts().getUserPrompts(w->otherUserId)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFirstSteps)
#include "TestFirstSteps.moc"
