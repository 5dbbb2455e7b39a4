#include "TestSupport.h"
#include "models/GoalModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace careerdesk;

// Two windows on one database (two people on a server, a coach and a client, two programs on one file)
// editing the same row: the second save is detected and refused, its author is told who changed the row,
// and the view shows what is stored. Nothing is overwritten in silence.
class TestConcurrentEdits : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;
    std::unique_ptr<Workspace> other; // the second window, on its own connection
    qint64 goalId = 0;

    Goal storedGoal() { return (*w)->goals().getGoal(w->userId, goalId).value(); }

private Q_SLOTS:
    void init()
    {
        w = std::make_unique<TestWorkspace>();
        auto opened = Workspace::open(w->location());
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        other = std::move(opened).value();
        (*w)->database().setSessionName(QStringLiteral("Ana Lima"));
        other->database().setSessionName(QStringLiteral("Cora the coach"));
        Goal goal;
        goal.title = QStringLiteral("Learn Rust");
        goalId = (*w)->goals().createGoal(w->userId, goal).value().id;
    }

    void cleanup()
    {
        other.reset();
        w.reset();
    }

    void aSaveOverANewerRowIsRefusedAndSaysWho()
    {
        Goal mine = storedGoal();
        Goal theirs = other->goals().getGoal(w->userId, goalId).value();
        QCOMPARE(mine.version, theirs.version);
        QVERIFY(mine.version > 0);

        theirs.title = QStringLiteral("Learn Rust and Go");
        QVERIFY(other->goals().updateGoal(w->userId, theirs).ok());

        mine.title = QStringLiteral("Learn Zig");
        auto refused = (*w)->goals().updateGoal(w->userId, mine);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("was changed by Cora the coach")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(storedGoal().title, QStringLiteral("Learn Rust and Go"));

        // Read again, the same edit lands, and the other window's old copy is the stale one now.
        Goal fresh = storedGoal();
        fresh.title = QStringLiteral("Learn Zig");
        QVERIFY((*w)->goals().updateGoal(w->userId, fresh).ok());
        theirs.title = QStringLiteral("Learn Haskell");
        auto refusedBack = other->goals().updateGoal(w->userId, theirs);
        QVERIFY(!refusedBack.ok());
        QVERIFY2(refusedBack.errorMessage().contains(QLatin1String("was changed by Ana Lima")),
                 qPrintable(refusedBack.errorMessage()));
        QCOMPARE(storedGoal().title, QStringLiteral("Learn Zig"));
    }

    // Any change raises the version, not only a save of the row itself: here the default resume that
    // a statement of its own clears when another resume becomes the default.
    void everyChangeOfARowRaisesItsVersion()
    {
        const qint64 first = w->addResume(w->userId, QStringLiteral("First"));
        const qint64 second = w->addResume(w->userId, QStringLiteral("Second"));
        const Resume before = (*w)->resumes().getResume(w->userId, first).value();
        QVERIFY(before.isDefault);
        QVERIFY((*w)->resumes().setDefaultResume(w->userId, second).ok());
        const Resume after = (*w)->resumes().getResume(w->userId, first).value();
        QVERIFY(!after.isDefault);
        QVERIFY(after.version > before.version);
        Resume stale = before;
        stale.name = QStringLiteral("Renamed");
        QVERIFY(!(*w)->resumes().updateResume(w->userId, stale).ok());
    }

    void aViewShowsTheNewerRowWhenItsEditIsRefused()
    {
        GoalModel model(**w);
        model.setUserId(w->userId);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QUndoStack undo;
        model.setUndoStack(&undo);
        QSignalSpy errors(&model, &EntityTableModelBase::errorOccurred);
        const int row = model.rowOf(goalId);
        QVERIFY(row >= 0);
        const int title = GoalModel::Title;

        Goal theirs = other->goals().getGoal(w->userId, goalId).value();
        theirs.title = QStringLiteral("Their title");
        QVERIFY(other->goals().updateGoal(w->userId, theirs).ok()); // this window hears nothing of it

        QVERIFY(!model.setData(model.index(row, title), QStringLiteral("My title")));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("Cora the coach")),
                 qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(model.data(model.index(row, title)).toString(), QStringLiteral("Their title"));
        QCOMPARE(storedGoal().title, QStringLiteral("Their title"));
        QCOMPARE(undo.count(), 0);

        // Now that it shows the stored row, the edit lands; undo and redo write over the row as it is.
        QVERIFY(model.setData(model.index(row, title), QStringLiteral("My title")));
        QCOMPARE(storedGoal().title, QStringLiteral("My title"));
        undo.undo();
        QCOMPARE(storedGoal().title, QStringLiteral("Their title"));
        undo.redo();
        QCOMPARE(storedGoal().title, QStringLiteral("My title"));
        QCOMPARE(errors.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "TestConcurrentEdits.moc"
