#include "TestSupport.h"
#include "models/GoalModel.h"
#include "models/OpportunityModel.h"
#include "services/Caseload.h"
#include "store/ServerAccess.h"
#include "store/ServerAddress.h"
#include "store/Transaction.h"

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

    static const inline QStringList tablesOfAPerson{QStringLiteral("interests"),
                                                    QStringLiteral("goals"),
                                                    QStringLiteral("resumes"),
                                                    QStringLiteral("cover_letters"),
                                                    QStringLiteral("user_opportunities"),
                                                    QStringLiteral("application_events"),
                                                    QStringLiteral("action_items"),
                                                    QStringLiteral("intro_emails"),
                                                    QStringLiteral("prompts"),
                                                    QStringLiteral("prompt_answers")};

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
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "TestServerAccess.moc"
