#include "DatabaseCare.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "models/EntityTableModelBase.h"
#include "tabs/AreaTab.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace careerdesk;

// A server restarted mid-session, as its clients see it: a clear message, reconnecting on its own, and
// nothing typed lost. The test runs a server of its own (tools/test-server.sh), since it stops it.
class TestLostConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir state;

    static bool server(const QString& action, const QString& folder)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        script.start(QStringLiteral("sh"), {QStringLiteral(TEST_SERVER_SCRIPT), action, folder});
        return script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit &&
               script.exitCode() == 0;
    }
    bool stopServer() { return server(QStringLiteral("pause"), state.path()); }
    bool startServer() { return server(QStringLiteral("resume"), state.path()); }

    static constexpr int reconnectWaitMs = 30000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server(QStringLiteral("start"), state.path()));
        qputenv("CAREERDESK_TEST_SERVER", state.filePath(QStringLiteral("address")).toUtf8());
    }

    void cleanupTestCase() { server(QStringLiteral("stop"), state.path()); }

    void aStoppedServerIsReconnectedAndListenedToAgain()
    {
        TestWorkspace w;
        ConnectionKeeper& keeper = w->connectionKeeper();
        QSignalSpy lost(&keeper, &ConnectionKeeper::lost);
        QSignalSpy restored(&keeper, &ConnectionKeeper::restored);
        Goal goal;
        goal.title = QStringLiteral("Learn Rust");
        Goal stored = w->goals().createGoal(w.userId, goal).value();

        QVERIFY(stopServer());
        stored.title = QStringLiteral("Learn Rust and Go");
        auto refused = w->goals().updateGoal(w.userId, stored);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("connection to the database server was lost")),
                 qPrintable(refused.errorMessage()));
        keeper.check();
        QVERIFY(keeper.isLost());
        QCOMPARE(lost.count(), 1);

        QVERIFY(startServer());
        QTRY_VERIFY_WITH_TIMEOUT(!keeper.isLost(), reconnectWaitMs);
        QCOMPARE(restored.count(), 1);
        auto saved = w->goals().updateGoal(w.userId, stored);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

        // Listening again: another session's change reaches this one.
        auto other = Workspace::open(w.location());
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        QSignalSpy changed(&w->goals(), &EntityService::changed);
        Goal theirs = other.value()->goals().getGoal(w.userId, stored.id).value();
        theirs.title = QStringLiteral("Learn Zig");
        QVERIFY(other.value()->goals().updateGoal(w.userId, theirs).ok());
        QTRY_VERIFY(changed.count() > 0);
        QCOMPARE(changed.constFirst().constFirst().toLongLong(), stored.id);
    }

    void theWindowKeepsWhatWasTypedAndSavesItOnceBack()
    {
        TestWorkspace w;
        Goal goal;
        goal.title = QStringLiteral("Learn Rust");
        const qint64 goalId = w->goals().createGoal(w.userId, goal).value().id;
        MainWindow window(*w, w.userId);
        QStringList warnings;
        MainWindow::Questions questions = window.questions();
        questions.warn = [&warnings](const QString& message) { warnings << message; };
        window.setQuestions(questions);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AreaTab* tab = window.areaTab(QStringLiteral("goals"));
        window.tabs()->setCurrentWidget(tab);
        tab->selectId(goalId);
        auto* title = qobject_cast<QLineEdit*>(tab->editorFor(0));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Learn Rust"));
        auto* banner = window.findChild<QWidget*>(QStringLiteral("connectionBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        QVERIFY(stopServer());
        title->setText(QStringLiteral("Learn Rust and Go"));
        tab->submitForm();
        QTest::qWait(100); // a refused edit would be undone in the form by now
        QCOMPARE(title->text(), QStringLiteral("Learn Rust and Go"));
        QVERIFY(banner->isVisible());
        if (const QString folder = qEnvironmentVariable("CAREERDESK_SCREENSHOTS"); !folder.isEmpty())
            window.grab().save(QDir(folder).filePath(QStringLiteral("connection-lost.png")));
        const QString said = window.findChild<QLabel*>(QStringLiteral("connectionText"))->text();
        QVERIFY2(said.contains(QLatin1String("was lost")) && said.contains(w.location().section('@', 1)),
                 qPrintable(said));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); // the banner, not a box a time
        QVERIFY(!tab->view()->isEnabled());
        QVERIFY(!window.action(QStringLiteral("new"))->isEnabled());
        QCOMPARE(tab->model()->rowCount(), 1); // a row that cannot be read is not gone

        QVERIFY(startServer());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), reconnectWaitMs);
        QCOMPARE(w->goals().getGoal(w.userId, goalId)->title, QStringLiteral("Learn Rust and Go"));
        QCOMPARE(title->text(), QStringLiteral("Learn Rust and Go"));
        QVERIFY(tab->view()->isEnabled());
        QVERIFY(warnings.isEmpty());
    }
};

QTEST_MAIN(TestLostConnection)
#include "TestLostConnection.moc"
