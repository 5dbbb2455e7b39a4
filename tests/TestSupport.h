#pragma once

#include "secrets/Keyring.h"
#include "services/Workspace.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace careerdesk {

// Overwrites the 4 KiB database page that holds byte `offset` of a closed database file with zeros, as
// a failing disk would; false when the file cannot be written.
bool zeroPage(const QString& path, qint64 offset);

// The careerdesk executable run as a script would run it (offscreen, its data under `dataHome`).
struct CommandRun
{
    int exitCode;
    QString out;
    QString err;
};
CommandRun runCareerdesk(const QString& executable, const QStringList& arguments, const QString& dataHome);

// The address of the PostgreSQL server the suite's second pass runs against, read from the file that
// CAREERDESK_TEST_SERVER names (tests/tools/test-server.sh writes it); empty on the SQLite pass.
QString testServer();

// A new, empty database on the test server, dropped again when this goes.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    QString address() const { return m_address; }

private:
    bool run(const QString& statement) const;

    QString m_name;
    QString m_address;
    QString m_connectionName;
};

// A fresh database (a file in a temporary folder, or on the PostgreSQL pass a database of its own on
// the test server), a clock the test moves by hand, and two users: the one the test works as and
// another whose rows must stay out of reach.
class TestWorkspace
{
public:
    TestWorkspace();
    TestWorkspace(const TestWorkspace&) = delete;
    TestWorkspace& operator=(const TestWorkspace&) = delete;

    Workspace& operator*() { return *workspace; }
    Workspace* operator->() { return workspace.get(); }
    QString databasePath() const { return dir.filePath(QStringLiteral("test.sqlite")); } // the SQLite pass's
    QString location() const { return server ? server->address() : databasePath(); }
    void advanceDays(int days) { now = now.addDays(days); }

    qint64 addOpportunity(const QString& title, const QString& company, const QStringList& requirements = {});
    qint64 addResume(qint64 owner, const QString& name, const QString& content = QString());

    QTemporaryDir dir;
    QDateTime now;
    std::unique_ptr<ServerDatabase> server; // before the workspace: dropped after it has closed
    std::unique_ptr<Workspace> workspace;
    qint64 userId = 0;
    qint64 otherUserId = 0;
};

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
