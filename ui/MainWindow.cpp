#include "MainWindow.h"
#include "DatabaseCare.h"
#include "dialogs/BackupChooser.h"
#include "models/CaseloadModel.h"
#include "secrets/SystemKeyring.h"
#include "tabs/ClientsTab.h"
#include "widgets/Banner.h"
#include "workflows/CaseloadCsv.h"

#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/UsersDialog.h"
#include "documents/EmailMessage.h"
#include "domain/DisplayFormat.h"
#include "files/SavedFile.h"
#include "import/FileImporter.h"
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
#include "models/UndoCommand.h"
#include "services/Workspace.h"
#include "tabs/ApplicationBoard.h"
#include "tabs/AreaTab.h"
#include "tabs/DashboardTab.h"
#include "tabs/FollowUpPanel.h"
#include "tabs/OpportunityExplorer.h"
#include "widgets/OpportunitySearchBar.h"
#include "workflows/ApplicationDossier.h"
#include "workflows/ApplicationsCsv.h"
#include "workflows/CalendarExport.h"
#include "workflows/CoverLetterBatch.h"
#include "workflows/DemoData.h"
#include "workflows/DocumentExporter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>
#include <utility>

namespace careerdesk {

struct DocumentRequest
{
    DocumentExporter::Request request;
    QString title;
};

namespace {

// A file name for `title` in the Documents folder, without characters file systems refuse.
QString suggestedPath(QString title, const QString& suffix)
{
    title.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(title.simplified() + suffix);
}

MainWindow::Questions dialogQuestions(QWidget* parent)
{
    MainWindow::Questions questions;
    questions.confirm = [parent](const QString& question) {
        return QMessageBox::question(parent, MainWindow::tr("CareerDesk"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    questions.chooseOpportunity = [parent](const QList<QPair<qint64, QString>>& choices) -> qint64 {
        QStringList labels;
        for (const auto& choice : choices)
            labels << choice.second;
        bool ok = false;
        const QString picked = QInputDialog::getItem(parent, MainWindow::tr("New application"),
                                                     MainWindow::tr("Opportunity:"), labels, 0, false, &ok);
        return ok ? choices.value(labels.indexOf(picked)).first : 0;
    };
    questions.warn = [parent](const QString& message) {
        QMessageBox::warning(parent, MainWindow::tr("CareerDesk"), message);
    };
    questions.saveFile = [parent](const QString& title, const QString& suggestedPath, const QString& filter) {
        return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    };
    questions.openUrl = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    questions.openFiles = [parent](const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileNames(
            parent, title, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), filter);
    };
    questions.previewImport = [parent](const ImportService::Plan& plan,
                                       ImportService::DocumentsAs suggested) {
        return ImportPreviewDialog::ask(plan, suggested, parent);
    };
    questions.chooseBackup = [parent](const QList<Backups::Backup>& backups, const QString& folder) {
        return BackupChooser::ask(backups, folder, parent);
    };
    questions.chooseServer = [parent]() -> std::optional<ServerDialog::Choice> {
        static SystemKeyring keyring;
        ServerDialog dialog(keyring, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    questions.askText = [parent](const QString& title, const QString& label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
        return ok ? std::optional(text) : std::nullopt;
    };
    return questions;
}

} // namespace

MainWindow::MainWindow(Workspace& workspace, qint64 userId, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_questions(dialogQuestions(this))
    , m_tabs(new QTabWidget(this))
    , m_undoStack(new QUndoStack(this))
    , m_attention(new QLabel(this))
    , m_opportunities(new OpportunityModel(workspace, this))
    , m_applications(new ApplicationModel(workspace, this))
    , m_resumes(new ResumeModel(workspace, this))
    , m_coverLetters(new CoverLetterModel(workspace, this))
    , m_introEmails(new IntroEmailModel(workspace, this))
    , m_actionItems(new ActionItemModel(workspace, this))
    , m_goals(new GoalModel(workspace, this))
    , m_interests(new InterestModel(workspace, this))
    , m_notes(new NoteModel(workspace, this))
    , m_prompts(new PromptModel(workspace, this))
    , m_promptAnswers(new PromptAnswerModel(workspace, this))
    , m_caseload(new CaseloadModel(workspace, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_databaseCare = new DatabaseCare(workspace, this);
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
    setAcceptDrops(true); // files dropped anywhere on the window are imported
    statusBar()->addPermanentWidget(m_attention);
    createTabs();
    createActions();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    setUser(userId);
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

AreaTab* MainWindow::addAreaTab(EntityTableModelBase* model, const QString& name, const QString& title)
{
    model->setUndoStack(m_undoStack);
    auto* tab = new AreaTab(model, name, m_tabs);
    tab->setObjectName(name);
    m_tabs->addTab(tab, title);
    m_areaTabs << tab;
    connect(model, &EntityTableModelBase::errorOccurred, this, &MainWindow::showError);
    connect(model, &EntityTableModelBase::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(tab, &AreaTab::currentRowChanged, this, &MainWindow::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &MainWindow::updateAttention);
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateAttention);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateAttention);
    return tab;
}

void MainWindow::createTabs()
{
    m_dashboard = new DashboardTab(m_workspace, m_tabs);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_clientsTab = new ClientsTab(m_caseload, m_tabs);
    m_clientsTab->setObjectName(QStringLiteral("clients"));
    m_tabs->addTab(m_clientsTab, tr("Clients"));
    connect(m_clientsTab, &ClientsTab::clientOpened, this, &MainWindow::openClient);
    connect(m_clientsTab, &ClientsTab::exportRequested, this, &MainWindow::exportCaseload);
    connect(m_caseload, &CaseloadModel::errorOccurred, this, &MainWindow::showError);
    createOpportunitiesTab();
    createApplicationsTab();
    addAreaTab(m_resumes, QStringLiteral("resumes"), tr("Resumes"));
    addAreaTab(m_coverLetters, QStringLiteral("coverLetters"), tr("Cover Letters"));
    addAreaTab(m_introEmails, QStringLiteral("introEmails"), tr("Intro Emails"));
    addAreaTab(m_actionItems, QStringLiteral("actionItems"), tr("Action Items"));
    addAreaTab(m_notes, QStringLiteral("notes"), tr("Notes"));
    addAreaTab(m_goals, QStringLiteral("goals"), tr("Goals"));
    addAreaTab(m_interests, QStringLiteral("interests"), tr("Interests"));
    AreaTab* prompts = addAreaTab(m_prompts, QStringLiteral("prompts"), tr("Prompts"));

    // The journal under the selected prompt.
    auto* journal = new QTableView(prompts);
    journal->setObjectName(QStringLiteral("journal"));
    journal->setModel(m_promptAnswers);
    journal->verticalHeader()->hide();
    journal->horizontalHeader()->setStretchLastSection(true);
    journal->setEditTriggers(QAbstractItemView::NoEditTriggers);
    journal->setMinimumHeight(160);
    auto* answer = new QPushButton(tr("&Answer…"), prompts);
    connect(answer, &QPushButton::clicked, this, &MainWindow::answerPrompt);
    prompts->addDetailWidget(new QLabel(tr("Journal:"), prompts));
    prompts->addDetailWidget(journal);
    prompts->addDetailWidget(answer);
    connect(prompts, &AreaTab::currentRowChanged, this,
            [this, prompts] { m_promptAnswers->setPrompt(m_userId, prompts->currentId()); });

    addEmailButtons(areaTab(QStringLiteral("introEmails")));
    addTemplateChooser(areaTab(QStringLiteral("resumes")), int(DocumentTemplate::Kind::Resume));
    addTemplateChooser(areaTab(QStringLiteral("coverLetters")), int(DocumentTemplate::Kind::CoverLetter));
}

void MainWindow::createOpportunitiesTab()
{
    AreaTab* tab = addAreaTab(m_opportunities, QStringLiteral("opportunities"), tr("Opportunities"));
    auto* searchBar = new OpportunitySearchBar(tab);
    searchBar->setObjectName(QStringLiteral("opportunitySearch"));
    tab->setSearchBar(searchBar);
    connect(searchBar, &OpportunitySearchBar::criteriaChanged, this,
            [this, searchBar] { m_opportunities->setCriteria(searchBar->criteria()); });
    connect(m_opportunities, &OpportunityModel::resultCountChanged, searchBar, [this, searchBar] {
        searchBar->setResultCount(qMin(m_opportunities->resultCount(), OpportunityModel::countCap),
                                  m_opportunities->resultCountCapped()); // -1: counting
    });
    m_explorer = new OpportunityExplorer(m_workspace, m_applications, tab);
    m_explorer->setObjectName(QStringLiteral("opportunityExplorer"));
    tab->addSidePage(m_explorer, tr("Posting"));
    connect(tab, &AreaTab::currentRowChanged, m_explorer,
            [this, tab] { m_explorer->showOpportunity(tab->currentId()); });
    connect(m_explorer, &OpportunityExplorer::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::createApplicationsTab()
{
    AreaTab* tab = addAreaTab(m_applications, QStringLiteral("applications"), tr("Applications"));
    auto* board = new ApplicationBoard(m_applications, tab);
    board->setObjectName(QStringLiteral("board"));
    tab->addListPage(board, tr("Board"));
    connect(board, &ApplicationBoard::applicationSelected, tab, &AreaTab::selectId);
    connect(tab, &AreaTab::currentRowChanged, board, [tab, board] { board->selectId(tab->currentId()); });

    // The stage history of the selected application, oldest first.
    auto* history = new QListWidget(tab);
    history->setObjectName(QStringLiteral("history"));
    history->setMinimumHeight(120);
    auto showHistory = [this, tab, history] {
        history->clear();
        const qint64 id = tab->currentId();
        if (id <= 0)
            return;
        auto events = m_workspace.applications().getApplicationHistory(m_userId, id);
        if (!events)
            return;
        for (const ApplicationEvent& event : *events) {
            const QString at = DisplayFormat::dateTime(event.at);
            history->addItem(
                event.fromStatus
                    ? tr("%1: %2 → %3").arg(at, enumLabel(*event.fromStatus), enumLabel(event.toStatus))
                    : tr("%1: added as %2").arg(at, enumLabel(event.toStatus)));
        }
    };
    connect(tab, &AreaTab::currentRowChanged, history, showHistory);
    connect(&m_workspace.applications(), &EntityService::changed, history, showHistory);
    tab->addDetailWidget(new QLabel(tr("Stage history:"), tab));
    tab->addDetailWidget(history);

    m_followUps = new FollowUpPanel(m_workspace, tab);
    m_followUps->setObjectName(QStringLiteral("followUps"));
    tab->addDetailWidget(m_followUps);
    connect(tab, &AreaTab::currentRowChanged, m_followUps,
            [this, tab] { m_followUps->showApplication(tab->currentId()); });
    connect(m_followUps, &FollowUpPanel::dueCountChanged, this, &MainWindow::updateAttention);
    connect(m_followUps, &FollowUpPanel::followedUp, this,
            [this](const QString& title, const RowArchive::RowRefs& added) { pushAdded(title, added); });
    connect(m_followUps, &FollowUpPanel::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::addTemplateChooser(AreaTab* tab, int kind)
{
    auto* chooser = new QComboBox(tab);
    chooser->setObjectName(QStringLiteral("template"));
    for (const DocumentTemplate& documentTemplate : DocumentTemplate::available(DocumentTemplate::Kind(kind)))
        chooser->addItem(documentTemplate.name(), documentTemplate.id());
    const QString key = QStringLiteral("documents/%1/template").arg(tab->name());
    const int remembered = chooser->findData(QSettings().value(key));
    if (remembered >= 0)
        chooser->setCurrentIndex(remembered);
    connect(chooser, &QComboBox::currentIndexChanged, this,
            [chooser, key] { QSettings().setValue(key, chooser->currentData()); });
    auto* row = new QWidget(tab);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Template:"), row));
    layout->addWidget(chooser, 1);
    auto* pageSize = new QComboBox(row);
    pageSize->setObjectName(QStringLiteral("pageSize"));
    pageSize->addItem(tr("Paper by locale"), QString());
    pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    pageSize->setCurrentIndex(
        qMax(0, pageSize->findData(QSettings().value(QStringLiteral("documents/pageSize")))));
    connect(pageSize, &QComboBox::currentIndexChanged, this, [pageSize] {
        QSettings().setValue(QStringLiteral("documents/pageSize"), pageSize->currentData());
    });
    layout->addWidget(pageSize);
    auto* pdfA = new QCheckBox(tr("PDF/A"), row);
    pdfA->setObjectName(QStringLiteral("pdfA"));
    pdfA->setToolTip(tr("Write PDF/A-1b, the archival PDF some application portals ask for"));
    pdfA->setChecked(QSettings().value(QStringLiteral("documents/pdfA")).toBool());
    connect(pdfA, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("documents/pdfA"), on); });
    layout->addWidget(pdfA);
    auto* exportButton = new QPushButton(tr("Export PDF…"), row);
    auto* previewButton = new QPushButton(tr("Print Preview…"), row);
    connect(exportButton, &QPushButton::clicked, this, &MainWindow::exportPdf);
    connect(previewButton, &QPushButton::clicked, this, [this] { printDocument(true); });
    // The buttons get a line of their own so that the form stays narrow.
    auto* buttons = new QWidget(tab);
    auto* buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addWidget(exportButton);
    buttonLayout->addWidget(previewButton);
    buttonLayout->addStretch(1);
    tab->addDetailWidget(row);
    tab->addDetailWidget(buttons);
    m_templateChoosers.insert(tab, chooser);
    addPreview(tab, chooser, kind);
}

void MainWindow::addPreview(AreaTab* tab, QComboBox* chooser, int kind)
{
    // The document as it will print, following the editor as you type (rendering waits for a pause).
    auto* preview = new QTextBrowser(tab);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setMinimumHeight(320);
    auto* pause = new QTimer(preview);
    pause->setSingleShot(true);
    pause->setInterval(250);
    const int contentColumn = kind == int(DocumentTemplate::Kind::Resume) ? int(ResumeModel::Content)
                                                                          : int(CoverLetterModel::Content);
    auto* editor = qobject_cast<QPlainTextEdit*>(tab->editorFor(contentColumn));
    connect(pause, &QTimer::timeout, preview, [this, tab, chooser, editor, preview, kind] {
        if (tab->currentRow() < 0 || !editor) {
            preview->clear();
            return;
        }
        auto documentTemplate =
            DocumentTemplate::find(DocumentTemplate::Kind(kind), chooser->currentData().toString());
        auto user = m_workspace.users().getUser(m_userId);
        if (!documentTemplate || !user) {
            preview->setPlainText(documentTemplate ? user.errorMessage() : documentTemplate.errorMessage());
            return;
        }
        DocumentRenderer::Content content;
        content.name = user->displayName();
        content.email = user->email;
        content.title = tab->model()->index(tab->currentRow(), 0).data().toString();
        content.body = editor->toPlainText();
        content.date = m_workspace.clock().now().toLocalTime().date();
        auto rendered = DocumentRenderer::render(documentTemplate.value(), content);
        if (!rendered) {
            preview->setPlainText(rendered.errorMessage());
            return;
        }
        const int scroll = preview->verticalScrollBar()->value();
        preview->setHtml(rendered.value()->toHtml());
        preview->verticalScrollBar()->setValue(scroll);
    });
    auto schedule = [pause] { pause->start(); };
    if (editor)
        connect(editor, &QPlainTextEdit::textChanged, pause, schedule);
    connect(chooser, &QComboBox::currentIndexChanged, pause, schedule);
    connect(tab, &AreaTab::currentRowChanged, pause, schedule);
    tab->addDetailWidget(new QLabel(tr("Preview:"), tab));
    tab->addDetailWidget(preview);
}

void MainWindow::addEmailButtons(AreaTab* tab)
{
    auto* row = new QWidget(tab);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* save = new QPushButton(tr("Save as .eml…"), row);
    auto* open = new QPushButton(tr("Open in Mail Program"), row);
    auto* copy = new QPushButton(tr("Copy"), row);
    open->setToolTip(tr("Opens a new message in your mail program; mark the email as sent once it is sent"));
    connect(save, &QPushButton::clicked, this, &MainWindow::saveEmail);
    connect(open, &QPushButton::clicked, this, &MainWindow::openEmailInMailProgram);
    connect(copy, &QPushButton::clicked, this, &MainWindow::copyEmail);
    layout->addWidget(save);
    layout->addWidget(open);
    layout->addWidget(copy);
    layout->addStretch(1);
    tab->addDetailWidget(row);
}

void MainWindow::saveEmail()
{
    AreaTab* tab = areaTab(QStringLiteral("introEmails"));
    tab->submitForm();
    if (tab->currentRow() < 0)
        return;
    const IntroEmail email = m_introEmails->entityAt(tab->currentRow());
    auto user = m_workspace.users().getUser(m_userId);
    if (!user) {
        showError(user.errorMessage());
        return;
    }
    const QString path = m_questions.saveFile(
        tr("Save email"), suggestedPath(email.subject, QStringLiteral(".eml")), tr("Email messages (*.eml)"));
    if (path.isEmpty())
        return;
    if (Status saved =
            SavedFile::write(path, EmailMessage::toEml(email, user.value(), m_workspace.clock().now()));
        !saved) {
        showError(saved.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::openEmailInMailProgram()
{
    AreaTab* tab = areaTab(QStringLiteral("introEmails"));
    tab->submitForm();
    if (tab->currentRow() < 0)
        return;
    if (!m_questions.openUrl(EmailMessage::toMailto(m_introEmails->entityAt(tab->currentRow()))))
        showError(tr("No mail program could be opened. Copy the email or save it as .eml instead."));
}

void MainWindow::copyEmail()
{
    AreaTab* tab = areaTab(QStringLiteral("introEmails"));
    tab->submitForm();
    if (tab->currentRow() < 0)
        return;
    const IntroEmail email = m_introEmails->entityAt(tab->currentRow());
    QGuiApplication::clipboard()->setText(tr("Subject: %1").arg(email.subject) + QStringLiteral("\n\n") +
                                          email.content);
    statusBar()->showMessage(tr("Email copied"), 5000);
}

std::optional<DocumentRequest> MainWindow::currentDocument() const
{
    AreaTab* tab = currentAreaTab();
    if (!tab || tab->currentRow() < 0)
        return std::nullopt;
    DocumentRequest document;
    document.request.id = tab->currentId();
    if (tab->model() == m_applications) {
        document.request.subject = DocumentExporter::Subject::ApplicationDossier;
        document.title =
            ApplicationDossier::title(tab->model()->index(tab->currentRow(), 0).data().toString(),
                                      tab->model()->index(tab->currentRow(), 1).data().toString());
        return document;
    }
    if (!m_templateChoosers.contains(tab))
        return std::nullopt;
    document.request.subject = tab->model() == m_resumes ? DocumentExporter::Subject::Resume
                                                         : DocumentExporter::Subject::CoverLetter;
    document.request.templateId = m_templateChoosers.value(tab)->currentData().toString();
    document.title = tab->model()->index(tab->currentRow(), 0).data().toString();
    return document;
}

void MainWindow::generateCoverLetters()
{
    const QList<qint64> postings = areaTab(QStringLiteral("opportunities"))->selectedIds();
    if (postings.isEmpty())
        return;
    auto resume = m_workspace.resumes().getDefaultResume(m_userId);
    if (!resume || !resume->has_value()) {
        showError(tr("Add a resume first: cover letters are written from your default resume."));
        return;
    }
    const qint64 resumeId = resume->value().id;
    const qint64 userId = m_userId;
    Workspace* workspace = &m_workspace;
    auto* progress =
        new QProgressDialog(tr("Writing cover letters…"), tr("Cancel"), 0, int(postings.size()), this);
    progress->setObjectName(QStringLiteral("letterProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto* watcher = new QFutureWatcher<CoverLetterBatch::Outcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, total = postings.size()] {
        const int done = watcher->progressValue();
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            statusBar()->showMessage(tr("Stopped after %1 of %2 cover letters").arg(done).arg(total), 8000);
            return;
        }
        const CoverLetterBatch::Outcome outcome = watcher->result();
        statusBar()->showMessage(tr("Wrote %1 cover letters").arg(outcome.letterIds.size()), 8000);
        if (!outcome.problems.isEmpty())
            showError(tr("Some cover letters could not be written:\n%1")
                          .arg(outcome.problems.join(QLatin1Char('\n'))));
    });
    // Off the UI thread: the window stays responsive and Cancel works while letters are written.
    watcher->setFuture(QtConcurrent::run(
        [workspace, userId, postings, resumeId](QPromise<CoverLetterBatch::Outcome>& promise) {
            promise.setProgressRange(0, int(postings.size()));
            auto outcome =
                CoverLetterBatch::generate(*workspace, userId, postings, resumeId, [&promise](int done) {
                    promise.setProgressValue(done);
                    return !promise.isCanceled();
                });
            promise.addResult(outcome);
        }));
    progress->show();
}

DocumentRenderer::PdfOptions MainWindow::pdfOptions() const
{
    const QSettings settings;
    DocumentRenderer::PdfOptions options;
    const QString size = settings.value(QStringLiteral("documents/pageSize")).toString();
    if (size == QLatin1String("A4"))
        options.pageSize = QPageSize(QPageSize::A4);
    else if (size == QLatin1String("Letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    options.pdfA = settings.value(QStringLiteral("documents/pdfA")).toBool();
    return options;
}

void MainWindow::exportPdf()
{
    exportDocument(true);
}

void MainWindow::exportDocument(bool pdfOnly)
{
    if (AreaTab* tab = currentAreaTab())
        tab->submitForm();
    const auto document = currentDocument();
    if (!document)
        return;
    QString path = m_questions.saveFile(pdfOnly ? tr("Export as PDF") : tr("Export"),
                                        suggestedPath(document->title, QStringLiteral(".pdf")),
                                        pdfOnly ? tr("PDF (*.pdf)") : DocumentExporter::fileFilter());
    if (path.isEmpty())
        return;
    auto format = DocumentExporter::formatFor(path);
    if (!format) {
        if (!pdfOnly && !QFileInfo(path).suffix().isEmpty()) {
            showError(
                tr("CareerDesk cannot write %1 files; choose PDF, DOCX, ODT, HTML, MD or JSON (JSON Resume).")
                    .arg(QFileInfo(path).suffix()));
            return;
        }
        path += QStringLiteral(".pdf");
        format = DocumentExporter::Format::Pdf;
    }
    const DocumentExporter exporter(m_workspace, m_userId);
    if (Status written = exporter.exportTo(document->request, path, *format, pdfOptions()); !written) {
        showError(written.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::printDocument(bool preview)
{
    if (AreaTab* tab = currentAreaTab())
        tab->submitForm();
    const auto document = currentDocument();
    if (!document)
        return;
    auto rendered = DocumentExporter(m_workspace, m_userId).document(document->request);
    if (!rendered) {
        showError(rendered.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const QPageSize pageSize = pdfOptions().pageSize;
    printer.setPageSize(pageSize.isValid() ? pageSize : DocumentRenderer::defaultPageSize());
    printer.setDocName(document->title);
    QTextDocument* text = rendered.value().get();
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [text](QPrinter* target) { text->print(target); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        text->print(&printer);
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
    add(QStringLiteral("answer"), tr("&Answer Prompt…"), QKeySequence(Qt::CTRL | Qt::Key_R),
        &MainWindow::answerPrompt);
    add(QStringLiteral("connect"), tr("&Connect to Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        [this] {
            if (auto choice = m_questions.chooseServer())
                Q_EMIT serverChosen(*choice);
        });
    add(QStringLiteral("users"), tr("&Users…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        &MainWindow::showUsers);
    add(QStringLiteral("demo"), tr("Load &Demo Data"), QKeySequence(), &MainWindow::loadDemoData);
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    add(QStringLiteral("exportPdf"), tr("&Export as PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        &MainWindow::exportPdf);
    add(QStringLiteral("export"), tr("Expor&t…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        [this] { exportDocument(false); });
    add(QStringLiteral("generateLetters"), tr("&Generate Cover Letters"), QKeySequence(Qt::CTRL | Qt::Key_G),
        &MainWindow::generateCoverLetters);
    add(QStringLiteral("printPreview"), tr("Print Pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { printDocument(true); });
    add(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print, [this] { printDocument(false); });
    add(QStringLiteral("import"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        &MainWindow::askForImport);
    add(QStringLiteral("exportApplications"), tr("Export &Applications as CSV…"), QKeySequence(),
        [this] { exportApplications(false); });
    add(QStringLiteral("exportApplicationsExcel"), tr("Export Applications as CSV for E&xcel…"),
        QKeySequence(), [this] { exportApplications(true); });
    add(QStringLiteral("exportCalendar"), tr("Export &Calendar (Action Items, Goals)…"), QKeySequence(),
        &MainWindow::exportCalendar);
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
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("connect")));
    file->addAction(action(QStringLiteral("users")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportPdf")));
    file->addAction(action(QStringLiteral("export")));
    file->addAction(action(QStringLiteral("printPreview")));
    file->addAction(action(QStringLiteral("print")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("import")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportApplications")));
    file->addAction(action(QStringLiteral("exportApplicationsExcel")));
    file->addAction(action(QStringLiteral("exportCalendar")));
    file->addSeparator();
    file->addAction(m_databaseCare->backUpAction());
    file->addAction(m_databaseCare->restoreAction());
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("new")));
    edit->addAction(action(QStringLiteral("delete")));
    edit->addAction(action(QStringLiteral("rowAction")));
    edit->addAction(action(QStringLiteral("answer")));
    edit->addAction(action(QStringLiteral("generateLetters")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("demo")));
    help->addAction(m_databaseCare->checkAction());
    help->addAction(tr("&About CareerDesk"), this, [this] {
        QMessageBox::about(this, tr("About CareerDesk"),
                           tr("<b>CareerDesk</b> %1<br>Your career search, in one place, on your machine.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* name : {"new", "delete", "undo", "redo", "rowAction"})
        toolbar->addAction(action(QLatin1String(name)));
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

void MainWindow::askForImport()
{
    QStringList patterns;
    for (const QString& suffix : FileImporter::suffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList paths = m_questions.openFiles(
        tr("Import"),
        tr("Job pages, feeds, trackers' CSV, resumes and letters (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // The drop returns at once; the import goes on with its own dialogs.
    QTimer::singleShot(0, this, [this, paths] { importFiles(paths); });
}

void MainWindow::importFiles(const QStringList& paths)
{
    Workspace* workspace = &m_workspace;
    const qint64 userId = m_userId;
    auto* reading = new QProgressDialog(tr("Reading files…"), tr("Cancel"), 0, 0, this);
    reading->setObjectName(QStringLiteral("importReading"));
    reading->setWindowModality(Qt::WindowModal);
    reading->setMinimumDuration(500);
    auto* watcher = new QFutureWatcher<Result<ImportService::Plan>>(this);
    connect(reading, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reading] {
        reading->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            statusBar()->showMessage(tr("Import cancelled; nothing was added"), 8000);
            return;
        }
        const Result<ImportService::Plan> plan = watcher->result();
        if (!plan) {
            showError(tr("Nothing was imported. %1").arg(plan.errorMessage()));
            return;
        }
        AreaTab* tab = currentAreaTab();
        const auto suggested = tab && tab->name() == QLatin1String("coverLetters")
                                   ? ImportService::DocumentsAs::CoverLetters
                                   : ImportService::DocumentsAs::Resumes;
        const auto documentsAs = m_questions.previewImport(plan.value(), suggested);
        if (!documentsAs) {
            statusBar()->showMessage(tr("Import cancelled; nothing was added"), 8000);
            return;
        }
        commitImport(plan.value(), *documentsAs);
    });
    // Reading and checking happen on a worker thread with its own connection: the window stays responsive.
    watcher->setFuture(QtConcurrent::run(
        [workspace, userId, paths] { return ImportService::planFiles(*workspace, userId, paths); }));
}

void MainWindow::commitImport(const ImportService::Plan& plan, ImportService::DocumentsAs documentsAs)
{
    Workspace* workspace = &m_workspace;
    const qint64 userId = m_userId;
    const int total = int(qMin<qsizetype>(plan.work(), INT_MAX));
    auto* progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, total, this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    auto* watcher = new QFutureWatcher<Result<ImportService::Summary>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            statusBar()->showMessage(tr("Import cancelled; nothing was added"), 8000);
            return;
        }
        const Result<ImportService::Summary> summary = watcher->result();
        if (!summary) {
            showError(summary.errorMessage());
            return;
        }
        reloadViews(); // every view reads the new rows once
        const bool tooLargeToUndo = !offerUndo(summary.value());
        statusBar()->showMessage(tooLargeToUndo
                                     ? tr("%1 An import this large cannot be undone.").arg(summary->text())
                                     : summary->text(),
                                 10000);
    });
    watcher->setFuture(QtConcurrent::run(
        [workspace, userId, plan, documentsAs, total](QPromise<Result<ImportService::Summary>>& promise) {
            promise.setProgressRange(0, total);
            promise.addResult(
                ImportService::commit(*workspace, userId, plan, documentsAs, [&promise](qint64 done, qint64) {
                    promise.setProgressValue(int(done));
                    return !promise.isCanceled();
                }));
        }));
}

void MainWindow::reloadViews()
{
    for (AreaTab* tab : std::as_const(m_areaTabs))
        tab->model()->setUserId(m_userId);
    // Each tab has chosen its row again; the journal shows the chosen prompt's answers.
    m_promptAnswers->setPrompt(m_userId, areaTab(QStringLiteral("prompts"))->currentId());
    m_explorer->setUserId(m_userId);
    m_followUps->setUserId(m_userId);
    m_dashboard->setUserId(m_userId);
    updateAttention();
    updateActions();
}

// An import is one undo step when it is small enough to archive row by row.
bool MainWindow::offerUndo(const ImportService::Summary& summary)
{
    if (summary.roots.size() > ImportService::undoLimit)
        return false;
    if (!summary.roots.isEmpty())
        pushAdded(tr("Import (%1)").arg(summary.text()), summary.roots);
    return true;
}

// Rows already added become one undo step: undo takes them away, redo puts them back with their ids;
// the views follow the workspace's announcements. The first redo is the adding itself, already done.
void MainWindow::pushAdded(const QString& text, const RowArchive::RowRefs& added)
{
    auto archives = std::make_shared<QList<RowArchive>>();
    auto done = std::make_shared<bool>(true);
    Workspace* workspace = &m_workspace;
    auto redo = [workspace, archives, done]() -> Status {
        if (std::exchange(*done, false))
            return {};
        return workspace->restore(*archives);
    };
    auto undo = [workspace, archives, added]() -> Status {
        auto taken = workspace->takeAway(added);
        if (taken)
            *archives = taken.value();
        return taken ? Status() : Status(taken.error());
    };
    m_undoStack->push(
        new UndoCommand(text, redo, undo, [this](const QString& message) { showError(message); }));
}

void MainWindow::setUser(qint64 userId)
{
    m_me = userId;
    showPerson(userId);
    // Whoever has clients (on a server: assigned to them; in a file: everyone else in it) coaches them.
    m_caseload->setCoachId(userId);
    m_tabs->setTabVisible(m_tabs->indexOf(m_clientsTab), !m_caseload->clients().isEmpty());
    auto user = m_workspace.users().getUser(userId);
    const QString name = !user                           ? QString()
                         : user->displayName().isEmpty() ? user->email
                                                         : user->displayName();
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
    if (client) {
        auto person = m_workspace.users().getUser(userId);
        const QString name = !person                           ? QString()
                             : person->displayName().isEmpty() ? person->email
                                                               : person->displayName();
        m_clientBanner->say(tr("You are reading %1's data as their coach. You can add action items and notes "
                               "for them (they see that you did); the rest is theirs to change.")
                                .arg(name));
    } else {
        m_clientBanner->hide();
    }
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

void MainWindow::exportCaseload()
{
    exportFile(tr("Export Caseload"), tr("Caseload"), QStringLiteral(".csv"), tr("CSV (*.csv)"),
               [this]() -> Result<QByteArray> {
                   m_caseload->reload();
                   return CaseloadCsv::build(m_caseload->clients());
               });
}

void MainWindow::updateActions()
{
    AreaTab* tab = currentAreaTab();
    const bool selected = tab && tab->currentRow() >= 0;
    action(QStringLiteral("new"))->setEnabled(tab != nullptr);
    const bool changeable = selected && tab->model()->canChange(tab->currentRow());
    action(QStringLiteral("delete"))->setEnabled(changeable);
    QAction* rowAction = action(QStringLiteral("rowAction"));
    const QString area = tab ? tab->name() : QString();
    if (area == QLatin1String("goals") || area == QLatin1String("actionItems"))
        rowAction->setText(tr("Mark &Complete"));
    else if (area == QLatin1String("resumes"))
        rowAction->setText(tr("Set as &Default"));
    else if (area == QLatin1String("introEmails"))
        rowAction->setText(tr("Mark as &Sent"));
    else
        rowAction->setText(tr("Mark &Complete"));
    const bool hasRowAction = area == QLatin1String("goals") || area == QLatin1String("actionItems") ||
                              area == QLatin1String("resumes") || area == QLatin1String("introEmails");
    rowAction->setVisible(hasRowAction);
    rowAction->setEnabled(hasRowAction && changeable);
    action(QStringLiteral("answer"))->setEnabled(area == QLatin1String("prompts") && selected);
    const bool document =
        selected && (area == QLatin1String("resumes") || area == QLatin1String("coverLetters") ||
                     area == QLatin1String("applications"));
    action(QStringLiteral("generateLetters"))->setEnabled(area == QLatin1String("opportunities") && selected);
    for (const char* name : {"exportPdf", "export", "printPreview", "print"})
        action(QLatin1String(name))->setEnabled(document);
    // A client's data, for their coach: only action items and notes are theirs to add to.
    if (m_userId != m_me) {
        const bool items = tab && tab->model()->keepsAuthors();
        for (const char* name : {"answer", "generateLetters", "import", "demo"})
            action(QLatin1String(name))->setEnabled(false);
        for (const char* name : {"new", "delete", "rowAction"})
            action(QLatin1String(name))->setEnabled(items && action(QLatin1String(name))->isEnabled());
    }
    // A damaged database is read-only, a lost server unreachable: what would write is not offered
    // (reading and exporting are).
    if (m_workspace.database().isReadOnly() || m_workspace.connectionKeeper().isLost()) {
        for (const char* name : {"new", "delete", "rowAction", "answer", "generateLetters", "import", "demo"})
            action(QLatin1String(name))->setEnabled(false);
    }
}

void MainWindow::updateAttention()
{
    const int overdue = m_actionItems->overdueCount();
    const int due = m_prompts->dueCount();
    const int followUps = m_followUps ? m_followUps->dueCount() : 0;
    m_attention->setText(
        tr("Overdue action items: %1 · Prompts due: %2 · Follow-ups due: %3")
            .arg(QLocale().toString(overdue), QLocale().toString(due), QLocale().toString(followUps)));
    const int itemsTab = m_tabs->indexOf(areaTab(QStringLiteral("actionItems")));
    m_tabs->setTabText(itemsTab, overdue > 0 ? tr("Action Items (%1)").arg(overdue) : tr("Action Items"));
    const int promptsTab = m_tabs->indexOf(areaTab(QStringLiteral("prompts")));
    m_tabs->setTabText(promptsTab, due > 0 ? tr("Prompts (%1)").arg(due) : tr("Prompts"));
}

void MainWindow::addNew()
{
    AreaTab* tab = currentAreaTab();
    if (!tab)
        return;
    tab->submitForm();
    qint64 id = 0;
    if (tab->model() == m_applications) {
        QList<QPair<qint64, QString>> choices;
        for (int row = 0; row < m_opportunities->rowCount(); ++row) {
            const qint64 opportunityId = m_opportunities->idAt(row);
            auto existing = m_workspace.applications().getApplicationForOpportunity(m_userId, opportunityId);
            if (existing && !existing->has_value())
                choices << qMakePair(opportunityId, m_opportunities->itemName(row));
        }
        if (choices.isEmpty()) {
            showError(tr("Every opportunity is already in your pipeline. Add a posting in the Opportunities "
                         "tab first."));
            return;
        }
        const qint64 opportunityId = m_questions.chooseOpportunity(choices);
        if (opportunityId <= 0)
            return;
        id = m_applications->addForOpportunity(opportunityId);
    } else {
        id = tab->model()->addNew();
    }
    if (id > 0) {
        tab->filterField()->clear();
        tab->selectId(id);
    }
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
    const int row = tab->currentRow();
    if (tab->model() == m_goals)
        m_goals->markComplete(row);
    else if (tab->model() == m_actionItems)
        m_actionItems->markComplete(row);
    else if (tab->model() == m_resumes)
        m_resumes->setAsDefault(row);
    else if (tab->model() == m_introEmails)
        m_introEmails->markSent(row);
}

void MainWindow::answerPrompt()
{
    AreaTab* tab = areaTab(QStringLiteral("prompts"));
    const int row = tab->currentRow();
    if (row < 0)
        return;
    const auto text = m_questions.askText(tr("Answer"), m_prompts->entityAt(row).text);
    if (!text || text->trimmed().isEmpty())
        return;
    m_prompts->answer(row, *text);
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
    statusBar()->showMessage(tr("Demo data loaded"), 5000);
}

void MainWindow::exportApplications(bool forExcel)
{
    exportFile(tr("Export Applications"), tr("Applications"), QStringLiteral(".csv"), tr("CSV (*.csv)"),
               [this, forExcel] { return ApplicationsCsv::build(m_workspace, m_userId, {forExcel}); });
}

void MainWindow::exportCalendar()
{
    exportFile(tr("Export Calendar"), tr("CareerDesk"), QStringLiteral(".ics"), tr("iCalendar (*.ics)"),
               [this] { return CalendarExport::build(m_workspace, m_userId, m_workspace.clock().now()); });
}

void MainWindow::exportFile(const QString& title, const QString& name, const QString& suffix,
                            const QString& filter, const std::function<Result<QByteArray>()>& contents)
{
    const QString path = m_questions.saveFile(title, suggestedPath(name, suffix), filter);
    if (path.isEmpty())
        return;
    auto built = contents();
    Status written = built ? SavedFile::write(path, *built) : Status(built.error());
    if (!written)
        showError(written.errorMessage());
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    // A failure may be the server going away: then the banner says so, once, rather than a box a time.
    m_workspace.connectionKeeper().check();
    if (!m_workspace.connectionKeeper().isLost())
        m_questions.warn(message);
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

} // namespace careerdesk
