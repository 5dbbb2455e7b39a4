#include "TestSupport.h"
#include "documents/GenerationTemplate.h"
#include "documents/IntroEmailGenerator.h"
#include "documents/Prose.h"
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
        for (const IntroEmail& email : {withPosting.value(), general.value()}) {
            const int words = Prose::wordCount(email.content);
            QVERIFY2(words >= 60 && words <= 150,
                     qPrintable(QStringLiteral("%1 words:\n%2").arg(words).arg(email.content)));
            QVERIFY2(!email.content.contains(QLatin1String("{{")) &&
                         !email.content.contains(QLatin1String("\n\n\n")) &&
                         !email.content.contains(QLatin1String("  ")),
                     qPrintable(email.content));
        }
    }

    // With a default resume, an email says what the person does, and for a posting the requirements
    // their resume shows; a recipient with a name is greeted by it.
    void emailsAreSpecificToThePersonAndThePosting_data()
    {
        QTest::addColumn<int>("purpose");
        for (EmailPurpose purpose : enumValues<EmailPurpose>())
            QTest::newRow(qPrintable(enumKey(purpose))) << int(purpose);
    }

    void emailsAreSpecificToThePersonAndThePosting()
    {
        QFETCH(int, purpose);
        const qint64 resume = w->addResume(
            w->userId, QStringLiteral("Main"),
            QStringLiteral(
                "# Ana Lima\n\n## Experience\n\n**Senior Engineer, Northwind Robotics** (2019–today)  \n"
                "Built Qt and C++ desktop tools with CMake on Linux.\n"));
        QVERIFY((*w)->resumes().setDefaultResume(w->userId, resume).ok());
        const qint64 posting = w->addOpportunity(QStringLiteral("Qt Developer"), QStringLiteral("KDAB"),
                                                 {QStringLiteral("C++, Qt"), QStringLiteral("Rust")});
        auto email = DocumentGeneration::draftIntroEmail(**w, w->userId, EmailPurpose(purpose), posting,
                                                         QStringLiteral("Ben Weber <ben@kdab.example>"));
        QVERIFY2(email.ok(), qPrintable(email.errorMessage()));
        const QString text = email->content;
        QVERIFY2(text.startsWith(QLatin1String("Hello Ben,\n\n")), qPrintable(text));
        QCOMPARE(email->recipient, QStringLiteral("Ben Weber <ben@kdab.example>"));
        QVERIFY(!text.contains(QLatin1String("Rust")));
        const auto kind = EmailPurpose(purpose);
        if (kind != EmailPurpose::ThankYou) // a thank-you is about the conversation, not the resume
            QVERIFY2(text.contains(
                         QLatin1String("I work as Senior Engineer at Northwind Robotics, where I built Qt "
                                       "and C++ desktop tools with CMake on Linux.")),
                     qPrintable(text));
        QVERIFY2(text.contains(
                     QLatin1String("The posting's emphasis on C++ and Qt is close to what I do every day.")),
                 qPrintable(text));
        const int words = Prose::wordCount(text);
        QVERIFY2(words >= 60 && words <= 150,
                 qPrintable(QStringLiteral("%1 words:\n%2").arg(words).arg(text)));

        QCOMPARE(IntroEmailGenerator::greeting(QStringLiteral("ben@kdab.example")), QStringLiteral("Hello,"));
        QCOMPARE(IntroEmailGenerator::greeting(QStringLiteral("Ben")), QStringLiteral("Hello Ben,"));
        QCOMPARE(IntroEmailGenerator::greeting(QString()), QStringLiteral("Hello,"));
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
