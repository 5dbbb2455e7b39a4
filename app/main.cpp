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
    auto workspace = Workspace::open(commandLine.databaseLocation());
    if (!workspace) {
        QTextStream(stderr) << "careerdesk: " << workspace.errorMessage() << Qt::endl;
        return 1;
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
            first.email = QStringLiteral("alex.morgan@example.org");
            first.firstName = QStringLiteral("Alex");
            first.lastName = QStringLiteral("Morgan");
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
    // --demo without --database works on a throw-away database, so that exploring changes nothing.
    QTemporaryDir demoFolder;
    QString location = commandLine.databaseLocation();
    if (commandLine.wantsDemo() && location.isEmpty())
        location = demoFolder.filePath(QStringLiteral("demo.sqlite"));
    auto workspace = Workspace::open(location);
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
