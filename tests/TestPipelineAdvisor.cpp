#include "TestSupport.h"
#include "workflows/PipelineAdvisor.h"
#include "workflows/PipelineStatistics.h"

#include <QTest>

using namespace careerdesk;

class TestPipelineAdvisor : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    Opportunity posting(const QString& title, const QString& company, const QString& url = QString())
    {
        Opportunity opportunity;
        opportunity.title = title;
        opportunity.company = company;
        opportunity.sourceUrl = url;
        opportunity.postedAt = w->now;
        return (*w)->opportunities().createOpportunity(opportunity).value();
    }

    QList<qint64> similarTo(const Opportunity& opportunity)
    {
        QList<qint64> ids;
        for (const auto& entry : PipelineAdvisor(**w).similarInPipeline(w->userId, opportunity).value())
            ids << entry.posting.id;
        return ids;
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void nearDuplicatesAreFoundAndOthersAreNot()
    {
        const Opportunity saved = posting(QStringLiteral("Senior Qt Developer"), QStringLiteral("KDAB"),
                                          QStringLiteral("https://jobs.example.org/1"));
        QVERIFY((*w)->applications().saveOpportunity(w->userId, saved.id).ok());
        QCOMPARE(similarTo(saved), QList<qint64>{}); // itself does not count
        QCOMPARE(similarTo(posting(QStringLiteral("Qt developers (senior)"), QStringLiteral(" kdab "))),
                 QList<qint64>{saved.id});
        QCOMPARE(similarTo(posting(QStringLiteral("Office manager"), QStringLiteral("Elsewhere"),
                                   QStringLiteral("https://jobs.example.org/1"))),
                 QList<qint64>{saved.id});
        QCOMPARE(similarTo(posting(QStringLiteral("Rust Engineer"), QStringLiteral("KDAB"))),
                 QList<qint64>{});
        QCOMPARE(similarTo(posting(QStringLiteral("Senior Qt Developer"), QStringLiteral("The Qt Company"))),
                 QList<qint64>{});
        // Another user's pipeline is not this user's.
        QCOMPARE(PipelineAdvisor(**w).similarInPipeline(w->otherUserId, saved)->size(), 0);
    }

    void followUpsAreDueExactlyAfterTheWait()
    {
        const Opportunity job = posting(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"));
        const qint64 id = (*w)->applications().applyToOpportunity(w->userId, job.id, resume)->id;
        PipelineAdvisor advisor(**w);
        w->advanceDays(6);
        QCOMPARE(advisor.followUpsDue(w->userId)->size(), 0);
        w->advanceDays(1);
        QCOMPARE(advisor.followUpsDue(w->userId)->size(), 1);
        QCOMPARE(advisor.followUpsDue(w->userId)->constFirst().application.id, id);
        QCOMPARE(advisor.followUpsDue(w->userId, ApplicationStatus::Applied, 8)->size(), 0);
        QCOMPARE(advisor.followUpsDue(w->otherUserId)->size(), 0);

        auto followUp = advisor.createFollowUp(w->userId, id, true);
        QVERIFY2(followUp.ok(), qPrintable(followUp.errorMessage()));
        const ActionItem* item = &followUp->actionItem;
        QCOMPARE(item->relatedOpportunityId, job.id);
        // Due today, a day: not overdue the moment it exists, nor later that day.
        QCOMPARE(item->dueDate, ActionItem::dueOn(w->now.toLocalTime().date()));
        QVERIFY(!item->isOverdue(w->now));
        QVERIFY(item->title.contains(QStringLiteral("Parks")));
        const auto emails = (*w)->introEmails().getUserIntroEmails(w->userId).value();
        QCOMPARE(emails.size(), 1);
        QCOMPARE(emails.constFirst().purpose, EmailPurpose::FollowUp);
        QCOMPARE(followUp->emailId, emails.constFirst().id);
        QCOMPARE(followUp->added.size(), 2);
        QCOMPARE(advisor.followUpsDue(w->userId)->size(), 0); // an open follow-up exists

        QVERIFY((*w)->actionItems().markActionItemComplete(w->userId, item->id).ok());
        QCOMPARE(advisor.followUpsDue(w->userId)->size(), 1); // done, and still no news
        QVERIFY(
            (*w)->applications().updateApplicationStatus(w->userId, id, ApplicationStatus::Screening).ok());
        QCOMPARE(advisor.followUpsDue(w->userId)->size(), 0); // moved on
        QVERIFY(!advisor.createFollowUp(w->otherUserId, id, false).ok());
    }
    void statisticsCountStagesWeeksAndResponses()
    {
        PipelineStatistics empty = PipelineStatistics::compute(**w, w->userId).value();
        QCOMPARE(empty.applied, 0);
        QCOMPARE(empty.responseRate(), 0);
        QCOMPARE(empty.appliedPerWeek.size(), PipelineStatistics::weeks);

        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"));
        auto& applications = (*w)->applications();
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            const qint64 posting = w->addOpportunity(QStringLiteral("Job %1").arg(i), QStringLiteral("Acme"));
            ids << applications.applyToOpportunity(w->userId, posting, resume)->id;
            w->advanceDays(7); // one a week
        }
        QVERIFY(
            applications
                .saveOpportunity(w->userId, w->addOpportunity(QStringLiteral("Saved"), QStringLiteral("B")))
                .ok());
        QVERIFY(
            applications.updateApplicationStatus(w->userId, ids.at(0), ApplicationStatus::Interviewing).ok());
        QVERIFY(applications.updateApplicationStatus(w->userId, ids.at(1), ApplicationStatus::Rejected).ok());
        QVERIFY(
            applications.updateApplicationStatus(w->userId, ids.at(2), ApplicationStatus::Withdrawn).ok());

        const PipelineStatistics statistics = PipelineStatistics::compute(**w, w->userId).value();
        QCOMPARE(statistics.perStage.value(ApplicationStatus::Saved), 1);
        QCOMPARE(statistics.perStage.value(ApplicationStatus::Applied), 1);
        QCOMPARE(statistics.perStage.value(ApplicationStatus::Interviewing), 1);
        QCOMPARE(statistics.applied, 4);
        QCOMPARE(statistics.answered, 2); // interviewing and rejected; withdrawn is not an answer
        QCOMPARE(statistics.responseRate(), 50);
        int total = 0;
        for (const auto& week : statistics.appliedPerWeek) {
            QCOMPARE(week.first.dayOfWeek(), 1);
            QVERIFY(week.second <= 1);
            total += week.second;
        }
        QCOMPARE(total, 4);
        QCOMPARE(statistics.appliedPerWeek.constLast().second, 0); // this week: none yet
    }

    // A tracker's CSV brings applications in any stage with the date the person applied, and one event
    // each (their current stage); the Dashboard counts them as applied that week, answered by their stage.
    void statisticsCountImportedHistoryByItsAppliedDate()
    {
        const QDateTime lastWeek = w->now.addDays(-7);
        const QDateTime threeWeeksAgo = w->now.addDays(-21);
        QList<Application> imported;
        for (ApplicationStatus status :
             {ApplicationStatus::Applied, ApplicationStatus::Interviewing, ApplicationStatus::Rejected}) {
            Application application;
            application.opportunityId = w->addOpportunity(enumLabel(status), QStringLiteral("Acme"));
            application.applicationStatus = status;
            application.appliedAt = status == ApplicationStatus::Applied ? lastWeek : threeWeeksAgo;
            imported << application;
        }
        auto& applications = (*w)->applications();
        QVERIFY((*w)->inTransaction([&]() -> Status {
                        auto writer = applications.applicationWriter();
                        for (const Application& application : imported) {
                            if (auto added = writer.add(w->userId, application); !added)
                                return added.error();
                        }
                        return {};
                    })
                    .ok());
        // Dated by hand: saved, then moved to Screening with no Applied stage between.
        const qint64 saved =
            applications
                .saveOpportunity(w->userId, w->addOpportunity(QStringLiteral("By hand"), QStringLiteral("B")))
                ->id;
        QVERIFY(applications.updateApplicationStatus(w->userId, saved, ApplicationStatus::Screening).ok());

        const PipelineStatistics statistics = PipelineStatistics::compute(**w, w->userId).value();
        QCOMPARE(statistics.applied, 4);
        QCOMPARE(statistics.answered, 3); // interviewing, rejected, screening
        QCOMPARE(statistics.responseRate(), 75);
        const auto weekOf = [&](const QDateTime& at) {
            const QDate monday = at.toLocalTime().date().addDays(1 - at.toLocalTime().date().dayOfWeek());
            for (const auto& week : statistics.appliedPerWeek) {
                if (week.first == monday)
                    return week.second;
            }
            return -1;
        };
        QCOMPARE(weekOf(threeWeeksAgo), 2);
        QCOMPARE(weekOf(lastWeek), 1);
        QCOMPARE(weekOf(w->now), 1); // screening now, so applied by now
    }
};

QTEST_GUILESS_MAIN(TestPipelineAdvisor)
#include "TestPipelineAdvisor.moc"
