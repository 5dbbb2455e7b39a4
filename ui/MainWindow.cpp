#include "MainWindow.h"

#include "DatabaseCare.h"
#include "DocumentOutput.h"
#include "FileImport.h"
#include "MainMenus.h"
#include "Preferences.h"
#include "dialogs/UsersDialog.h"
#include "models/EntityTableModelBase.h"
#include "services/Workspace.h"
#include "tabs/ActionItemsTab.h"
#include "tabs/ApplicationsTab.h"
#include "tabs/ClientsTab.h"
#include "tabs/CoverLettersTab.h"
#include "tabs/DashboardTab.h"
#include "tabs/GoalsTab.h"
#include "tabs/InterestsTab.h"
#include "tabs/IntroEmailsTab.h"
#include "tabs/NotesTab.h"
#include "tabs/OpportunitiesTab.h"
#include "tabs/PromptsTab.h"
#include "tabs/ResumesTab.h"
#include "widgets/Banner.h"
#include "widgets/FirstStepsPanel.h"
#include "widgets/SideTabs.h"
#include "workflows/ApplicationsCsv.h"
#include "workflows/CalendarExport.h"
#include "workflows/DemoData.h"

#include <QAction>
#include <QCloseEvent>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace careerdesk {

MainWindow::MainWindow(Workspace& workspace, qint64 userId, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_questions(Questions::dialogs(this))
    , m_tabs(new SideTabs(this))
    , m_undoStack(new QUndoStack(this))
    , m_attention(new QLabel(this))
    , m_output(std::make_unique<DocumentOutput>(*this, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_import = new FileImport(
        *this,
        [this] {
            AreaTab* tab = currentAreaTab();
            return tab ? tab->documentsAs() : ImportService::DocumentsAs::Resumes;
        },
        this);
    connect(m_import, &FileImport::imported, this, &MainWindow::reloadViews);
    createFrame();
    createTabs();
    createActions();
    MainMenus::build(*this);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    setUser(userId);
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

// Above the tabs, the banners of a damaged database, a lost server and a client's data.
void MainWindow::createFrame()
{
    m_databaseCare = new DatabaseCare(m_workspace, this);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_databaseCare->banner());
    layout->addWidget(m_databaseCare->connectionBanner());
    m_clientBanner = new Banner(QStringLiteral("client"), central, Banner::Tone::Information);
    auto* backToMine = new QAction(tr("&Back to My Data"), this);
    backToMine->setObjectName(QStringLiteral("backToMyData"));
    connect(backToMine, &QAction::triggered, this, &MainWindow::showOwnData);
    m_clientBanner->addButton(backToMine);
    layout->addWidget(m_clientBanner);
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    connect(m_databaseCare, &DatabaseCare::restartRequested, this, &MainWindow::restartRequested);
    connect(m_databaseCare, &DatabaseCare::readOnlyChanged, this, &MainWindow::updateActions);
    connect(m_databaseCare, &DatabaseCare::connectionChanged, this, &MainWindow::followConnection);
    statusBar()->addPermanentWidget(m_attention);
}

// The areas, in the order of the tab bar: to add one, add its tab class (ui/tabs/) here.
void MainWindow::createTabs()
{
    m_dashboard = new DashboardTab(m_workspace, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_clientsTab = new ClientsTab(*this, m_tabs);
    m_tabs->addTab(m_clientsTab, tr("Clients"));
    connect(m_clientsTab, &ClientsTab::clientOpened, this, &MainWindow::openClient);
    connect(m_dashboard, &DashboardTab::stepWanted, this, &MainWindow::takeFirstStep);

    auto* applications = new ApplicationsTab(*this);
    auto* opportunities = new OpportunitiesTab(*this, applications->applications());
    applications->choosePostingsFrom(opportunities->postings());
    for (AreaTab* tab : std::initializer_list<AreaTab*>{
             opportunities, applications, new ResumesTab(*this), new CoverLettersTab(*this),
             new IntroEmailsTab(*this), new ActionItemsTab(*this), new NotesTab(*this), new GoalsTab(*this),
             new InterestsTab(*this), new PromptsTab(*this)})
        addAreaTab(tab);
}

void MainWindow::addAreaTab(AreaTab* tab)
{
    EntityTableModelBase* model = tab->model();
    model->setUndoStack(m_undoStack);
    m_tabs->addTab(tab, tab->title());
    m_areaTabs << tab;
    connect(model, &EntityTableModelBase::errorOccurred, this, &MainWindow::showError);
    connect(model, &EntityTableModelBase::statusMessage, this,
            [this](const QString& message) { showMessage(message); });
    connect(tab, &AreaTab::currentRowChanged, this, &MainWindow::updateActions);
    connect(tab, &AreaTab::attentionChanged, this, &MainWindow::updateAttention);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &MainWindow::updateAttention);
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateAttention);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateAttention);
}

void MainWindow::reloadViews()
{
    for (AreaTab* tab : std::as_const(m_areaTabs))
        tab->showPerson(m_userId);
    m_dashboard->setUserId(m_userId);
    updateAttention();
    updateActions();
}

void MainWindow::setUser(qint64 userId)
{
    m_me = userId;
    showPerson(userId);
    m_tabs->setTabVisible(m_tabs->indexOf(m_clientsTab), m_clientsTab->showCoach(userId));
    auto user = m_workspace.users().getUser(userId);
    const QString name = user ? user->shownName() : QString();
    // Others who meet a row this window saved are told who changed it.
    m_workspace.database().setSessionName(name);
    if (name.isEmpty())
        setWindowTitle(tr("CareerDesk"));
    else if (m_workspace.database().isServer())
        setWindowTitle(tr("%1 — %2 — CareerDesk").arg(name, m_workspace.database().location()));
    else
        setWindowTitle(tr("%1 — CareerDesk").arg(name));
    if (Status remembered = m_workspace.users().rememberCurrentUser(userId); !remembered)
        showError(remembered.errorMessage());
}

// Whose data the tabs show: the person's own, or, for their coach, a client's to read (action items and
// notes excepted: a coach adds those, and the client sees who did).
void MainWindow::showPerson(qint64 userId)
{
    for (AreaTab* tab : std::as_const(m_areaTabs))
        tab->submitForm();
    m_userId = userId;
    m_undoStack->clear();
    const bool client = userId != m_me;
    for (AreaTab* tab : std::as_const(m_areaTabs)) {
        tab->model()->setReadOnly(client && !tab->model()->keepsAuthors());
        tab->model()->setAuthorId(m_me);
    }
    reloadViews();
    if (!client) {
        m_clientBanner->hide();
        return;
    }
    auto person = m_workspace.users().getUser(userId);
    const QString name = person ? person->shownName() : QString();
    m_clientBanner->say(tr("You are reading %1's data as their coach. You can add action items and notes "
                           "for them (they see that you did); the rest is theirs to change.")
                            .arg(name));
}

void MainWindow::openClient(qint64 clientId)
{
    showPerson(clientId);
    m_tabs->setCurrentWidget(areaTab(QStringLiteral("applications")));
}

void MainWindow::showOwnData()
{
    const qint64 client = m_userId;
    showPerson(m_me);
    m_tabs->setCurrentWidget(m_clientsTab);
    m_clientsTab->selectClient(client);
}

void MainWindow::updateActions()
{
    AreaTab* current = currentAreaTab();
    const bool selected = current && current->currentRow() >= 0;
    // A client's data, for their coach: only action items and notes are theirs to add to. A damaged
    // database is read-only, a lost server unreachable: what would write is not offered (reading and
    // exporting are).
    const bool offline = m_workspace.database().isReadOnly() || m_workspace.connectionKeeper().isLost();
    const bool own = m_userId == m_me;
    const bool writable = !offline && (own || (current && current->model()->keepsAuthors()));
    const bool changeable = selected && current->model()->canChange(current->currentRow());
    action(QStringLiteral("new"))->setEnabled(current && writable);
    action(QStringLiteral("delete"))->setEnabled(changeable && writable);
    QAction* rowAction = action(QStringLiteral("rowAction"));
    const QString rowActionText = current ? current->rowActionText() : QString();
    rowAction->setText(rowActionText.isEmpty() ? tr("Mark &Complete") : rowActionText);
    rowAction->setVisible(!rowActionText.isEmpty());
    rowAction->setEnabled(!rowActionText.isEmpty() && changeable && writable &&
                          current->offersRowAction(current->currentRow()));
    const bool document = current && current->currentDocument().has_value();
    for (const char* name : {"exportPdf", "export", "printPreview", "print"})
        action(QLatin1String(name))->setEnabled(document);
    for (AreaTab* tab : std::as_const(m_areaTabs))
        tab->updateOwnActions(tab == current, own && !offline);
    for (const char* name : {"import", "demo"})
        action(QLatin1String(name))->setEnabled(own && !offline);
    m_dashboard->firstSteps()->setOffered(own && !offline);
}

void MainWindow::updateAttention()
{
    QMap<int, QString> summaries;
    for (AreaTab* tab : std::as_const(m_areaTabs)) {
        const auto attention = tab->attention();
        if (!attention)
            continue;
        summaries.insert(attention->rank, attention->summary.arg(QLocale().toString(attention->count)));
        if (attention->inTitle)
            m_tabs->setTabText(m_tabs->indexOf(tab),
                               attention->count > 0 ? tr("%1 (%2)").arg(tab->title()).arg(attention->count)
                                                    : tab->title());
    }
    m_attention->setText(summaries.values().join(QStringLiteral(" · ")));
}

void MainWindow::addNew()
{
    if (AreaTab* tab = currentAreaTab())
        tab->addNewAndShow();
}

// A button of the Dashboard's "Getting started": the area where the step is taken, and its first move.
void MainWindow::takeFirstStep(FirstSteps::Step step)
{
    using Step = FirstSteps::Step;
    if (step == Step::Profile) {
        auto me = m_workspace.users().getUser(m_me);
        const auto changed = me ? m_questions.editProfile(*me) : std::nullopt;
        if (changed) {
            if (auto saved = m_workspace.users().updateUser(*changed); !saved)
                showError(saved.errorMessage());
            setUser(m_me);
        }
        return;
    }
    const QHash<Step, const char*> areas{{Step::Resume, "resumes"},
                                         {Step::Posting, "opportunities"},
                                         {Step::Goal, "goals"},
                                         {Step::Reflection, "prompts"}};
    AreaTab* tab = areaTab(QLatin1String(areas.value(step)));
    m_tabs->setCurrentWidget(tab);
    if (step == Step::Goal)
        tab->addNewAndShow();
    else if (step == Step::Resume || step == Step::Posting)
        askToImport();
}

void MainWindow::askToImport()
{
    if (action(QStringLiteral("import"))->isEnabled()) // not into a client's data, nor a read-only database
        m_import->askForFiles();
}

void MainWindow::deleteCurrent()
{
    AreaTab* tab = currentAreaTab();
    if (!tab || tab->currentRow() < 0)
        return;
    const QString name = tab->model()->itemName(tab->currentRow());
    if (!m_questions.confirm(tr("Delete %1? You can undo this with Edit › Undo.").arg(name)))
        return;
    tab->model()->removeById(tab->currentId());
}

void MainWindow::runRowAction()
{
    AreaTab* tab = currentAreaTab();
    if (!tab || tab->currentRow() < 0)
        return;
    tab->submitForm();
    tab->runRowAction(tab->currentRow());
}

void MainWindow::showUsers()
{
    UsersDialog dialog(m_workspace, m_userId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenUserId() != m_userId)
        setUser(dialog.chosenUserId());
}

void MainWindow::loadDemoData()
{
    auto resumes = m_workspace.resumes().getUserResumes(m_userId);
    if (resumes && !resumes->isEmpty() &&
        !m_questions.confirm(tr("Add the demo data to the data you already have?")))
        return;
    if (Status loaded = DemoData::load(m_workspace, m_userId); !loaded) {
        showError(tr("The demo data could not be loaded: %1").arg(loaded.errorMessage()));
        return;
    }
    setUser(m_userId);
    showMessage(tr("Demo data loaded"));
}

// File › Export and Print: the current tab's document, with what is typed in its form.
void MainWindow::outputDocument(const std::function<void(const DocumentRequest&)>& output)
{
    AreaTab* tab = currentAreaTab();
    if (!tab)
        return;
    tab->submitForm();
    if (const auto document = tab->currentDocument())
        output(*document);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    // A failure may be the server going away: then the banner says so, once, rather than a box a time.
    m_workspace.connectionKeeper().check();
    if (!m_workspace.connectionKeeper().isLost())
        m_questions.warn(message);
}

void MainWindow::showMessage(const QString& message, int milliseconds)
{
    statusBar()->showMessage(message, milliseconds);
}

// Forms keep what was typed while the server is away and save it once it is back; then every view
// reads again what others changed meanwhile (no notification reached this window while it was away).
void MainWindow::followConnection(bool lost)
{
    for (AreaTab* tab : std::as_const(m_areaTabs))
        tab->setConnectionLost(lost);
    if (!lost)
        reloadViews();
    updateActions();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    for (AreaTab* tab : std::as_const(m_areaTabs))
        tab->restoreState(settings);
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    for (AreaTab* tab : m_areaTabs)
        tab->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (AreaTab* tab = currentAreaTab())
        tab->submitForm();
    saveSettings();
    event->accept();
}

void MainWindow::createActions()
{
    auto add = [this](const QString& name, const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    add(QStringLiteral("new"), tr("&New"), QKeySequence::New, &MainWindow::addNew);
    add(QStringLiteral("delete"), tr("&Delete…"), QKeySequence::Delete, &MainWindow::deleteCurrent);
    add(QStringLiteral("rowAction"), tr("Mark &Complete"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        &MainWindow::runRowAction);
    add(QStringLiteral("connect"), tr("&Connect to Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        [this] {
            if (auto choice = m_questions.chooseServer())
                Q_EMIT serverChosen(*choice);
        });
    add(QStringLiteral("users"), tr("&Users…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        &MainWindow::showUsers);
    add(QStringLiteral("demo"), tr("Load &Demo Data"), QKeySequence(), &MainWindow::loadDemoData);
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    add(QStringLiteral("exportPdf"), tr("&Export as PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        outputDocument([this](const auto& document) { m_output->exportDocument(document, true); });
    });
    add(QStringLiteral("export"), tr("Expor&t…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        outputDocument([this](const auto& document) { m_output->exportDocument(document, false); });
    });
    add(QStringLiteral("printPreview"), tr("Print Pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { outputDocument([this](const auto& document) { m_output->print(document, true); }); });
    add(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print,
        [this] { outputDocument([this](const auto& document) { m_output->print(document, false); }); });
    add(QStringLiteral("import"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        &MainWindow::askToImport);
    auto exportApplications = [this](bool forExcel) {
        m_output->saveFile(
            tr("Export Applications"), tr("Applications"), QStringLiteral(".csv"), tr("CSV (*.csv)"),
            [this, forExcel] { return ApplicationsCsv::build(m_workspace, m_userId, {forExcel}); });
    };
    add(QStringLiteral("exportApplications"), tr("Export &Applications as CSV…"), QKeySequence(),
        [exportApplications] { exportApplications(false); });
    add(QStringLiteral("exportApplicationsExcel"), tr("Export Applications as CSV for E&xcel…"),
        QKeySequence(), [exportApplications] { exportApplications(true); });
    add(QStringLiteral("exportCalendar"), tr("Export &Calendar (Action Items, Goals)…"), QKeySequence(),
        [this] {
            m_output->saveFile(tr("Export Calendar"), tr("CareerDesk"), QStringLiteral(".ics"),
                               tr("iCalendar (*.ics)"), [this] {
                                   return CalendarExport::build(m_workspace, m_userId,
                                                                m_workspace.clock().now(),
                                                                Preferences::shared().reminderDays());
                               });
        });
    auto step = [this](int by) { // to the next area shown (Clients is only a coach's)
        int index = m_tabs->currentIndex();
        do
            index = (index + by + m_tabs->count()) % m_tabs->count();
        while (!m_tabs->isTabVisible(index) && index != m_tabs->currentIndex());
        m_tabs->setCurrentIndex(index);
    };
    add(QStringLiteral("nextArea"), tr("Ne&xt Area"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
        [step] { step(1); });
    add(QStringLiteral("previousArea"), tr("Pre&vious Area"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
        [step] { step(-1); });
    add(QStringLiteral("find"), tr("&Find"), QKeySequence::Find, [this] {
        if (AreaTab* tab = currentAreaTab())
            tab->focusFilter();
    });

    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(QStringLiteral("undo"), undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_actions.insert(QStringLiteral("redo"), redo);
    for (AreaTab* tab : std::as_const(m_areaTabs)) {
        for (QAction* own : tab->ownActions())
            m_actions.insert(own->objectName(), own);
    }
}

QAction* MainWindow::action(const QString& name) const
{
    return m_actions.value(name);
}

AreaTab* MainWindow::areaTab(const QString& name) const
{
    for (AreaTab* tab : m_areaTabs) {
        if (tab->name() == name)
            return tab;
    }
    return nullptr;
}

AreaTab* MainWindow::currentAreaTab() const
{
    return qobject_cast<AreaTab*>(m_tabs->currentWidget());
}

void MainWindow::importFiles(const QStringList& paths)
{
    m_import->importFiles(paths);
}

} // namespace careerdesk
