#include "CommandLine.h"
#include "MainWindow.h"
#include "dialogs/ProfileDialog.h"
#include "documents/DocumentRenderer.h"
#include "services/DemoData.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace careerdesk;

namespace {

void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("careerdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CareerDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("careerdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("CareerDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREERDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CAREERDESK_APP_ID));
}

// --demo without --database works on a throw-away database, so that exploring changes nothing.
QString databaseLocation(const CommandLine& commandLine, const QTemporaryDir& demoFolder)
{
    if (commandLine.wantsDemo() && commandLine.databaseLocation().isEmpty())
        return demoFolder.filePath(QStringLiteral("demo.sqlite"));
    return commandLine.databaseLocation();
}

// Headless, --demo fills the database for the person of --user, or for a made-up one if there is nobody.
Status loadDemo(Workspace& workspace, const CommandLine& commandLine)
{
    auto users = workspace.users().listUsers();
    if (!users)
        return users.error();
    if (users->isEmpty() && commandLine.userEmail().isEmpty()) {
        if (auto created = workspace.users().createUser(DemoData::person()); !created)
            return created.error();
    }
    auto user = workspace.users().resolveUser(commandLine.userEmail(), true);
    if (!user)
        return user.error();
    return DemoData::load(workspace, user->id);
}

int runHeadless(int argc, char** argv)
{
    // Documents need fonts and layout, which take a GUI application; it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app);
    DocumentRenderer::registerFonts();
    CommandLine commandLine;
    if (!commandLine.parse(app.arguments()))
        return 2;
    QTemporaryDir demoFolder;
    auto workspace = Workspace::open(databaseLocation(commandLine, demoFolder));
    if (!workspace) {
        QTextStream(stderr) << "careerdesk: " << workspace.errorMessage() << Qt::endl;
        return 1;
    }
    if (commandLine.wantsDemo()) {
        if (Status loaded = loadDemo(*workspace.value(), commandLine); !loaded) {
            QTextStream(stderr) << "careerdesk: " << loaded.errorMessage() << Qt::endl;
            return 1;
        }
    }
    return commandLine.runHeadless(*workspace.value());
}

// The person the window is for: asked for on first start, made up for a fresh demo.
std::optional<User> chooseUser(Workspace& workspace, const CommandLine& commandLine)
{
    const QString title = QCoreApplication::translate("main", "CareerDesk");
    auto users = workspace.users().listUsers();
    if (users && users->isEmpty() && commandLine.userEmail().isEmpty()) {
        User first;
        if (commandLine.wantsDemo()) {
            first = DemoData::person();
        } else {
            ProfileDialog profile(QCoreApplication::translate(
                "main", "Welcome to CareerDesk. Who is this career search for? (You can add more people "
                        "later, under File › Users.)"));
            if (profile.exec() != QDialog::Accepted)
                return std::nullopt;
            first = profile.user();
        }
        if (auto created = workspace.users().createUser(first); !created) {
            QMessageBox::critical(nullptr, title, created.errorMessage());
            return std::nullopt;
        }
    }
    auto user = workspace.users().resolveUser(commandLine.userEmail(), true);
    if (!user) {
        QMessageBox::critical(nullptr, title, user.errorMessage());
        return std::nullopt;
    }
    return user.value();
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app);
    DocumentRenderer::registerFonts();
    CommandLine commandLine;
    if (!commandLine.parse(app.arguments()))
        return 2;
    const QString title = QCoreApplication::translate("main", "CareerDesk");
    QTemporaryDir demoFolder;
    auto workspace = Workspace::open(databaseLocation(commandLine, demoFolder));
    if (!workspace) {
        QMessageBox::critical(nullptr, title, workspace.errorMessage());
        return 1;
    }
    Workspace& ws = *workspace.value();
    const std::optional<User> user = chooseUser(ws, commandLine);
    if (!user)
        return 1;
    if (commandLine.wantsDemo()) {
        if (Status loaded = DemoData::load(ws, user->id); !loaded) {
            QMessageBox::critical(nullptr, title, loaded.errorMessage());
            return 1;
        }
    }
    MainWindow window(ws, user->id);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    return CommandLine::isHeadless(argc, argv) ? runHeadless(argc, argv) : runWindow(argc, argv);
}
