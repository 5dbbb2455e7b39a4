#include "TestSupport.h"
#include "models/ActionItemModel.h"
#include "models/ApplicationModel.h"
#include "models/CoverLetterModel.h"
#include "models/GoalModel.h"
#include "models/InterestModel.h"
#include "models/IntroEmailModel.h"
#include "models/NoteModel.h"
#include "models/OpportunityModel.h"
#include "models/PromptAnswerModel.h"
#include "models/PromptModel.h"
#include "models/ResumeModel.h"
#include "models/UserModel.h"
#include "workflows/DemoData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace careerdesk;

namespace {

using ModelFactory = std::function<EntityTableModelBase*(Workspace&)>;

QList<QPair<const char*, ModelFactory>> areaModels()
{
    return {
        {"opportunities", [](Workspace& w) { return new OpportunityModel(w); }},
        {"applications", [](Workspace& w) { return new ApplicationModel(w); }},
        {"resumes", [](Workspace& w) { return new ResumeModel(w); }},
        {"coverLetters", [](Workspace& w) { return new CoverLetterModel(w); }},
        {"introEmails", [](Workspace& w) { return new IntroEmailModel(w); }},
        {"actionItems", [](Workspace& w) { return new ActionItemModel(w); }},
        {"goals", [](Workspace& w) { return new GoalModel(w); }},
        {"interests", [](Workspace& w) { return new InterestModel(w); }},
        {"prompts", [](Workspace& w) { return new PromptModel(w); }},
        {"notes", [](Workspace& w) { return new NoteModel(w); }},
        {"users", [](Workspace& w) { return new UserModel(w); }},
    };
}

} // namespace

// Every area model against QAbstractItemModelTester, through inserts, edits, deletes, undo and
// changes made elsewhere (another model, or a service directly).
class TestAreaModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

private Q_SLOTS:
    void init()
    {
        w = std::make_unique<TestWorkspace>();
        QVERIFY(DemoData::load(**w, w->userId).ok());
    }
    void cleanup() { w.reset(); }

    void lifecycle_data()
    {
        QTest::addColumn<int>("which");
        const auto models = areaModels();
        for (int i = 0; i < models.size(); ++i)
            QTest::newRow(models.at(i).first) << i;
    }

    void lifecycle()
    {
        QFETCH(int, which);
        const auto factory = areaModels().at(which).second;
        std::unique_ptr<EntityTableModelBase> model(factory(**w));
        std::unique_ptr<EntityTableModelBase> twin(factory(**w)); // another view of the same rows
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester twinTester(twin.get(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        QUndoStack undo;
        model->setUndoStack(&undo);
        model->setUserId(w->userId);
        twin->setUserId(w->userId);
        const int before = model->rowCount();
        QVERIFY(before > 0);
        QCOMPARE(twin->rowCount(), before);

        QSignalSpy inserted(twin.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(twin.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(twin.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(twin.get(), &QAbstractItemModel::modelReset);

        qint64 id = 0;
        if (auto* applications = qobject_cast<ApplicationModel*>(model.get())) {
            const qint64 posting = w->addOpportunity(QStringLiteral("Fresh"), QStringLiteral("Posting"));
            id = applications->addForOpportunity(posting);
        } else if (qobject_cast<UserModel*>(model.get())) {
            User user;
            user.email = QStringLiteral("new.client@example.org");
            id = (*w)->users().createUser(user)->id;
        } else {
            id = model->addNew();
        }
        QVERIFY(id > 0);
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(twin->rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);

        // Edit the first editable column through setData.
        const int row = model->rowOf(id);
        int column = 0;
        while (model->flags(model->index(row, column)).testFlag(Qt::ItemIsEditable) == false)
            ++column;
        const QModelIndex cell = model->index(row, column);
        const auto kind = EditorKind(model->headerData(column, Qt::Horizontal, EditorKindRole).toInt());
        QVariant edited = kind == EditorKind::Choice ? model->headerData(column, Qt::Horizontal, ChoicesRole)
                                                           .toList()
                                                           .constLast()
                                                           .toMap()
                                                           .value(QStringLiteral("key"))
                                                     : QVariant(QStringLiteral("edited@example.org"));
        QSignalSpy cellChanged(model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(model->setData(cell, edited));
        QCOMPARE(model->index(row, column).data(Qt::EditRole), edited);
        QCOMPARE(twin->index(twin->rowOf(id), column).data(Qt::EditRole), edited);
        QVERIFY(changed.count() >= 1);
        QVERIFY(!cellChanged.isEmpty());
        QCOMPARE(cellChanged.constFirst().at(0).toModelIndex().row(), row);
        // Setting the same value again changes nothing.
        QVERIFY(!model->setData(model->index(row, column), edited));

        if (!qobject_cast<UserModel*>(model.get())) {
            QVERIFY(model->removeById(id));
            QCOMPARE(model->rowOf(id), -1);
            QCOMPARE(twin->rowOf(id), -1);
            QCOMPARE(removed.count(), 1);
            undo.undo(); // the delete
            QVERIFY(twin->rowOf(id) >= 0);
            QCOMPARE(twin->index(twin->rowOf(id), column).data(Qt::EditRole), edited);
            undo.undo(); // the edit
            undo.undo(); // the creation
            QCOMPARE(model->rowCount(), before);
            QCOMPARE(twin->rowCount(), before);
        }
        QCOMPARE(reset.count(), 0); // row-level signals only
    }

    void failedWriteLeavesTheModelAndReportsWhy()
    {
        GoalModel model(**w);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setUserId(w->userId);
        QSignalSpy errors(&model, &EntityTableModelBase::errorOccurred);
        const QString before = model.index(0, GoalModel::Title).data().toString();
        QVERIFY(!model.setData(model.index(0, GoalModel::Title), QString()));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.constFirst().constFirst().toString().contains(QLatin1String("Title")));
        QCOMPARE(model.index(0, GoalModel::Title).data().toString(), before);
        // An unknown enum key is refused before it reaches the service.
        QVERIFY(!model.setData(model.index(0, GoalModel::Status), QStringLiteral("FINISHED")));
    }

    // A posting added in the Opportunities view is the person's own (on a server, the only kind a
    // person who is not a coach may add).
    void aPostingAddedInTheViewIsThePersonsOwn()
    {
        OpportunityModel model(**w);
        model.setUserId(w->userId);
        const qint64 id = model.addNew();
        QVERIFY(id > 0);
        QCOMPARE((*w)->opportunities().getOpportunityById(id).value()->ownerId, w->userId);
    }

    void displayIsHumanAndSortsRight()
    {
        OpportunityModel model(**w);
        model.setUserId(w->userId);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString type = model.index(row, OpportunityModel::Type).data().toString();
            QVERIFY2(!type.contains(QLatin1Char('_')) && type != type.toUpper(), qPrintable(type));
        }
        for (const Priority priority : {Priority::High, Priority::Low, Priority::Medium}) {
            Goal goal;
            goal.title = QStringLiteral("Sorted %1").arg(int(priority));
            goal.priority = priority;
            QVERIFY((*w)->goals().createGoal(w->userId, goal).ok());
        }
        GoalModel goals(**w);
        goals.setUserId(w->userId);
        // Priority sorts by its order (Low < Medium < High), not alphabetically ("High" < "Low").
        QMap<Priority, QVariant> keys;
        for (int row = 0; row < goals.rowCount(); ++row)
            keys.insert(goals.entityAt(row).priority, goals.index(row, GoalModel::Priority).data(SortRole));
        QCOMPARE(keys.size(), 3);
        for (const QVariant& key : std::as_const(keys))
            QVERIFY2(key.typeId() == QMetaType::Int, key.typeName());
        QVERIFY(keys.value(Priority::Low).toInt() < keys.value(Priority::Medium).toInt());
        QVERIFY(keys.value(Priority::Medium).toInt() < keys.value(Priority::High).toInt());
    }

    void overdueRowsNeedAttention()
    {
        ActionItemModel model(**w);
        model.setUserId(w->userId);
        const auto overdue = (*w)->actionItems().getOverdueActionItems(w->userId).value();
        QCOMPARE(model.overdueCount(), overdue.size());
        for (const ActionItem& item : overdue)
            QVERIFY(model.index(model.rowOf(item.id), 0).data(AttentionRole).toBool());
    }

    // A due date is a day: shown without a time, kept as the middle of that day (the same day a few time
    // zones away), and overdue only once the day has passed (local time).
    void aDueDateIsADayOverdueOnceItHasPassed()
    {
        ActionItemModel model(**w);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setUserId(w->userId);
        const qint64 id = model.addNew();
        const int row = model.rowOf(id);
        const QModelIndex due = model.index(row, ActionItemModel::DueDate);
        QCOMPARE(due.data(Qt::EditRole).typeId(), QMetaType::QDate);
        QVERIFY(!due.data().toString().contains(QLatin1Char(':'))); // no time of day shown
        const QDate today = w->now.toLocalTime().date();
        QVERIFY(model.setData(due, today));
        const ActionItem stored = (*w)->actionItems().getActionItem(w->userId, id).value();
        QCOMPARE(stored.dueDate.toLocalTime().date(), today);
        QCOMPARE(stored.dueDate, QDateTime(today, QTime(12, 0)).toUTC());
        QVERIFY(!stored.isOverdue(w->now));
        QVERIFY(!stored.isOverdue(today.endOfDay().toUTC()));
        QVERIFY(stored.isOverdue(today.addDays(1).startOfDay().toUTC()));
        QVERIFY(!model.index(row, 0).data(AttentionRole).toBool());
    }

    void promptAnswersFollowThePrompt()
    {
        PromptModel prompts(**w);
        prompts.setUserId(w->userId);
        PromptAnswerModel answers(**w);
        QAbstractItemModelTester tester(&answers, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 promptId = prompts.idAt(0);
        answers.setPrompt(w->userId, promptId);
        const int before = answers.rowCount();
        QVERIFY(prompts.answer(0, QStringLiteral("Today I shipped")));
        QCOMPARE(answers.rowCount(), before + 1);
        QCOMPARE(answers.index(before, PromptAnswerModel::Answer).data().toString(),
                 QStringLiteral("Today I shipped"));
        answers.setPrompt(w->otherUserId, promptId); // not theirs
        QCOMPARE(answers.rowCount(), 0);
    }

    void opportunitiesComeAPageAtATime()
    {
        const int total = OpportunityModel::pageSize * 2 + 17;
        for (int i = 0; i < total; ++i)
            w->addOpportunity(QStringLiteral("Quokka keeper %1").arg(i), QStringLiteral("Zoo"));
        const qint64 other = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        OpportunityModel model(**w);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("quokka");
        QSignalSpy counted(&model, &OpportunityModel::resultCountChanged);
        model.setCriteria(criteria);
        QCOMPARE(model.resultCount(), qint64(-1)); // counted off this thread
        QTRY_COMPARE(model.resultCount(), qint64(total));
        QCOMPARE(counted.count(), 2);
        QCOMPARE(model.rowCount(), OpportunityModel::pageSize);
        QSet<qint64> seen;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(model.rowCount() > before);
        }
        QCOMPARE(model.rowCount(), total);
        for (int row = 0; row < model.rowCount(); ++row)
            seen.insert(model.idAt(row));
        QCOMPARE(seen.size(), total);
        QVERIFY(!seen.contains(other));

        // A change to a posting the search did not load does not make it a row.
        Opportunity renamed = (*w)->opportunities().getOpportunityById(other)->value();
        renamed.company = QStringLiteral("City parks");
        QVERIFY((*w)->opportunities().updateOpportunity(renamed).ok());
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.rowOf(other), -1);
    }

    // Ben coaches Ana: in her data he adds notes and action items in his name, and changes only those;
    // Ana sees who added them, changes none of his notes and all of her action items.
    void aCoachChangesWhatTheyAddedAndTheClientSeesWho()
    {
        NoteModel coachesView(**w);
        QAbstractItemModelTester tester(&coachesView, QAbstractItemModelTester::FailureReportingMode::Fatal);
        coachesView.setUserId(w->userId);
        coachesView.setAuthorId(w->otherUserId);
        QVERIFY(coachesView.rowCount() > 0);
        const qint64 anasNote = coachesView.idAt(0);
        QVERIFY(!coachesView.canChange(0));
        QVERIFY(!coachesView.flags(coachesView.index(0, NoteModel::Title)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!coachesView.setData(coachesView.index(0, NoteModel::Title), QStringLiteral("Ben's now")));
        QVERIFY(!coachesView.removeById(anasNote));
        QVERIFY((*w)->notes().getNote(w->userId, anasNote).ok());

        const qint64 bensNote = coachesView.addNew();
        QVERIFY(bensNote > 0);
        const int bensRow = coachesView.rowOf(bensNote);
        QVERIFY(coachesView.canChange(bensRow));
        QVERIFY(
            coachesView.setData(coachesView.index(bensRow, NoteModel::Title), QStringLiteral("Session 1")));
        QCOMPARE((*w)->notes().getNote(w->userId, bensNote)->createdBy, w->otherUserId);
        QCOMPARE(coachesView.index(bensRow, NoteModel::AddedBy).data().toString(),
                 QStringLiteral("Ben Okafor"));

        NoteModel anasView(**w);
        anasView.setUserId(w->userId);
        anasView.setAuthorId(w->userId);
        const int row = anasView.rowOf(bensNote);
        QCOMPARE(anasView.index(row, NoteModel::AddedBy).data().toString(), QStringLiteral("Ben Okafor"));
        QVERIFY(!anasView.canChange(row));
        QVERIFY(!anasView.setData(anasView.index(row, NoteModel::Content), QStringLiteral("Rewritten")));
        QVERIFY(!anasView.removeById(bensNote));
        QVERIFY(anasView.canChange(anasView.rowOf(anasNote)));
        QVERIFY(anasView.index(anasView.rowOf(anasNote), NoteModel::AddedBy).data().toString().isEmpty());

        ActionItemModel coachesItems(**w);
        coachesItems.setUserId(w->userId);
        coachesItems.setAuthorId(w->otherUserId);
        QVERIFY(coachesItems.rowCount() > 0);
        QVERIFY(!coachesItems.canChange(0)); // Ana's own
        QVERIFY(!coachesItems.markComplete(0));
        const qint64 bensItem = coachesItems.addNew();
        QVERIFY(coachesItems.canChange(coachesItems.rowOf(bensItem)));
        ActionItemModel anasItems(**w);
        anasItems.setUserId(w->userId);
        anasItems.setAuthorId(w->userId);
        QVERIFY(anasItems.canChange(anasItems.rowOf(bensItem))); // hers to tick off
        QVERIFY(anasItems.markComplete(anasItems.rowOf(bensItem)));
    }

    void otherUsersRowsNeverShow()
    {
        GoalModel model(**w);
        model.setUserId(w->otherUserId);
        QCOMPARE(model.rowCount(), 0);
        Goal theirs;
        theirs.title = QStringLiteral("Not for Ana");
        QVERIFY((*w)->goals().createGoal(w->userId, theirs).ok());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAreaModels)
#include "TestAreaModels.moc"
