#pragma once

#include "secrets/Keyring.h"
#include "services/Workspace.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace careerdesk {

// An interest of `category`, for tests that need one to store or to hand a generator.
Interest makeInterest(const QString& name, InterestCategory category, Priority priority = Priority::Medium);

// The SHA-256 of a file's bytes; empty when it cannot be read (or is not there).
QByteArray fileHash(const QString& path);

// Overwrites the 4 KiB database page that holds byte `offset` of a closed database file with zeros, as
// a failing disk would; false when the file cannot be written.
bool zeroPage(const QString& path, qint64 offset);

// This CareerDesk's migrations and one more above the latest, which adds the table upgrade_probe with
// one row: a later CareerDesk's upgrade, as a database meets it (a Database::MigrationSource).
std::vector<Migration> withNextVersion(SqlDialect dialect);

// The careerdesk executable run as a script would run it (offscreen, its data under `dataHome`).
struct CommandRun
{
    int exitCode;
    QString out;
    QString err;
};
CommandRun runCareerdesk(const QString& executable, const QStringList& arguments, const QString& dataHome);

// What the tests of the careerdesk executable share: a folder of their own, and the program run as a
// script would run it, its data under that folder.
class CommandLineTest : public QObject
{
protected:
    explicit CommandLineTest(QString executable)
        : m_executable(std::move(executable))
    {}

    using Run = CommandRun;
    Run run(const QStringList& arguments) const
    {
        return runCareerdesk(m_executable, arguments, dir.filePath(QStringLiteral("xdg")));
    }

    QTemporaryDir dir;

private:
    QString m_executable;
};

// The address of the PostgreSQL server the suite's second pass runs against, read from the file that
// CAREERDESK_TEST_SERVER names (tests/tools/test-server.sh writes it); empty on the SQLite pass.
QString testServer();

// A new, empty database on the test server, dropped again when this goes, with the logins made for
// its people.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // As the test server's superuser, who owns the database: its administrator.
    QString address() const { return m_address; }
    // A new login role of the server's (no one's yet), dropped after the database; its name.
    QString addLogin();
    QString addressAs(const QString& login) const;

private:
    bool run(const QString& statement) const;

    QString m_name;
    QString m_address;
    QString m_connectionName;
    QStringList m_logins;
};

// A new database of the pass's kind, which the test administers: on the SQLite pass the file at
// `filePath` (made as it is first opened), on the PostgreSQL pass a database of its own on the test
// server (dropped afterwards).
class FreshDatabase
{
public:
    explicit FreshDatabase(const QString& filePath);

    bool isServer() const { return m_server != nullptr; }
    QString filePath() const { return m_filePath; } // the SQLite pass's
    // Where its administrator opens it: the file, or the database's address as its owner.
    QString location() const { return m_server ? m_server->address() : m_filePath; }
    // Opened by its administrator: a file is made, a server's schema made or upgraded (as --init-server).
    Result<std::unique_ptr<Workspace>> administer(Clock clock = {}) const;
    // Gives `person` (added when new) their way in as an administrator does, and returns it: on a server
    // this database through a login of their own, mapped to them with --init-server's roles and
    // row-level security (--add-person); on a file, the file.
    QString addPerson(const User& person);
    // Runs `statements` on a connection of its own, as another program (or psql) would; a file is left
    // in rollback-journal mode, so that its bytes alone hold what it has.
    Status runRaw(const QStringList& statements) const;
    // What it holds, the same for as long as nothing is written to it: a file's bytes (with its
    // write-ahead log's), every table's rows on a server.
    QByteArray fingerprint() const;

private:
    QSqlDatabase connectionOfItsOwn(const QString& name) const; // not open yet

    QString m_filePath;
    std::unique_ptr<ServerDatabase> m_server;
};

// A fresh database, a clock the test moves by hand, and two users: the one the test works as and
// another whose rows must stay out of reach. On a server the test is its administrator.
class TestWorkspace
{
public:
    TestWorkspace();
    TestWorkspace(const TestWorkspace&) = delete;
    TestWorkspace& operator=(const TestWorkspace&) = delete;

    Workspace& operator*() { return *workspace; }
    Workspace* operator->() { return workspace.get(); }
    QString databasePath() const { return fresh.filePath(); } // the SQLite pass's
    QString location() const { return fresh.location(); }
    bool isServer() const { return fresh.isServer(); }
    void advanceDays(int days) { now = now.addDays(days); }

    qint64 addOpportunity(const QString& title, const QString& company, const QStringList& requirements = {});
    qint64 addResume(qint64 owner, const QString& name, const QString& content = QString());

    QTemporaryDir dir;
    QDateTime now;
    FreshDatabase fresh; // before the workspace: dropped after it has closed
    std::unique_ptr<Workspace> workspace;
    qint64 userId = 0;
    qint64 otherUserId = 0;
};

// The demo person and their demo data (DemoData::load, `times` times) in `database`; where they work
// from (FreshDatabase::addPerson).
QString addDemoPerson(FreshDatabase& database, int times = 1);

// A person of `database` with one resume, "Kept": where they work from, and the resume's id.
struct PersonWithResume
{
    QString location;
    qint64 resumeId = 0;
};
PersonWithResume addPersonWithResume(FreshDatabase& database, const QString& email);

// The disk under a test workspace's postings runs full a few pages on: for an SQLite file a page limit
// (PRAGMA max_page_count), on the server the postings table moved to a 64 KiB tmpfs (a tablespace;
// mounting needs root, as the test command runs). Undone as it goes.
class FullDisk
{
public:
    explicit FullDisk(TestWorkspace& workspace);
    ~FullDisk();
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

    // Empty when the disk is full as asked; otherwise what went wrong.
    QString problem() const { return m_problem; }

private:
    bool run(const QString& statement);

    TestWorkspace& m_workspace;
    QString m_mountPoint;
    bool m_mounted = false;
    bool m_tablespace = false;
    QString m_problem;
};

// A keyring in memory, or none at all.
class MemoryKeyring : public Keyring
{
public:
    bool available = true;
    QHash<QString, QString> passwords;

    void read(const QString& name, std::function<void(const Answer&)> done) override
    {
        done(answer(passwords.value(name)));
    }
    void write(const QString& name, const QString& password, std::function<void(const Answer&)> done) override
    {
        if (available)
            passwords.insert(name, password);
        if (done)
            done(answer(password));
    }
    void forget(const QString& name) override { passwords.remove(name); }

private:
    Answer answer(const QString& password) const
    {
        Answer answer;
        answer.available = available;
        answer.password = available ? password : QString();
        answer.problem = available ? QString() : QStringLiteral("no keyring daemon");
        return answer;
    }
};

} // namespace careerdesk
