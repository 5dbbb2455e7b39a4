#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestInterestService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void createAndGet()
    {
        auto& service = (*w)->interests();
        QSignalSpy created(&service, &EntityService::created);
        auto added = service.createInterest(
            w->userId, makeInterest(QStringLiteral("Rust"), InterestCategory::Technology, Priority::High));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QVERIFY(added->id > 0);
        QCOMPARE(added->userId, w->userId);
        QCOMPARE(created.count(), 1);
        auto all = service.getUserInterests(w->userId);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).name, QStringLiteral("Rust"));
        QCOMPARE(all->at(0).category, InterestCategory::Technology);
        QCOMPARE(all->at(0).priority, Priority::High);
        QCOMPARE(all->at(0).createdAt, w->now);
    }

    void byCategory()
    {
        auto& service = (*w)->interests();
        QVERIFY(service
                    .createInterest(w->userId,
                                    makeInterest(QStringLiteral("Fintech"), InterestCategory::Industry))
                    .ok());
        QVERIFY(
            service
                .createInterest(w->userId, makeInterest(QStringLiteral("Qt"), InterestCategory::Technology))
                .ok());
        QVERIFY(
            service
                .createInterest(w->userId, makeInterest(QStringLiteral("C++"), InterestCategory::Technology))
                .ok());
        QVERIFY(service
                    .createInterest(w->otherUserId,
                                    makeInterest(QStringLiteral("Go"), InterestCategory::Technology))
                    .ok());
        auto technologies = service.getInterestsByCategory(w->userId, InterestCategory::Technology);
        QVERIFY(technologies.ok());
        QCOMPARE(technologies->size(), 2);
        QCOMPARE(service.getInterestsByCategory(w->userId, InterestCategory::Company)->size(), 0);
    }

    void update()
    {
        auto& service = (*w)->interests();
        Interest added =
            service.createInterest(w->userId, makeInterest(QStringLiteral("Qt"), InterestCategory::Skill))
                .value();
        QSignalSpy changed(&service, &EntityService::changed);
        w->advanceDays(2);
        added.priority = Priority::High;
        added.description = QStringLiteral("Model/view");
        auto updated = service.updateInterest(w->userId, added);
        QVERIFY(updated.ok());
        QCOMPARE(changed.count(), 1);
        auto stored = service.getInterest(w->userId, added.id);
        QCOMPARE(stored->priority, Priority::High);
        QCOMPARE(stored->description, QStringLiteral("Model/view"));
        QCOMPARE(stored->updatedAt, w->now);
        QVERIFY(stored->createdAt < stored->updatedAt);
    }

    void deleteInterest()
    {
        auto& service = (*w)->interests();
        const qint64 id =
            service.createInterest(w->userId, makeInterest(QStringLiteral("Qt"), InterestCategory::Skill))
                ->id;
        QSignalSpy removed(&service, &EntityService::removed);
        QVERIFY(service.deleteInterest(w->userId, id).ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(service.getUserInterests(w->userId)->isEmpty());
        auto again = service.deleteInterest(w->userId, id);
        QVERIFY(!again.ok());
        QVERIFY(again.errorMessage().contains(QString::number(id)));
    }

    void otherUsersRowsAreOutOfReach()
    {
        auto& service = (*w)->interests();
        Interest theirs =
            service
                .createInterest(w->otherUserId, makeInterest(QStringLiteral("Go"), InterestCategory::Skill))
                .value();
        QVERIFY(!service.getInterest(w->userId, theirs.id).ok());
        theirs.name = QStringLiteral("hijacked");
        QVERIFY(!service.updateInterest(w->userId, theirs).ok());
        QVERIFY(!service.deleteInterest(w->userId, theirs.id).ok());
        QCOMPARE(service.getInterest(w->otherUserId, theirs.id)->name, QStringLiteral("Go"));
    }

    void validation()
    {
        auto& service = (*w)->interests();
        QSignalSpy created(&service, &EntityService::created);
        auto blank =
            service.createInterest(w->userId, makeInterest(QStringLiteral("   "), InterestCategory::Skill));
        QVERIFY(!blank.ok());
        QVERIFY(blank.errorMessage().contains(QLatin1String("Name is required")));
        auto noUser =
            service.createInterest(12345, makeInterest(QStringLiteral("Qt"), InterestCategory::Skill));
        QVERIFY(!noUser.ok());
        QVERIFY(noUser.errorMessage().contains(QLatin1String("12345")));
        QCOMPARE(created.count(), 0);
        QVERIFY(service.getUserInterests(w->userId)->isEmpty());
    }

    void createKeepsAGivenIdForUndo()
    {
        auto& service = (*w)->interests();
        Interest added =
            service.createInterest(w->userId, makeInterest(QStringLiteral("Qt"), InterestCategory::Skill))
                .value();
        QVERIFY(service.deleteInterest(w->userId, added.id).ok());
        auto restored = service.createInterest(w->userId, added);
        QVERIFY(restored.ok());
        QCOMPARE(restored->id, added.id);
        QCOMPARE(service.getInterest(w->userId, added.id)->createdAt, added.createdAt);
    }
};

QTEST_GUILESS_MAIN(TestInterestService)
#include "TestInterestService.moc"
