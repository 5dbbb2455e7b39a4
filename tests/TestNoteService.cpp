#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

// Notes: a person's own, and those their coach adds for them, which keep who added them.
class TestNoteService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    NoteService& service() { return (*w)->notes(); }

    static Note note(const QString& title, const QString& content = QString(), qint64 createdBy = 0)
    {
        Note value;
        value.title = title;
        value.content = content;
        value.createdBy = createdBy;
        return value;
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void createListAndUpdate()
    {
        QSignalSpy created(&service(), &EntityService::created);
        auto added = service().createNote(
            w->userId, note(QStringLiteral("Mock interview"), QStringLiteral("Slow down on the intro.")));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(created.count(), 1);
        QCOMPARE(added->createdBy, 0);
        QCOMPARE(added->createdAt, w->now);
        w->advanceDays(1);
        QVERIFY(service().createNote(w->userId, note(QStringLiteral("Networking plan"))).ok());
        auto notes = service().getUserNotes(w->userId);
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), 2);
        QCOMPARE(notes->at(0).title, QStringLiteral("Networking plan")); // newest first
        QCOMPARE(notes->at(1).content, QStringLiteral("Slow down on the intro."));

        Note edited = added.value();
        edited.content = QStringLiteral("Slow down; smile.");
        auto saved = service().updateNote(w->userId, edited);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(service().getNote(w->userId, added->id)->content, QStringLiteral("Slow down; smile."));
        QCOMPARE(service().getNote(w->userId, added->id)->updatedAt, w->now);
    }

    void aCoachsNoteKeepsWhoAddedIt()
    {
        const qint64 coach = w->otherUserId;
        auto added = service().createNote(w->userId, note(QStringLiteral("Session 1"), QString(), coach));
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added->createdBy, coach);
        // A save never changes who wrote it, whatever the row says.
        Note edited = added.value();
        edited.createdBy = 0;
        edited.title = QStringLiteral("Session one");
        QVERIFY(service().updateNote(w->userId, edited).ok());
        QCOMPARE(service().getNote(w->userId, added->id)->createdBy, coach);
        // A person who adds a note in their own name adds their own.
        auto own = service().createNote(w->userId, note(QStringLiteral("Mine"), QString(), w->userId));
        QCOMPARE(own->createdBy, 0);
        // An author who is no one is refused, and nothing is written.
        auto nobody = service().createNote(w->userId, note(QStringLiteral("Ghost"), QString(), 98765));
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.errorMessage().contains(QLatin1String("98765")), qPrintable(nobody.errorMessage()));
        QCOMPARE(service().getUserNotes(w->userId)->size(), 2);
    }

    void otherUsersNotesAreOutOfReach()
    {
        Note theirs = service().createNote(w->otherUserId, note(QStringLiteral("Private"))).value();
        QVERIFY(!service().getNote(w->userId, theirs.id).ok());
        theirs.title = QStringLiteral("hijacked");
        QVERIFY(!service().updateNote(w->userId, theirs).ok());
        QVERIFY(!service().deleteNote(w->userId, theirs.id).ok());
        QCOMPARE(service().getNote(w->otherUserId, theirs.id)->title, QStringLiteral("Private"));
        QVERIFY(service().getUserNotes(w->userId)->isEmpty());
    }

    void validationAndDelete()
    {
        QSignalSpy created(&service(), &EntityService::created);
        auto blank = service().createNote(w->userId, note(QStringLiteral("  ")));
        QVERIFY(!blank.ok());
        QVERIFY2(blank.errorMessage().contains(QLatin1String("Title is required")),
                 qPrintable(blank.errorMessage()));
        QCOMPARE(created.count(), 0);
        const qint64 id = service().createNote(w->userId, note(QStringLiteral("Keep"))).value().id;
        QSignalSpy removed(&service(), &EntityService::removed);
        QVERIFY(service().deleteNote(w->userId, id).ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(!service().deleteNote(w->userId, id).ok());
    }

    void aDeletedNoteComesBackWithItsId()
    {
        const Note added =
            service()
                .createNote(w->userId, note(QStringLiteral("Session"), QString(), w->otherUserId))
                .value();
        auto archive = (*w)->archive(QStringLiteral("notes"), added.id);
        QVERIFY2(archive.ok(), qPrintable(archive.errorMessage()));
        QVERIFY(service().deleteNote(w->userId, added.id).ok());
        QSignalSpy created(&service(), &EntityService::created);
        QVERIFY((*w)->restore(archive.value()).ok());
        QCOMPARE(created.count(), 1);
        auto back = service().getNote(w->userId, added.id);
        QVERIFY(back.ok());
        QCOMPARE(back->createdBy, w->otherUserId);
        // The coach's account goes: the note stays the person's, with no author.
        QVERIFY((*w)->users().deleteUser(w->otherUserId).ok());
        QCOMPARE(service().getNote(w->userId, added.id)->createdBy, 0);
    }
};

QTEST_GUILESS_MAIN(TestNoteService)
#include "TestNoteService.moc"
