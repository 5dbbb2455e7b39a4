#include "TestSupport.h"
#include "models/GoalModel.h"
#include "models/OpportunityModel.h"
#include "store/OpportunityRepository.h"
#include "store/ServerAccess.h"
#include "store/ServerAddress.h"
#include "store/Transaction.h"
#include "workflows/Caseload.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerdesk;

// Who sees what on a server, proved through each person's own connection with hand-written SQL: a
// person's rows are out of everyone else's reach, a coach reads the clients assigned to them (and only
// those) and adds action items for them, and the login decides who a person is. Runs on the
// PostgreSQL pass only: a file has no logins.
class TestServerAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerDatabase> server;
    std::unique_ptr<Workspace> admin;
    std::unique_ptr<Workspace> ana; // Ana's own window, through her login
    QHash<QString, qint64> ids;     // person → user id
    qint64 anaPosting = 0;
    qint64 publishedPosting = 0;
    qint64 anaNote = 0;

    // Every table whose rows go with a person, as the schema declares it (a new area's table too), but
    // the links between people and the postings, whose rules are their own.
    QStringList tablesOfAPerson;

    void readTablesOfAPerson()
    {
        auto keys = admin->database().foreignKeys();
        QVERIFY2(keys.ok(), qPrintable(keys.errorMessage()));
        QStringList reached{QStringLiteral("users")};
        for (qsizetype i = 0; i < reached.size(); ++i) {
            for (const auto& key : keys.value()) {
                if (key.cascade && key.parent == reached.at(i) && !reached.contains(key.table))
                    reached << key.table;
            }
        }
        for (const QString& table : std::as_const(reached)) {
            if (table != QLatin1String("users") && table != QLatin1String("coach_assignments") &&
                table != QLatin1String("opportunities"))
                tablesOfAPerson << table;
        }
        QVERIFY2(tablesOfAPerson.size() >= 11, qPrintable(tablesOfAPerson.join(QLatin1Char(' '))));
    }

    // Login roles are the server's, shared by its databases: each run names its own.
    static QString role(const QString& person)
    {
        return QStringLiteral("cd%1_%2").arg(QCoreApplication::applicationPid()).arg(person);
    }

    QString addressAs(const QString& person) const { return server->addressAs(role(person)); }

    // A connection of the person's own, as psql would open it.
    QSqlDatabase connectAs(const QString& person)
    {
        const QString name = QStringLiteral("raw-") + person;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        auto address = ServerAddress::parse(addressAs(person));
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        address->configure(connection);
        if (!connection.open())
            qFatal("cannot connect as %s: %s", qPrintable(person), qPrintable(connection.lastError().text()));
        return connection;
    }

    static QVariant scalar(const QSqlDatabase& connection, const QString& sql,
                           const QVariantList& values = {})
    {
        QSqlQuery query(connection);
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (!query.exec() || !query.next())
            return QVariant();
        return query.value(0);
    }

    // Rows changed by a statement, or -1 when the server refused it for what the role may do (any other
    // failure, a typing mistake in the test's SQL say, fails the test).
    static int changed(const QSqlDatabase& connection, const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(connection);
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (query.exec())
            return query.numRowsAffected();
        const QString why = query.lastError().databaseText();
        if (!why.contains(QLatin1String("row-level security")) &&
            !why.contains(QLatin1String("permission denied")))
            qFatal("%s failed for another reason: %s", qPrintable(sql), qPrintable(why));
        return -1;
    }

    static void serverStatement(const QString& sql)
    {
        if (!QSqlDatabase::contains(QStringLiteral("server"))) {
            auto address = ServerAddress::parse(testServer());
            QSqlDatabase connection =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("server"));
            address->configure(connection);
            QVERIFY(connection.open());
        }
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("server")));
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }

    qint64 addPerson(const QString& person, bool coach = false)
    {
        User user;
        user.email = person + QStringLiteral("@example.org");
        user.firstName = person;
        user.createdAt = user.updatedAt = QDateTime::currentDateTimeUtc();
        auto added = ServerAccess(admin->database()).addPerson(user, role(person), coach);
        if (!added)
            qFatal("%s", qPrintable(added.errorMessage()));
        return added->id;
    }

    // Ana's data in every table that holds a person's data, added through her own login.
    void fillAnasData()
    {
        const qint64 me = ids.value(QStringLiteral("ana"));
        Interest interest;
        interest.name = QStringLiteral("Lighthouses");
        QVERIFY(ana->interests().createInterest(me, interest).ok());
        Goal goal;
        goal.title = QStringLiteral("Keep a light");
        QVERIFY(ana->goals().createGoal(me, goal).ok());
        Resume resume;
        resume.name = QStringLiteral("Ana's resume");
        resume.content = QStringLiteral("Lamps, lenses");
        QVERIFY(ana->resumes().createResume(me, resume).ok());
        Opportunity posting;
        posting.title = QStringLiteral("Lighthouse keeper");
        posting.company = QStringLiteral("Coast Guard");
        posting.ownerId = me;
        auto created = ana->opportunities().createOpportunity(posting);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        anaPosting = created->id;
        QVERIFY(ana->applications().saveOpportunity(me, anaPosting).ok());
        ActionItem item;
        item.title = QStringLiteral("Polish the lens");
        QVERIFY(ana->actionItems().createActionItem(me, item).ok());
        IntroEmail email;
        email.recipient = QStringLiteral("keeper@example.org");
        email.subject = QStringLiteral("Hello");
        email.content = QStringLiteral("Hello");
        QVERIFY(ana->introEmails().createIntroEmail(me, email).ok());
        CoverLetter letter;
        letter.title = QStringLiteral("Letter");
        letter.content = QStringLiteral("Dear keeper");
        QVERIFY(ana->coverLetters().createCoverLetter(me, letter).ok());
        Prompt prompt;
        prompt.text = QStringLiteral("What did the sea teach you?");
        auto asked = ana->prompts().createPrompt(me, prompt);
        QVERIFY(asked.ok());
        QVERIFY(ana->prompts().answerPrompt(me, asked->id, QStringLiteral("Patience")).ok());
        Note note;
        note.title = QStringLiteral("Tides");
        note.content = QStringLiteral("Low water at six");
        auto noted = ana->notes().createNote(me, note);
        QVERIFY2(noted.ok(), qPrintable(noted.errorMessage()));
        anaNote = noted->id;
        for (const QString& table : tablesOfAPerson)
            QVERIFY2(scalar(admin->database().connection(), QStringLiteral("SELECT count(*) FROM ") + table)
                             .toInt() > 0,
                     qPrintable(table));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!testServer().isEmpty(),
                 "TestServerAccess runs on the PostgreSQL pass (CAREERDESK_TEST_SERVER)");
        for (const char* person : {"ana", "ben", "cora", "dan", "eve", "fay", "gus"})
            serverStatement(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role(QLatin1String(person))));
        server = std::make_unique<ServerDatabase>();
        auto opened = Workspace::open(server->address(), {}, Database::OpenMode::Administer);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        admin = std::move(opened).value();
        readTablesOfAPerson();
        if (QTest::currentTestFailed())
            return;
        const Status applied = ServerAccess(admin->database()).applyPolicies();
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        for (const char* person : {"ana", "ben", "dan"})
            ids.insert(QLatin1String(person), addPerson(QLatin1String(person)));
        ids.insert(QStringLiteral("cora"), addPerson(QStringLiteral("cora"), true));
        QVERIFY(ServerAccess(admin->database())
                    .assignCoach(QStringLiteral("cora@example.org"), QStringLiteral("ana@example.org")));

        auto anasWindow = Workspace::open(addressAs(QStringLiteral("ana")));
        QVERIFY2(anasWindow.ok(), qPrintable(anasWindow.errorMessage()));
        ana = std::move(anasWindow).value();
        fillAnasData();
        Opportunity published;
        published.title = QStringLiteral("Harbour master");
        published.company = QStringLiteral("Port");
        publishedPosting = admin->opportunities().createOpportunity(published).value().id;
    }

    void cleanupTestCase()
    {
        ana.reset();
        admin.reset();
        for (const QString& name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QLatin1String("raw-")))
                QSqlDatabase::removeDatabase(name);
        }
        server.reset();
        for (const char* person : {"ana", "ben", "cora", "dan", "eve", "fay", "gus"})
            serverStatement(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role(QLatin1String(person))));
        QSqlDatabase::removeDatabase(QStringLiteral("server"));
    }

    void anotherPersonReadsChangesAndDeletesNothingOfAnas()
    {
        const QSqlDatabase ben = connectAs(QStringLiteral("ben"));
        for (const QString& table : tablesOfAPerson) {
            QCOMPARE(scalar(ben, QStringLiteral("SELECT count(*) FROM ") + table).toInt(), 0);
            QCOMPARE(changed(ben, QStringLiteral("UPDATE ") + table + QStringLiteral(" SET id = id")), 0);
            QCOMPARE(changed(ben, QStringLiteral("DELETE FROM ") + table), 0);
            QVERIFY2(scalar(admin->database().connection(), QStringLiteral("SELECT count(*) FROM ") + table)
                             .toInt() > 0,
                     qPrintable(table)); // still there
        }
        QCOMPARE(scalar(ben, QStringLiteral("SELECT count(*) FROM opportunities WHERE id = ?"), {anaPosting})
                     .toInt(),
                 0);
        QCOMPARE(changed(ben, QStringLiteral("DELETE FROM opportunities WHERE id = ?"), {anaPosting}), 0);
        QCOMPARE(
            scalar(ben, QStringLiteral("SELECT count(*) FROM opportunities WHERE id = ?"), {publishedPosting})
                .toInt(),
            1);
        // Of the people, Ben sees himself.
        QCOMPARE(scalar(ben, QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
        QCOMPARE(changed(ben, QStringLiteral("UPDATE users SET first_name = 'Mallory' WHERE id = ?"),
                         {ids.value(QStringLiteral("ana"))}),
                 0);
    }

    void anotherPersonCannotWriteInAnasName()
    {
        const QSqlDatabase ben = connectAs(QStringLiteral("ben"));
        const qint64 anaId = ids.value(QStringLiteral("ana"));
        QCOMPARE(changed(ben,
                         QStringLiteral(
                             "INSERT INTO interests (user_id, name, description, category, priority, "
                             "created_at, updated_at) VALUES (?, 'x', '', 'INDUSTRY', 'LOW', now(), now())"),
                         {anaId}),
                 -1);
        const QString posting = QStringLiteral("INSERT INTO opportunities (title, company, description, "
                                               "requirements, type, location, is_remote, posted_at,"
                                               " status, source_url, owner_id) VALUES ('x', 'y', '', '[]', "
                                               "'FULL_TIME', '', false, now(), 'ACTIVE', '', ?)");
        QCOMPARE(changed(ben, posting, {anaId}), -1);
        QCOMPARE(changed(ben, posting, {QVariant(QMetaType::fromType<qlonglong>())}),
                 -1);                                                           // publishing is staff's
        QCOMPARE(changed(ben, posting, {ids.value(QStringLiteral("ben"))}), 1); // his own is fine
        // A login is the administrator's to give: no one takes another's.
        QCOMPARE(changed(ben, QStringLiteral("UPDATE users SET login = ? WHERE id = ?"),
                         {role(QStringLiteral("ana")), ids.value(QStringLiteral("ben"))}),
                 -1);
        QCOMPARE(changed(ben,
                         QStringLiteral("INSERT INTO coach_assignments (coach_id, client_id, created_at)"
                                        " VALUES (?, ?, now())"),
                         {ids.value(QStringLiteral("ben")), anaId}),
                 -1);
    }

    void aCoachReadsTheirClientsAndAddsActionItemsForThem()
    {
        const QSqlDatabase cora = connectAs(QStringLiteral("cora"));
        const qint64 anaId = ids.value(QStringLiteral("ana"));
        for (const QString& table : tablesOfAPerson)
            QVERIFY2(scalar(cora, QStringLiteral("SELECT count(*) FROM ") + table).toInt() > 0,
                     qPrintable(table));
        QCOMPARE(scalar(cora, QStringLiteral("SELECT count(*) FROM opportunities WHERE id = ?"), {anaPosting})
                     .toInt(),
                 1);
        // Reading is all: Ana's rows stay Ana's to change.
        QCOMPARE(changed(cora, QStringLiteral("UPDATE goals SET title = 'Mine now'")), 0);
        QCOMPARE(changed(cora, QStringLiteral("DELETE FROM interests")), 0);

        const QString addItem = QStringLiteral(
            "INSERT INTO action_items (user_id, title, description, status, priority, created_by, "
            "created_at, "
            "updated_at) VALUES (?, 'Call the harbour', '', 'PENDING', 'HIGH', ?, now(), now())");
        QCOMPARE(changed(cora, addItem, {anaId, ids.value(QStringLiteral("cora"))}), 1);
        QCOMPARE(changed(cora, addItem, {anaId, QVariant(QMetaType::fromType<qlonglong>())}), -1); // signed
        QCOMPARE(
            changed(cora, addItem, {ids.value(QStringLiteral("ben")), ids.value(QStringLiteral("cora"))}),
            -1); // not her client
        // Ana sees who added it.
        auto items = ana->actionItems().getUserActionItems(anaId);
        QVERIFY(items.ok());
        const auto fromCoach = std::find_if(items->cbegin(), items->cend(),
                                            [](const ActionItem& item) { return item.createdBy > 0; });
        QVERIFY(fromCoach != items->cend());
        QCOMPARE(fromCoach->createdBy, ids.value(QStringLiteral("cora")));
        QCOMPARE(fromCoach->title, QStringLiteral("Call the harbour"));

        // A coach who is not Ana's sees none of it.
        const QSqlDatabase dan = connectAs(QStringLiteral("dan"));
        for (const QString& table : tablesOfAPerson)
            QCOMPARE(scalar(dan, QStringLiteral("SELECT count(*) FROM ") + table).toInt(), 0);
        QCOMPARE(changed(dan, addItem, {anaId, ids.value(QStringLiteral("dan"))}), -1);
    }

    // A note is changed by whoever added it: Cora her own notes for Ana, Ana hers; each reads the other's.
    void aCoachsNotesAreHersToChangeAndTheClientsToRead()
    {
        const QSqlDatabase cora = connectAs(QStringLiteral("cora"));
        const QSqlDatabase anaRaw = connectAs(QStringLiteral("ana"));
        const qint64 anaId = ids.value(QStringLiteral("ana"));
        const qint64 coraId = ids.value(QStringLiteral("cora"));
        const QString addNote =
            QStringLiteral("INSERT INTO notes (user_id, title, content, created_by, created_at,"
                           " updated_at) VALUES (?, 'Session 1', 'Mock interview went well',"
                           " ?, now(), now())");
        QCOMPARE(changed(cora, addNote, {anaId, coraId}), 1);
        QCOMPARE(changed(cora, addNote, {anaId, QVariant(QMetaType::fromType<qlonglong>())}), -1); // signed
        QCOMPARE(changed(cora, addNote, {anaId, anaId}), -1);                             // not in Ana's name
        QCOMPARE(changed(cora, addNote, {ids.value(QStringLiteral("ben")), coraId}), -1); // not her client
        const qint64 coraNote =
            scalar(cora, QStringLiteral("SELECT id FROM notes WHERE created_by = ?"), {coraId}).toLongLong();
        QVERIFY(coraNote > 0);
        QCOMPARE(changed(cora, QStringLiteral("UPDATE notes SET content = 'Went very well' WHERE id = ?"),
                         {coraNote}),
                 1);
        QCOMPARE(changed(cora, QStringLiteral("UPDATE notes SET title = 'Mine now' WHERE id = ?"), {anaNote}),
                 0);
        QCOMPARE(changed(cora, QStringLiteral("DELETE FROM notes WHERE id = ?"), {anaNote}), 0);
        // Ana reads Cora's note, through her window as by hand, and cannot change or delete it.
        QCOMPARE(
            scalar(anaRaw, QStringLiteral("SELECT content FROM notes WHERE id = ?"), {coraNote}).toString(),
            QStringLiteral("Went very well"));
        auto seen = ana->notes().getNote(anaId, coraNote);
        QVERIFY2(seen.ok(), qPrintable(seen.errorMessage()));
        QCOMPARE(seen->createdBy, coraId);
        QCOMPARE(changed(anaRaw, QStringLiteral("UPDATE notes SET content = 'Rewritten' WHERE id = ?"),
                         {coraNote}),
                 0);
        QCOMPARE(
            changed(anaRaw, QStringLiteral("UPDATE notes SET created_by = NULL WHERE id = ?"), {coraNote}),
            0);
        QCOMPARE(changed(anaRaw, QStringLiteral("DELETE FROM notes WHERE id = ?"), {coraNote}), 0);
        QCOMPARE(changed(anaRaw, QStringLiteral("UPDATE notes SET created_by = ? WHERE id = ?"),
                         {coraId, anaNote}),
                 -1); // nor sign hers as Cora's
        // Dan, no coach of Ana's, sees neither.
        const QSqlDatabase dan = connectAs(QStringLiteral("dan"));
        QCOMPARE(scalar(dan, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
        QCOMPARE(changed(cora, QStringLiteral("DELETE FROM notes WHERE id = ?"), {coraNote}), 1);
    }

    // The Clients view, through the coach's own login: Cora's caseload is Ana (whose rows the policies let
    // her read), not Ben; Dan, a coach of nobody, has an empty one, whatever else the database holds.
    void aCoachsCaseloadIsReadThroughTheirOwnLogin()
    {
        auto opened = Workspace::open(addressAs(QStringLiteral("cora")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        Workspace& cora = *opened.value();
        auto caseload = Caseload::of(cora, ids.value(QStringLiteral("cora")));
        QVERIFY2(caseload.ok(), qPrintable(caseload.errorMessage()));
        QCOMPARE(caseload->size(), 1);
        const Caseload::Client& anas = caseload->constFirst();
        QCOMPARE(anas.person.id, ids.value(QStringLiteral("ana")));
        QCOMPARE(anas.applicationsPerStage.value(ApplicationStatus::Saved), 1);
        QCOMPARE(anas.goalsCounted, 1);
        QVERIFY(anas.promptsAnsweredThisMonth >= 1);
        QVERIFY(anas.lastActivity.isValid());

        auto dan = Workspace::open(addressAs(QStringLiteral("dan")));
        QVERIFY(dan.ok());
        auto dansCaseload = Caseload::of(*dan.value(), ids.value(QStringLiteral("dan")));
        QVERIFY2(dansCaseload.ok(), qPrintable(dansCaseload.errorMessage()));
        QVERIFY(dansCaseload->isEmpty());
    }

    void theLoginDecidesWhoAPersonIs()
    {
        auto me = ana->users().resolveUser(QString(), false);
        QVERIFY2(me.ok(), qPrintable(me.errorMessage()));
        QCOMPARE(me->id, ids.value(QStringLiteral("ana")));
        auto someoneElse = ana->users().resolveUser(QStringLiteral("ben@example.org"), true);
        QVERIFY(!someoneElse.ok());
        QVERIFY2(someoneElse.errorMessage().contains(QLatin1String("not a client of yours")),
                 qPrintable(someoneElse.errorMessage()));

        auto coraWindow = Workspace::open(addressAs(QStringLiteral("cora")));
        QVERIFY(coraWindow.ok());
        auto client = coraWindow.value()->users().resolveUser(QStringLiteral("ana@example.org"), false);
        QVERIFY2(client.ok(), qPrintable(client.errorMessage()));
        QCOMPARE(client->id, ids.value(QStringLiteral("ana")));

        // A login that is nobody here: not let in at all, or (a person of another CareerDesk database of
        // the server) let in to find no one; either way told whom to ask.
        auto stranger = Workspace::open(addressAs(QStringLiteral("eve")));
        QVERIFY(!stranger.ok());
        QVERIFY2(stranger.errorMessage().contains(QLatin1String("--add-person EMAIL --login ") +
                                                  role(QStringLiteral("eve"))),
                 qPrintable(stranger.errorMessage()));
        serverStatement(QStringLiteral("GRANT careerdesk_person TO ") + role(QStringLiteral("fay")));
        auto elsewhere = Workspace::open(addressAs(QStringLiteral("fay")));
        QVERIFY2(elsewhere.ok(), qPrintable(elsewhere.errorMessage()));
        auto nobody = elsewhere.value()->users().resolveUser(QString(), true);
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.errorMessage().contains(QLatin1String("--add-person")),
                 qPrintable(nobody.errorMessage()));
    }

    void administrationCanBeRepeatedAndNamesMistakes()
    {
        const ServerAccess access(admin->database());
        QVERIFY(access.applyPolicies().ok());
        User ghost;
        ghost.email = QStringLiteral("ghost@example.org");
        auto noRole = access.addPerson(ghost, QStringLiteral("no_such_role_at_all"), false);
        QVERIFY(!noRole.ok());
        QVERIFY2(noRole.errorMessage().contains(QLatin1String("There is no role")),
                 qPrintable(noRole.errorMessage()));
        auto taken = access.addPerson(ghost, role(QStringLiteral("ana")), false);
        QVERIFY(!taken.ok());
        QVERIFY2(taken.errorMessage().contains(QLatin1String("already ana@example.org")),
                 qPrintable(taken.errorMessage()));
        QVERIFY(
            !access.assignCoach(QStringLiteral("cora@example.org"), QStringLiteral("cora@example.org")).ok());
        QVERIFY(access.assignCoach(QStringLiteral("cora@example.org"), QStringLiteral("ana@example.org"))
                    .ok()); // again

        // Unassigned, the coach sees nothing more of the client.
        QVERIFY(
            access.unassignCoach(QStringLiteral("cora@example.org"), QStringLiteral("ana@example.org")).ok());
        const QSqlDatabase cora = connectAs(QStringLiteral("cora"));
        QCOMPARE(scalar(cora, QStringLiteral("SELECT count(*) FROM goals")).toInt(), 0);
        QVERIFY(
            access.assignCoach(QStringLiteral("cora@example.org"), QStringLiteral("ana@example.org")).ok());
        QVERIFY(scalar(cora, QStringLiteral("SELECT count(*) FROM goals")).toInt() > 0);
    }

    // The administrator's commands and a person's search, as scripts run them.
    void theCommandLineAdministersAndSearches()
    {
        const QTemporaryDir home;
        auto careerdesk = [&home](const QStringList& arguments) {
            return runCareerdesk(QStringLiteral(CAREERDESK_EXECUTABLE), arguments, home.path());
        };
        const QString database = QStringLiteral("--database");
        const CommandRun init = careerdesk({database, server->address(), QStringLiteral("--init-server")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(QLatin1String("is ready")), qPrintable(init.out + init.err));
        const CommandRun added = careerdesk({database, server->address(), QStringLiteral("--add-person"),
                                             QStringLiteral("gus@example.org"), QStringLiteral("--login"),
                                             role(QStringLiteral("gus")), QStringLiteral("--coach")});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(QLatin1String("as a coach")), qPrintable(added.out + added.err));
        const CommandRun assigned = careerdesk({database, server->address(), QStringLiteral("--assign-coach"),
                                                QStringLiteral("gus@example.org"), QStringLiteral("--client"),
                                                QStringLiteral("ana@example.org")});
        QCOMPARE(assigned.exitCode, 0);
        const CommandRun unknown = careerdesk({database, server->address(), QStringLiteral("--assign-coach"),
                                               QStringLiteral("gus@example.org"), QStringLiteral("--client"),
                                               QStringLiteral("zed@example.org")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("No person has the email zed@example.org")),
                 qPrintable(unknown.err));

        const QString search = QStringLiteral("--search");
        const CommandRun anas =
            careerdesk({database, addressAs(QStringLiteral("ana")), search, QStringLiteral("lighthouse")});
        QCOMPARE(anas.exitCode, 0);
        QCOMPARE(anas.out, QStringLiteral("%1\tLighthouse keeper\tCoast Guard\t\n").arg(anaPosting));
        // Her new coach searches as himself (his own postings and the published ones), or in her name.
        const CommandRun gus =
            careerdesk({database, addressAs(QStringLiteral("gus")), search, QStringLiteral("lighthouse")});
        QCOMPARE(gus.exitCode, 0);
        QCOMPARE(gus.out, QString());
        const CommandRun gusForAna =
            careerdesk({database, addressAs(QStringLiteral("gus")), search, QStringLiteral("lighthouse"),
                        QStringLiteral("--user"), QStringLiteral("ana@example.org")});
        QCOMPARE(gusForAna.out, anas.out);
        const CommandRun bens =
            careerdesk({database, addressAs(QStringLiteral("ben")), search, QStringLiteral("lighthouse")});
        QCOMPARE(bens.exitCode, 0);
        QCOMPARE(bens.out, QString());
        const CommandRun published =
            careerdesk({database, addressAs(QStringLiteral("ben")), search, QStringLiteral("harb")});
        QVERIFY2(published.out.startsWith(QString::number(publishedPosting) + QLatin1Char('\t')),
                 qPrintable(published.out));
    }

    // Live updates: what one session changes, another session's view shows within moments (through
    // LISTEN/NOTIFY), and only as far as that session may see it.
    void aChangeInOneSessionReachesAnothersView()
    {
        const qint64 anaId = ids.value(QStringLiteral("ana"));
        auto secondWindow = Workspace::open(addressAs(QStringLiteral("ana")));
        QVERIFY(secondWindow.ok());
        GoalModel mine(*secondWindow.value());
        mine.setUserId(anaId);
        QAbstractItemModelTester mineTester(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto bensWindow = Workspace::open(addressAs(QStringLiteral("ben")));
        QVERIFY(bensWindow.ok());
        GoalModel bens(*bensWindow.value());
        bens.setUserId(ids.value(QStringLiteral("ben")));
        QAbstractItemModelTester bensTester(&bens, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(bens.rowCount(), 0);

        Goal goal = ana->goals().getUserGoals(anaId).value().constFirst();
        goal.title = QStringLiteral("Keep two lights");
        QVERIFY(ana->goals().updateGoal(anaId, goal).ok());
        QTRY_COMPARE_WITH_TIMEOUT(mine.data(mine.index(mine.rowOf(goal.id), GoalModel::Title)).toString(),
                                  QStringLiteral("Keep two lights"), 5000);

        Goal extra;
        extra.title = QStringLiteral("Paint the tower");
        const qint64 extraId = ana->goals().createGoal(anaId, extra).value().id;
        QTRY_VERIFY_WITH_TIMEOUT(mine.rowOf(extraId) >= 0, 5000);
        QVERIFY(ana->goals().deleteGoal(anaId, extraId).ok());
        QTRY_VERIFY_WITH_TIMEOUT(mine.rowOf(extraId) < 0, 5000);
        QCOMPARE(bens.rowCount(), 0); // Ben's view heard of the rows and could read none of them
    }

    // Postings are announced per statement, not per row: another session's import of many is one
    // reload of the open list, a moment later, showing what this person may see.
    void postingsAddedElsewhereReachTheOpenList()
    {
        auto secondWindow = Workspace::open(addressAs(QStringLiteral("ana")));
        QVERIFY(secondWindow.ok());
        OpportunityModel postings(*secondWindow.value());
        QAbstractItemModelTester tester(&postings, QAbstractItemModelTester::FailureReportingMode::Fatal);
        OpportunitySearchCriteria everything;
        everything.status.reset();
        postings.setCriteria(everything);
        const int before = postings.rowCount();
        QSignalSpy reloaded(&postings, &QAbstractItemModel::modelReset);
        {
            Transaction transaction(admin->database().connection());
            for (const char* title : {"Lamp lighter", "Fog horn tuner", "Tide watcher"}) {
                Opportunity published;
                published.title = QLatin1String(title);
                published.company = QStringLiteral("Port");
                QVERIFY(admin->opportunities().createOpportunity(published).ok());
            }
            QVERIFY(transaction.commit().ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(postings.rowCount(), before + 3, 5000);
        QTest::qWait(2 * EntityTableModelBase::reloadDelayMs);
        QCOMPARE(reloaded.count(), 1);
    }

    // What a person adds in the window goes through the server's rules as theirs.
    void aPersonAddsTheirOwnPostingInTheView()
    {
        OpportunityModel model(*ana);
        model.setUserId(ids.value(QStringLiteral("ana")));
        QSignalSpy errors(&model, &EntityTableModelBase::errorOccurred);
        const qint64 id = model.addNew();
        QVERIFY2(id > 0, errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        const QSqlDatabase ben = connectAs(QStringLiteral("ben"));
        QCOMPARE(scalar(ben, QStringLiteral("SELECT count(*) FROM opportunities WHERE id = ?"), {id}).toInt(),
                 0);
    }

    // A server's backups are its administrator's: CareerDesk's daily backup does nothing there, and
    // asking for one says whose they are; no folder appears anywhere.
    void backupsOfAServerAreTheAdministrators()
    {
        const QString cwdBefore = QDir::current().entryList().join(QLatin1Char(','));
        const Backups backups = admin->backups();
        QVERIFY(backups.backUpDaily(QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(backups.list().isEmpty());
        auto written = backups.backUp(QDateTime::currentDateTimeUtc());
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(QLatin1String("pg_dump")),
                 qPrintable(written.errorMessage()));
        const QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(!backups.backUpTo(copy).ok());
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!backups.restore(copy, QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(QDir::current().entryList().join(QLatin1Char(',')), cwdBefore);
    }

    // A person's keyword search reads the full-text indexes through careerdesk_matching_postings(), as the
    // policies keep PostgreSQL from using them for the person's own conditions: it lists what the
    // administrator's lists, in the same order and tiers, less what the person may not see, whether a
    // tier is ranked, too large to rank and dense among the newest postings ("quartz", read as before),
    // or too large and found only among the oldest ("zephyr", through the function).
    void aPersonsSearchListsWhatTheAdministratorsListsThatTheyMaySee()
    {
        const qint64 anaId = ids.value(QStringLiteral("ana"));
        const QDateTime today = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 90; ++i) {
            Opportunity posting;
            posting.title = QStringLiteral("Opening %1").arg(i);
            posting.company = QStringLiteral("Acme");
            posting.description = QStringLiteral("Daily work.");
            posting.postedAt = today.addDays(-(i % 5)); // ties of date: the id decides
            posting.isRemote = i % 2 == 0;
            posting.type = i % 3 == 0 ? OpportunityType::Contract : OpportunityType::FullTime;
            posting.location = i % 4 == 0 ? QStringLiteral("Porto") : QStringLiteral("Braga");
            if (i % 9 == 0)
                posting.title = QStringLiteral("Quartz cutter %1").arg(i);
            if (i % 4 == 1)
                posting.description = QStringLiteral("Some quartz, some granite.");
            if (i % 5 == 2)
                posting.requirements = {QStringLiteral("Quartzite")};
            if (i < 20 && i % 2 == 0)
                posting.description += QStringLiteral(" A zephyr blows.");
            if (i < 20 && i % 7 == 3)
                posting.title = QStringLiteral("Zephyr watch %1").arg(i);
            // Ben's own (out of Ana's sight), Ana's own, and published.
            if (i % 3 == 1) {
                posting.ownerId = anaId;
                QVERIFY(ana->opportunities().createOpportunity(posting).ok());
            } else {
                posting.ownerId = i % 3 == 0 ? ids.value(QStringLiteral("ben")) : 0;
                QVERIFY(admin->opportunities().createOpportunity(posting).ok());
            }
        }
        auto idsOf = [](const Result<QList<Opportunity>>& found) {
            QList<qint64> list;
            for (const Opportunity& posting : found.value())
                list << posting.id;
            return list;
        };
        QList<OpportunitySearchCriteria> searches;
        for (const char* words : {"quartz", "zephyr", "quar", "zephyr quartz"}) {
            OpportunitySearchCriteria criteria;
            criteria.keywords = QLatin1String(words);
            criteria.limit = OpportunitySearchService::maximumPageSize;
            searches << criteria;
            criteria.isRemote = true;
            searches << criteria;
            criteria.isRemote.reset();
            criteria.type = OpportunityType::Contract;
            criteria.location = QStringLiteral("port");
            searches << criteria;
        }
        for (int rankingLimit : {OpportunityRepository::defaultRankingLimit, 0}) {
            admin->opportunities().setRankingLimit(rankingLimit);
            ana->opportunities().setRankingLimit(rankingLimit);
            for (OpportunitySearchCriteria criteria : std::as_const(searches)) {
                const QString shown =
                    criteria.keywords + QStringLiteral(" (ranking limit %1)").arg(rankingLimit);
                auto everything = admin->opportunities().searchOpportunities(criteria);
                QVERIFY2(everything.ok(), qPrintable(everything.errorMessage()));
                QList<qint64> expected;
                for (const Opportunity& posting : *everything) {
                    if (posting.ownerId == 0 || posting.ownerId == anaId)
                        expected << posting.id;
                }
                QVERIFY2(expected.size() < everything->size(), qPrintable(shown)); // Ben's were found too
                auto found = ana->opportunities().searchOpportunities(criteria);
                QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
                QCOMPARE(idsOf(found), expected);
                QCOMPARE(ana->opportunities().countOpportunities(criteria, 1000).value(),
                         qint64(expected.size()));
                QCOMPARE(ana->opportunities().countOpportunities(criteria, 2).value(),
                         qint64(qMin<qsizetype>(expected.size(), 3)));
                for (int pageSize : {1, 2, 5}) {
                    QList<qint64> paged;
                    criteria.limit = pageSize;
                    for (criteria.offset = 0; criteria.offset < expected.size() + pageSize;
                         criteria.offset += pageSize)
                        paged << idsOf(ana->opportunities().searchOpportunities(criteria));
                    QVERIFY2(paged == expected, qPrintable(shown));
                }
            }
        }
        admin->opportunities().setRankingLimit(OpportunityRepository::defaultRankingLimit);
        ana->opportunities().setRankingLimit(OpportunityRepository::defaultRankingLimit);

        // Her coach finds her postings too; someone else's coach does not.
        auto corasWindow = Workspace::open(addressAs(QStringLiteral("cora")));
        QVERIFY(corasWindow.ok());
        OpportunitySearchCriteria zephyr;
        zephyr.keywords = QStringLiteral("zephyr");
        QCOMPARE(idsOf(corasWindow.value()->opportunities().searchOpportunities(zephyr)),
                 idsOf(ana->opportunities().searchOpportunities(zephyr)));
        auto dansWindow = Workspace::open(addressAs(QStringLiteral("dan")));
        QVERIFY(dansWindow.ok());
        for (const Opportunity& posting :
             dansWindow.value()->opportunities().searchOpportunities(zephyr).value())
            QCOMPARE(posting.ownerId, 0);
    }

    // The search functions, called by hand, tell no one more than their own SELECT would, and nothing
    // to a login that is no person.
    void theSearchFunctionsTellNoMoreThanASelect()
    {
        const QString matching = QStringLiteral(
            "SELECT count(*) FROM careerdesk_matching_postings(to_tsquery('careerdesk', ?), ?)");
        const QString titled = QStringLiteral("SELECT count(*) FROM careerdesk_postings_titled(ARRAY[?])");
        for (const QString& person : {QStringLiteral("ana"), QStringLiteral("cora"), QStringLiteral("ben")}) {
            const QSqlDatabase connection = connectAs(person);
            const int sees = person == QLatin1String("ben") ? 0 : 1;
            QCOMPARE(scalar(connection, matching, {QStringLiteral("lighthouse"), false}).toInt(), sees);
            QCOMPARE(scalar(connection, matching, {QStringLiteral("lighth:*"), true}).toInt(), sees);
            QCOMPARE(scalar(connection, titled, {QStringLiteral("lighthouse keeper")}).toInt(), sees);
            QCOMPARE(scalar(connection, matching, {QStringLiteral("harbour"), true}).toInt(), 1); // published
        }
        // The import's duplicates are looked for among what the person sees.
        const OpportunityRepository anasPostings(ana->database());
        QCOMPARE(anasPostings.findCandidates({}, {QStringLiteral("Lighthouse keeper")}).value().size(), 1);
        QSqlQuery refused(connectAs(QStringLiteral("eve")));
        QVERIFY(!refused.exec(QStringLiteral("SELECT * FROM careerdesk_matching_postings("
                                             "to_tsquery('careerdesk', 'lighthouse'), false)")));
        QVERIFY2(refused.lastError().databaseText().contains(QLatin1String("permission denied")),
                 qPrintable(refused.lastError().databaseText()));
    }

    // With postings enough for the planner to prefer it, a person's keyword search reads the GIN index;
    // the policies made it test every visible posting before. Counted by the server for this connection.
    void aPersonsSearchReadsTheIndex()
    {
        const QSqlDatabase administrator = admin->database().connection();
        QCOMPARE(
            changed(administrator,
                    QStringLiteral("INSERT INTO opportunities (title, company, description, requirements,"
                                   " type, location, is_remote, posted_at, status, source_url)"
                                   " SELECT 'Posting ' || i, 'Company ' || i % 50, 'It mentions token' || i,"
                                   " '[]', 'FULL_TIME', '', false, now(), 'ACTIVE', ''"
                                   " FROM generate_series(1, 3000) AS i")),
            3000);
        QSqlQuery vacuum(administrator); // as autovacuum soon would: statistics, and the index's pending list
        QVERIFY2(vacuum.exec(QStringLiteral("VACUUM (ANALYZE) opportunities")),
                 qPrintable(vacuum.lastError().text()));

        // This connection's scans of the search index so far (not yet reported).
        const QSqlDatabase mine = ana->database().connection();
        auto indexScans = [&mine] {
            return scalar(mine, QStringLiteral(
                                    "SELECT pg_stat_get_xact_numscans('opportunities_search'::regclass)"))
                .toLongLong();
        };
        Transaction counting(mine); // the counters are reported at the end of a transaction: keep it open
        QVERIFY(counting.begun().ok());
        const qint64 before = indexScans();
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("token1234");
        auto found = ana->opportunities().searchOpportunities(criteria);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().title, QStringLiteral("Posting 1234"));
        QVERIFY(indexScans() > before);
    }

    // On a server, careerdesk_words() (which every search column is computed from) splits text where
    // SQLite's tokenizer does: each of the 32 ASCII punctuation marks becomes a space and nothing else
    // changes, and a word longer than 255 characters is cut after every 255.
    void serverWordsSplitAtAsciiPunctuationOnly()
    {
        QString text;
        QString expected;
        for (char16_t c = 1; c < 0x3000; ++c) {
            const bool mark = c > 0x20 && c < 0x7f && !QChar(c).isLetterOrNumber();
            text += QLatin1Char('a') + QChar(c) + QStringLiteral("b ");
            expected += QLatin1Char('a') + (mark ? QChar(u' ') : QChar(c)) + QStringLiteral("b ");
        }
        text += QString(600, QLatin1Char('x')) + QStringLiteral("-y");
        expected += QString(255, QLatin1Char('x')) + QLatin1Char(' ') + QString(255, QLatin1Char('x')) +
                    QLatin1Char(' ') + QString(90, QLatin1Char('x')) + QStringLiteral(" y");
        auto words = SqlQuery::scalar(admin->database().connection(),
                                      QStringLiteral("SELECT careerdesk_words(?)"), {text});
        QVERIFY2(words.ok(), qPrintable(words.errorMessage()));
        QCOMPARE(words->toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "TestServerAccess.moc"
