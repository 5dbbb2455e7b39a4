#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"

#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace careerdesk;

namespace {

std::vector<Migration> withBrokenNextVersion(SqlDialect dialect)
{
    auto migrations = Migrations::all(dialect);
    migrations.push_back(
        {Migrations::latestVersion() + 1,
         {QStringLiteral("CREATE TABLE half_done (note TEXT)"), QStringLiteral("THIS IS NOT SQL")}});
    return migrations;
}

} // namespace

// A CareerDesk database as the store opens it, an SQLite file or a database on a PostgreSQL server: its
// schema and its upgrades, what it refuses and leaves as it was, and its connections. What only a file
// has (journals, backups, damage, permissions, waiting for another writer) is TestDatabaseFile's.
class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    // A person's open (the window's) of a database whose schema is to be made or upgraded. A file is
    // upgraded there and then; on a server that is its administrator's alone, so the person is refused,
    // told the command, and nothing changes; then the administrator's open (--init-server) upgrades it.
    static Result<std::unique_ptr<Database>> openForUpgrade(const FreshDatabase& fresh,
                                                            Database::MigrationSource migrations)
    {
        const QByteArray before = fresh.isServer() ? fresh.fingerprint() : QByteArray();
        auto opened = Database::open(fresh.location(), Database::OpenMode::CreateIfMissing, migrations);
        if (!fresh.isServer())
            return opened;
        if (opened)
            return Error{QStringLiteral("a person's open changed the server's schema")};
        if (!opened.errorMessage().contains(QLatin1String("--init-server")))
            return Error{QStringLiteral("the refusal names no --init-server: ") + opened.errorMessage()};
        if (fresh.fingerprint() != before)
            return Error{QStringLiteral("the refused open changed the database")};
        return Database::open(fresh.location(), Database::OpenMode::Administer, migrations);
    }

    // The migrations up to schema `Version` only: a database as an earlier CareerDesk left it.
    template <size_t Version> static std::vector<Migration> upTo(SqlDialect dialect)
    {
        auto migrations = Migrations::all(dialect);
        migrations.resize(Version);
        return migrations;
    }

    // Neither a person's open nor the administrator's (which would make or upgrade CareerDesk's tables)
    // opens `fresh`: both are refused, saying `why`, and it is left as it was.
    static Status refusedAndLeftAsItWas(const FreshDatabase& fresh, const QString& why)
    {
        const QByteArray before = fresh.fingerprint();
        for (const auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::Administer}) {
            auto refused = Database::open(fresh.location(), mode);
            if (refused)
                return Error{QStringLiteral("opened")};
            if (!refused.errorMessage().contains(why) ||
                refused.errorMessage().contains(QLatin1String("already exists")))
                return Error{refused.errorMessage()};
            if (fresh.fingerprint() != before)
                return Error{QStringLiteral("changed by the refused open: ") + refused.errorMessage()};
        }
        return {};
    }

private Q_SLOTS:
    void createsSchemaAtLatestVersion()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("new.sqlite")));
        auto database = openForUpgrade(fresh, &Migrations::all);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QCOMPARE(database.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(database.value()->backupPath().isEmpty()); // nothing to keep of a new database
    }

    // The references undo and the person file follow are the schema's own, on either backend: a
    // reference the migrations declare is read with its table, column, parent and what a delete does.
    void referencesAreReadFromTheSchema()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("references.sqlite")));
        auto database = openForUpgrade(fresh, &Migrations::all);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        auto keys = database.value()->foreignKeys();
        QVERIFY2(keys.ok(), qPrintable(keys.errorMessage()));
        auto has = [&keys](const char* table, const char* column, const char* parent, bool cascade) {
            return std::any_of(keys->cbegin(), keys->cend(), [&](const SchemaReferences::ForeignKey& key) {
                return key.table == QLatin1String(table) && key.column == QLatin1String(column) &&
                       key.parent == QLatin1String(parent) && key.cascade == cascade;
            });
        };
        QVERIFY(has("application_events", "application_id", "applications", true));
        QVERIFY(has("cover_letters", "opportunity_id", "opportunities", false));
        QVERIFY(has("notes", "created_by", "users", false));
        QVERIFY(has("opportunities", "owner_id", "users", true));
    }

    void reopensWithDataKept()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("keep.sqlite")));
        {
            auto workspace = fresh.administer();
            QVERIFY(workspace.ok());
            User user;
            user.email = QStringLiteral("keep@example.org");
            QVERIFY(workspace.value()->users().createUser(user).ok());
        }
        auto reopened = Workspace::open(fresh.location());
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        auto found = reopened.value()->users().getUserByEmail(QStringLiteral("keep@example.org"));
        QVERIFY(found.ok() && found.value().has_value());
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("future.sqlite")));
        QVERIFY(fresh.administer().ok());
        const Status raised = fresh.runRaw(
            {QStringLiteral("UPDATE schema_info SET version = %1").arg(Migrations::latestVersion() + 1)});
        QVERIFY2(raised.ok(), qPrintable(raised.errorMessage()));
        const Status refused = refusedAndLeftAsItWas(
            fresh,
            QStringLiteral("newer CareerDesk (schema version %1").arg(Migrations::latestVersion() + 1));
        QVERIFY2(refused.ok(), qPrintable(refused.errorMessage()));
    }

    void olderDatabaseIsUpgradedWithItsDataKept()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("old.sqlite")));
        {
            auto workspace = fresh.administer();
            QVERIFY(workspace.ok());
            User user;
            user.email = QStringLiteral("old@example.org");
            QVERIFY(workspace.value()->users().createUser(user).ok());
        }
        auto migrated = openForUpgrade(fresh, &withNextVersion);
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
        QCOMPARE(migrated.value()->schemaVersion(), Migrations::latestVersion() + 1);
        const QSqlDatabase connection = migrated.value()->connection();
        QCOMPARE(SqlQuery::scalar(connection, QStringLiteral("SELECT note FROM upgrade_probe"))->toString(),
                 QStringLiteral("upgraded"));
        QCOMPARE(SqlQuery::scalar(connection, QStringLiteral("SELECT email FROM users"))->toString(),
                 QStringLiteral("old@example.org"));
        migrated.value().reset();

        // The upgraded database is now newer than this program: refused, and not touched.
        const Status refused = refusedAndLeftAsItWas(fresh, QStringLiteral("newer CareerDesk"));
        QVERIFY2(refused.ok(), qPrintable(refused.errorMessage()));
    }

    void postingsStoredBeforeSearchExistedAreIndexed()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("v1.sqlite")));
        {
            auto version1 = Database::open(fresh.location(), Database::OpenMode::Administer, &upTo<1>);
            QVERIFY2(version1.ok(), qPrintable(version1.errorMessage()));
            QCOMPARE(version1.value()->schemaVersion(), 1);
            auto stored = SqlQuery::run(
                version1.value()->connection(),
                QStringLiteral("INSERT INTO opportunities (title, company, description, requirements,"
                               " type, location, is_remote, posted_at, status, source_url)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("Lighthouse keeper"), QStringLiteral("Coast"), QStringLiteral(""),
                 QStringLiteral("[]"), QStringLiteral("FULL_TIME"), QStringLiteral(""), false,
                 QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("ACTIVE"), QStringLiteral("")});
            QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        }
        auto upgraded = fresh.administer();
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("lighthouse");
        criteria.status.reset();
        auto found = upgraded.value()->opportunities().searchOpportunities(criteria);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(found->size(), 1);
    }

    // Schema 14 renamed user_opportunities to applications: an application stored before keeps its history,
    // and its row version still rises with each change (the trigger follows the table).
    void applicationsStoredBeforeTheirTableWasRenamedAreKept()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("v13.sqlite")));
        {
            auto version13 = Database::open(fresh.location(), Database::OpenMode::Administer, &upTo<13>);
            QVERIFY2(version13.ok(), qPrintable(version13.errorMessage()));
            const QSqlDatabase connection = version13.value()->connection();
            const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
            QVERIFY(
                SqlQuery::run(connection,
                              QStringLiteral("INSERT INTO users (email, first_name, last_name, created_at,"
                                             " updated_at) VALUES (?, ?, ?, ?, ?)"),
                              {QStringLiteral("ana@example.org"), QStringLiteral("Ana"),
                               QStringLiteral("Lima"), at, at})
                    .ok());
            QVERIFY(
                SqlQuery::run(connection,
                              QStringLiteral("INSERT INTO opportunities (title, company, description,"
                                             " requirements, type, location, is_remote, posted_at, status,"
                                             " source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {QStringLiteral("Lighthouse keeper"), QStringLiteral("Coast"),
                               QStringLiteral(""), QStringLiteral("[]"), QStringLiteral("FULL_TIME"),
                               QStringLiteral(""), false, at, QStringLiteral("ACTIVE"), QStringLiteral("")})
                    .ok());
            QVERIFY(
                SqlQuery::run(
                    connection,
                    QStringLiteral("INSERT INTO user_opportunities (user_id, opportunity_id,"
                                   " application_status, notes, created_at, updated_at)"
                                   " SELECT u.id, o.id, 'APPLIED', '', ?, ? FROM users u, opportunities o"),
                    {at, at})
                    .ok());
            QVERIFY(SqlQuery::run(
                        connection,
                        QStringLiteral("INSERT INTO application_events (user_opportunity_id, to_status, at)"
                                       " SELECT id, 'APPLIED', ? FROM user_opportunities"),
                        {at})
                        .ok());
        }
        auto upgraded = fresh.administer();
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
        Workspace& workspace = *upgraded.value();
        const qint64 userId = workspace.users().getUserByEmail(QStringLiteral("ana@example.org")).value()->id;
        const QList<Application> applications = workspace.applications().getUserOpportunities(userId).value();
        QCOMPARE(applications.size(), 1);
        QCOMPARE(applications.first().applicationStatus, ApplicationStatus::Applied);
        const qint64 id = applications.first().id;
        QCOMPARE(workspace.applications().getApplicationHistory(userId, id)->size(), 1);
        auto moved =
            workspace.applications().updateApplicationStatus(userId, id, ApplicationStatus::Interviewing);
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QCOMPARE(workspace.applications().getApplicationHistory(userId, id)->size(), 2);
        QCOMPARE(SqlQuery::scalar(workspace.database().connection(),
                                  QStringLiteral("SELECT row_version FROM applications WHERE id = ?"), {id})
                     ->toInt(),
                 2);
        // Nothing in the schema keeps the old name: triggers, indexes, constraints, the id sequence.
        const bool server = workspace.database().dialect() == SqlDialect::PostgreSql;
        const QString leftovers =
            server ? QStringLiteral(
                         "SELECT (SELECT count(*) FROM pg_class WHERE relname LIKE '%user_opportunit%')"
                         " + (SELECT count(*) FROM pg_constraint WHERE conname LIKE '%user_opportunit%')"
                         " + (SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%user_opportunit%')")
                   : QStringLiteral("SELECT count(*) FROM sqlite_master"
                                    " WHERE name LIKE '%user_opportunit%' OR sql LIKE '%user_opportunit%'");
        QCOMPARE(SqlQuery::scalar(workspace.database().connection(), leftovers)->toInt(), 0);
    }

    void failedMigrationChangesNothing()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("fail.sqlite")));
        QVERIFY(fresh.administer().ok());
        const QByteArray before = fresh.fingerprint();
        auto failed =
            Database::open(fresh.location(), Database::OpenMode::Administer, &withBrokenNextVersion);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.errorMessage().contains(QLatin1String("nothing was changed")),
                 qPrintable(failed.errorMessage()));
        // The first statement of the broken migration was rolled back with the rest.
        QCOMPARE(fresh.fingerprint(), before);
        auto reopened = Database::open(fresh.location());
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        QCOMPARE(reopened.value()->schemaVersion(), Migrations::latestVersion());
    }

    // Before: a schema version that was text, negative or huge was taken as 0, and the upgrade from
    // nothing failed with "table users already exists".
    void schemaVersionThatNoCareerDeskWritesIsNamed()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("version.sqlite")));
        QVERIFY(fresh.administer().ok());
        QList<QPair<QString, QString>> cases = {
            {QStringLiteral("-3"), QStringLiteral("schema version is \"-3\"")},
            {QStringLiteral("0"), QStringLiteral("schema version is \"0\"")},
            {QStringLiteral("2147483647"), QStringLiteral("newer CareerDesk")},
        };
        // A file's column holds whatever is written to it (SQLite), a server's only integers.
        if (!fresh.isServer())
            cases += {{QStringLiteral("'seven'"), QStringLiteral("schema version is \"seven\"")},
                      {QStringLiteral("99999999999"), QStringLiteral("newer CareerDesk")}};
        for (const auto& [stored, expected] : std::as_const(cases)) {
            const Status written =
                fresh.runRaw({QStringLiteral("UPDATE schema_info SET version = %1").arg(stored)});
            QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
            const Status refused = refusedAndLeftAsItWas(fresh, expected);
            QVERIFY2(refused.ok(), qPrintable(stored + QLatin1String(": ") + refused.errorMessage()));
        }
    }

    // Before: a full disk gave "database or disk is full" in SQLite's words, or "Unknown error".
    void fullDatabaseSaysSoAndKeepsWhatItHad()
    {
        TestWorkspace w;
        const FullDisk fullDisk(w);
        QVERIFY2(fullDisk.problem().isEmpty(), qPrintable(fullDisk.problem()));
        QStringList failures;
        int stored = 0;
        for (int i = 0; i < 200 && failures.isEmpty(); ++i) {
            Opportunity posting;
            posting.title = QStringLiteral("Posting %1").arg(i);
            posting.company = QStringLiteral("Full");
            posting.description = QString(2000, QLatin1Char('y'));
            posting.postedAt = w.now;
            auto created = w->opportunities().createOpportunity(posting);
            if (created)
                ++stored;
            else
                failures << created.errorMessage();
        }
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.constFirst().contains(QLatin1String("The disk is full")),
                 qPrintable(failures.constFirst()));
        QCOMPARE(
            SqlQuery::scalar(w->database().connection(), QStringLiteral("SELECT count(*) FROM opportunities"))
                ->toInt(),
            stored);
    }

    void foreignDatabaseIsRefused()
    {
        FreshDatabase fresh(dir.filePath(QStringLiteral("other.sqlite")));
        const Status made = fresh.runRaw({QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")});
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        const Status refused = refusedAndLeftAsItWas(fresh, QStringLiteral("another program"));
        QVERIFY2(refused.ok(), qPrintable(refused.errorMessage()));
    }

    void damagedEnumInStoreIsReportedNotShown()
    {
        TestWorkspace w;
        Goal goal;
        goal.title = QStringLiteral("Learn Rust");
        const qint64 id = w->goals().createGoal(w.userId, goal).value().id;
        QVERIFY(SqlQuery::run(w->database().connection(),
                              QStringLiteral("UPDATE goals SET status = ? WHERE id = ?"),
                              {QStringLiteral("FINISHED"), id})
                    .ok());
        auto goals = w->goals().getUserGoals(w.userId);
        QVERIFY(!goals.ok());
        QVERIFY2(goals.errorMessage().contains(QLatin1String("FINISHED")), qPrintable(goals.errorMessage()));
        QVERIFY(goals.errorMessage().contains(QLatin1String("goals")));
        QVERIFY(goals.errorMessage().contains(QLatin1String("status")));
    }

    void eachThreadGetsItsOwnConnection()
    {
        const FreshDatabase fresh(dir.filePath(QStringLiteral("threads.sqlite")));
        auto database = Database::open(fresh.location(), Database::OpenMode::Administer);
        QVERIFY(database.ok());
        const QString mainName = database.value()->connection().connectionName();
        QString otherName;
        bool otherOpen = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QSqlDatabase connection = database.value()->connection();
            otherName = connection.connectionName();
            otherOpen = connection.isOpen();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(otherOpen);
        QVERIFY(otherName != mainName);
    }

    // A later thread often gets the address of one that ended (thread pools retire idle threads): it
    // must get a connection of its own, and the ended thread's connection must be gone.
    void threadsThatEndGiveTheirConnectionsBack()
    {
        const FreshDatabase fresh(dir.filePath(QStringLiteral("ended.sqlite")));
        auto database = Database::open(fresh.location(), Database::OpenMode::Administer);
        QVERIFY(database.ok());
        QStringList names;
        QStringList problems;
        for (int i = 0; i < 20; ++i) {
            std::unique_ptr<QThread> thread(QThread::create([&] {
                auto users = SqlQuery::scalar(database.value()->connection(),
                                              QStringLiteral("SELECT count(*) FROM users"));
                if (!users)
                    problems << users.errorMessage();
                names << database.value()->connection().connectionName();
            }));
            thread->start();
            QVERIFY(thread->wait(10000));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 20);
        // A thread closes its connections as it ends, which can be just after wait() returns.
        for (const QString& name : std::as_const(names))
            QTRY_VERIFY2(!QSqlDatabase::contains(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
