#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestGoalService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    Goal goal(const QString& title, GoalStatus status = GoalStatus::NotStarted)
    {
        Goal value;
        value.title = title;
        value.description = QStringLiteral("why it matters");
        value.category = GoalCategory::SkillDevelopment;
        value.status = status;
        value.priority = Priority::High;
        value.targetDate = QDate(2026, 12, 31);
        return value;
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void createAndList()
    {
        auto& service = (*w)->goals();
        auto added = service.createGoal(w->userId, goal(QStringLiteral("Learn Rust")));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        auto goals = service.getUserGoals(w->userId);
        QVERIFY(goals.ok());
        QCOMPARE(goals->size(), 1);
        const Goal& stored = goals->at(0);
        QCOMPARE(stored.title, QStringLiteral("Learn Rust"));
        QCOMPARE(stored.category, GoalCategory::SkillDevelopment);
        QCOMPARE(stored.targetDate, QDate(2026, 12, 31));
        QVERIFY(!stored.completedAt.isValid());
        QVERIFY(service.getUserGoals(w->otherUserId)->isEmpty());
    }

    void byStatus()
    {
        auto& service = (*w)->goals();
        QVERIFY(service.createGoal(w->userId, goal(QStringLiteral("a"), GoalStatus::InProgress)).ok());
        QVERIFY(service.createGoal(w->userId, goal(QStringLiteral("b"), GoalStatus::InProgress)).ok());
        QVERIFY(service.createGoal(w->userId, goal(QStringLiteral("c"), GoalStatus::Paused)).ok());
        QCOMPARE(service.getGoalsByStatus(w->userId, GoalStatus::InProgress)->size(), 2);
        QCOMPARE(service.getGoalsByStatus(w->userId, GoalStatus::Paused)->size(), 1);
        QCOMPARE(service.getGoalsByStatus(w->userId, GoalStatus::Completed)->size(), 0);
    }

    void markCompleteSetsStatusAndTime()
    {
        auto& service = (*w)->goals();
        const qint64 id =
            service.createGoal(w->userId, goal(QStringLiteral("Ship"), GoalStatus::InProgress))->id;
        w->advanceDays(3);
        QSignalSpy changed(&service, &EntityService::changed);
        auto done = service.markGoalComplete(w->userId, id);
        QVERIFY(done.ok());
        QCOMPARE(done->status, GoalStatus::Completed);
        QCOMPARE(done->completedAt, w->now);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(service.getGoal(w->userId, id)->completedAt, w->now);

        // Completing again keeps the first completion time; reopening clears it.
        const QDateTime firstDone = w->now;
        w->advanceDays(1);
        QCOMPARE(service.markGoalComplete(w->userId, id)->completedAt, firstDone);
        Goal reopened = service.getGoal(w->userId, id).value();
        reopened.status = GoalStatus::InProgress;
        QVERIFY(!service.updateGoal(w->userId, reopened)->completedAt.isValid());
        QVERIFY(!service.markGoalComplete(w->otherUserId, id).ok());
    }

    void updateAndDelete()
    {
        auto& service = (*w)->goals();
        Goal added = service.createGoal(w->userId, goal(QStringLiteral("Ship"))).value();
        added.title = QStringLiteral("Ship 1.0");
        added.targetDate = QDate();
        auto updatedGoal = service.updateGoal(w->userId, added);
        QVERIFY2(updatedGoal.ok(), qPrintable(updatedGoal.errorMessage()));
        QCOMPARE(service.getGoal(w->userId, added.id)->title, QStringLiteral("Ship 1.0"));
        QVERIFY(service.getGoal(w->userId, added.id)->targetDate.isNull());
        QVERIFY(!service.deleteGoal(w->otherUserId, added.id).ok());
        QVERIFY(service.deleteGoal(w->userId, added.id).ok());
        QVERIFY(service.getUserGoals(w->userId)->isEmpty());
    }

    void validation()
    {
        auto& service = (*w)->goals();
        QVERIFY(
            service.createGoal(w->userId, goal(QString())).errorMessage().contains(QLatin1String("Title")));
        Goal farAway = goal(QStringLiteral("Retire"));
        farAway.targetDate = QDate(3026, 1, 1);
        auto refused = service.createGoal(w->userId, farAway);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("3026-01-01")));
        QVERIFY(service.getUserGoals(w->userId)->isEmpty());

        Goal stored = service.createGoal(w->userId, goal(QStringLiteral("Keep"))).value();
        stored.title = QString();
        QVERIFY(!service.updateGoal(w->userId, stored).ok());
        QCOMPARE(service.getGoal(w->userId, stored.id)->title, QStringLiteral("Keep"));
    }
};

QTEST_GUILESS_MAIN(TestGoalService)
#include "TestGoalService.moc"
