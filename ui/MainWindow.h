#pragma once

#include "TabHost.h"
#include "workflows/FirstSteps.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QUndoStack;

namespace careerdesk {

class AreaTab;
class Banner;
class ClientsTab;
class DashboardTab;
class DatabaseCare;
class DocumentOutput;
struct DocumentRequest;
class FileImport;
class Workspace;

// The one window: the frame around the areas. It holds a tab per area (each tab its area's widgets
// and behaviour, ui/tabs/), the actions and menus that work on the current tab, the undo stack, the
// status bar, drops and imports, and the user whose data it shows.
class MainWindow : public QMainWindow, public TabHost
{
    Q_OBJECT

public:
    using Questions = careerdesk::Questions;

    MainWindow(Workspace& workspace, qint64 userId, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setUser(qint64 userId);
    Workspace& workspace() const override { return m_workspace; }
    qint64 userId() const override { return m_userId; }     // whose data the tabs show
    qint64 signedInUserId() const override { return m_me; } // who works in the window
    // A coach opens a client's data: to read, and to add action items and notes for them; back with
    // showOwnData.
    void openClient(qint64 clientId);
    void showOwnData();
    ClientsTab* clientsTab() const { return m_clientsTab; }
    void setQuestions(Questions questions) { m_questions = std::move(questions); }
    const Questions& questions() const override { return m_questions; }
    DatabaseCare* databaseCare() const { return m_databaseCare; }
    void showError(const QString& message) override;
    void showMessage(const QString& message, int milliseconds = 5000) override;
    void askToImport() override;

    QTabWidget* tabs() const { return m_tabs; }
    AreaTab* areaTab(const QString& name) const; // "goals", "resumes", … (object names of the tabs)
    const QList<AreaTab*>& areaTabs() const { return m_areaTabs; } // in the tab bar's order
    AreaTab* currentAreaTab() const;
    DashboardTab* dashboard() const { return m_dashboard; }
    QUndoStack* undoStack() const override { return m_undoStack; }
    QAction* action(const QString& name) const; // "new", "delete", "undo", "redo", "answer", …

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

private:
    void createFrame();
    void createTabs();
    void addAreaTab(AreaTab* tab);
    void createActions();
    void updateActions();
    void updateAttention();
    void addNew();
    void deleteCurrent();
    void runRowAction();
    void takeFirstStep(FirstSteps::Step step);
    void showUsers();
    void loadDemoData();
    void outputDocument(const std::function<void(const DocumentRequest&)>& output);
    void reloadViews(); // every view reads the current person's rows again; the undo history stays
    void showPerson(qint64 userId);
    void followConnection(bool lost);
    void restoreSettings();
    void saveSettings() const;

    Workspace& m_workspace;
    qint64 m_userId = 0;
    qint64 m_me = 0;
    Questions m_questions;
    QTabWidget* m_tabs;
    QUndoStack* m_undoStack;
    DatabaseCare* m_databaseCare = nullptr;
    QLabel* m_attention;
    std::unique_ptr<DocumentOutput> m_output;
    FileImport* m_import;
    DashboardTab* m_dashboard = nullptr;
    ClientsTab* m_clientsTab = nullptr;
    Banner* m_clientBanner = nullptr;
    QList<AreaTab*> m_areaTabs;
    QHash<QString, QAction*> m_actions;
};

} // namespace careerdesk
