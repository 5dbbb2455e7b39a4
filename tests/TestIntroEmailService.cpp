#include "TestSupport.h"
#include "documents/GenerationTemplate.h"
#include "workflows/DocumentGeneration.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestIntroEmailService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    IntroEmailService& service() { return (*w)->introEmails(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void crud()
    {
        IntroEmail email;
        email.recipient = QStringLiteral("jo@kdab.example");
        email.subject = QStringLiteral("Hello");
        email.content = QStringLiteral("Hi Jo");
        email.purpose = EmailPurpose::Inquiry;
        auto added = service().createIntroEmail(w->userId, email);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(service().getUserIntroEmails(w->userId)->size(), 1);
        QCOMPARE(service().getIntroEmail(w->userId, added->id)->purpose, EmailPurpose::Inquiry);
        IntroEmail edited = added.value();
        edited.subject = QStringLiteral("Hello again");
        QVERIFY(service().updateIntroEmail(w->userId, edited).ok());
        QCOMPARE(service().getIntroEmail(w->userId, edited.id)->subject, QStringLiteral("Hello again"));
        QVERIFY(!service().updateIntroEmail(w->otherUserId, edited).ok());
        QVERIFY(!service().deleteIntroEmail(w->otherUserId, edited.id).ok());
        QVERIFY(service().deleteIntroEmail(w->userId, edited.id).ok());
        QVERIFY(service().getUserIntroEmails(w->userId)->isEmpty());
    }

    void validation()
    {
        IntroEmail email;
        email.subject = QStringLiteral("Hi");
        email.recipient = QStringLiteral("not an address");
        auto refused = service().createIntroEmail(w->userId, email);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QLatin1String("not an address")));
        email.recipient.clear();
        email.subject.clear();
        QVERIFY(
            service().createIntroEmail(w->userId, email).errorMessage().contains(QLatin1String("Subject")));
        QVERIFY(service().getUserIntroEmails(w->userId)->isEmpty());
    }

    void generateForEveryPurpose_data()
    {
        QTest::addColumn<int>("purpose");
        for (EmailPurpose purpose : enumValues<EmailPurpose>())
            QTest::newRow(qPrintable(enumKey(purpose))) << int(purpose);
    }

    void generateForEveryPurpose()
    {
        QFETCH(int, purpose);
        const qint64 posting = w->addOpportunity(QStringLiteral("Qt Developer"), QStringLiteral("KDAB"));
        auto withPosting =
            DocumentGeneration::generateIntroEmail(**w, w->userId, EmailPurpose(purpose), posting);
        QVERIFY2(withPosting.ok(), qPrintable(withPosting.errorMessage()));
        QCOMPARE(withPosting->purpose, EmailPurpose(purpose));
        QCOMPARE(withPosting->opportunityId, posting);
        QVERIFY(withPosting->subject.contains(QLatin1String("KDAB")));
        QVERIFY(withPosting->content.contains(QLatin1String("Qt Developer")));
        QVERIFY(withPosting->content.contains(QLatin1String("Ana Lima")));
        QVERIFY(withPosting->recipient.isEmpty());
        QVERIFY(!withPosting->sentAt.isValid());

        auto general = DocumentGeneration::generateIntroEmail(**w, w->userId, EmailPurpose(purpose));
        QVERIFY(general.ok());
        QCOMPARE(general->opportunityId, 0);
        QVERIFY(!general->subject.isEmpty());
        QVERIFY(!general->content.contains(QLatin1String("KDAB")));
    }

    void purposesWriteDifferentEmails()
    {
        const qint64 posting = w->addOpportunity(QStringLiteral("Dev"), QStringLiteral("Acme"));
        QSet<QString> subjects;
        for (EmailPurpose purpose : enumValues<EmailPurpose>())
            subjects << DocumentGeneration::generateIntroEmail(**w, w->userId, purpose, posting)->subject;
        QCOMPARE(subjects.size(), int(enumValues<EmailPurpose>().size()));
        QVERIFY(!DocumentGeneration::generateIntroEmail(**w, w->userId, EmailPurpose::Networking, 8080).ok());
    }

    void userTemplateReplacesTheBuiltInOne()
    {
        QVERIFY(QDir().mkpath(GenerationTemplate::userFolder()));
        QFile custom(GenerationTemplate::userFolder() + QStringLiteral("/email-networking-general.txt"));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("Subject: Coffee, {{name}}?\n\nShall we meet?\n");
        custom.close();
        auto email = DocumentGeneration::generateIntroEmail(**w, w->userId, EmailPurpose::Networking);
        QVERIFY2(email.ok(), qPrintable(email.errorMessage()));
        QCOMPARE(email->subject, QStringLiteral("Coffee, Ana Lima?"));
        QCOMPARE(email->content, QStringLiteral("Shall we meet?\n"));

        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write("Subject: About {{salary}}\n\nx\n");
        custom.close();
        const int before = int(service().getUserIntroEmails(w->userId)->size());
        auto refused = DocumentGeneration::generateIntroEmail(**w, w->userId, EmailPurpose::Networking);
        QFile::remove(custom.fileName());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("{{salary}}")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(int(service().getUserIntroEmails(w->userId)->size()), before);
    }

    void markAsSentStampsTime()
    {
        const qint64 id = DocumentGeneration::generateIntroEmail(**w, w->userId, EmailPurpose::ThankYou)->id;
        w->advanceDays(1);
        QSignalSpy changed(&service(), &EntityService::changed);
        auto sent = service().markEmailAsSent(w->userId, id);
        QVERIFY(sent.ok());
        QCOMPARE(sent->sentAt, w->now);
        QCOMPARE(service().getIntroEmail(w->userId, id)->sentAt, w->now);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!service().markEmailAsSent(w->otherUserId, id).ok());
    }
};

QTEST_GUILESS_MAIN(TestIntroEmailService)
#include "TestIntroEmailService.moc"
