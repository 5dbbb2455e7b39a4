#include "CommandLine.h"
#include "DatabaseCare.h"
#include "MainWindow.h"
#include "Theme.h"
#include "WindowSession.h"
#include "documents/DocumentRenderer.h"
#include "files/ProtectedFiles.h"
#include "services/Workspace.h"
#include "workflows/DemoData.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
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

// Headless commands run on sound files only: a file too large to be checked as it was opened is
// checked now, and damage ends the command before anything is read or written.
Status checkedForDamage(Database& database)
{
    if (!database.integrityChecked()) {
        if (auto problems = database.checkIntegrity(Database::Check::Quick); !problems)
            return problems.error();
    }
    if (!database.isReadOnly())
        return {};
    const Backups::Backup newest = Workspace::backupsOf(database.location()).newest();
    const QString restore =
        newest.path.isEmpty()
            ? QCoreApplication::translate("main", "There is no backup of it in %1.")
                  .arg(QDir::toNativeSeparators(Workspace::backupsOf(database.location()).folder()))
            : QCoreApplication::translate(
                  "main", "Restore the newest backup with: careerdesk --database %1 --restore %2")
                  .arg(QDir::toNativeSeparators(database.location()), QDir::toNativeSeparators(newest.path));
    return Error{QCoreApplication::translate("main",
                                             "The database %1 is damaged (%2). Nothing was read from it or "
                                             "written to it. %3")
                     .arg(QDir::toNativeSeparators(database.location()), database.damage(), restore)};
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
    for (const QString& input : commandLine.inputFiles())
        ProtectedFiles::protect(input, ProtectedFiles::Kind::Input);
    if (commandLine.wantsRestore()) {
        const QString location = commandLine.databaseLocation();
        return commandLine.restoreBackup(location.isEmpty() ? Database::defaultLocation() : location);
    }
    QTemporaryDir demoFolder;
    auto workspace = Workspace::open(databaseLocation(commandLine, demoFolder), {}, commandLine.openMode());
    if (!workspace) {
        QTextStream(stderr) << "careerdesk: " << workspace.errorMessage() << Qt::endl;
        return 1;
    }
    if (Status sound = checkedForDamage(workspace.value()->database()); !sound) {
        QTextStream(stderr) << "careerdesk: " << sound.errorMessage() << Qt::endl;
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

// After a restore the database is opened afresh (its schema may be older); --demo is not repeated, or
// the demo data would go into the restored database again.
bool restartWith(const CommandLine& commandLine)
{
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (commandLine.wantsDemo())
        arguments.removeAll(QStringLiteral("--demo"));
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

// The default database was moved (Preferences › Move Database…) to a file that is not there now (a drive
// not connected, the file deleted): rather than start on a new empty file there, the person chooses.
bool movedDatabaseIsThere(const CommandLine& commandLine)
{
    const QString moved = Database::movedLocation();
    if (!commandLine.databaseLocation().isEmpty() || commandLine.wantsDemo() || moved.isEmpty() ||
        QFileInfo::exists(moved))
        return true;
    QMessageBox box(
        QMessageBox::Warning, QCoreApplication::translate("main", "CareerDesk"),
        QCoreApplication::translate("main", "Your database was moved to %1, and that file is not there now. "
                                            "If it is on a drive that is not connected, connect it and start "
                                            "CareerDesk again.")
            .arg(QDir::toNativeSeparators(moved)));
    QPushButton* standard =
        box.addButton(QCoreApplication::translate("main", "Use the Standard Place"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != standard)
        return false;
    Database::setDefaultLocation(QString());
    return true;
}

// A file too damaged to open at all: the newest backup, if there is one, is offered in its place.
bool offerRestore(const QString& location, const QString& failure)
{
    const Backups backups = Workspace::backupsOf(location);
    const Backups::Backup newest = backups.newest();
    if (!QFileInfo::exists(location) || newest.path.isEmpty() || Backups::isSound(location))
        return false;
    const QString title = QCoreApplication::translate("main", "CareerDesk");
    const QString question =
        QCoreApplication::translate("main",
                                    "%1\n\nRestore the newest backup, from %2? What the file holds now "
                                    "is kept in its backups folder first.")
            .arg(failure, QLocale().toString(newest.madeAt.toLocalTime(), QLocale::LongFormat));
    if (QMessageBox::question(nullptr, title, question, QMessageBox::Yes | QMessageBox::Cancel) !=
        QMessageBox::Yes)
        return false;
    auto restored = backups.restore(newest.path, QDateTime::currentDateTimeUtc());
    if (!restored) {
        QMessageBox::critical(nullptr, title, restored.errorMessage());
        return false;
    }
    return true;
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app);
    CommandLine commandLine;
    if (!commandLine.parse(app.arguments()))
        return 2;
    Theme::followPreferences();
    if (!movedDatabaseIsThere(commandLine))
        return 1;
    const QString title = QCoreApplication::translate("main", "CareerDesk");
    QTemporaryDir demoFolder;
    const QString location = databaseLocation(commandLine, demoFolder);
    auto workspace = Workspace::open(location);
    if (!workspace &&
        offerRestore(location.isEmpty() ? Database::defaultLocation() : location, workspace.errorMessage()))
        workspace = Workspace::open(location);
    if (!workspace) {
        QMessageBox::critical(nullptr, title, workspace.errorMessage());
        return 1;
    }
    int exitCode = 0;
    bool restart = false;
    {
        WindowSession session;
        if (!session.start(std::move(workspace).value(), commandLine.userEmail(), commandLine.wantsDemo()))
            return 1;
        if (commandLine.wantsDemo() && commandLine.databaseLocation().isEmpty())
            session.window()->databaseCare()->restoreAction()->setEnabled(false); // a throw-away database
        exitCode = app.exec();
        restart = session.restartWanted();
    }
    if (restart && !restartWith(commandLine))
        QMessageBox::warning(nullptr, title,
                             QCoreApplication::translate("main",
                                                         "The backup was restored, but CareerDesk could not "
                                                         "start again by itself. Please start it again."));
    return exitCode;
}

} // namespace

int main(int argc, char** argv)
{
    return CommandLine::isHeadless(argc, argv) ? runHeadless(argc, argv) : runWindow(argc, argv);
}
