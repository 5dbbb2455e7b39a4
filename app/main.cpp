#include "CommandLine.h"
#include "MainWindow.h"
#include "dialogs/ProfileDialog.h"
#include "services/DemoData.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace careerdesk;

namespace {

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
    QCoreApplication app(argc, argv);
    setApplicationNames();
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

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationNames();
    CommandLine commandLine;
    if (!commandLine.parse(app.arguments()))
        return 2;
    auto workspace = Workspace::open(commandLine.databaseLocation());
    if (!workspace) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CareerDesk"),
                              workspace.errorMessage());
        return 1;
    }
    auto user = workspace.value()->users().resolveUser(commandLine.userEmail(), true);
    if (!user) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CareerDesk"),
                              user.errorMessage());
        return 1;
    }
    MainWindow window(*workspace.value(), user->id);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    return CommandLine::isHeadless(argc, argv) ? runHeadless(argc, argv) : runWindow(argc, argv);
}
