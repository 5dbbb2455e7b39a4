#include "DatabaseCare.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "TestSupport.h"
#include "Theme.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/BackupChooser.h"
#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/ActionItemModel.h"
#include "models/ApplicationModel.h"
#include "models/EntityTableModelBase.h"
#include "models/IntroEmailModel.h"
#include "models/NoteModel.h"
#include "models/OpportunityModel.h"
#include "models/ResumeModel.h"
#include "store/SqlQuery.h"
#include "tabs/AreaTab.h"
#include "tabs/ClientsTab.h"
#include "tabs/DashboardTab.h"
#include "widgets/ApplicationBoard.h"
#include "widgets/ChoiceComboBox.h"
#include "widgets/DashboardCharts.h"
#include "widgets/FirstStepsPanel.h"
#include "widgets/FollowUpPanel.h"
#include "widgets/OpportunityExplorer.h"
#include "widgets/OpportunitySearchBar.h"
#include "widgets/RowDelegate.h"
#include "widgets/StageColors.h"
#include "widgets/StageColumnModel.h"
#include "workflows/DemoData.h"
#include "workflows/DocumentGeneration.h"
#include "workflows/PipelineAdvisor.h"
#include "workflows/StarterPrompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QtCharts/QBarSet>

#include <QtCharts/QChartView>
#include <cmath>

using namespace careerdesk;

// The window as a person uses it: its own actions, its forms, its undo.
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;
    std::unique_ptr<MainWindow> window;
    QList<QAbstractItemModelTester*> testers;
    QStringList warnings;
    QString suggestedPath;
    QList<QUrl> openedUrls;
    QStringList previewed;
    bool readingBoxAtPreview = false;

    // How many rows of an area the store holds for the current user (of the postings: all).
    int stored(const QString& area)
    {
        const QString table = window->areaTab(area)->model()->tableName();
        const bool shared = table == QLatin1String("opportunities");
        auto count = SqlQuery::scalar((*w)->database().connection(),
                                      QStringLiteral("SELECT count(*) FROM ") + table +
                                          (shared ? QString() : QStringLiteral(" WHERE user_id = ?")),
                                      shared ? QVariantList() : QVariantList{window->userId()});
        return count ? count->toInt() : -1;
    }

    static QPalette darkPalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        return palette;
    }

    // The WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b)
    {
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double x = luminance(a), y = luminance(b);
        return (qMax(x, y) + 0.05) / (qMin(x, y) + 0.05);
    }

    AreaTab* open(const QString& area)
    {
        AreaTab* tab = window->areaTab(area);
        window->tabs()->setCurrentWidget(tab);
        return tab;
    }

    static double total(const QBarSet* set)
    {
        double sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        return sum;
    }

    // Nothing of a tab's form is cut off at its right edge (the form scrolls down, never sideways).
    static void verifyFormFits(AreaTab* tab, const char* where)
    {
        auto* form = tab->findChild<QScrollArea*>(QStringLiteral("form"));
        QVERIFY2(form, where);
        if (!form->isVisible())
            return;
        QVERIFY2(form->widget()->width() <= form->viewport()->width(),
                 qPrintable(QStringLiteral("%1: the form is %2 px wide in %3 px")
                                .arg(QLatin1String(where))
                                .arg(form->widget()->width())
                                .arg(form->viewport()->width())));
    }

    void saveScreenshot(const QString& name, QWidget* of = nullptr)
    {
        const QString folder = qEnvironmentVariable("CAREERDESK_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(300); // what a person would see: the tool bar laid out again, the preview written
        (of ? of : window.get())->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CareerDeskTests"));
        QSettings().clear();
        w = std::make_unique<TestWorkspace>();
        w->addOpportunity(QStringLiteral("Qt Developer"), QStringLiteral("KDAB"));
        w->addOpportunity(QStringLiteral("Rust Engineer"), QStringLiteral("Ferrous"));
        window = std::make_unique<MainWindow>(**w, w->userId);
        warnings.clear();
        window->setQuestions({
            [](const QString&) { return true; },
            [this](const QString& message) { warnings << message; },
            [](const QList<QPair<qint64, QString>>& choices) { return choices.constFirst().first; },
            [](const QString&, const QString&) { return std::optional(QStringLiteral("An answer")); },
            [this](const QString&, const QString& suggested, const QString&) {
                suggestedPath = suggested;
                return w->dir.filePath(suggested.endsWith(QLatin1String(".eml"))
                                           ? QStringLiteral("saved.eml")
                                           : QStringLiteral("exported.pdf"));
            },
            [this](const QUrl& url) {
                openedUrls << url;
                return true;
            },
            [](const QString&, const QString&) {
                return QStringList{QStringLiteral(CAREERDESK_TEST_DATA "/import/feed.atom"),
                                   QStringLiteral(CAREERDESK_TEST_DATA "/import/tracker-comma.csv"),
                                   QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html")};
            },
            [this](const ImportService::Plan& plan, ImportService::DocumentsAs suggested) {
                previewed = plan.added + plan.skipped;
                readingBoxAtPreview = window->findChild<QProgressDialog*>(QStringLiteral("importReading"));
                if (const QString folder = qEnvironmentVariable("CAREERDESK_SCREENSHOTS");
                    !folder.isEmpty()) {
                    ImportPreviewDialog dialog(plan, suggested, window.get());
                    dialog.grab().save(QDir(folder).filePath(
                        QStringLiteral("import-preview-%1.png").arg(plan.batches.size())));
                }
                return std::optional(suggested);
            },
            [](const QList<Backups::Backup>& backups, const QString&) { return backups.value(0).path; },
            [] { return std::optional<ServerDialog::Choice>(); },
            [](const User& current) -> std::optional<User> {
                User changed = current;
                changed.lastName = QStringLiteral("Lima");
                return changed;
            },
        });
        testers.clear();
        for (int i = 0; i < window->tabs()->count(); ++i) {
            if (auto* tab = qobject_cast<AreaTab*>(window->tabs()->widget(i)))
                testers << new QAbstractItemModelTester(
                    tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, window.get());
        }
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        Theme::apply(Preferences::Theme::System); // a test that failed half way leaves no dark theme behind
        window.reset();
        w.reset();
    }

    // A damaged database opens read-only with a banner that offers the newest backup.
    void damagedDatabaseShowsABannerAndOffersTheBackup()
    {
        const MainWindow::Questions questions = window->questions();
        window.reset();
        QVERIFY(w->workspace->backups().backUp(w->now).ok());
        const QString path = w->databasePath();
        w->workspace.reset();
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            for (int i = 0; i < 300; ++i) {
                Goal goal;
                goal.title = QStringLiteral("Goal %1").arg(i);
                goal.description = QString(300, QLatin1Char('z'));
                QVERIFY(workspace.value()->goals().createGoal(w->userId, goal).ok());
            }
        }
        QVERIFY(zeroPage(path, QFileInfo(path).size() - 3 * 4096)); // a page of goals, written last
        auto reopened = Workspace::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        w->workspace = std::move(reopened).value();
        // Reading the damaged page while the window loads its views is an error the person sees.
        QStringList shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown << box->text();
                box->close();
            }
        });
        closer.start(20);
        window = std::make_unique<MainWindow>(**w, w->userId);
        closer.stop();
        window->setQuestions(questions);
        window->show();
        for (const QString& message : std::as_const(shown))
            QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("damageBanner"))->isVisible());
        auto* banner = window->findChild<QLabel*>(QStringLiteral("damageText"));
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QLatin1String("damaged")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("The newest backup is from")));
        QVERIFY(banner->toolTip().contains(QLatin1String("btreeInitPage")));
        QVERIFY(window->databaseCare()->restoreAction()->isEnabled());
        QVERIFY(!window->databaseCare()->backUpAction()->isEnabled());
        for (const char* writing : {"new", "import", "demo"})
            QVERIFY2(!window->action(QLatin1String(writing))->isEnabled(), writing);
        window->tabs()->setCurrentWidget(window->areaTab(QStringLiteral("goals")));
        QVERIFY(!window->action(QStringLiteral("new"))->isEnabled());
        saveScreenshot(QStringLiteral("damaged-banner"));
    }

    void backUpNowAndRestore()
    {
        QSignalSpy idle(window->databaseCare(), &DatabaseCare::idle);
        window->databaseCare()->backUpAction()->trigger();
        QVERIFY(idle.wait(20000));
        const QList<Backups::Backup> backups = w->workspace->backups().list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(QFile::permissions(backups.constFirst().path) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Backed up to")));

        Goal goal;
        goal.title = QStringLiteral("Made after the backup");
        QVERIFY(w->workspace->goals().createGoal(w->userId, goal).ok());
        MainWindow::Questions questions = window->questions();
        QString offeredFolder;
        questions.chooseBackup = [&](const QList<Backups::Backup>& offered, const QString& folder) {
            offeredFolder = folder;
            if (const QString shots = qEnvironmentVariable("CAREERDESK_SCREENSHOTS"); !shots.isEmpty())
                BackupChooser(offered, folder, window.get())
                    .grab()
                    .save(QDir(shots).filePath(QStringLiteral("restore.png")));
            return offered.constFirst().path;
        };
        window->setQuestions(questions);
        QSignalSpy restart(window.get(), &MainWindow::restartRequested);
        window->databaseCare()->restoreAction()->trigger();
        QCOMPARE(restart.size(), 1);
        QCOMPARE(offeredFolder, w->workspace->backups().folder());
        QVERIFY(warnings.isEmpty());
        auto goals = w->workspace->goals().getUserGoals(w->userId);
        QVERIFY(goals.ok());
        for (const Goal& kept : goals.value())
            QVERIFY(kept.title != QLatin1String("Made after the backup"));
        // What the database held before the restore was kept aside, the later goal with it.
        const QList<Backups::Backup> after = w->workspace->backups().list();
        QCOMPARE(after.size(), 2);
        auto aside = Workspace::open(after.constFirst().path, {}, Database::OpenMode::MustExist);
        QVERIFY2(aside.ok(), qPrintable(aside.errorMessage()));
        bool keptAside = false;
        for (const Goal& kept : aside.value()->goals().getUserGoals(w->userId).value())
            keptAside = keptAside || kept.title == QLatin1String("Made after the backup");
        QVERIFY(keptAside);
    }

    // A write that meets another program's says so in the status bar while it waits.
    void waitingForAnotherWriterIsShown()
    {
        QSemaphore holding;
        QSemaphore shown;
        connect(window->statusBar(), &QStatusBar::messageChanged, this, [&](const QString& message) {
            if (message.startsWith(QLatin1String("Waiting for another write")))
                shown.release();
        });
        std::unique_ptr<QThread> holder(QThread::create([&] {
            const QString name = QStringLiteral("window-holder");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(w->databasePath());
                db.open();
                QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
                QSqlQuery(db).exec(QStringLiteral("UPDATE users SET updated_at = updated_at"));
                holding.release();
                shown.tryAcquire(1, 20000); // until the window has said that it waits
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        holder->start();
        holding.acquire();
        Goal goal;
        goal.title = QStringLiteral("Waited for");
        QVERIFY(w->workspace->goals().createGoal(w->userId, goal).ok());
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Waiting for another write")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(holder->wait(10000));
        QTRY_VERIFY(window->statusBar()->currentMessage().isEmpty());
    }

    void everyAreaHasItsTabInOrder()
    {
        const QStringList expected{tr("Dashboard"),    tr("Clients"),      tr("Opportunities"),
                                   tr("Applications"), tr("Resumes"),      tr("Cover Letters"),
                                   tr("Intro Emails"), tr("Action Items"), tr("Notes"),
                                   tr("Goals"),        tr("Interests"),    tr("Prompts")};
        QStringList titles;
        for (int i = 0; i < window->tabs()->count(); ++i)
            titles << window->tabs()->tabText(i);
        QCOMPARE(titles, expected);
        // Two people keep their searches in this file: the one at the window coaches the other.
        QVERIFY(window->tabs()->isTabVisible(1));
    }

    // Ana keeps Ben's search in her file too, so she coaches him: she reads his data, adds an action item
    // and a note for him (he sees she did), exports her caseload, and goes back to her own data.
    void aCoachReadsAClientsDataAndAddsActionItemsAndNotes()
    {
        Goal goal;
        goal.title = QStringLiteral("Ben's goal");
        QVERIFY(w->workspace->goals().createGoal(w->otherUserId, goal).ok());
        ClientsTab* clients = window->clientsTab();
        window->tabs()->setCurrentWidget(clients);
        QTRY_COMPARE(clients->view()->model()->rowCount(), 1);
        clients->selectClient(w->otherUserId);
        clients->findChild<QPushButton*>(QStringLiteral("openClient"))->click();
        // The client's first steps are theirs to take: not offered to the coach who reads their data.
        QVERIFY(!window->dashboard()->firstSteps()->isVisibleTo(window->dashboard()));
        QCOMPARE(window->userId(), w->otherUserId);
        QCOMPARE(window->signedInUserId(), w->userId);
        auto* banner = window->findChild<QLabel*>(QStringLiteral("clientText"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("Ben Okafor")), qPrintable(banner->text()));

        AreaTab* goals = open(QStringLiteral("goals"));
        QCOMPARE(goals->model()->rowCount(), 1);
        QVERIFY(goals->model()->isReadOnly());
        QVERIFY(!window->action(QStringLiteral("new"))->isEnabled());
        QVERIFY(!window->action(QStringLiteral("delete"))->isEnabled());
        goals->selectId(goals->model()->idAt(0));
        QVERIFY(qobject_cast<QLineEdit*>(goals->editorFor(0))->isReadOnly());
        QVERIFY(
            !goals->model()->setData(goals->model()->index(0, 0), QStringLiteral("Changed by the coach")));

        AreaTab* items = open(QStringLiteral("actionItems"));
        QVERIFY(!items->model()->isReadOnly());
        QVERIFY(window->action(QStringLiteral("new"))->isEnabled());
        window->action(QStringLiteral("new"))->trigger();
        const QList<ActionItem> bens = w->workspace->actionItems().getUserActionItems(w->otherUserId).value();
        QCOMPARE(bens.size(), 1);
        QCOMPARE(bens.constFirst().createdBy, w->userId);
        QCOMPARE(items->model()->index(0, ActionItemModel::AddedBy).data().toString(),
                 QStringLiteral("Ana Lima"));

        // Notes: Ana adds one for Ben and edits it; Ben's own note is his alone to change.
        Note bensOwn;
        bensOwn.title = QStringLiteral("Ben's own note");
        QVERIFY(w->workspace->notes().createNote(w->otherUserId, bensOwn).ok());
        AreaTab* notes = open(QStringLiteral("notes"));
        QCOMPARE(notes->model()->rowCount(), 1);
        notes->selectId(notes->model()->idAt(0));
        QVERIFY(!window->action(QStringLiteral("delete"))->isEnabled());
        QVERIFY(qobject_cast<QLineEdit*>(notes->editorFor(NoteModel::Title))->isReadOnly());
        QVERIFY(window->action(QStringLiteral("new"))->isEnabled());
        window->action(QStringLiteral("new"))->trigger();
        QCOMPARE(notes->model()->rowCount(), 2);
        const qint64 anasNote = notes->currentId();
        QVERIFY(anasNote > 0);
        QVERIFY(window->action(QStringLiteral("delete"))->isEnabled());
        auto* title = qobject_cast<QLineEdit*>(notes->editorFor(NoteModel::Title));
        QVERIFY(!title->isReadOnly());
        QVERIFY(
            notes->model()->setData(notes->model()->index(notes->model()->rowOf(anasNote), NoteModel::Title),
                                    QStringLiteral("Session 1: interview practice")));
        const Note stored = w->workspace->notes().getNote(w->otherUserId, anasNote).value();
        QCOMPARE(stored.createdBy, w->userId);
        QCOMPARE(stored.title, QStringLiteral("Session 1: interview practice"));
        QCOMPARE(notes->model()->index(notes->model()->rowOf(anasNote), NoteModel::AddedBy).data().toString(),
                 QStringLiteral("Ana Lima"));

        const QString csv = w->dir.filePath(QStringLiteral("exported.pdf")); // the test's save-file answer
        clients->findChild<QPushButton*>(QStringLiteral("exportCaseload"))->click();
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("Ben Okafor,ben@example.org"));

        window->findChild<QAction*>(QStringLiteral("backToMyData"))->trigger();
        QCOMPARE(window->userId(), w->userId);
        QVERIFY(!banner->isVisible());
        QVERIFY(!goals->model()->isReadOnly());
        // Ana's own notes are hers again; none of Ben's shows.
        QCOMPARE(notes->model()->rowCount(), int(w->workspace->notes().getUserNotes(w->userId)->size()));
        QCOMPARE(notes->model()->rowOf(anasNote), -1);
        QCOMPARE(window->tabs()->currentWidget(), clients);
        QCOMPARE(clients->currentClientId(), w->otherUserId);
        QTest::qWait(50); // the banner's space given back
        saveScreenshot(QStringLiteral("clients"));
    }

    void createEditDeleteAndUndoInEveryArea_data()
    {
        QTest::addColumn<QString>("area");
        QCoreApplication::setOrganizationName(QStringLiteral("CareerDeskTests"));
        TestWorkspace scratch;
        const MainWindow everyArea(*scratch, scratch.userId);
        for (const AreaTab* tab : everyArea.areaTabs())
            QTest::newRow(qPrintable(tab->objectName())) << tab->objectName();
        QVERIFY(everyArea.areaTabs().size() >= 10);
    }

    void createEditDeleteAndUndoInEveryArea()
    {
        QFETCH(QString, area);
        AreaTab* tab = open(area);
        QUndoStack* undo = window->undoStack();
        const int before = stored(area);

        window->action(QStringLiteral("new"))->trigger();
        QCOMPARE(stored(area), before + 1);
        QCOMPARE(tab->model()->rowCount(), before + 1);
        const qint64 id = tab->currentId();
        QVERIFY(id > 0);

        // Edit through the form: the first editable text field, or the status for applications.
        int column = 0;
        QString editedText;
        if (area == QLatin1String("applications")) {
            column = ApplicationModel::Status;
            auto* status = qobject_cast<ChoiceComboBox*>(tab->editorFor(column));
            QVERIFY(status);
            status->setKey(QStringLiteral("INTERVIEWING"));
            editedText = QStringLiteral("INTERVIEWING");
        } else {
            auto* field = qobject_cast<QLineEdit*>(tab->editorFor(0));
            QVERIFY2(field, "the first column is edited with a line edit");
            editedText = QStringLiteral("Edited by the window");
            field->setText(editedText);
        }
        const QVariant original = tab->model()->index(tab->model()->rowOf(id), column).data(Qt::EditRole);
        tab->submitForm();
        const QModelIndex edited = tab->model()->index(tab->model()->rowOf(id), column);
        QCOMPARE(edited.data(Qt::EditRole).toString(), editedText);
        QVERIFY(original.toString() != editedText);

        // Undo the edit, then the creation; redo brings the row back with its id.
        undo->undo();
        QCOMPARE(tab->model()->index(tab->model()->rowOf(id), column).data(Qt::EditRole), original);
        undo->undo();
        QCOMPARE(stored(area), before);
        QCOMPARE(tab->model()->rowOf(id), -1);
        undo->redo();
        QCOMPARE(stored(area), before + 1);
        QVERIFY(tab->model()->rowOf(id) >= 0);

        // Delete through the window's action, then undo: same id, back in the store.
        tab->selectId(id);
        QCOMPARE(tab->currentId(), id);
        window->action(QStringLiteral("delete"))->trigger();
        QCOMPARE(stored(area), before);
        QCOMPARE(tab->model()->rowOf(id), -1);
        window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(stored(area), before + 1);
        QVERIFY(tab->model()->rowOf(id) >= 0);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void undoingADeleteRestoresItsLinks()
    {
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"));
        const qint64 posting = window->areaTab(QStringLiteral("opportunities"))->model()->idAt(0);
        const qint64 application = (*w)->applications().applyToOpportunity(w->userId, posting, resume)->id;
        AreaTab* resumes = open(QStringLiteral("resumes"));
        resumes->selectId(resume);
        window->action(QStringLiteral("delete"))->trigger();
        QCOMPARE((*w)->applications().getApplication(w->userId, application)->resumeId, 0);
        window->undoStack()->undo();
        QCOMPARE((*w)->applications().getApplication(w->userId, application)->resumeId, resume);
        QVERIFY((*w)->resumes().getResume(w->userId, resume)->isDefault);

        // An opportunity takes its application and history with it, and brings them back.
        AreaTab* opportunities = open(QStringLiteral("opportunities"));
        opportunities->selectId(posting);
        window->action(QStringLiteral("delete"))->trigger();
        QVERIFY(!(*w)->applications().getApplication(w->userId, application).ok());
        window->undoStack()->undo();
        QCOMPARE((*w)->applications().getApplicationHistory(w->userId, application)->size(), 1);
        QVERIFY(window->areaTab(QStringLiteral("applications"))->model()->rowOf(application) >= 0);
    }

    void rowActions()
    {
        AreaTab* goals = open(QStringLiteral("goals"));
        window->action(QStringLiteral("new"))->trigger();
        const qint64 goal = goals->currentId();
        QVERIFY(window->action(QStringLiteral("rowAction"))->isEnabled());
        window->action(QStringLiteral("rowAction"))->trigger();
        QCOMPARE((*w)->goals().getGoal(w->userId, goal)->status, GoalStatus::Completed);
        QVERIFY((*w)->goals().getGoal(w->userId, goal)->completedAt.isValid());
        window->undoStack()->undo();
        QCOMPARE((*w)->goals().getGoal(w->userId, goal)->status, GoalStatus::NotStarted);

        AreaTab* resumes = open(QStringLiteral("resumes"));
        const qint64 first = w->addResume(w->userId, QStringLiteral("First"));
        const qint64 second = w->addResume(w->userId, QStringLiteral("Second"));
        resumes->selectId(second);
        QCOMPARE(window->action(QStringLiteral("rowAction"))->text(), tr("Set as &Default"));
        window->action(QStringLiteral("rowAction"))->trigger();
        QCOMPARE((*w)->resumes().getDefaultResume(w->userId).value()->id, second);
        window->undoStack()->undo();
        QCOMPARE((*w)->resumes().getDefaultResume(w->userId).value()->id, first);

        AreaTab* emails = open(QStringLiteral("introEmails"));
        window->action(QStringLiteral("new"))->trigger();
        const qint64 email = emails->currentId();
        window->action(QStringLiteral("rowAction"))->trigger();
        QVERIFY((*w)->introEmails().getIntroEmail(w->userId, email)->sentAt.isValid());

        AreaTab* prompts = open(QStringLiteral("prompts"));
        window->action(QStringLiteral("new"))->trigger();
        const qint64 prompt = prompts->currentId();
        window->action(QStringLiteral("answer"))->trigger();
        QCOMPARE((*w)->prompts().getPromptAnswers(w->userId, prompt)->size(), 1);
        auto* journal = prompts->findChild<QTableView*>(QStringLiteral("journal"));
        QCOMPARE(journal->model()->rowCount(), 1);
        window->undoStack()->undo();
        QCOMPARE((*w)->prompts().getPromptAnswers(w->userId, prompt)->size(), 0);
        QCOMPARE(journal->model()->rowCount(), 0);
        window->undoStack()->redo();
        // Views read again (as on start and after an import): the journal is the selected prompt's.
        window->setUser(w->userId);
        QCOMPARE(prompts->currentId(), prompt);
        QCOMPARE(journal->model()->rowCount(), 1);
    }

    void refusedEditIsReportedAndNotWritten()
    {
        AreaTab* goals = open(QStringLiteral("goals"));
        window->action(QStringLiteral("new"))->trigger();
        const qint64 goal = goals->currentId();
        auto* title = qobject_cast<QLineEdit*>(goals->editorFor(0));
        title->setText(QString());
        goals->submitForm();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.constFirst().contains(QLatin1String("Title")));
        QCOMPARE((*w)->goals().getGoal(w->userId, goal)->title, tr("New goal"));
    }

    void changesReachOtherTabsAndTheDashboard()
    {
        const qint64 posting = window->areaTab(QStringLiteral("opportunities"))->model()->idAt(0);
        AreaTab* applications = window->areaTab(QStringLiteral("applications"));
        QCOMPARE(applications->model()->rowCount(), 0);
        QVERIFY((*w)->applications().saveOpportunity(w->userId, posting).ok());
        QCOMPARE(applications->model()->rowCount(), 1);
        QTRY_COMPARE(window->dashboard()->figure(QStringLiteral("status_SAVED")), QStringLiteral("1"));
        QCOMPARE(window->dashboard()->figure(QStringLiteral("activePostings")), QStringLiteral("2"));
        Opportunity expired;
        expired.title = QStringLiteral("Gone");
        expired.company = QStringLiteral("Past");
        expired.postedAt = w->now.addDays(-60);
        expired.expiresAt = w->now.addDays(-1); // past its expiry: not active, whatever its status
        QVERIFY((*w)->opportunities().createOpportunity(expired).ok());
        w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        QTRY_COMPARE(window->dashboard()->figure(QStringLiteral("activePostings")), QStringLiteral("3"));

        ActionItem late;
        late.title = QStringLiteral("Call back");
        late.dueDate = w->now.addDays(-1);
        QVERIFY((*w)->actionItems().createActionItem(w->userId, late).ok());
        QTRY_COMPARE(window->dashboard()->figure(QStringLiteral("overdue")), QStringLiteral("1"));
        const int itemsTab = window->tabs()->indexOf(window->areaTab(QStringLiteral("actionItems")));
        QVERIFY(window->tabs()->tabText(itemsTab).contains(QLatin1String("(1)")));
        AreaTab* items = window->areaTab(QStringLiteral("actionItems"));
        QVERIFY(items->model()->index(0, 0).data(AttentionRole).toBool());
    }

    void switchingUsersShowsOnlyTheirRows()
    {
        Goal mine;
        mine.title = QStringLiteral("Mine");
        QVERIFY((*w)->goals().createGoal(w->userId, mine).ok());
        AreaTab* goals = open(QStringLiteral("goals"));
        QCOMPARE(goals->model()->rowCount(), 1);
        window->setUser(w->otherUserId);
        QCOMPARE(goals->model()->rowCount(), 0);
        QVERIFY(window->windowTitle().contains(QLatin1String("Ben")));
        // Another window that meets Ben's newer row is told it was Ben who changed it.
        QCOMPARE((*w)->database().sessionName(), QStringLiteral("Ben Okafor"));
        // What the other user adds is theirs alone.
        window->action(QStringLiteral("new"))->trigger();
        QCOMPARE((*w)->goals().getUserGoals(w->otherUserId)->size(), 1);
        QCOMPARE((*w)->goals().getUserGoals(w->userId)->size(), 1);
        QCOMPARE((*w)->users().resolveUser(QString(), false)->id, w->otherUserId); // remembered
        window->setUser(w->userId);
        QCOMPARE(goals->model()->rowCount(), 1);
        QCOMPARE(goals->model()->index(0, 0).data().toString(), QStringLiteral("Mine"));
        QCOMPARE(window->undoStack()->count(), 0);
    }

    void demoDataFillsEveryTab()
    {
        QVERIFY(DemoData::load(**w, w->userId).ok());
        window->setUser(w->userId);
        for (const char* area : {"opportunities", "applications", "resumes", "coverLetters", "introEmails",
                                 "actionItems", "notes", "goals", "interests", "prompts"}) {
            AreaTab* tab = open(QLatin1String(area));
            QVERIFY2(tab->model()->rowCount() >= 3, area);
            tab->view()->selectRow(0);
            saveScreenshot(QLatin1String(area));
            verifyFormFits(tab, area);
        }
        AreaTab* postings = open(QStringLiteral("opportunities"));
        postings->sidePages()->setCurrentIndex(postings->sidePages()->count() - 1);
        saveScreenshot(QStringLiteral("opportunities-edit"));
        postings->sidePages()->setCurrentIndex(0);
        open(QStringLiteral("applications"))->listPages()->setCurrentIndex(1);
        saveScreenshot(QStringLiteral("applications-board"));
        verifyFormFits(open(QStringLiteral("applications")), "applications beside the board");
        auto* history = window->findChild<QListWidget*>(QStringLiteral("history"));
        QVERIFY(history && history->count() > 0);
        for (int i = 0; i < history->count(); ++i) // each stage change read whole beside the Board
            QVERIFY2(history->visualItemRect(history->item(i)).right() <= history->viewport()->width(),
                     qPrintable(history->item(i)->text()));
        open(QStringLiteral("applications"))->listPages()->setCurrentIndex(0);
        verifyFormFits(open(QStringLiteral("applications")), "applications back to the table");
        window->tabs()->setCurrentIndex(0);
        saveScreenshot(QStringLiteral("dashboard"));
        if (!qEnvironmentVariableIsEmpty("CAREERDESK_SCREENSHOTS")) { // every tab again, in the dark theme
            Preferences::shared().setTheme(Preferences::Theme::Dark);
            Theme::followPreferences();
            for (int i = 0; i < window->tabs()->count(); ++i) {
                window->tabs()->setCurrentIndex(i);
                QTest::qWait(50);
                saveScreenshot(QStringLiteral("dark-") + window->tabs()->widget(i)->objectName());
            }
            Preferences::shared().setTheme(Preferences::Theme::System);
            QTest::qWait(50);
            window->tabs()->setCurrentIndex(0);
        }
        QVERIFY(window->areaTab(QStringLiteral("opportunities"))->model()->rowCount() >= 40 + 2);
        for (ApplicationStatus status : enumValues<ApplicationStatus>())
            QVERIFY(!window->dashboard()
                         ->figure(QStringLiteral("status_") + enumKey(status))
                         .startsWith(QLatin1Char('0')));
        QVERIFY(window->dashboard()->figure(QStringLiteral("overdue")).toInt() > 0);
        // No raw enum spellings in what the tables show.
        AreaTab* goals = open(QStringLiteral("goals"));
        for (int row = 0; row < goals->model()->rowCount(); ++row)
            QVERIFY(!goals->model()->index(row, 2).data().toString().contains(QLatin1Char('_')));
    }

    void exportTheSelectedResumeAsPdf()
    {
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Qt focus"),
                                           QStringLiteral("# Ana Lima\n\n## Skills\n\nQt, C++\n"));
        AreaTab* resumes = open(QStringLiteral("resumes"));
        resumes->selectId(resume);
        auto* chooser = resumes->findChild<QComboBox*>(QStringLiteral("template"));
        QVERIFY(chooser);
        QVERIFY(chooser->count() >= 3);
        chooser->setCurrentIndex(chooser->findData(QStringLiteral("resume-modern")));
        QVERIFY(window->action(QStringLiteral("exportPdf"))->isEnabled());
        window->action(QStringLiteral("exportPdf"))->trigger();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(suggestedPath.endsWith(QLatin1String("Qt focus.pdf")));
        QFile pdf(w->dir.filePath(QStringLiteral("exported.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        pdf.close();
        // Letter paper and PDF/A chosen in the tab reach the file.
        resumes->findChild<QComboBox*>(QStringLiteral("pageSize"))->setCurrentIndex(2);
        resumes->findChild<QCheckBox*>(QStringLiteral("pdfA"))->setChecked(true);
        window->action(QStringLiteral("exportPdf"))->trigger();
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        // Letter is 612 × 792 points, however the numbers are spelled.
        QVERIFY(QString::fromLatin1(bytes).contains(QRegularExpression(QStringLiteral(
            "/MediaBox\\s*\\[\\s*0(\\.0*)?\\s+0(\\.0*)?\\s+612(\\.0*)?\\s+792(\\.0*)?\\s*\\]"))));
        QVERIFY(bytes.contains("pdfaid:part"));
        // The preview follows the editor as one types, before anything is saved.
        auto* preview = resumes->findChild<QTextBrowser*>(QStringLiteral("preview"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("Ana Lima")));
        auto* content = qobject_cast<QPlainTextEdit*>(resumes->editorFor(ResumeModel::Content));
        content->setPlainText(QStringLiteral("# Ana Lima\n\n## Languages\n\nPortuguese, English\n"));
        QTRY_VERIFY(preview->toPlainText().contains(QLatin1String("Portuguese, English")));
        // Choosing another resume shows it at once: only typing waits for a pause.
        const qint64 other =
            w->addResume(w->userId, QStringLiteral("Other"), QStringLiteral("# Ana\n\nGardening\n"));
        resumes->selectId(other);
        QVERIFY2(preview->toPlainText().contains(QLatin1String("Gardening")),
                 qPrintable(preview->toPlainText()));
        // Not offered where there is no document.
        open(QStringLiteral("goals"));
        QVERIFY(!window->action(QStringLiteral("exportPdf"))->isEnabled());
    }

    void exportTheSelectedApplicationsDossier()
    {
        const qint64 posting = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        const qint64 id = (*w)->applications().saveOpportunity(w->userId, posting)->id;
        AreaTab* applications = open(QStringLiteral("applications"));
        applications->selectId(id);
        QVERIFY(window->action(QStringLiteral("exportPdf"))->isEnabled());
        window->action(QStringLiteral("exportPdf"))->trigger();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY2(suggestedPath.endsWith(QLatin1String("Application dossier Gardener at Parks.pdf")),
                 qPrintable(suggestedPath));
        QFile pdf(w->dir.filePath(QStringLiteral("exported.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(window->action(QStringLiteral("print"))->isEnabled());
    }

    void emailsLeaveTheApp()
    {
        const qint64 email =
            DocumentGeneration::generateIntroEmail(**w, w->userId, EmailPurpose::ThankYou)->id;
        AreaTab* emails = open(QStringLiteral("introEmails"));
        emails->selectId(email);
        auto* recipient = qobject_cast<QLineEdit*>(emails->editorFor(1));
        recipient->setText(QStringLiteral("jo@example.org"));
        openedUrls.clear();
        for (QPushButton* button : emails->findChildren<QPushButton*>()) {
            if (button->text().startsWith(QLatin1String("Open in Mail")))
                button->click();
            else if (button->text().startsWith(QLatin1String("Save as .eml")))
                button->click();
            else if (button->text() == QLatin1String("Copy"))
                button->click();
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(openedUrls.size(), 1);
        QCOMPARE(openedUrls.constFirst().scheme(), QStringLiteral("mailto"));
        QCOMPARE(openedUrls.constFirst().path(),
                 QStringLiteral("jo@example.org")); // the edit was saved first
        QFile eml(w->dir.filePath(QStringLiteral("saved.eml")));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        QVERIFY(eml.readAll().contains("To: jo@example.org\r\n"));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Thank you")));
    }

    void generateCoverLettersForSelectedPostingsInTheBackground()
    {
        w->addResume(w->userId, QStringLiteral("Main"), QStringLiteral("C++ and Qt"));
        AreaTab* opportunities = open(QStringLiteral("opportunities"));
        opportunities->view()->selectAll();
        QCOMPARE(opportunities->selectedIds().size(), 2);
        QVERIFY(window->action(QStringLiteral("generateLetters"))->isEnabled());
        window->action(QStringLiteral("generateLetters"))->trigger();
        QTRY_COMPARE((*w)->coverLetters().getUserCoverLetters(w->userId)->size(), 2);
        QTRY_COMPARE(window->areaTab(QStringLiteral("coverLetters"))->model()->rowCount(), 2);
        QTRY_VERIFY(!window->findChild<QProgressDialog*>(QStringLiteral("letterProgress")));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void searchExploreSaveAndApply()
    {
        Opportunity posting;
        posting.title = QStringLiteral("Embedded <b>Linux</b> Engineer");
        posting.company = QStringLiteral("Acme & Sons");
        posting.location = QStringLiteral("Lisbon");
        posting.postedAt = w->now.addDays(-2);
        posting.requirements = {QStringLiteral("C++"), QStringLiteral("Yocto builds"),
                                QStringLiteral("Kernel drivers")};
        posting.salaryRange = SalaryRange{60000'00, 75000'00, QStringLiteral("EUR"), SalaryPeriod::Yearly};
        posting.sourceUrl = QStringLiteral("https://jobs.example.org/embedded");
        const qint64 postingId = (*w)->opportunities().createOpportunity(posting)->id;
        w->addResume(w->userId, QStringLiteral("Main"),
                     QStringLiteral("Ten years of C++; I wrote kernel driver code."));

        AreaTab* tab = open(QStringLiteral("opportunities"));
        auto* bar = window->findChild<OpportunitySearchBar*>(QStringLiteral("opportunitySearch"));
        QVERIFY(bar);
        QVERIFY(!tab->filterField()->isVisible());
        QTest::keyClicks(bar->keywordsField(), QStringLiteral("embedd"));
        QTRY_COMPARE(tab->model()->rowCount(), 1); // after the pause in typing
        QCOMPARE(tab->model()->idAt(0), postingId);
        QTest::keyClicks(bar->locationField(), QStringLiteral("Porto"));
        QTRY_COMPARE(tab->model()->rowCount(), 0);
        bar->locationField()->clear();
        QTRY_COMPARE(tab->model()->rowCount(), 1);

        tab->selectId(postingId);
        auto* explorer = window->findChild<OpportunityExplorer*>(QStringLiteral("opportunityExplorer"));
        QVERIFY(explorer);
        QCOMPARE(explorer->opportunityId(), postingId);
        const QString page = explorer->page()->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Embedded <b>Linux</b> Engineer")),
                 qPrintable(page)); // literal
        QVERIFY(page.contains(QStringLiteral("Acme & Sons")));
        QVERIFY(page.contains(QStringLiteral("€60,000–75,000")));
        QVERIFY(page.contains(QStringLiteral("https://jobs.example.org/embedded")));
        QVERIFY(page.contains(QStringLiteral("Not in your pipeline")));
        // The resume shows C++ and kernel drivers (plural-tolerant), not Yocto.
        QVERIFY2(page.contains(QStringLiteral("2 of 3 requirements found in “Main”: 67% match")),
                 qPrintable(page));

        explorer->saveButton()->click();
        auto saved = (*w)->applications().getApplicationForOpportunity(w->userId, postingId);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->applicationStatus, ApplicationStatus::Saved);
        QVERIFY(explorer->page()->toPlainText().contains(QStringLiteral("In your pipeline: Saved")));
        QVERIFY(!explorer->saveButton()->isEnabled());
        window->undoStack()->undo();
        QVERIFY(!(*w)->applications().getApplicationForOpportunity(w->userId, postingId)->has_value());

        qint64 offeredResume = -1;
        explorer->setApplyQuestion([&](const QString&, const QList<Resume>& resumes,
                                       const QList<CoverLetter>&, qint64,
                                       qint64 preferred) -> std::optional<ApplyDialog::Choice> {
            offeredResume = preferred;
            return ApplyDialog::Choice{resumes.constFirst().id, 0, true};
        });
        explorer->applyButton()->click();
        auto applied = (*w)->applications().getApplicationForOpportunity(w->userId, postingId);
        QVERIFY(applied && applied->has_value());
        QCOMPARE((*applied)->applicationStatus, ApplicationStatus::Applied);
        QCOMPARE(offeredResume, (*applied)->resumeId);
        auto letter = (*w)->coverLetters().getCoverLetter(w->userId, (*applied)->coverLetterId);
        QVERIFY2(letter.ok(), qPrintable(letter.errorMessage()));
        QCOMPARE(letter->opportunityId, postingId);
        QVERIFY(explorer->page()->toPlainText().contains(QStringLiteral("In your pipeline: Applied")));
        QVERIFY(!explorer->applyButton()->isEnabled()); // applied already
        window->undoStack()->undo();
        QVERIFY(!(*w)->applications().getApplicationForOpportunity(w->userId, postingId)->has_value());
        QVERIFY(explorer->applyButton()->isEnabled());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    // A posting added with New counts among the postings shown, and goes again with undo.
    void theCountFollowsPostingsAddedInTheList()
    {
        AreaTab* tab = open(QStringLiteral("opportunities"));
        auto* count = window->findChild<QLabel*>(QStringLiteral("resultCount"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("2 postings"));
        window->action(QStringLiteral("new"))->trigger();
        QCOMPARE(tab->model()->rowCount(), 3);
        QTRY_COMPARE(count->text(), QStringLiteral("3 postings"));
        window->undoStack()->undo();
        QTRY_COMPARE(count->text(), QStringLiteral("2 postings"));
    }

    // A double-click (or Enter) on a posting opens it: its Posting page comes forward, even from Edit.
    void doubleClickOpensThePosting()
    {
        AreaTab* tab = open(QStringLiteral("opportunities"));
        QTabWidget* side = tab->sidePages();
        side->setCurrentIndex(side->count() - 1); // Edit
        const QRect cell = tab->view()->visualRect(tab->view()->model()->index(1, 0));
        // As a mouse gives it: a click, then the second press as a double-click.
        QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(side->currentIndex(), side->count() - 1); // a click alone selects, and stays on Edit
        QTest::mouseDClick(tab->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(side->currentWidget()->objectName(), QStringLiteral("opportunityExplorer"));
        QCOMPARE(window->findChild<OpportunityExplorer*>()->opportunityId(), tab->currentId());
        QCOMPARE(tab->currentRow(),
                 tab->model()->rowOf(tab->view()->model()->index(1, 0).data(IdRole).toLongLong()));
    }

    void resultsComeAPageAtATimeAsTheListScrolls()
    {
        for (int i = 0; i < OpportunityModel::pageSize + 30; ++i)
            w->addOpportunity(QStringLiteral("Beekeeper %1").arg(i), QStringLiteral("Hives"));
        AreaTab* tab = open(QStringLiteral("opportunities"));
        auto* bar = window->findChild<OpportunitySearchBar*>(QStringLiteral("opportunitySearch"));
        bar->keywordsField()->setText(QStringLiteral("beekeeper"));
        bar->search();
        QCOMPARE(tab->model()->rowCount(), OpportunityModel::pageSize);
        QTRY_COMPARE_WITH_TIMEOUT((tab->view()->scrollToBottom(), tab->model()->rowCount()),
                                  OpportunityModel::pageSize + 30, 5000);
        QVERIFY(!tab->model()->canFetchMore({}));
    }

    void boardMovesApplicationsBetweenStagesWithUndo()
    {
        const qint64 postingId = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        const qint64 resumeId = w->addResume(w->userId, QStringLiteral("Main"));
        const qint64 id = (*w)->applications().applyToOpportunity(w->userId, postingId, resumeId)->id;
        AreaTab* tab = open(QStringLiteral("applications"));
        auto* board = window->findChild<ApplicationBoard*>(QStringLiteral("board"));
        QVERIFY(board);
        tab->listPages()->setCurrentWidget(board);
        StageColumnModel* applied = board->columnModel(ApplicationStatus::Applied);
        StageColumnModel* screening = board->columnModel(ApplicationStatus::Screening);
        QCOMPARE(applied->rowCount(), 1);
        QVERIFY(applied->index(0, 0).data().toString().contains(QStringLiteral("Gardener\nParks")));
        auto historySize = [&] { return (*w)->applications().getApplicationHistory(w->userId, id)->size(); };
        QCOMPARE(historySize(), 1);

        // A drag from Applied dropped on Screening, as the view does it.
        std::unique_ptr<QMimeData> dragged(applied->mimeData({applied->index(0, 0)}));
        QVERIFY(screening->canDropMimeData(dragged.get(), Qt::CopyAction, -1, -1, {}));
        QVERIFY(screening->dropMimeData(dragged.get(), Qt::CopyAction, -1, -1, {}));
        QCOMPARE((*w)->applications().getApplication(w->userId, id)->applicationStatus,
                 ApplicationStatus::Screening);
        QCOMPARE(historySize(), 2);
        QCOMPARE(applied->rowCount(), 0);
        QCOMPARE(screening->rowCount(), 1);
        auto* history = tab->findChild<QListWidget*>(QStringLiteral("history"));
        tab->selectId(id);
        QTRY_COMPARE(history->count(), 2);
        QVERIFY(history->item(0)->text().endsWith(QStringLiteral(": added as Applied")));
        QVERIFY(history->item(1)->text().contains(QStringLiteral("Applied → Screening")));
        QCOMPARE(board->selectedId(), id); // the table's choice is the board's

        window->undoStack()->undo(); // back to Applied, and the move is not in the history
        QCOMPARE((*w)->applications().getApplication(w->userId, id)->applicationStatus,
                 ApplicationStatus::Applied);
        QCOMPARE(historySize(), 1);
        QTRY_COMPARE(history->count(), 1);
        window->undoStack()->redo();
        QCOMPARE(historySize(), 2);

        // From the keyboard: the next stage, then the previous one.
        board->selectId(id);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        board->column(ApplicationStatus::Screening)->setFocus();
        QTest::keyClick(board->column(ApplicationStatus::Screening), Qt::Key_Right,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE((*w)->applications().getApplication(w->userId, id)->applicationStatus,
                 ApplicationStatus::Interviewing);
        QCOMPARE(board->selectedId(), id);
        board->moveSelected(-1);
        QCOMPARE((*w)->applications().getApplication(w->userId, id)->applicationStatus,
                 ApplicationStatus::Screening);
        QTRY_COMPARE(history->count(), 4);
        QVERIFY(history->item(3)->text().contains(QStringLiteral("Interviewing → Screening")));
        saveScreenshot(QStringLiteral("board"));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    // One card is selected at a time, a click on any card opens it, and a drag keeps the dragged card open.
    void boardSelectsOneCardAndKeepsItThroughADrag()
    {
        const qint64 resumeId = w->addResume(w->userId, QStringLiteral("Main"));
        QList<qint64> ids;
        for (const char* title : {"Gardener", "Florist", "Beekeeper"}) {
            const qint64 posting = w->addOpportunity(QLatin1String(title), QStringLiteral("Parks"));
            ids << (*w)->applications().applyToOpportunity(w->userId, posting, resumeId)->id;
        }
        QVERIFY((*w)->applications()
                    .updateApplicationStatus(w->userId, ids.at(2), ApplicationStatus::Screening)
                    .ok());
        AreaTab* tab = open(QStringLiteral("applications"));
        auto* board = window->findChild<ApplicationBoard*>(QStringLiteral("board"));
        tab->listPages()->setCurrentWidget(board);
        QListView* applied = board->column(ApplicationStatus::Applied);
        QListView* screening = board->column(ApplicationStatus::Screening);
        const auto click = [](QListView* view, int row) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(view->model()->index(row, 0)).center());
        };
        const auto selectedCards = [&] {
            int cards = 0;
            for (ApplicationStatus stage : enumValues<ApplicationStatus>())
                cards += int(board->column(stage)->selectionModel()->selectedIndexes().size());
            return cards;
        };
        QCOMPARE(applied->model()->rowCount(), 2);
        click(applied, 0);
        const qint64 first = applied->model()->index(0, 0).data(IdRole).toLongLong();
        QCOMPARE(tab->currentId(), first);
        open(QStringLiteral("goals"));
        open(QStringLiteral("applications"));
        click(screening, 0);
        QCOMPARE(tab->currentId(), ids.at(2));
        QCOMPARE(selectedCards(), 1);
        click(applied, 0); // the card that was open before: it opens again
        QCOMPARE(tab->currentId(), first);
        QCOMPARE(selectedCards(), 1);

        // Dragging the open card to Screening leaves it open, not its neighbour in Applied.
        auto* appliedModel = board->columnModel(ApplicationStatus::Applied);
        std::unique_ptr<QMimeData> dragged(appliedModel->mimeData({appliedModel->index(0, 0)}));
        QVERIFY(board->columnModel(ApplicationStatus::Screening)
                    ->dropMimeData(dragged.get(), Qt::CopyAction, -1, -1, {}));
        QCOMPARE(tab->currentId(), first);
        QCOMPARE(board->selectedId(), first);
        QCOMPARE(selectedCards(), 1);

        // At the default window size, every stage's column shows whole beside the form.
        QCOMPARE(window->width(), 1280);
        for (ApplicationStatus stage : enumValues<ApplicationStatus>()) {
            QListView* column = board->column(stage);
            QVERIFY2(column->visibleRegion().boundingRect().width() == column->width(),
                     qPrintable(enumKey(stage)));
        }
        QVERIFY(tab->editorFor(0)->visibleRegion().boundingRect().width() > 0); // and the form is there
        verifyFormFits(tab, "applications beside the board");
    }

    void nearDuplicatesAskFirstAndFollowUpsComeWhenDue()
    {
        const qint64 first = w->addOpportunity(QStringLiteral("Senior Qt Developer"), QStringLiteral("KDAB"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"));
        const qint64 applicationId = (*w)->applications().applyToOpportunity(w->userId, first, resume)->id;
        const qint64 twin = w->addOpportunity(QStringLiteral("Qt Developer, Senior"), QStringLiteral("KDAB"));
        AreaTab* opportunities = open(QStringLiteral("opportunities"));
        auto* explorer = window->findChild<OpportunityExplorer*>(QStringLiteral("opportunityExplorer"));
        QStringList asked;
        bool answer = false;
        explorer->setConfirm([&](const QString& question) {
            asked << question;
            return answer;
        });
        opportunities->selectId(twin);
        explorer->saveButton()->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.constFirst().contains(QStringLiteral("“Senior Qt Developer” at KDAB (Applied)")),
                 qPrintable(asked.constFirst()));
        QVERIFY(!(*w)->applications().getApplicationForOpportunity(w->userId, twin)->has_value());
        answer = true;
        explorer->saveButton()->click();
        QVERIFY((*w)->applications().getApplicationForOpportunity(w->userId, twin)->has_value());
        // A different posting is saved without a question.
        const qint64 other = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        opportunities->selectId(other);
        explorer->saveButton()->click();
        QCOMPARE(asked.size(), 2);

        AreaTab* applications = open(QStringLiteral("applications"));
        auto* followUps = applications->findChild<FollowUpPanel*>(QStringLiteral("followUps"));
        QVERIFY(followUps);
        applications->selectId(applicationId);
        QVERIFY(!followUps->followUpButton()->isEnabled()); // applied today
        w->advanceDays(followUps->waitDays());
        followUps->showApplication(applicationId); // what selecting it does
        QVERIFY(followUps->followUpButton()->isEnabled());
        QCOMPARE(followUps->dueCount(), 1);
        window->dashboard()->setUserId(w->userId); // what a refresh on a later day does
        QCOMPARE(window->dashboard()->figure(QStringLiteral("followUpsDue")), QStringLiteral("1"));
        // Marked in the table and on the board's card (in words too, not by colour alone).
        const int dueRow = applications->model()->rowOf(applicationId);
        QVERIFY(applications->model()->index(dueRow, 0).data(AttentionRole).toBool());
        auto* board = applications->findChild<ApplicationBoard*>();
        QVERIFY(board);
        const QModelIndex card = board->columnModel(ApplicationStatus::Applied)->index(0, 0);
        QVERIFY(card.data(AttentionRole).toBool());
        QVERIFY2(card.data().toString().contains(QStringLiteral("Follow-up due")),
                 qPrintable(card.data().toString()));
        followUps->emailDraft()->setChecked(true);
        followUps->followUpButton()->click();
        const auto items = (*w)->actionItems().getUserActionItems(w->userId).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().relatedOpportunityId, first);
        QCOMPARE((*w)->introEmails().getUserIntroEmails(w->userId)->size(), 1);
        QTRY_VERIFY(!followUps->followUpButton()->isEnabled());
        QCOMPARE(followUps->dueCount(), 0);
        QVERIFY(!card.data(AttentionRole).toBool());
        QTRY_COMPARE(window->dashboard()->figure(QStringLiteral("followUpsDue")), QStringLiteral("0"));
        QVERIFY(!card.data().toString().contains(QStringLiteral("Follow-up due")));

        // One undo step takes the action item and the draft back; redo brings both with their ids.
        QVERIFY2(window->undoStack()->undoText().startsWith(QLatin1String("Follow up with KDAB")),
                 qPrintable(window->undoStack()->undoText()));
        auto* actionItems = window->findChild<AreaTab*>(QStringLiteral("actionItems"));
        QCOMPARE(actionItems->model()->rowCount(), 1);
        window->undoStack()->undo();
        QCOMPARE((*w)->actionItems().getUserActionItems(w->userId)->size(), 0);
        QCOMPARE((*w)->introEmails().getUserIntroEmails(w->userId)->size(), 0);
        QCOMPARE(actionItems->model()->rowCount(), 0);
        QTRY_VERIFY(followUps->followUpButton()->isEnabled()); // due again
        window->undoStack()->redo();
        const auto restored = (*w)->actionItems().getUserActionItems(w->userId).value();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.constFirst().id, items.constFirst().id);
        QCOMPARE((*w)->introEmails().getUserIntroEmails(w->userId)->size(), 1);
        QCOMPARE(actionItems->model()->rowCount(), 1);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void dashboardChartsFollowThePipeline()
    {
        DashboardCharts* charts = window->dashboard()->charts();
        QVERIFY(charts->isPipelineEmpty()); // says what to do, not a blank chart
        const qint64 posting = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"));
        const qint64 id = (*w)->applications().applyToOpportunity(w->userId, posting, resume)->id;
        QTRY_VERIFY(!charts->isPipelineEmpty());
        QCOMPARE(total(charts->funnelValues()), 1.0);
        QCOMPARE(total(charts->weeklyValues()), 1.0);
        QCOMPARE(charts->weeklyValues()->at(charts->weeklyValues()->count() - 1), 1.0); // this week
        QVERIFY2(charts->responseRate().contains(QStringLiteral("0%")), qPrintable(charts->responseRate()));
        QVERIFY((*w)->applications()
                    .updateApplicationStatus(w->userId, id, ApplicationStatus::Interviewing)
                    .ok());
        QTRY_VERIFY(charts->responseRate().contains(QStringLiteral("100%")));
        const QString png = w->dir.filePath(QStringLiteral("charts.png"));
        QVERIFY(charts->save(png).ok());
        QVERIFY(!QImage(png).isNull());
        const QString svg = w->dir.filePath(QStringLiteral("charts.svg"));
        QVERIFY(charts->save(svg).ok());
        QFile drawing(svg);
        QVERIFY(drawing.open(QIODevice::ReadOnly));
        const QByteArray svgText = drawing.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Pipeline: applications per stage")); // text stays text
        const Status missing = charts->save(w->dir.filePath(QStringLiteral("missing/charts.png")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.errorMessage().contains(QStringLiteral("missing")),
                 qPrintable(missing.errorMessage()));
    }

    void dashboardChartsShowGoalsByCategory()
    {
        DashboardCharts* charts = window->dashboard()->charts();
        QVERIFY(charts->isGoalsEmpty());
        auto addGoal = [this](GoalCategory category, GoalStatus status) {
            Goal goal;
            goal.title = QStringLiteral("Goal %1").arg(enumKey(category));
            goal.category = category;
            goal.status = status;
            QVERIFY((*w)->goals().createGoal(w->userId, goal).ok());
        };
        addGoal(GoalCategory::Networking, GoalStatus::Completed);
        addGoal(GoalCategory::Networking, GoalStatus::InProgress);
        addGoal(GoalCategory::Education, GoalStatus::Paused);
        addGoal(GoalCategory::Education, GoalStatus::Cancelled);
        QTRY_VERIFY(!charts->isGoalsEmpty());
        QCOMPARE(total(charts->goalValues(GoalStatus::Completed)), 1.0);
        QCOMPARE(total(charts->goalValues(GoalStatus::InProgress)), 1.0);
        QCOMPARE(total(charts->goalValues(GoalStatus::NotStarted)), 1.0); // paused counts, cancelled not
        // Categories are drawn bottom-up; Networking is third in the enum, so third from the end.
        const int networking = charts->goalValues(GoalStatus::Completed)->count() - 3;
        QCOMPARE(charts->goalValues(GoalStatus::Completed)->at(networking), 1.0);
        QVERIFY(charts->isPipelineEmpty()); // goals alone fill only their own chart
    }

    void pipelineExportsFromTheFileMenu()
    {
        const qint64 posting = w->addOpportunity(QStringLiteral("Gardener"), QStringLiteral("Parks"));
        QVERIFY((*w)->applications().saveOpportunity(w->userId, posting).ok());
        window->action(QStringLiteral("exportApplicationsExcel"))->trigger();
        QVERIFY(suggestedPath.endsWith(QLatin1String(".csv")));
        QFile csv(w->dir.filePath(QStringLiteral("exported.pdf")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray table = csv.readAll();
        QVERIFY(table.startsWith("\xEF\xBB\xBFTitle,"));
        QVERIFY(table.contains("Gardener,Parks"));
        csv.close();
        window->action(QStringLiteral("exportCalendar"))->trigger();
        QVERIFY(suggestedPath.endsWith(QLatin1String(".ics")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void settingsRememberTheCurrentTab()
    {
        open(QStringLiteral("goals"));
        window->close();
        MainWindow again(**w, w->userId);
        QCOMPARE(again.currentAreaTab()->name(), QStringLiteral("goals"));
    }

    void droppedFilesAreImported()
    {
        const int postings = stored(QStringLiteral("opportunities"));
        open(QStringLiteral("coverLetters"));
        auto* mime = new QMimeData;
        mime->setUrls(
            {QUrl::fromLocalFile(QStringLiteral(CAREERDESK_TEST_DATA "/import/job-page-boards.html")),
             QUrl::fromLocalFile(QStringLiteral(CAREERDESK_TEST_DATA "/import/letter.md"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);
        QTRY_COMPARE(stored(QStringLiteral("opportunities")), postings + 1);
        QTRY_COMPARE(stored(QStringLiteral("coverLetters")), 1); // dropped on the letters tab
        QVERIFY(previewed.contains(QStringLiteral("Posting: Senior Qt Developer — Northwind Robotics")));
        QVERIFY2(!readingBoxAtPreview,
                 "the \"Reading files…\" box outlives the reading and shows over the preview");
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(
            QStringLiteral("Added 1 posting, 1 cover letter")));
        QCOMPARE(window->areaTab(QStringLiteral("coverLetters"))->model()->rowCount(),
                 1); // the view shows it
        delete mime;
        // The import is one undo step: Edit › Undo takes it back, Redo puts it back.
        QVERIFY(window->action(QStringLiteral("undo"))->text().contains(QStringLiteral("Import")));
        // It runs off the UI thread (an import of thousands of rows takes seconds), which reads events
        // meanwhile: the rows go, and are announced, on another thread.
        QThread* takenAwayOn = nullptr;
        const auto probe = connect(
            &(*w)->opportunities(), &EntityService::removed, this,
            [&takenAwayOn] { takenAwayOn = QThread::currentThread(); }, Qt::DirectConnection);
        window->action(QStringLiteral("undo"))->trigger();
        disconnect(probe);
        QVERIFY(takenAwayOn);
        QVERIFY2(takenAwayOn != QThread::currentThread(), "the undo of an import held the UI thread");
        QCOMPARE(stored(QStringLiteral("opportunities")), postings);
        QCOMPARE(stored(QStringLiteral("coverLetters")), 0);
        QCOMPARE(window->areaTab(QStringLiteral("coverLetters"))->model()->rowCount(), 0);
        window->action(QStringLiteral("redo"))->trigger();
        QCOMPARE(stored(QStringLiteral("opportunities")), postings + 1);
        QCOMPARE(window->areaTab(QStringLiteral("coverLetters"))->model()->rowCount(), 1);
        // File › Import… does the same.
        window->action(QStringLiteral("import"))->trigger();
        QTRY_COMPARE(stored(QStringLiteral("opportunities")), postings + 5); // the page again is left out
        QVERIFY(previewed.contains(
            QStringLiteral("Posting: Senior Qt Developer — Northwind Robotics: already stored (same link)")));
        // A bad file: a message naming it, nothing written.
        QTemporaryFile bad(w->dir.filePath(QStringLiteral("XXXXXX.json")));
        QVERIFY(bad.open());
        bad.write("{\"title\": ");
        bad.close();
        window->importFiles({bad.fileName()});
        QTRY_VERIFY(!warnings.isEmpty());
        QVERIFY2(warnings.constLast().contains(QStringLiteral("invalid JSON on line 1")),
                 qPrintable(warnings.constLast()));
        QCOMPARE(stored(QStringLiteral("opportunities")), postings + 5);
    }

    // An intro email is written for its purpose and posting: at once while it has no text, on Write Draft
    // (after asking) once it has text of the person's own, as one undo step.
    void introEmailsAreWrittenForTheirPurposeAndPosting()
    {
        const qint64 posting =
            w->addOpportunity(QStringLiteral("Embedded Engineer"), QStringLiteral("Northwind"));
        QVERIFY(
            (*w)->applications().saveOpportunity(w->userId, posting).ok()); // the form offers the pipeline's
        AreaTab* emails = open(QStringLiteral("introEmails"));
        emails->addNewAndShow();
        const int row = emails->currentRow();
        QVERIFY(row >= 0);
        QAbstractItemModel* model = emails->model();
        auto cell = [&](int column) { return model->index(row, column).data(Qt::EditRole).toString(); };
        QVERIFY(cell(IntroEmailModel::Content).isEmpty());
        QVERIFY(model->setData(model->index(row, IntroEmailModel::Opportunity), posting));
        QTRY_VERIFY2(cell(IntroEmailModel::Content).contains(QStringLiteral("Northwind")),
                     qPrintable(cell(IntroEmailModel::Content)));
        QVERIFY(cell(IntroEmailModel::Subject).contains(QStringLiteral("Embedded Engineer")));

        const QString mine = QStringLiteral("Dear Ana, my own words.");
        QVERIFY(model->setData(model->index(row, IntroEmailModel::Content), mine));
        QVERIFY(model->setData(model->index(row, IntroEmailModel::Purpose), enumKey(EmailPurpose::ThankYou)));
        QTest::qWait(50);
        QCOMPARE(cell(IntroEmailModel::Content), mine); // not replaced unasked
        QStringList asked;
        MainWindow::Questions questions = window->questions();
        questions.confirm = [&asked](const QString& question) {
            asked << question;
            return true;
        };
        window->setQuestions(questions);
        auto* write = emails->findChild<QPushButton*>(QStringLiteral("writeDraft"));
        QVERIFY(write && write->isEnabled());
        write->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(cell(IntroEmailModel::Content) != mine);
        QVERIFY(cell(IntroEmailModel::Content).contains(QStringLiteral("Northwind")));
        auto thankYou = DocumentGeneration::draftIntroEmail(**w, w->userId, EmailPurpose::ThankYou, posting);
        QVERIFY(thankYou.ok());
        QCOMPARE(cell(IntroEmailModel::Subject), thankYou->subject);
        window->undoStack()->undo();
        QCOMPARE(cell(IntroEmailModel::Content), mine);
    }

    // Ctrl+Return is offered on a row it would change: not on a completed item or goal, the default resume
    // or a sent email.
    void theRowActionIsOffWhereItIsDone()
    {
        QAction* rowAction = window->action(QStringLiteral("rowAction"));
        AreaTab* items = open(QStringLiteral("actionItems"));
        items->addNewAndShow();
        QVERIFY(rowAction->isEnabled());
        rowAction->trigger();
        QCOMPARE(
            items->model()->index(items->currentRow(), ActionItemModel::Status).data(Qt::EditRole).toString(),
            enumKey(ActionItemStatus::Completed));
        QVERIFY(!rowAction->isEnabled());
        window->undoStack()->undo();
        QVERIFY(rowAction->isEnabled());

        AreaTab* goals = open(QStringLiteral("goals"));
        goals->addNewAndShow();
        QVERIFY(rowAction->isEnabled());
        rowAction->trigger();
        QVERIFY(!rowAction->isEnabled());

        AreaTab* resumes = open(QStringLiteral("resumes"));
        resumes->selectId(w->addResume(w->userId, QStringLiteral("First")));
        resumes->selectId(w->addResume(w->userId, QStringLiteral("Second")));
        QVERIFY(rowAction->isEnabled());
        rowAction->trigger();
        QVERIFY(!rowAction->isEnabled()); // the default now

        AreaTab* emails = open(QStringLiteral("introEmails"));
        emails->addNewAndShow();
        QVERIFY(rowAction->isEnabled());
        rowAction->trigger();
        QVERIFY(!rowAction->isEnabled());
    }

    // Ctrl+Tab goes to the next area wherever the focus is, also inside a tab with pages of its own.
    void controlTabSwitchesAreasFromInsideATabsPages()
    {
        AreaTab* applications = open(QStringLiteral("applications"));
        QTabWidget* pages = applications->listPages();
        QVERIFY(pages);
        const int page = pages->currentIndex();
        const int area = window->tabs()->currentIndex();
        applications->view()->setFocus();
        QTest::keyClick(applications->view(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), page);
        QCOMPARE(window->tabs()->currentIndex(), area + 1);
        AreaTab* opportunities = open(QStringLiteral("opportunities"));
        QVERIFY(opportunities->sidePages());
        const int side = opportunities->sidePages()->currentIndex();
        QTest::keyClick(opportunities->sidePages()->currentWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(opportunities->sidePages()->currentIndex(), side);
        QCOMPARE(window->tabs()->currentWidget(), window->areaTab(QStringLiteral("applications")));
        // Next Area passes over an area that is not shown (Clients, for who is no coach).
        window->tabs()->setTabVisible(window->tabs()->indexOf(window->clientsTab()), false);
        window->tabs()->setCurrentWidget(window->dashboard());
        window->action(QStringLiteral("nextArea"))->trigger();
        QCOMPARE(window->tabs()->currentWidget(), window->areaTab(QStringLiteral("opportunities")));
        window->action(QStringLiteral("previousArea"))->trigger();
        QCOMPARE(window->tabs()->currentWidget(), window->dashboard());
    }

    // At the window's default size, every form beside its list shows whole: nothing cut off at its right.
    void formsFitBesideTheirLists()
    {
        QVERIFY(DemoData::load(**w, w->userId).ok());
        window->setUser(w->userId);
        for (int i = 0; i < window->tabs()->count(); ++i) {
            auto* tab = qobject_cast<AreaTab*>(window->tabs()->widget(i));
            if (!tab)
                continue;
            window->tabs()->setCurrentIndex(i);
            if (tab->sidePages())
                tab->sidePages()->setCurrentIndex(tab->sidePages()->count() - 1); // Edit
            auto* form = tab->findChild<QScrollArea*>(QStringLiteral("form"));
            QVERIFY(form);
            QTRY_VERIFY(form->isVisible());
            QVERIFY2(form->widget()->width() <= form->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 > %3")
                                    .arg(tab->objectName())
                                    .arg(form->widget()->width())
                                    .arg(form->viewport()->width())));
        }
    }

    // Every column's title shows whole in its header at the window's default size.
    void columnTitlesAreNotClipped()
    {
        QVERIFY(DemoData::load(**w, w->userId).ok()); // rows in every area: every list shows
        window->setUser(w->userId);
        for (int i = 0; i < window->tabs()->count(); ++i) {
            auto* tab = qobject_cast<AreaTab*>(window->tabs()->widget(i));
            if (!tab)
                continue;
            window->tabs()->setCurrentIndex(i);
            QHeaderView* header = tab->view()->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString title = tab->model()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(tab->objectName() + QStringLiteral(": ") + title));
            }
        }
    }

    // Tool bar, menus and tabs have icons (the desktop's theme, or CareerDesk's own where it has none, as
    // offscreen); the tool bar says "Undo" however long what Undo takes back is named.
    void actionsAndTabsHaveIcons()
    {
        auto* toolbar = window->findChild<QToolBar*>(QStringLiteral("mainToolbar"));
        QVERIFY(toolbar);
        for (QAction* action : toolbar->actions())
            QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        for (const char* name : {"import", "exportPdf", "print", "find", "quit", "shortcuts", "about"})
            QVERIFY2(!window->findChild<QAction*>(QLatin1String(name))->icon().isNull(), name);
        for (int i = 0; i < window->tabs()->count(); ++i)
            QVERIFY2(!window->tabs()->tabIcon(i).isNull(), qPrintable(window->tabs()->tabText(i)));
        QVERIFY(!window->tabs()->tabIcon(0).pixmap(16, 16).isNull());
        // A desktop theme that inherits another (as Adwaita and Breeze inherit hicolor) and lacks a name:
        // CareerDesk's own icon of that name, not none.
        QVERIFY(QDir(w->dir.path()).mkpath(QStringLiteral("icons/Plain")));
        QFile index(w->dir.filePath(QStringLiteral("icons/Plain/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=Plain\nInherits=hicolor\nDirectories=\n");
        index.close();
        const QString desktopTheme = QIcon::themeName();
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << w->dir.filePath(QStringLiteral("icons")));
        QIcon::setThemeName(QStringLiteral("Plain"));
        QVERIFY(!Icons::named(QStringLiteral("emblem-favorite")).pixmap(16, 16).isNull());
        QVERIFY(!Icons::named(QStringLiteral("object-select")).pixmap(16, 16).isNull());
        QVERIFY(Icons::named(QStringLiteral("no-such-icon-anywhere")).isNull());
        QIcon::setThemeName(desktopTheme);
        open(QStringLiteral("goals"));
        window->action(QStringLiteral("new"))->trigger();
        QVERIFY(window->action(QStringLiteral("undo"))->text().size() > 10);
        auto* undoButton =
            qobject_cast<QToolButton*>(toolbar->widgetForAction(window->action(QStringLiteral("undo"))));
        QCOMPARE(undoButton->text(), QStringLiteral("Undo"));
    }

    // Help › Keyboard Shortcuts lists the window's shortcuts as the menus name them, narrowed as one types.
    void shortcutsAreListedAndSearchable()
    {
        ShortcutsDialog dialog(window->findChildren<QAction*>());
        QTreeWidget* list = dialog.list();
        const auto shown = [list] {
            QStringList rows;
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                if (!list->topLevelItem(i)->isHidden())
                    rows << list->topLevelItem(i)->text(0) + QStringLiteral(" = ") +
                                list->topLevelItem(i)->text(1);
            }
            return rows;
        };
        QVERIFY(shown().contains(QStringLiteral("Export as PDF… = Ctrl+E")));
        QVERIFY(shown().contains(QStringLiteral("Next Area = Ctrl+PgDown")));
        QVERIFY(shown().contains(QStringLiteral("Keyboard Shortcuts = Ctrl+/")));
        QVERIFY(shown().size() >= 15);
        dialog.searchField()->setText(QStringLiteral("pdf"));
        QCOMPARE(shown(), QStringList{QStringLiteral("Export as PDF… = Ctrl+E")});
        dialog.searchField()->setText(QStringLiteral("ctrl+shift+e"));
        QCOMPARE(shown(), QStringList{QStringLiteral("Export… = Ctrl+Shift+E")});
        dialog.searchField()->clear();
        QVERIFY(shown().size() >= 15);
    }

    // Edit › Preferences: what is chosen is kept on OK and followed at once by the open views.
    void preferencesAreKeptAndFollowed()
    {
        QAction* open = window->findChild<QAction*>(QStringLiteral("preferences"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        PreferencesDialog dialog(w->databasePath(), {});
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("moveDatabase"))->isEnabled());
        dialog.followUpDaysField()->setValue(3);
        dialog.reminderChoice()->setCurrentIndex(dialog.reminderChoice()->findData(2));
        dialog.keptBackupsField()->setValue(4);
        dialog.setBackupFolder(w->dir.filePath(QStringLiteral("backups elsewhere")));
        dialog.themeChoice()->setCurrentIndex(dialog.themeChoice()->findData(int(Preferences::Theme::Dark)));
        auto* followUps = window->findChild<FollowUpPanel*>(QStringLiteral("followUps"));
        QCOMPARE(followUps->waitDays(), PipelineAdvisor::defaultFollowUpDays); // nothing kept before OK
        dialog.save();
        QCOMPARE(followUps->waitDays(), 3);
        QCOMPARE(Preferences::shared().reminderDays(), std::optional(2));
        QCOMPARE(DatabaseCare::keptBackups(), 4);
        QVERIFY((*w)->backups().folder().startsWith(w->dir.filePath(QStringLiteral("backups elsewhere/"))));
        // The theme: dark on Fusion, the charts dark too; and back to the desktop's.
        Theme::followPreferences();
        QVERIFY(Theme::isDark(QApplication::palette()));
        auto* proxy =
            qobject_cast<QProxyStyle*>(QApplication::style()); // CachedIconStyle, drawing as its base
        QVERIFY(proxy);
        QCOMPARE(proxy->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        auto* charts = window->dashboard()->findChild<QChartView*>();
        QTRY_COMPARE(charts->chart()->theme(), QChart::ChartThemeDark);
        Preferences::shared().setTheme(Preferences::Theme::System);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QTRY_COMPARE(charts->chart()->theme(), QChart::ChartThemeLight);
        // A template chosen in Preferences is the one the Resumes tab shows.
        Preferences::shared().setTemplateFor(QStringLiteral("resumes"), QStringLiteral("resume-compact"));
        auto* chooser =
            window->areaTab(QStringLiteral("resumes"))->findChild<QComboBox*>(QStringLiteral("template"));
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("resume-compact"));
        Preferences::shared().setBackupFolder(QString());
    }

    // Move Database…: a checked copy where the person chooses, the default database from then on, and a
    // restart there; never over an existing file, and only for the default database.
    void theDefaultDatabaseMovesToAnotherPlace()
    {
        const QString target = w->dir.filePath(QStringLiteral("moved.sqlite"));
        DatabaseCare* care = window->databaseCare();
        QVERIFY(!care->canMove()); // a database opened by its path
        Database::setDefaultLocation(w->databasePath());
        QVERIFY(care->canMove());
        QVERIFY(w->addOpportunity(QStringLiteral("Keeper"), QStringLiteral("Zoo")) > 0);
        MainWindow::Questions questions = window->questions();
        questions.saveFile = [&](const QString&, const QString&, const QString&) { return target; };
        window->setQuestions(questions);
        QSignalSpy restart(care, &DatabaseCare::restartRequested);
        care->askToMove();
        QCOMPARE(restart.count(), 1);
        QCOMPARE(Database::defaultLocation(), target);
        QVERIFY(Backups::isSound(target));
        auto moved = Workspace::open(target, {}, Database::OpenMode::MustExist);
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QCOMPARE(SqlQuery::scalar((*moved)->database().connection(),
                                  QStringLiteral("SELECT count(*) FROM opportunities WHERE title = ?"),
                                  {QStringLiteral("Keeper")})
                     ->toInt(),
                 1);
        QVERIFY(QFileInfo::exists(w->databasePath())); // the old file stays
        Database::setDefaultLocation(w->databasePath());
        const QByteArray before = fileHash(target);
        QVERIFY(!care->moveTo(target).ok()); // never over a file
        QCOMPARE(fileHash(target), before);
    }

    // Overdue rows stand out by weight, colour and a sign (not colour alone), in light and dark themes.
    void overdueRowsAreMarkedByMoreThanColour()
    {
        ActionItem late;
        late.title = QStringLiteral("Late");
        late.dueDate = w->now.addDays(-2);
        const qint64 lateId = (*w)->actionItems().createActionItem(w->userId, late)->id;
        ActionItem early;
        early.title = QStringLiteral("Early");
        early.dueDate = w->now.addDays(2);
        const qint64 earlyId = (*w)->actionItems().createActionItem(w->userId, early)->id;
        AreaTab* tab = open(QStringLiteral("actionItems"));
        auto* delegate = qobject_cast<RowDelegate*>(tab->view()->itemDelegate());
        QVERIFY(delegate);
        const auto cell = [tab](qint64 id, int column) {
            for (int row = 0; row < tab->view()->model()->rowCount(); ++row) {
                const QModelIndex index = tab->view()->model()->index(row, column);
                if (index.data(IdRole).toLongLong() == id)
                    return index;
            }
            return QModelIndex();
        };
        for (const QPalette& palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            QStyleOptionViewItem base;
            base.palette = palette;
            const QStyleOptionViewItem marked = delegate->styleFor(base, cell(lateId, 0));
            QVERIFY(marked.font.bold());
            QVERIFY(!marked.icon.isNull());
            const QColor text = marked.palette.color(QPalette::Text);
            QVERIFY2(contrast(text, palette.color(QPalette::Base)) >= 4.5, qPrintable(text.name()));
            const QStyleOptionViewItem plain = delegate->styleFor(base, cell(earlyId, 0));
            QVERIFY(!plain.font.bold());
            QVERIFY(plain.icon.isNull());
        }
    }

    // Every stage has its own colour, and its name reads on its chip in both themes (WCAG AA: 4.5:1).
    void stageChipsAreDistinctAndReadable()
    {
        for (const QPalette& palette : {QApplication::style()->standardPalette(), darkPalette()}) {
            QSet<QRgb> accents;
            for (ApplicationStatus stage : enumValues<ApplicationStatus>()) {
                accents.insert(StageColors::accent(stage, palette).rgb());
                const double ratio =
                    contrast(StageColors::chipText(palette), StageColors::chip(stage, palette));
                QVERIFY2(ratio >= 4.5, qPrintable(enumKey(stage) + QStringLiteral(": %1").arg(ratio)));
            }
            QCOMPARE(accents.size(), int(enumValues<ApplicationStatus>().size()));
        }
        auto* delegate =
            qobject_cast<RowDelegate*>(open(QStringLiteral("applications"))->view()->itemDelegate());
        QVERIFY(delegate);
        // A cell as wide as the delegate asks for shows the stage's whole name on its chip (it once
        // read "Sav…" and "Interviewi…": the name's width rounded down).
        QStyleOptionViewItem option;
        option.font = window->font();
        for (ApplicationStatus stage : enumValues<ApplicationStatus>()) {
            const QString name = enumLabel(stage);
            const int cell = QFontMetrics(option.font).horizontalAdvance(name) + RowDelegate::chipRoom;
            QCOMPARE(RowDelegate::chipLabel(option.font, name, cell), name);
        }
    }

    // On a new database every area that has nothing says what it is for and offers its first step; the
    // list comes back with the first row, and a filter that hides every row is not "nothing".
    void emptyAreasSayWhatTheyAreForAndOfferAFirstStep()
    {
        TestWorkspace fresh;
        MainWindow empty(*fresh, fresh.userId);
        empty.show();
        for (AreaTab* tab : empty.areaTabs()) {
            empty.tabs()->setCurrentWidget(tab);
            QWidget* state = tab->emptyState();
            QVERIFY2(state, qPrintable(tab->name()));
            QVERIFY2(state->isVisible(), qPrintable(tab->name()));
            QVERIFY(!state->findChild<QLabel*>(QStringLiteral("purpose"))->text().isEmpty());
            QVERIFY(!state->findChildren<QToolButton*>().isEmpty());
            saveScreenshot(QStringLiteral("empty-") + tab->name(), &empty);
        }
        AreaTab* goals = empty.areaTab(QStringLiteral("goals"));
        empty.tabs()->setCurrentWidget(goals);
        goals->emptyState()->findChildren<QToolButton*>().constFirst()->click(); // New Goal
        QCOMPARE(goals->model()->rowCount(), 1);
        QVERIFY(!goals->emptyState()->isVisible());
        QVERIFY(goals->view()->isVisible());
        goals->filterField()->setText(QStringLiteral("nothing like this"));
        QVERIFY(!goals->emptyState()->isVisible());
        // Prompts start with a handful of good questions, as one undo step.
        AreaTab* prompts = empty.areaTab(QStringLiteral("prompts"));
        empty.tabs()->setCurrentWidget(prompts);
        prompts->emptyState()->findChildren<QToolButton*>().constFirst()->click(); // Add Starter Prompts
        QCOMPARE(prompts->model()->rowCount(), int(StarterPrompts::questions().size()));
        empty.undoStack()->undo();
        QCOMPARE(prompts->model()->rowCount(), 0);
        QVERIFY(prompts->emptyState()->isVisible());
        // A search that finds nothing is not an empty area.
        AreaTab* postings = empty.areaTab(QStringLiteral("opportunities"));
        empty.tabs()->setCurrentWidget(postings);
        QVERIFY(postings->emptyState()->isVisible());
        postings->findChild<OpportunitySearchBar*>()->keywordsField()->setText(QStringLiteral("gardener"));
        postings->findChild<OpportunitySearchBar*>()->search();
        QVERIFY(!postings->emptyState()->isVisible());
    }

    // The Dashboard's "Getting started" ticks itself off as the person goes, takes each step from its
    // button, and can be hidden.
    void gettingStartedTicksItselfOff()
    {
        TestWorkspace fresh;
        User person = fresh->users().getUser(fresh.userId).value();
        person.lastName.clear();
        QVERIFY(fresh->users().updateUser(person).ok());
        MainWindow empty(*fresh, fresh.userId);
        empty.setQuestions(window->questions());
        empty.show();
        empty.tabs()->setCurrentWidget(empty.dashboard());
        FirstStepsPanel* steps = empty.dashboard()->firstSteps();
        QTRY_VERIFY(steps->isVisible());
        QVERIFY(steps->title().contains(QStringLiteral("0 of 5")));
        saveScreenshot(QStringLiteral("first-start-dashboard"), &empty);
        steps->buttonFor(FirstSteps::Step::Profile)->click(); // the test's answer adds a last name
        QTRY_VERIFY(steps->isDone(FirstSteps::Step::Profile));
        QCOMPARE(fresh->users().getUser(fresh.userId)->lastName, QStringLiteral("Lima"));
        QVERIFY(!steps->buttonFor(FirstSteps::Step::Profile)->isEnabled());
        steps->buttonFor(FirstSteps::Step::Goal)->click();
        QCOMPARE(empty.tabs()->currentWidget(), empty.areaTab(QStringLiteral("goals")));
        QCOMPARE(empty.areaTab(QStringLiteral("goals"))->model()->rowCount(), 1);
        QTRY_VERIFY(steps->isDone(FirstSteps::Step::Goal));
        QTRY_VERIFY(steps->title().contains(QStringLiteral("2 of 5")));
        steps->findChild<QPushButton*>(QStringLiteral("hideFirstSteps"))->click();
        QVERIFY(!steps->isVisible());
        QVERIFY(Preferences::shared().firstStepsHidden(fresh.userId));
    }

    void aboutSaysVersionLicenceDatabaseAndQt()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about((*w)->database().location());
        QVERIFY2(about.text().contains(QStringLiteral("CareerDesk 9.8.7")), qPrintable(about.text()));
        QVERIFY(about.text().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(about.text().contains(QDir::toNativeSeparators((*w)->database().location())));
        QVERIFY(about.text().contains(QString::fromLatin1(qVersion())));
    }

    void settingsRememberTheBoardView()
    {
        open(QStringLiteral("applications"))->listPages()->setCurrentIndex(1);
        window->close();
        MainWindow again(**w, w->userId);
        QTabWidget* pages = again.areaTab(QStringLiteral("applications"))->listPages();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("board"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
