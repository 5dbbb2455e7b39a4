#include "TestSupport.h"

#include "store/ServerAccess.h"
#include "store/ServerAddress.h"
#include "store/SqlQuery.h"
#include "workflows/DemoData.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace careerdesk {

Interest makeInterest(const QString& name, InterestCategory category, Priority priority)
{
    Interest made;
    made.name = name;
    made.category = category;
    made.priority = priority;
    return made;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool zeroPage(const QString& path, qint64 offset)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset / 4096 * 4096) &&
           file.write(QByteArray(4096, '\0')) == 4096;
}

std::vector<Migration> withNextVersion(SqlDialect dialect)
{
    auto migrations = Migrations::all(dialect);
    migrations.push_back({Migrations::latestVersion() + 1,
                          {QStringLiteral("CREATE TABLE upgrade_probe (note TEXT)"),
                           QStringLiteral("INSERT INTO upgrade_probe (note) VALUES ('upgraded')")}});
    return migrations;
}

CommandRun runCareerdesk(const QString& executable, const QStringList& arguments, const QString& dataHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(environment);
    process.start(executable, arguments);
    if (!process.waitForFinished(30000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString testServer()
{
    const QString file = qEnvironmentVariable("CAREERDESK_TEST_SERVER");
    if (file.isEmpty())
        return {};
    QFile address(file);
    if (!address.open(QIODevice::ReadOnly))
        qFatal("CAREERDESK_TEST_SERVER names %s, which cannot be read: is the test server running?",
               qPrintable(file));
    return QString::fromUtf8(address.readAll()).trimmed();
}

ServerDatabase::ServerDatabase()
{
    static int made = 0;
    // Names are made here, never read from anywhere: safe in DDL, which cannot bind them.
    m_name = QStringLiteral("careerdesk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    m_connectionName = QStringLiteral("test-server-") + m_name;
    auto server = ServerAddress::parse(testServer());
    if (!server)
        qFatal("%s", qPrintable(server.errorMessage()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    server->configure(connection);
    if (!connection.open())
        qFatal("cannot reach the test server %s: %s", qPrintable(server->shown()),
               qPrintable(connection.lastError().text()));
    if (!run(QStringLiteral("SET client_min_messages = warning")) ||
        !run(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name) ||
        !run(QStringLiteral("CREATE DATABASE ") + m_name))
        qFatal("cannot make the test database %s", qPrintable(m_name));
    m_address = server->withDatabase(m_name).shown();
}

ServerDatabase::~ServerDatabase()
{
    (void)run(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"));
    for (const QString& login : std::as_const(m_logins))
        (void)run(QStringLiteral("DROP ROLE IF EXISTS ") + login);
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ServerDatabase::addLogin()
{
    // Roles are the whole server's: the database's name keeps them apart from other tests' and runs'.
    const QString login = m_name + QStringLiteral("_login%1").arg(m_logins.size() + 1);
    if (!run(QStringLiteral("CREATE ROLE ") + login + QStringLiteral(" LOGIN")))
        qFatal("cannot make the login %s", qPrintable(login));
    m_logins << login;
    return login;
}

QString ServerDatabase::addressAs(const QString& login) const
{
    return ServerAddress::parse(m_address)->withUser(login).shown();
}

bool ServerDatabase::run(const QString& statement) const
{
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(connection);
        if (query.exec(statement))
            return true;
        // The server was restarted (TestLostConnection): once more on a new connection.
        if (attempt == 0 && !connection.isOpen() && connection.open())
            continue;
        qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return false;
    }
    return false;
}

FreshDatabase::FreshDatabase(const QString& filePath)
    : m_filePath(filePath)
{
    if (!testServer().isEmpty())
        m_server = std::make_unique<ServerDatabase>();
}

Result<std::unique_ptr<Workspace>> FreshDatabase::administer(Clock clock) const
{
    return Workspace::open(location(), std::move(clock), Database::OpenMode::Administer);
}

QString FreshDatabase::addPerson(const User& person)
{
    auto administrator = administer();
    if (!administrator)
        qFatal("cannot open the test database: %s", qPrintable(administrator.errorMessage()));
    Workspace& workspace = *administrator.value();
    auto known = workspace.users().getUserByEmail(person.email);
    if (!known)
        qFatal("cannot read the test database: %s", qPrintable(known.errorMessage()));
    if (!m_server) {
        if (!known.value()) {
            if (auto added = workspace.users().createUser(person); !added)
                qFatal("cannot add %s: %s", qPrintable(person.email), qPrintable(added.errorMessage()));
        }
        return m_filePath;
    }
    // Someone already here (imported from a file, say) keeps their row as it is: only the login is new.
    User mapped = known.value().value_or(person);
    if (!known.value())
        mapped.createdAt = mapped.updatedAt = workspace.clock().now();
    const ServerAccess access(workspace.database());
    const QString login = m_server->addLogin();
    const Status applied = access.applyPolicies();
    auto added = applied ? access.addPerson(mapped, login, false) : Result<User>(applied.error());
    if (!added)
        qFatal("cannot add %s: %s", qPrintable(person.email), qPrintable(added.errorMessage()));
    return m_server->addressAs(login);
}

QSqlDatabase FreshDatabase::connectionOfItsOwn(const QString& name) const
{
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(m_server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (m_server)
        ServerAddress::parse(m_server->address())->configure(connection);
    else
        connection.setDatabaseName(m_filePath);
    return connection;
}

Status FreshDatabase::runRaw(const QStringList& statements) const
{
    const QString name = QStringLiteral("raw");
    Status done;
    {
        QSqlDatabase connection = connectionOfItsOwn(name);
        QStringList all = statements;
        if (!m_server)
            all.prepend(QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!connection.open())
            done = Error{connection.lastError().text()};
        for (const QString& statement : std::as_const(all)) {
            if (!done)
                break;
            if (auto ran = SqlQuery::run(connection, statement); !ran)
                done = Error{statement + QStringLiteral(": ") + ran.errorMessage()};
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

QByteArray FreshDatabase::fingerprint() const
{
    if (!m_server)
        return fileHash(m_filePath) + fileHash(m_filePath + QStringLiteral("-wal"));
    QCryptographicHash digest(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("fingerprint");
    {
        QSqlDatabase connection = connectionOfItsOwn(name);
        QSqlQuery tables(connection);
        // Each table's rows in an order of their own text, so that the digest depends on them alone.
        if (!connection.open() ||
            !tables.exec(QStringLiteral(
                "SELECT table_name, query_to_xml(format('SELECT * FROM %I t ORDER BY CAST(t AS TEXT)',"
                " table_name), false, false, '') FROM information_schema.tables"
                " WHERE table_schema = current_schema() ORDER BY table_name")))
            qFatal("cannot read the test database: %s", qPrintable(tables.lastError().text()));
        while (tables.next()) {
            digest.addData(tables.value(0).toString().toUtf8());
            digest.addData(tables.value(1).toString().toUtf8());
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return digest.result();
}

TestWorkspace::TestWorkspace()
    : now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)
    , fresh(dir.filePath(QStringLiteral("test.sqlite")))
{
    // On a server the test is its administrator too: it sets up the schema as --init-server does.
    auto opened = fresh.administer(Clock([this] { return now; }));
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.errorMessage()));
    workspace = std::move(opened).value();
    User ana;
    ana.email = QStringLiteral("ana@example.org");
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Lima");
    User ben;
    ben.email = QStringLiteral("ben@example.org");
    ben.firstName = QStringLiteral("Ben");
    ben.lastName = QStringLiteral("Okafor");
    userId = workspace->users().createUser(ana).value().id;
    otherUserId = workspace->users().createUser(ben).value().id;
}

qint64 TestWorkspace::addOpportunity(const QString& title, const QString& company,
                                     const QStringList& requirements)
{
    Opportunity opportunity;
    opportunity.title = title;
    opportunity.company = company;
    opportunity.requirements = requirements;
    opportunity.postedAt = now.addDays(-1);
    auto created = workspace->opportunities().createOpportunity(opportunity);
    if (!created)
        qFatal("cannot add an opportunity: %s", qPrintable(created.errorMessage()));
    return created->id;
}

qint64 TestWorkspace::addResume(qint64 owner, const QString& name, const QString& content)
{
    Resume resume;
    resume.name = name;
    resume.content = content;
    auto created = workspace->resumes().createResume(owner, resume);
    if (!created)
        qFatal("cannot add a resume: %s", qPrintable(created.errorMessage()));
    return created->id;
}

FullDisk::FullDisk(TestWorkspace& workspace)
    : m_workspace(workspace)
{
    if (!workspace.isServer()) {
        auto pages =
            SqlQuery::scalar(workspace->database().connection(), QStringLiteral("PRAGMA page_count"));
        if (!pages || !run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong() + 8)))
            m_problem = QStringLiteral("cannot limit the file's pages");
        return;
    }
    const passwd* server = getpwnam("postgres");
    QByteArray folder("/tmp/careerdesk-full-disk.XXXXXX");
    if (!server || !mkdtemp(folder.data())) {
        m_problem = QStringLiteral("no user postgres, or no temporary folder");
        return;
    }
    m_mountPoint = QString::fromLocal8Bit(folder);
    m_mounted = QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=64k,mode=0700,uid=%1").arg(server->pw_uid),
                                   QStringLiteral("tmpfs"), m_mountPoint}) == 0;
    if (!m_mounted) {
        m_problem = QStringLiteral("mounting a small tmpfs needs root, as the test command runs");
        return;
    }
    // DDL cannot bind: the folder's name is made above, never read from elsewhere.
    m_tablespace =
        run(QStringLiteral("CREATE TABLESPACE careerdesk_full_disk LOCATION '%1'").arg(m_mountPoint));
    if (!m_tablespace ||
        !run(QStringLiteral("ALTER TABLE opportunities SET TABLESPACE careerdesk_full_disk")))
        m_problem = QStringLiteral("cannot move the postings to the small disk");
}

FullDisk::~FullDisk()
{
    if (!m_workspace.isServer()) {
        (void)run(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        return;
    }
    if (m_tablespace) {
        (void)run(QStringLiteral("ALTER TABLE opportunities SET TABLESPACE pg_default"));
        (void)run(QStringLiteral("DROP TABLESPACE careerdesk_full_disk"));
    }
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
    if (!m_mountPoint.isEmpty())
        rmdir(m_mountPoint.toLocal8Bit().constData());
}

bool FullDisk::run(const QString& statement)
{
    auto done = SqlQuery::run(m_workspace->database().connection(), statement);
    if (!done)
        qWarning("%s: %s", qPrintable(statement), qPrintable(done.errorMessage()));
    return done.ok();
}

QString addDemoPerson(FreshDatabase& database, int times)
{
    const QString location = database.addPerson(DemoData::person());
    auto workspace = Workspace::open(location);
    auto person = workspace ? workspace.value()->users().resolveUser(DemoData::person().email, false)
                            : Result<User>(workspace.error());
    for (int i = 0; person && i < times; ++i) {
        if (Status loaded = DemoData::load(*workspace.value(), person->id); !loaded)
            person = loaded.error();
    }
    if (!person)
        qFatal("cannot load the demo data: %s", qPrintable(person.errorMessage()));
    return location;
}

PersonWithResume addPersonWithResume(FreshDatabase& database, const QString& email)
{
    User user;
    user.email = email;
    PersonWithResume person{database.addPerson(user)};
    auto workspace = Workspace::open(person.location);
    auto me =
        workspace ? workspace.value()->users().resolveUser(email, false) : Result<User>(workspace.error());
    Resume content;
    content.name = QStringLiteral("Kept");
    content.content = QStringLiteral("# Kept safe\n");
    auto resume =
        me ? workspace.value()->resumes().createResume(me->id, content) : Result<Resume>(me.error());
    if (!resume)
        qFatal("cannot add a resume for %s: %s", qPrintable(email), qPrintable(resume.errorMessage()));
    person.resumeId = resume->id;
    return person;
}

} // namespace careerdesk
