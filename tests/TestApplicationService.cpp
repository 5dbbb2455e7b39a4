#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestApplicationService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;
    qint64 posting = 0;

    ApplicationService& service() { return (*w)->applications(); }

private Q_SLOTS:
    void init()
    {
        w = std::make_unique<TestWorkspace>();
        posting = w->addOpportunity(QStringLiteral("Qt Developer"), QStringLiteral("KDAB"));
    }
    void cleanup() { w.reset(); }

    void saveRecordsSavedOnce()
    {
        QSignalSpy created(&service(), &EntityService::created);
        auto saved = service().saveOpportunity(w->userId, posting);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved->applicationStatus, ApplicationStatus::Saved);
        QVERIFY(!saved->appliedAt.isValid());
        QCOMPARE(created.count(), 1);
        auto again = service().saveOpportunity(w->userId, posting);
        QCOMPARE(again->id, saved->id);
        QCOMPARE(service().getUserOpportunities(w->userId)->size(), 1);
        auto history = service().getApplicationHistory(w->userId, saved->id);
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->at(0).fromStatus.has_value());
        QCOMPARE(history->at(0).toStatus, ApplicationStatus::Saved);
        QVERIFY(!service().saveOpportunity(w->userId, 9999).ok());
    }

    void applyNeedsOwnResume()
    {
        const qint64 mine = w->addResume(w->userId, QStringLiteral("Mine"));
        const qint64 theirs = w->addResume(w->otherUserId, QStringLiteral("Theirs"));
        auto refused = service().applyToOpportunity(w->userId, posting, theirs);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QString::number(theirs)));
        QVERIFY(!service().applyToOpportunity(w->userId, posting, 0).ok());
        QVERIFY(!service().applyToOpportunity(w->userId, posting, 777).ok());
        QVERIFY(service().getUserOpportunities(w->userId)->isEmpty());

        auto applied = service().applyToOpportunity(w->userId, posting, mine);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        QCOMPARE(applied->applicationStatus, ApplicationStatus::Applied);
        QCOMPARE(applied->appliedAt, w->now);
        QCOMPARE(applied->resumeId, mine);
        QCOMPARE(applied->coverLetterId, 0);
    }

    void applyAfterSaveMovesTheSameEntry()
    {
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Mine"));
        CoverLetter letter;
        letter.title = QStringLiteral("Letter");
        const qint64 letterId = (*w)->coverLetters().createCoverLetter(w->userId, letter)->id;
        const qint64 saved = service().saveOpportunity(w->userId, posting)->id;
        w->advanceDays(1);
        auto applied = service().applyToOpportunity(w->userId, posting, resume, letterId);
        QVERIFY(applied.ok());
        QCOMPARE(applied->id, saved);
        QCOMPARE(applied->coverLetterId, letterId);
        auto history = service().getApplicationHistory(w->userId, saved).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).fromStatus, std::optional(ApplicationStatus::Saved));
        QCOMPARE(history.at(1).toStatus, ApplicationStatus::Applied);
        QCOMPARE(history.at(1).at, w->now);
    }

    void updateStatusRecordsEvents()
    {
        const qint64 id = service().saveOpportunity(w->userId, posting)->id;
        QSignalSpy changed(&service(), &EntityService::changed);
        w->advanceDays(1);
        auto screening = service().updateApplicationStatus(w->userId, id, ApplicationStatus::Screening);
        QVERIFY(screening.ok());
        QCOMPARE(screening->applicationStatus, ApplicationStatus::Screening);
        w->advanceDays(1);
        QVERIFY(service().updateApplicationStatus(w->userId, id, ApplicationStatus::Interviewing).ok());
        // The same status again is no change and no event.
        QVERIFY(service().updateApplicationStatus(w->userId, id, ApplicationStatus::Interviewing).ok());
        QCOMPARE(changed.count(), 2);
        auto history = service().getApplicationHistory(w->userId, id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(2).fromStatus, std::optional(ApplicationStatus::Screening));
        QCOMPARE(history.at(2).toStatus, ApplicationStatus::Interviewing);
        QCOMPARE(history.at(2).at, w->now);
        QVERIFY(!service().updateApplicationStatus(w->otherUserId, id, ApplicationStatus::Offer).ok());
        QVERIFY(!service().getApplicationHistory(w->otherUserId, id).ok());
        QCOMPARE(service().getApplicationHistory(w->userId, id)->size(), 3);
    }

    void notesAreAppended()
    {
        const qint64 id = service().saveOpportunity(w->userId, posting)->id;
        QVERIFY(service().addOpportunityNotes(w->userId, id, QStringLiteral("Recruiter: Jo")).ok());
        auto both = service().addOpportunityNotes(w->userId, id, QStringLiteral("Call on Monday"));
        QVERIFY(both.ok());
        QCOMPARE(both->notes, QStringLiteral("Recruiter: Jo\n\nCall on Monday"));
        QVERIFY(!service().addOpportunityNotes(w->userId, id, QStringLiteral("  ")).ok());
        QVERIFY(!service().addOpportunityNotes(w->otherUserId, id, QStringLiteral("x")).ok());
        QCOMPARE(service().getApplication(w->userId, id)->notes, both->notes);
    }

    void byApplicationStatus()
    {
        const qint64 second = w->addOpportunity(QStringLiteral("Rust Dev"), QStringLiteral("Ferrous"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Mine"));
        QVERIFY(service().saveOpportunity(w->userId, posting).ok());
        QVERIFY(service().applyToOpportunity(w->userId, second, resume).ok());
        QVERIFY(service().saveOpportunity(w->otherUserId, second).ok());
        QCOMPARE(service().getOpportunitiesByApplicationStatus(w->userId, ApplicationStatus::Saved)->size(),
                 1);
        QCOMPARE(service().getOpportunitiesByApplicationStatus(w->userId, ApplicationStatus::Applied)->size(),
                 1);
        QCOMPARE(service().getOpportunitiesByApplicationStatus(w->userId, ApplicationStatus::Offer)->size(),
                 0);
        QCOMPARE(service().getUserOpportunities(w->otherUserId)->size(), 1);
    }

    void editingTheStatusFieldIsRecorded()
    {
        Application application = service().saveOpportunity(w->userId, posting).value();
        application.notes = QStringLiteral("edited");
        application.applicationStatus = ApplicationStatus::Rejected;
        auto edited = service().updateApplication(w->userId, application);
        QVERIFY(edited.ok());
        QCOMPARE(edited->applicationStatus, ApplicationStatus::Rejected);
        QCOMPARE(edited->notes, QStringLiteral("edited"));
        QCOMPARE(service().getApplicationHistory(w->userId, application.id)->size(), 2);
    }

    void restoringTakesTheLatestStageChangeBack()
    {
        const Application saved = service().saveOpportunity(w->userId, posting).value();
        auto moved = service().updateApplicationStatus(w->userId, saved.id, ApplicationStatus::Screening);
        QVERIFY(moved.ok());
        QCOMPARE(service().getApplicationHistory(w->userId, saved.id)->size(), 2);
        auto restored = service().restoreApplication(w->userId, saved);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(restored->applicationStatus, ApplicationStatus::Saved);
        const auto history = service().getApplicationHistory(w->userId, saved.id).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().toStatus, ApplicationStatus::Saved);
        // Restoring what is already there changes no history; another user's row is out of reach.
        QVERIFY(service().restoreApplication(w->userId, saved).ok());
        QCOMPARE(service().getApplicationHistory(w->userId, saved.id)->size(), 1);
        QVERIFY(!service().restoreApplication(w->otherUserId, saved).ok());
    }

    void deleteRemovesHistory()
    {
        const qint64 id = service().saveOpportunity(w->userId, posting)->id;
        QVERIFY(!service().deleteApplication(w->otherUserId, id).ok());
        QVERIFY(service().deleteApplication(w->userId, id).ok());
        QVERIFY(service().getUserOpportunities(w->userId)->isEmpty());
        QVERIFY(!service().getApplicationHistory(w->userId, id).ok());
    }
};

QTEST_GUILESS_MAIN(TestApplicationService)
#include "TestApplicationService.moc"
