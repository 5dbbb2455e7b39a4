#include "TestSupport.h"
#include "store/Transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestActionItemService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    ActionItem item(const QString& title, const QDateTime& due = {},
                    ActionItemStatus status = ActionItemStatus::Pending)
    {
        ActionItem value;
        value.title = title;
        value.dueDate = due;
        value.status = status;
        return value;
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void createListAndLink()
    {
        auto& service = (*w)->actionItems();
        const qint64 posting = w->addOpportunity(QStringLiteral("Qt Developer"), QStringLiteral("KDAB"));
        ActionItem followUp = item(QStringLiteral("Follow up"), w->now.addDays(2));
        followUp.relatedOpportunityId = posting;
        followUp.priority = Priority::High;
        auto added = service.createActionItem(w->userId, followUp);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        auto items = service.getUserActionItems(w->userId);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->at(0).relatedOpportunityId, posting);
        QCOMPARE(items->at(0).dueDate, w->now.addDays(2));
        QCOMPARE(items->at(0).priority, Priority::High);

        ActionItem dangling = item(QStringLiteral("Ghost"));
        dangling.relatedOpportunityId = 4242;
        auto refused = service.createActionItem(w->userId, dangling);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("4242")));
    }

    void byStatus()
    {
        auto& service = (*w)->actionItems();
        QVERIFY(service.createActionItem(w->userId, item(QStringLiteral("a"))).ok());
        QVERIFY(
            service.createActionItem(w->userId, item(QStringLiteral("b"), {}, ActionItemStatus::InProgress))
                .ok());
        QCOMPARE(service.getActionItemsByStatus(w->userId, ActionItemStatus::Pending)->size(), 1);
        QCOMPARE(service.getActionItemsByStatus(w->userId, ActionItemStatus::InProgress)->size(), 1);
        QCOMPARE(service.getActionItemsByStatus(w->userId, ActionItemStatus::Completed)->size(), 0);
    }

    // A due date is a day: an open item is overdue once the day it was due has passed, not during it.
    void overdueIsOpenAndDueBeforeToday()
    {
        auto& service = (*w)->actionItems();
        const qint64 late =
            service.createActionItem(w->userId, item(QStringLiteral("late"), w->now.addDays(-1)))->id;
        QVERIFY(service.createActionItem(w->userId, item(QStringLiteral("today"), w->now.addSecs(-60))).ok());
        QVERIFY(service.createActionItem(w->userId, item(QStringLiteral("undated"))).ok());
        QVERIFY(service
                    .createActionItem(w->userId, item(QStringLiteral("done"), w->now.addDays(-2),
                                                      ActionItemStatus::Completed))
                    .ok());
        QVERIFY(service
                    .createActionItem(w->userId, item(QStringLiteral("dropped"), w->now.addDays(-2),
                                                      ActionItemStatus::Cancelled))
                    .ok());
        QVERIFY(service.createActionItem(w->otherUserId, item(QStringLiteral("theirs"), w->now.addDays(-2)))
                    .ok());

        auto overdue = service.getOverdueActionItems(w->userId);
        QVERIFY(overdue.ok());
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->at(0).id, late);

        // A day passes: the item of that day is overdue as well.
        w->advanceDays(1);
        QCOMPARE(service.getOverdueActionItems(w->userId)->size(), 2);
    }

    void markCompleteStampsTime()
    {
        auto& service = (*w)->actionItems();
        const qint64 id =
            service.createActionItem(w->userId, item(QStringLiteral("call"), w->now.addDays(-1)))->id;
        w->advanceDays(1);
        auto done = service.markActionItemComplete(w->userId, id);
        QVERIFY(done.ok());
        QCOMPARE(done->status, ActionItemStatus::Completed);
        QCOMPARE(done->completedAt, w->now);
        QVERIFY(service.getOverdueActionItems(w->userId)->isEmpty());
        QVERIFY(!service.markActionItemComplete(w->otherUserId, id).ok());
    }

    void updateAndDelete()
    {
        auto& service = (*w)->actionItems();
        ActionItem added = service.createActionItem(w->userId, item(QStringLiteral("call"))).value();
        added.description = QStringLiteral("Ask about the team");
        added.status = ActionItemStatus::InProgress;
        QVERIFY(service.updateActionItem(w->userId, added).ok());
        QCOMPARE(service.getActionItem(w->userId, added.id)->status, ActionItemStatus::InProgress);
        QSignalSpy removed(&service, &EntityService::removed);
        QVERIFY(!service.deleteActionItem(w->otherUserId, added.id).ok());
        QVERIFY(service.deleteActionItem(w->userId, added.id).ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(service.createActionItem(w->userId, item(QString()))
                    .errorMessage()
                    .contains(QLatin1String("Title")));
    }

    void changesAreAnnouncedOnceStored()
    {
        auto& service = (*w)->actionItems();
        QSignalSpy created(&service, &EntityService::created);
        QVERIFY(service.createActionItem(w->userId, item(QStringLiteral("alone"))).ok());
        QCOMPARE(created.size(), 1); // no transaction: at once

        const QSqlDatabase connection = (*w)->database().connection();
        {
            Transaction rolledBack(connection);
            QVERIFY(service.createActionItem(w->userId, item(QStringLiteral("never stored"))).ok());
        }
        QCOMPARE(created.size(), 1);
        QCOMPARE(service.getUserActionItems(w->userId)->size(), 1);

        qint64 kept = 0;
        {
            Transaction outer(connection);
            kept = service.createActionItem(w->userId, item(QStringLiteral("kept")))->id;
            {
                Transaction inner(connection); // a savepoint, rolled back on its own
                QVERIFY(service.createActionItem(w->userId, item(QStringLiteral("dropped"))).ok());
            }
            QCOMPARE(created.size(), 1); // not before the commit
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(created.size(), 2);
        QCOMPARE(created.last().constFirst().toLongLong(), kept);
        QCOMPARE(service.getUserActionItems(w->userId)->size(), 2);
    }

    void deletingTheOpportunityUnlinksTheItem()
    {
        auto& service = (*w)->actionItems();
        const qint64 posting = w->addOpportunity(QStringLiteral("Dev"), QStringLiteral("Acme"));
        ActionItem linked = item(QStringLiteral("prep"));
        linked.relatedOpportunityId = posting;
        const qint64 id = service.createActionItem(w->userId, linked)->id;
        QVERIFY((*w)->opportunities().deleteOpportunity(posting).ok());
        QCOMPARE(service.getActionItem(w->userId, id)->relatedOpportunityId, 0);
    }
};

QTEST_GUILESS_MAIN(TestActionItemService)
#include "TestActionItemService.moc"
