#include "WindowSession.h"

#include "DatabaseCare.h"
#include "dialogs/ProfileDialog.h"
#include "documents/DocumentRenderer.h"
#include "workflows/DemoData.h"

#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

namespace careerdesk {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("WindowSession", source);
}

} // namespace

WindowSession::WindowSession(Keyring* keyring)
    : m_keyring(keyring ? *keyring : m_systemKeyring)
{}

WindowSession::~WindowSession()
{
    // Work still running in the background (an import, a check) uses the database: it ends first.
    QThreadPool::globalInstance()->waitForDone();
    m_window.reset();
}

void WindowSession::warn(const QString& message)
{
    if (m_window) {
        m_window->showError(message);
        return;
    }
    QMessageBox::critical(nullptr, text("CareerDesk"), message);
}

// The person the window is for: asked for on first start, made up for a fresh demo.
std::optional<User> WindowSession::chooseUser(Workspace& workspace, const QString& userEmail, bool demo)
{
    auto users = workspace.users().listUsers();
    if (users && users->isEmpty() && userEmail.isEmpty()) {
        User first;
        if (demo) {
            first = DemoData::person();
        } else {
            ProfileDialog profile(text("Welcome to CareerDesk. Who is this career search for? (You can add "
                                       "more people later, under File › Users.)"),
                                  m_window.get());
            if (profile.exec() != QDialog::Accepted)
                return std::nullopt;
            first = profile.user();
        }
        if (auto created = workspace.users().createUser(first); !created) {
            warn(created.errorMessage());
            return std::nullopt;
        }
    }
    auto user = workspace.users().resolveUser(userEmail, true);
    if (!user) {
        warn(user.errorMessage());
        return std::nullopt;
    }
    return user.value();
}

bool WindowSession::start(std::unique_ptr<Workspace> workspace, const QString& userEmail, bool demo)
{
    const std::optional<User> user = chooseUser(*workspace, userEmail, demo);
    if (!user)
        return false;
    if (demo) {
        if (Status loaded = DemoData::load(*workspace, user->id); !loaded) {
            warn(loaded.errorMessage());
            return false;
        }
    }
    auto window = std::make_unique<MainWindow>(*workspace, user->id);
    if (m_questions)
        window->setQuestions(*m_questions);
    MainWindow* shown = window.get();
    QObject::connect(shown, &MainWindow::restartRequested, shown, [this, shown] {
        m_restart = true;
        shown->close();
        QCoreApplication::quit();
    });
    // Later, from the event loop: the window that asked is replaced, so it must not be on the stack.
    QObject::connect(shown, &MainWindow::serverChosen, shown,
                     [this, shown](const ServerDialog::Choice& choice) {
                         QTimer::singleShot(0, &m_context, [this, choice] { open(choice); });
                     });
    QThreadPool::globalInstance()->waitForDone();
    m_window = std::move(window);
    m_workspace = std::move(workspace);
    m_window->show();
    m_window->databaseCare()->start();
    // The documents' fonts, which the first screen does not need, once it is painted (5 ms; at 0 ms they came
    // before the first paint, which waits for the window system). Whatever needs them sooner registers them.
    QTimer::singleShot(500, m_window.get(), [] { DocumentRenderer::registerFonts(); });
    return true;
}

bool WindowSession::open(const ServerDialog::Choice& choice)
{
    auto workspace = Workspace::open(choice.location);
    if (!workspace) {
        warn(workspace.errorMessage());
        return false;
    }
    ServerDialog::rememberServer(choice.address);
    // A password is kept only while the person asks for it: unticking the box forgets it.
    if (choice.rememberPassword)
        m_keyring.write(choice.address, choice.password, {});
    else
        m_keyring.forget(choice.address);
    return start(std::move(workspace).value(), QString(), false);
}

} // namespace careerdesk
