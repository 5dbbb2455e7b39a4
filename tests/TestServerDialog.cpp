#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowSession.h"
#include "dialogs/ServerDialog.h"
#include "secrets/SystemKeyring.h"
#include "store/ServerAddress.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace careerdesk;

// File › Connect to Server…: the address a person types or picks, the password kept in the keyring only.
class TestServerDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T* field(const ServerDialog& dialog, const char* name)
    {
        auto* found = dialog.findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no field %s", name);
        return found;
    }
    static QPushButton* connectButton(const ServerDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    static void type(const ServerDialog& dialog, const char* name, const QString& text)
    {
        auto* edit = field<QLineEdit>(dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CareerDeskTests"));
        QSettings().clear();
    }

    void aTypedServerBecomesAnAddressWithThePasswordKeptApart()
    {
        MemoryKeyring keyring;
        ServerDialog dialog(keyring);
        QCOMPARE(field<QComboBox>(dialog, "recentServers")->count(), 1); // "A new server" only
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(field<QLabel>(dialog, "problem")->text().isEmpty()); // no scolding before typing

        type(dialog, "host", QStringLiteral("db.example.org"));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QCOMPARE(field<QLabel>(dialog, "problem")->text(), QStringLiteral("Name the database on it."));
        type(dialog, "database", QStringLiteral("careers"));
        type(dialog, "login", QStringLiteral("ana"));
        QVERIFY(connectButton(dialog)->isEnabled());
        field<QSpinBox>(dialog, "port")->setValue(6543);
        type(dialog, "password", QStringLiteral("p@ss:w/rd?#"));
        auto* security = field<QComboBox>(dialog, "security");
        security->setCurrentIndex(security->findData(QStringLiteral("verify-full")));
        field<QCheckBox>(dialog, "rememberPassword")->setChecked(true);

        const ServerDialog::Choice choice = dialog.choice();
        QVERIFY2(!choice.address.contains(QLatin1String("p@ss")), qPrintable(choice.address));
        auto address = ServerAddress::parse(choice.location);
        QVERIFY2(address.ok(), qPrintable(address.errorMessage()));
        QCOMPARE(address->host(), QStringLiteral("db.example.org"));
        QCOMPARE(address->port(), 6543);
        QCOMPARE(address->databaseName(), QStringLiteral("careers"));
        QCOMPARE(address->user(), QStringLiteral("ana"));
        QCOMPARE(address->option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("typed"));
        address->configure(connection);
        QCOMPARE(connection.password(), QStringLiteral("p@ss:w/rd?#"));
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("typed"));
        QCOMPARE(choice.password, QStringLiteral("p@ss:w/rd?#"));
        QVERIFY(choice.rememberPassword);
        QCOMPARE(address->remembered(), choice.address);
    }

    void aRecentServerIsOfferedWithItsPasswordFromTheKeyring()
    {
        MemoryKeyring keyring;
        const QString ana = QStringLiteral("postgresql://ana@db.example.org:5432/careers?sslmode=require");
        const QString old = QStringLiteral("postgresql://ana@old.example.org:5432/careers");
        ServerDialog::rememberServer(old);
        ServerDialog::rememberServer(ana);
        keyring.passwords.insert(ana, QStringLiteral("secret"));

        ServerDialog dialog(keyring);
        auto* recent = field<QComboBox>(dialog, "recentServers");
        QCOMPARE(recent->count(), 3);
        QCOMPARE(recent->currentIndex(), 1); // the newest is offered
        QCOMPARE(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("db.example.org"));
        QCOMPARE(field<QComboBox>(dialog, "security")->currentData().toString(), QStringLiteral("require"));
        QCOMPARE(field<QLineEdit>(dialog, "password")->text(), QStringLiteral("secret"));
        QVERIFY(field<QCheckBox>(dialog, "rememberPassword")->isChecked());
        QVERIFY(connectButton(dialog)->isEnabled());
        QCOMPARE(dialog.choice().address, ana);
        if (const QString folder = qEnvironmentVariable("CAREERDESK_SCREENSHOTS"); !folder.isEmpty())
            dialog.grab().save(QDir(folder).filePath(QStringLiteral("connect-to-server.png")));

        recent->setCurrentIndex(2);
        Q_EMIT recent->activated(2);
        QCOMPARE(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("old.example.org"));
        QVERIFY(field<QLineEdit>(dialog, "password")->text().isEmpty()); // none kept for that one

        // The settings hold addresses, never passwords.
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("secret")), qPrintable(key));
        ServerDialog::rememberServer(old);
        QCOMPARE(ServerDialog::recentServers(), (QStringList{old, ana}));
    }

    void withoutAKeyringThePasswordIsAskedEachTime()
    {
        MemoryKeyring keyring;
        keyring.available = false;
        ServerDialog::rememberServer(QStringLiteral("postgresql://ana@db.example.org:5432/careers"));
        ServerDialog dialog(keyring);
        auto* remember = field<QCheckBox>(dialog, "rememberPassword");
        QVERIFY(!remember->isEnabled());
        QVERIFY2(remember->toolTip().contains(QLatin1String("no keyring daemon")),
                 qPrintable(remember->toolTip()));
        type(dialog, "password", QStringLiteral("typed"));
        QVERIFY(!dialog.choice().rememberPassword);
        QCOMPARE(dialog.choice().password, QStringLiteral("typed"));
    }

    // The desktop's keyring answers (here, with no session bus, that there is none) and never falls back
    // to writing the password into a file of its own.
    void theSystemKeyringNeverWritesAPasswordToAFile()
    {
        SystemKeyring keyring;
        const QString password = QStringLiteral("never-in-a-file-%1").arg(QCoreApplication::applicationPid());
        bool answered = false;
        keyring.write(QStringLiteral("postgresql://ana@db.example.org:5432/careers"), password,
                      [&answered](const Keyring::Answer&) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QSettings().sync();
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void theWindowOffersTheServerChosen()
    {
        TestWorkspace w;
        MainWindow window(*w, w.userId);
        MainWindow::Questions questions = window.questions();
        ServerDialog::Choice chosen;
        chosen.location = QStringLiteral("postgresql://ana:pw@db.example.org/careers");
        chosen.address = QStringLiteral("postgresql://ana@db.example.org:5432/careers");
        questions.chooseServer = [&chosen] { return std::optional(chosen); };
        window.setQuestions(questions);
        QSignalSpy offered(&window, &MainWindow::serverChosen);
        QAction* connect = window.action(QStringLiteral("connect"));
        QCOMPARE(connect->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        connect->trigger();
        QCOMPARE(offered.count(), 1);
        QCOMPARE(offered.constFirst().constFirst().value<ServerDialog::Choice>().location, chosen.location);
        questions.chooseServer = [] { return std::optional<ServerDialog::Choice>(); };
        window.setQuestions(questions);
        connect->trigger();
        QCOMPARE(offered.count(), 1); // cancelled: nothing happens
    }

    // The window over a file gives way to the server's window once that is open; a server that cannot
    // be reached leaves the file's window as it was, saying why.
    void connectingReplacesTheWindowOnlyOnceTheServerIsOpen()
    {
        TestWorkspace server; // on the test server (this test runs on the PostgreSQL pass)
        QVERIFY(server->database().isServer());
        QSqlQuery mapLogin(server->database().connection());
        QVERIFY(mapLogin.prepare(QStringLiteral("UPDATE users SET login = current_user WHERE id = ?")));
        mapLogin.addBindValue(server.userId);
        QVERIFY(mapLogin.exec());

        QTemporaryDir folder;
        auto file = Workspace::open(folder.filePath(QStringLiteral("mine.sqlite")));
        QVERIFY(file.ok());
        User me;
        me.firstName = QStringLiteral("Maya");
        me.email = QStringLiteral("maya@example.org");
        QVERIFY(file.value()->users().createUser(me).ok());

        MemoryKeyring keyring;
        WindowSession session(&keyring);
        QStringList warnings;
        MainWindow::Questions questions;
        questions.warn = [&warnings](const QString& message) { warnings << message; };
        session.setQuestions(questions);
        QVERIFY(session.start(std::move(file).value(), QString(), false));
        QPointer<MainWindow> first = session.window();
        QVERIFY(first->isVisible());

        const auto address = ServerAddress::parse(server.location());
        ServerDialog::Choice unreachable;
        unreachable.location = QStringLiteral("postgresql://%1@127.0.0.1:1/%2?connect_timeout=5")
                                   .arg(address->user(), address->databaseName());
        unreachable.address = unreachable.location;
        QVERIFY(!session.open(unreachable));
        QCOMPARE(session.window(), first.data());
        QVERIFY(first->isVisible());
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(QLatin1String("Cannot connect to")),
                 qPrintable(warnings.constFirst()));
        QVERIFY(ServerDialog::recentServers().isEmpty());

        ServerDialog::Choice reachable;
        reachable.location = server.location();
        reachable.address = address->remembered();
        reachable.password = QStringLiteral("kept-in-the-keyring");
        reachable.rememberPassword = true;
        Q_EMIT first->serverChosen(reachable); // as File › Connect to Server… does
        QTRY_VERIFY(first.isNull());
        QVERIFY(session.window()->isVisible());
        QVERIFY(session.workspace()->database().isServer());
        QCOMPARE(session.window()->userId(), server.userId);
        QVERIFY2(session.window()->windowTitle().contains(address->shown()),
                 qPrintable(session.window()->windowTitle()));
        QCOMPARE(ServerDialog::recentServers(), QStringList{reachable.address});
        QCOMPARE(keyring.passwords.value(reachable.address), reachable.password);
        QCOMPARE(warnings.size(), 1);

        reachable.rememberPassword = false; // the box unticked this time
        QVERIFY(session.open(reachable));
        QVERIFY(!keyring.passwords.contains(reachable.address));
    }
};

QTEST_MAIN(TestServerDialog)
#include "TestServerDialog.moc"
