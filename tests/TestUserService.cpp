#include "TestSupport.h"
#include "services/PersonTransfer.h"
#include "store/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestUserService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void createAndList()
    {
        QSignalSpy created(&w->workspace->users(), &EntityService::created);
        User user;
        user.email = QStringLiteral("  cleo@example.org ");
        user.firstName = QStringLiteral("Cleo");
        auto added = (*w)->users().createUser(user);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added->email, QStringLiteral("cleo@example.org"));
        QCOMPARE(added->createdAt, w->now);
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).toLongLong(), added->id);
        auto users = (*w)->users().listUsers();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 3);
    }

    void getByEmailIgnoresCase()
    {
        auto found = (*w)->users().getUserByEmail(QStringLiteral("ANA@example.org"));
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        QCOMPARE(found.value()->id, w->userId);
        auto missing = (*w)->users().getUserByEmail(QStringLiteral("nobody@example.org"));
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
    }

    void rejectsBadOrDuplicateEmail()
    {
        User bad;
        bad.email = QStringLiteral("not-an-email");
        auto refused = (*w)->users().createUser(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("not-an-email")));

        User empty;
        QVERIFY((*w)->users().createUser(empty).errorMessage().contains(QLatin1String("required")));

        User twin;
        twin.email = QStringLiteral("Ana@Example.org");
        auto duplicate = (*w)->users().createUser(twin);
        QVERIFY(!duplicate.ok());
        QVERIFY(duplicate.errorMessage().contains(QLatin1String("already exists")));
        QCOMPARE((*w)->users().listUsers()->size(), 2);
    }

    void update()
    {
        QSignalSpy changed(&w->workspace->users(), &EntityService::changed);
        User ana = (*w)->users().getUser(w->userId).value();
        w->advanceDays(1);
        ana.lastName = QStringLiteral("Lima-Souza");
        auto updated = (*w)->users().updateUser(ana);
        QVERIFY(updated.ok());
        QCOMPARE((*w)->users().getUser(w->userId)->lastName, QStringLiteral("Lima-Souza"));
        QCOMPARE((*w)->users().getUser(w->userId)->updatedAt, w->now);
        QCOMPARE(changed.count(), 1);

        ana.email = QStringLiteral("ben@example.org");
        QVERIFY(!(*w)->users().updateUser(ana).ok());
        QCOMPARE((*w)->users().getUser(w->userId)->email, QStringLiteral("ana@example.org"));

        User ghost;
        ghost.id = 999;
        ghost.email = QStringLiteral("ghost@example.org");
        QVERIFY((*w)->users().updateUser(ghost).errorMessage().contains(QLatin1String("999")));
    }

    void deleteRemovesTheirRows()
    {
        Goal goal;
        goal.title = QStringLiteral("Ship it");
        QVERIFY((*w)->goals().createGoal(w->otherUserId, goal).ok());
        QVERIFY((*w)->users().deleteUser(w->otherUserId).ok());
        QVERIFY((*w)->goals().getUserGoals(w->otherUserId)->isEmpty());
        QVERIFY(!(*w)->users().deleteUser(w->otherUserId).ok());
    }

    // A person's own posting and their application to it hang on the person along two references:
    // taking the person away and back restores each row once, parents first, with its owner.
    void personWithOwnPostingsIsTakenAwayAndBack()
    {
        Opportunity posting;
        posting.title = QStringLiteral("Lighthouse keeper");
        posting.company = QStringLiteral("Coast");
        posting.ownerId = w->userId;
        const qint64 postingId = (*w)->opportunities().createOpportunity(posting).value().id;
        const qint64 applicationId = (*w)->applications().saveOpportunity(w->userId, postingId).value().id;

        auto archives = (*w)->takeAway({{QStringLiteral("users"), w->userId}});
        QVERIFY2(archives.ok(), qPrintable(archives.errorMessage()));
        QVERIFY(!(*w)->opportunities().getOpportunityById(postingId).value().has_value());

        const Status restored = (*w)->restore(archives.value());
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE((*w)->opportunities().getOpportunityById(postingId).value()->ownerId, w->userId);
        QVERIFY((*w)->applications().getApplication(w->userId, applicationId).ok());
        // Saving the posting keeps its owner, whatever the edited copy says.
        Opportunity edited = (*w)->opportunities().getOpportunityById(postingId).value().value();
        edited.ownerId = 0;
        QVERIFY((*w)->opportunities().updateOpportunity(edited).ok());
        QCOMPARE((*w)->opportunities().getOpportunityById(postingId).value()->ownerId, w->userId);
    }

    // A person's export holds their own data: a link to another person (the coach who added one of
    // their action items or notes) is left out, as deleting the coach would clear it, and the file goes in
    // whole.
    void anExportLeavesOutLinksToOtherPeople()
    {
        ActionItem item;
        item.title = QStringLiteral("Call the harbour");
        item.createdBy = w->otherUserId;
        QVERIFY((*w)->actionItems().createActionItem(w->userId, item).ok());
        Note note;
        note.title = QStringLiteral("Session 1");
        note.createdBy = w->otherUserId;
        QVERIFY((*w)->notes().createNote(w->userId, note).ok());
        auto json = PersonTransfer::exportPerson(**w, w->userId);
        QVERIFY2(json.ok(), qPrintable(json.errorMessage()));

        TestWorkspace elsewhere;
        QVERIFY((*elsewhere).users().deleteUser(elsewhere.userId).ok()); // Ana arrives from the file
        auto imported = PersonTransfer::importPerson(*elsewhere, json.value());
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const QList<ActionItem> items = (*elsewhere).actionItems().getUserActionItems(imported->id).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().title, QStringLiteral("Call the harbour"));
        QCOMPARE(items.first().createdBy, 0);
        const QList<Note> notes = (*elsewhere).notes().getUserNotes(imported->id).value();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().title, QStringLiteral("Session 1"));
        QCOMPARE(notes.first().createdBy, 0);
    }

    // A person file holds the person's data, not what one database keeps about it: the login its
    // administrator gave them, row versions, who saved last. A file of an earlier CareerDesk that holds
    // them goes in without them: a login is still the administrator's to give (--add-person).
    void anExportLeavesOutWhatTheDatabaseKeeps()
    {
        const QSqlDatabase connection = (*w)->database().connection();
        QVERIFY(SqlQuery::run(connection, QStringLiteral("UPDATE users SET login = 'ana' WHERE id = ?"),
                              {w->userId})
                    .ok());
        Goal goal;
        goal.title = QStringLiteral("Keep a light");
        goal = (*w)->goals().createGoal(w->userId, goal).value();
        goal.title = QStringLiteral("Keep two lights");
        QVERIFY((*w)->goals().updateGoal(w->userId, goal).ok()); // its row version rises
        auto json = PersonTransfer::exportPerson(**w, w->userId);
        QVERIFY2(json.ok(), qPrintable(json.errorMessage()));
        QJsonObject document = QJsonDocument::fromJson(json.value()).object();
        QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
        for (const char* table : {"users", "goals"}) {
            const QJsonObject row = tables.value(QLatin1String(table)).toArray().first().toObject();
            QVERIFY2(!row.isEmpty(), table);
            for (const char* column : {"login", "row_version", "changed_by"})
                QVERIFY2(!row.contains(QLatin1String(column)), column);
        }

        // An earlier CareerDesk's file, with another server's login in it.
        for (const char* table : {"users", "goals"}) {
            QJsonArray rows = tables.value(QLatin1String(table)).toArray();
            QJsonObject row = rows.first().toObject();
            if (qstrcmp(table, "users") == 0)
                row.insert(QStringLiteral("login"), QStringLiteral("ben"));
            row.insert(QStringLiteral("row_version"), 2147483647);
            row.insert(QStringLiteral("changed_by"), QStringLiteral("Someone elsewhere"));
            rows.replace(0, row);
            tables.insert(QLatin1String(table), rows);
        }
        document.insert(QStringLiteral("tables"), tables);
        TestWorkspace elsewhere;
        QVERIFY((*elsewhere).users().deleteUser(elsewhere.userId).ok()); // Ana arrives from the file
        auto imported = PersonTransfer::importPerson(*elsewhere, QJsonDocument(document).toJson());
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(imported->login.isEmpty());
        const QSqlDatabase there = (*elsewhere).database().connection();
        QCOMPARE(SqlQuery::scalar(there, QStringLiteral("SELECT row_version FROM goals WHERE user_id = ?"),
                                  {imported->id})
                     ->toInt(),
                 1);
        QCOMPARE(SqlQuery::scalar(there, QStringLiteral("SELECT changed_by FROM users WHERE id = ?"),
                                  {imported->id})
                     ->toString(),
                 QString());
    }

    // Schema 14 renamed user_opportunities to applications; a person file written before then still goes
    // in whole, the application and its history with it.
    void aFileOfAnEarlierSchemaKeepsItsApplications()
    {
        Opportunity posting;
        posting.title = QStringLiteral("Harbour master");
        posting.company = QStringLiteral("Port");
        const qint64 postingId = (*w)->opportunities().createOpportunity(posting).value().id;
        const qint64 applicationId = (*w)->applications().saveOpportunity(w->userId, postingId).value().id;
        QVERIFY((*w)->applications()
                    .updateApplicationStatus(w->userId, applicationId, ApplicationStatus::Applied)
                    .ok());
        auto json = PersonTransfer::exportPerson(**w, w->userId);
        QVERIFY2(json.ok(), qPrintable(json.errorMessage()));
        QJsonObject document = QJsonDocument::fromJson(json.value()).object();
        QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("applications")).toArray().size(), 1);
        tables.insert(QStringLiteral("user_opportunities"), tables.take(QStringLiteral("applications")));
        QJsonArray events;
        for (const QJsonValue& value : tables.value(QStringLiteral("application_events")).toArray()) {
            QJsonObject event = value.toObject();
            event.insert(QStringLiteral("user_opportunity_id"), event.take(QStringLiteral("application_id")));
            events.append(event);
        }
        QCOMPARE(events.size(), 2);
        tables.insert(QStringLiteral("application_events"), events);
        document.insert(QStringLiteral("tables"), tables);
        document.insert(QStringLiteral("schemaVersion"), 13);

        TestWorkspace elsewhere;
        QVERIFY((*elsewhere).users().deleteUser(elsewhere.userId).ok()); // Ana arrives from the file
        auto imported = PersonTransfer::importPerson(*elsewhere, QJsonDocument(document).toJson());
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        const QList<Application> applications =
            (*elsewhere).applications().getUserOpportunities(imported->id).value();
        QCOMPARE(applications.size(), 1);
        QCOMPARE(applications.first().applicationStatus, ApplicationStatus::Applied);
        QCOMPARE(
            (*elsewhere).applications().getApplicationHistory(imported->id, applications.first().id)->size(),
            2);
    }

    void resolveUser()
    {
        auto& users = (*w)->users();
        // Two users and no choice yet: an error that lists them.
        auto ambiguous = users.resolveUser(QString(), false);
        QVERIFY(!ambiguous.ok());
        QVERIFY(ambiguous.errorMessage().contains(QLatin1String("ana@example.org")));
        QVERIFY(ambiguous.errorMessage().contains(QLatin1String("ben@example.org")));

        QVERIFY(users.rememberCurrentUser(w->otherUserId).ok());
        QCOMPARE(users.resolveUser(QString(), false)->id, w->otherUserId);
        QCOMPARE(users.resolveUser(QStringLiteral("ana@example.org"), false)->id, w->userId);

        QVERIFY(!users.resolveUser(QStringLiteral("new@example.org"), false).ok());
        auto created = users.resolveUser(QStringLiteral("new@example.org"), true);
        QVERIFY(created.ok());
        QCOMPARE(created->email, QStringLiteral("new@example.org"));
        QCOMPARE(users.listUsers()->size(), 3);
    }

    void resolveTheOnlyUser()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("one.sqlite")));
        QVERIFY(workspace.ok());
        auto& users = workspace.value()->users();
        QVERIFY(users.resolveUser(QString(), false).errorMessage().contains(QLatin1String("no user")));
        User only;
        only.email = QStringLiteral("only@example.org");
        const qint64 id = users.createUser(only)->id;
        QCOMPARE(users.resolveUser(QString(), false)->id, id);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
