#pragma once

#include "MainWindow.h"
#include "secrets/SystemKeyring.h"

#include <memory>

namespace careerdesk {

// The window over one open database. File › Connect to Server… puts another database's window in its
// place; when that one cannot be opened, or its person cannot be found, this one stays and says why.
class WindowSession
{
public:
    // `keyring` keeps passwords the person asked to remember (the system's when none is given).
    explicit WindowSession(Keyring* keyring = nullptr);
    ~WindowSession();
    WindowSession(const WindowSession&) = delete;
    WindowSession& operator=(const WindowSession&) = delete;

    // Shows a window over `workspace` for the person of `userEmail` (on a server: of the login), asking
    // for a profile on first start; `demo` fills it with the demo data. False when nobody could be chosen.
    bool start(std::unique_ptr<Workspace> workspace, const QString& userEmail, bool demo);
    // Opens the server chosen; on success its window replaces this one.
    bool open(const ServerDialog::Choice& choice);

    MainWindow* window() const { return m_window.get(); }
    Workspace* workspace() const { return m_workspace.get(); }
    bool restartWanted() const { return m_restart; }
    // Questions every window of the session asks (tests answer them without dialogs).
    void setQuestions(const MainWindow::Questions& questions) { m_questions = questions; }

private:
    std::optional<User> chooseUser(Workspace& workspace, const QString& userEmail, bool demo);
    void warn(const QString& message);

    SystemKeyring m_systemKeyring;
    Keyring& m_keyring;
    std::optional<MainWindow::Questions> m_questions;
    std::unique_ptr<Workspace> m_workspace; // declared before the window: it goes after it
    std::unique_ptr<MainWindow> m_window;
    bool m_restart = false;
    QObject m_context; // what the session's own deferred work runs in
};

} // namespace careerdesk
