#include "TestSupport.h"
#include "models/CaseloadModel.h"
#include "store/SqlQuery.h"
#include "store/SqlValues.h"
#include "workflows/Caseload.h"
#include "workflows/CaseloadCsv.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

// A coach's clients at a glance (Ana coaches Ben here): what the Clients view shows and exports.
class TestCaseload : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    qint64 coach() const { return w->userId; }
    qint64 client() const { return w->otherUserId; }

    void assign(qint64 coachId, qint64 clientId)
    {
        auto added = SqlQuery::run(
            (*w)->database().connection(),
            QStringLiteral(
                "INSERT INTO coach_assignments (coach_id, client_id, created_at) VALUES (?, ?, ?)"),
            {coachId, clientId, SqlValues::fromDateTime(w->now)});
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }

    void apply(const QString& title, ApplicationStatus stage)
    {
        auto& applications = (*w)->applications();
        auto saved = applications.saveOpportunity(client(), w->addOpportunity(title, QStringLiteral("Acme")));
        QVERIFY(saved.ok());
        if (stage != ApplicationStatus::Saved)
            QVERIFY(applications.updateApplicationStatus(client(), saved->id, stage).ok());
    }

private Q_SLOTS:
    void init()
    {
        w = std::make_unique<TestWorkspace>();
        assign(coach(), client());
    }

    void cleanup() { w.reset(); }

    void aClientIsSummedUp()
    {
        apply(QStringLiteral("Qt Developer"), ApplicationStatus::Applied);
        apply(QStringLiteral("Rust Engineer"), ApplicationStatus::Applied);
        apply(QStringLiteral("Go Engineer"), ApplicationStatus::Interviewing);
        apply(QStringLiteral("PHP Engineer"), ApplicationStatus::Rejected);
        ActionItem late;
        late.title = QStringLiteral("Call Acme");
        late.dueDate = w->now.addDays(-1);
        ActionItem later = late;
        later.dueDate = w->now.addDays(3);
        QVERIFY((*w)->actionItems().createActionItem(client(), late).ok());
        QVERIFY((*w)->actionItems().createActionItem(client(), later).ok());
        for (GoalStatus status : {GoalStatus::Completed, GoalStatus::InProgress, GoalStatus::Cancelled}) {
            Goal goal;
            goal.title = QStringLiteral("Goal");
            goal.status = status;
            QVERIFY((*w)->goals().createGoal(client(), goal).ok());
        }
        Prompt prompt;
        prompt.text = QStringLiteral("What went well?");
        const qint64 promptId = (*w)->prompts().createPrompt(client(), prompt)->id;
        w->advanceDays(-15); // February
        QVERIFY((*w)->prompts().answerPrompt(client(), promptId, QStringLiteral("The call")).ok());
        w->advanceDays(15); // March
        QVERIFY((*w)->prompts().answerPrompt(client(), promptId, QStringLiteral("The interview")).ok());
        QVERIFY((*w)->prompts().answerPrompt(client(), promptId, QStringLiteral("The offer talk")).ok());
        w->advanceDays(1);
        ActionItem last;
        last.title = QStringLiteral("The latest thing they did");
        QVERIFY((*w)->actionItems().createActionItem(client(), last).ok());

        auto caseload = Caseload::of(**w, coach());
        QVERIFY2(caseload.ok(), qPrintable(caseload.errorMessage()));
        QCOMPARE(caseload->size(), 1);
        const Caseload::Client& ben = caseload->constFirst();
        QCOMPARE(ben.person.id, client());
        QCOMPARE(ben.applicationsPerStage.value(ApplicationStatus::Applied), 2);
        QCOMPARE(ben.applicationsPerStage.value(ApplicationStatus::Interviewing), 1);
        QCOMPARE(ben.applicationsPerStage.value(ApplicationStatus::Rejected), 1);
        QCOMPARE(ben.applications(), 4);
        QCOMPARE(ben.activeApplications(), 3);
        QCOMPARE(ben.overdueActionItems, 1);
        QCOMPARE(ben.goalsCompleted, 1);
        QCOMPARE(ben.goalsCounted, 2); // the cancelled goal is not counted
        QCOMPARE(ben.promptsAnsweredThisMonth, 2);
        QCOMPARE(ben.lastActivity, w->now);

        const QString csv = QString::fromUtf8(CaseloadCsv::build(caseload.value()));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String(
                     "Client,Email,Saved,Applied,Screening,Interviewing,Offer,Accepted,Rejected,Withdrawn")),
                 qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1),
                 QStringLiteral("Ben Okafor,ben@example.org,0,2,0,1,0,0,1,0,2026-03-11,1,1,2,2"));
    }

    void aCoachSeesOnlyTheirAssignedClients()
    {
        User cleo;
        cleo.email = QStringLiteral("cleo@example.org");
        const qint64 cleoId = (*w)->users().createUser(cleo)->id;
        auto mine = (*w)->users().clientsOf(coach());
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->constFirst().id, client());
        auto cleos = (*w)->users().clientsOf(cleoId);
        QVERIFY(cleos.ok());
        // Nobody is assigned to Cleo: in a file, whoever keeps several people coaches them all; on a
        // server only assignments count.
        if ((*w)->database().isServer())
            QVERIFY(cleos->isEmpty());
        else
            QCOMPARE(cleos->size(), 2);
    }

    void theModelFollowsTheClientsChanges()
    {
        CaseloadModel model(**w);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCoachId(coach());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaseloadModel::Name).data().toString(), QStringLiteral("Ben Okafor"));
        QCOMPARE(model.index(0, CaseloadModel::Applications).data(CaseloadModel::SortRole).toInt(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        apply(QStringLiteral("Qt Developer"), ApplicationStatus::Interviewing);
        QTRY_VERIFY(reset.count() > 0);
        QCOMPARE(model.index(0, CaseloadModel::Applications).data(CaseloadModel::SortRole).toInt(), 1);
        const int interviewing = CaseloadModel::FirstStage + int(ApplicationStatus::Interviewing);
        QCOMPARE(model.headerData(interviewing, Qt::Horizontal).toString(), QStringLiteral("Interviewing"));
        QCOMPARE(model.index(0, interviewing).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, CaseloadModel::Name).data(CaseloadModel::ClientIdRole).toLongLong(),
                 client());
    }
};

QTEST_MAIN(TestCaseload)
#include "TestCaseload.moc"
