#include "TestSupport.h"

#include "store/ServerAddress.h"
#include "store/SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace careerdesk {

bool zeroPage(const QString& path, qint64 offset)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset / 4096 * 4096) &&
           file.write(QByteArray(4096, '\0')) == 4096;
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
    QSqlDatabase::removeDatabase(m_connectionName);
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

TestWorkspace::TestWorkspace()
    : now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)
{
    if (!testServer().isEmpty())
        server = std::make_unique<ServerDatabase>();
    // On a server the test is its administrator too: it sets up the schema as --init-server does.
    auto opened =
        Workspace::open(location(), Clock([this] { return now; }),
                        server ? Database::OpenMode::Administer : Database::OpenMode::CreateIfMissing);
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
    if (!workspace.server) {
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
    if (!m_workspace.server) {
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

} // namespace careerdesk
