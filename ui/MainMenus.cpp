#include "MainMenus.h"

#include "DatabaseCare.h"
#include "Icons.h"
#include "MainWindow.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "services/Workspace.h"
#include "tabs/AreaTab.h"

#include <QAction>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

namespace careerdesk {

namespace {

void addActions(MainWindow& window, QMenu* menu, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (*name == '\0')
            menu->addSeparator();
        else
            menu->addAction(window.action(QLatin1String(name)));
    }
}

} // namespace

void MainMenus::build(MainWindow& window)
{
    setIcons(window);
    QMenuBar* bar = window.menuBar();
    QMenu* file = bar->addMenu(MainWindow::tr("&File"));
    addActions(window, file,
               {"connect", "users", "", "exportPdf", "export", "printPreview", "print", "", "import", "",
                "exportApplications", "exportApplicationsExcel", "exportCalendar", ""});
    file->addAction(window.databaseCare()->backUpAction());
    file->addAction(window.databaseCare()->restoreAction());
    file->addSeparator();
    file->addAction(window.action(QStringLiteral("quit")));
    QMenu* edit = bar->addMenu(MainWindow::tr("&Edit"));
    addActions(window, edit, {"undo", "redo", "", "new", "delete", "rowAction"});
    for (AreaTab* tab : window.areaTabs())
        edit->addActions(tab->ownActions());
    edit->addSeparator();
    edit->addAction(window.action(QStringLiteral("find")));
    edit->addSeparator();
    addPreferences(window, edit);
    addActions(window, bar->addMenu(MainWindow::tr("&View")), {"nextArea", "previousArea"});
    addHelp(window);

    QToolBar* toolbar = window.addToolBar(MainWindow::tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char* name : {"new", "delete", "undo", "redo", "rowAction"})
        toolbar->addAction(window.action(QLatin1String(name)));
    // The menu says what Undo takes back ("Undo Edit Title of goal …"); the tool bar only "Undo".
    window.action(QStringLiteral("undo"))->setIconText(MainWindow::tr("Undo"));
    window.action(QStringLiteral("redo"))->setIconText(MainWindow::tr("Redo"));
}

void MainMenus::setIcons(MainWindow& window)
{
    static const std::pair<const char*, const char*> icons[] = {
        {"new", "document-new"},
        {"delete", "edit-delete"},
        {"rowAction", "object-select"},
        {"undo", "edit-undo"},
        {"redo", "edit-redo"},
        {"connect", "network-server"},
        {"users", "system-users"},
        {"exportPdf", "document-save-as"},
        {"export", "document-save"},
        {"printPreview", "document-print-preview"},
        {"print", "document-print"},
        {"import", "document-open"},
        {"exportApplications", "x-office-spreadsheet"},
        {"exportApplicationsExcel", "x-office-spreadsheet"},
        {"exportCalendar", "x-office-calendar"},
        {"quit", "application-exit"},
        {"find", "edit-find"},
        {"nextArea", "go-next"},
        {"previousArea", "go-previous"},
    };
    for (const auto& [action, icon] : icons)
        window.action(QLatin1String(action))->setIcon(Icons::named(QLatin1String(icon)));
    window.databaseCare()->backUpAction()->setIcon(Icons::named(QStringLiteral("drive-harddisk")));
    for (int i = 0; i < window.tabs()->count(); ++i)
        window.tabs()->setTabIcon(i, window.tabs()->widget(i)->windowIcon());
}

void MainMenus::addPreferences(MainWindow& window, QMenu* menu)
{
    QAction* preferences = menu->addAction(
        Icons::named(QStringLiteral("preferences-system")), MainWindow::tr("Pr&eferences…"), &window,
        [&window] {
            DatabaseCare* care = window.databaseCare();
            PreferencesDialog dialog(window.workspace().database().location(),
                                     care->canMove() ? std::function<void()>([care] { care->askToMove(); })
                                                     : std::function<void()>(),
                                     &window);
            dialog.exec();
        });
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainMenus::addHelp(MainWindow& window)
{
    QMenu* help = window.menuBar()->addMenu(MainWindow::tr("&Help"));
    help->addAction(window.action(QStringLiteral("demo")));
    help->addAction(window.databaseCare()->checkAction());
    help->addSeparator();
    QAction* shortcuts =
        help->addAction(Icons::named(QStringLiteral("preferences-desktop-keyboard-shortcuts")),
                        MainWindow::tr("&Keyboard Shortcuts"), &window, [&window] {
                            ShortcutsDialog dialog(window.findChildren<QAction*>(), &window);
                            dialog.exec();
                        });
    shortcuts->setObjectName(QStringLiteral("shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction* about = help->addAction(
        Icons::named(QStringLiteral("help-about")), MainWindow::tr("&About CareerDesk"), &window, [&window] {
            AboutDialog dialog(window.workspace().database().location(), &window);
            dialog.exec();
        });
    about->setObjectName(QStringLiteral("about"));
}

} // namespace careerdesk
