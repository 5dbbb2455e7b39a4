#pragma once

#include "documents/DocumentRenderer.h"

#include "dialogs/ServerDialog.h"
#include "services/Workspace.h"
#include "workflows/ImportService.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QUndoStack;
class QUrl;

namespace careerdesk {

struct DocumentRequest;
class ActionItemModel;
class ApplicationModel;
class AreaTab;
class Banner;
class CaseloadModel;
class ClientsTab;
class CoverLetterModel;
class DatabaseCare;
class DashboardTab;
class GoalModel;
class InterestModel;
class IntroEmailModel;
class NoteModel;
class FollowUpPanel;
class OpportunityExplorer;
class OpportunityModel;
class PromptAnswerModel;
class PromptModel;
class ResumeModel;
class Workspace;

// The one window: a tab per area, the actions that work on the current tab's selection, undo for
// every change, and the user whose data it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The questions the window asks the person; tests answer them without dialogs.
    struct Questions
    {
        std::function<bool(const QString& question)> confirm;
        std::function<void(const QString& message)> warn;
        std::function<qint64(const QList<QPair<qint64, QString>>& choices)> chooseOpportunity;
        std::function<std::optional<QString>(const QString& title, const QString& label)> askText;
        std::function<QString(const QString& title, const QString& suggestedPath, const QString& filter)>
            saveFile;
        std::function<bool(const QUrl& url)> openUrl;
        std::function<QStringList(const QString& title, const QString& filter)> openFiles;
        // The import preview; none when the person cancels.
        std::function<std::optional<ImportService::DocumentsAs>(const ImportService::Plan& plan,
                                                                ImportService::DocumentsAs suggested)>
            previewImport;
        // The backup to restore, from those in `folder` or another file; empty when the person cancels.
        std::function<QString(const QList<Backups::Backup>& backups, const QString& folder)> chooseBackup;
        // The server to connect to (File › Connect to Server…); none when the person cancels.
        std::function<std::optional<ServerDialog::Choice>()> chooseServer;
    };

    MainWindow(Workspace& workspace, qint64 userId, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setUser(qint64 userId);
    qint64 userId() const { return m_userId; }     // whose data the tabs show
    qint64 signedInUserId() const { return m_me; } // who works in the window
    // A coach opens a client's data: to read, and to add action items and notes for them; back with
    // showOwnData.
    void openClient(qint64 clientId);
    void showOwnData();
    ClientsTab* clientsTab() const { return m_clientsTab; }
    void setQuestions(Questions questions) { m_questions = std::move(questions); }
    const Questions& questions() const { return m_questions; }
    DatabaseCare* databaseCare() const { return m_databaseCare; }
    void showError(const QString& message);

    QTabWidget* tabs() const { return m_tabs; }
    AreaTab* areaTab(const QString& name) const; // "goals", "resumes", … (object names of the tabs)
    AreaTab* currentAreaTab() const;
    DashboardTab* dashboard() const { return m_dashboard; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QAction* action(const QString& name) const; // "new", "delete", "undo", "redo", "markComplete", …

    // Reads the files, shows what they add, and writes it all in one transaction, off the UI thread.
    void importFiles(const QStringList& paths);

Q_SIGNALS:
    // The database was restored from a backup: the program must open it again.
    void restartRequested();
    // File › Connect to Server… chose a server: the window's owner opens it (and keeps this window if it
    // cannot).
    void serverChosen(const careerdesk::ServerDialog::Choice& choice);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createTabs();
    void createOpportunitiesTab();
    void createApplicationsTab();
    void createActions();
    void createMenus();
    void updateActions();
    void updateAttention();
    void addNew();
    void deleteCurrent();
    void runRowAction();
    void answerPrompt();
    void showUsers();
    void exportApplications(bool forExcel);
    void exportCalendar();
    // Asks where, then writes what `contents` builds, all or nothing.
    void exportFile(const QString& title, const QString& name, const QString& suffix, const QString& filter,
                    const std::function<Result<QByteArray>()>& contents);
    void loadDemoData();
    void exportPdf();
    void exportDocument(bool pdfOnly);
    void generateCoverLetters();
    void askForImport();
    void commitImport(const ImportService::Plan& plan, ImportService::DocumentsAs documentsAs);
    bool offerUndo(const ImportService::Summary& summary); // false: too large to undo
    void pushAdded(const QString& text, const RowArchive::RowRefs& added);
    void reloadViews(); // every view reads the current person's rows again; the undo history stays
    void showPerson(qint64 userId);
    void exportCaseload();
    void followConnection(bool lost);
    DocumentRenderer::PdfOptions pdfOptions() const;
    void printDocument(bool preview);
    std::optional<DocumentRequest> currentDocument() const;
    void addTemplateChooser(AreaTab* tab, int kind);
    void addPreview(AreaTab* tab, QComboBox* chooser, int kind);
    void addEmailButtons(AreaTab* tab);
    void saveEmail();
    void openEmailInMailProgram();
    void copyEmail();
    void restoreSettings();
    void saveSettings() const;
    AreaTab* addAreaTab(class EntityTableModelBase* model, const QString& name, const QString& title);

    Workspace& m_workspace;
    qint64 m_userId = 0;
    qint64 m_me = 0;
    Questions m_questions;
    QTabWidget* m_tabs;
    QUndoStack* m_undoStack;
    DatabaseCare* m_databaseCare = nullptr;
    QLabel* m_attention;
    DashboardTab* m_dashboard = nullptr;
    OpportunityModel* m_opportunities;
    OpportunityExplorer* m_explorer = nullptr;
    FollowUpPanel* m_followUps = nullptr;
    ApplicationModel* m_applications;
    ResumeModel* m_resumes;
    CoverLetterModel* m_coverLetters;
    IntroEmailModel* m_introEmails;
    ActionItemModel* m_actionItems;
    GoalModel* m_goals;
    InterestModel* m_interests;
    NoteModel* m_notes;
    PromptModel* m_prompts;
    PromptAnswerModel* m_promptAnswers;
    CaseloadModel* m_caseload;
    ClientsTab* m_clientsTab = nullptr;
    Banner* m_clientBanner = nullptr;
    QList<AreaTab*> m_areaTabs;
    QHash<QString, QAction*> m_actions;
    QHash<AreaTab*, QComboBox*> m_templateChoosers;
};

} // namespace careerdesk
