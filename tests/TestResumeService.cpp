#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestResumeService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    int defaultsOf(qint64 userId)
    {
        int count = 0;
        for (const Resume& resume : (*w)->resumes().getUserResumes(userId).value())
            count += resume.isDefault ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void firstResumeBecomesDefault()
    {
        auto& service = (*w)->resumes();
        QVERIFY(!service.getDefaultResume(w->userId)->has_value());
        const qint64 first = w->addResume(w->userId, QStringLiteral("General"), QStringLiteral("# Ana Lima"));
        auto fallback = service.getDefaultResume(w->userId);
        QVERIFY(fallback.ok() && fallback->has_value());
        QCOMPARE(fallback.value()->id, first);
        w->addResume(w->userId, QStringLiteral("Backend"));
        QCOMPARE(service.getDefaultResume(w->userId).value()->id, first);
        QCOMPARE(defaultsOf(w->userId), 1);
        QCOMPARE(service.getUserResumes(w->userId)->size(), 2);
    }

    void setDefaultMovesItAtomically()
    {
        auto& service = (*w)->resumes();
        const qint64 first = w->addResume(w->userId, QStringLiteral("General"));
        const qint64 second = w->addResume(w->userId, QStringLiteral("Backend"));
        const qint64 theirs = w->addResume(w->otherUserId, QStringLiteral("Theirs"));
        QSignalSpy changed(&service, &EntityService::changed);
        auto moved = service.setDefaultResume(w->userId, second);
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QVERIFY(moved->isDefault);
        QCOMPARE(service.getDefaultResume(w->userId).value()->id, second);
        QVERIFY(!service.getResume(w->userId, first)->isDefault);
        QCOMPARE(defaultsOf(w->userId), 1);
        QCOMPARE(changed.count(), 2); // the old default and the new one
        // Another user's default is untouched, and their resume cannot be made ours.
        QCOMPARE(service.getDefaultResume(w->otherUserId).value()->id, theirs);
        QVERIFY(!service.setDefaultResume(w->userId, theirs).ok());
        QCOMPARE(service.getDefaultResume(w->userId).value()->id, second);
    }

    void creatingADefaultReplacesTheOld()
    {
        auto& service = (*w)->resumes();
        w->addResume(w->userId, QStringLiteral("General"));
        Resume tailored;
        tailored.name = QStringLiteral("Tailored");
        tailored.isDefault = true;
        const qint64 id = service.createResume(w->userId, tailored)->id;
        QCOMPARE(service.getDefaultResume(w->userId).value()->id, id);
        QCOMPARE(defaultsOf(w->userId), 1);
    }

    void uncheckingTheOnlyDefaultKeepsIt()
    {
        auto& service = (*w)->resumes();
        Resume only = service.getResume(w->userId, w->addResume(w->userId, QStringLiteral("Only"))).value();
        only.isDefault = false;
        only.content = QStringLiteral("new text");
        QVERIFY(service.updateResume(w->userId, only).ok());
        QVERIFY(service.getResume(w->userId, only.id)->isDefault);
        QCOMPARE(service.getResume(w->userId, only.id)->content, QStringLiteral("new text"));
    }

    void deletingTheDefaultPromotesAnother()
    {
        auto& service = (*w)->resumes();
        const qint64 first = w->addResume(w->userId, QStringLiteral("A"));
        const qint64 second = w->addResume(w->userId, QStringLiteral("B"));
        QVERIFY(service.deleteResume(w->userId, first).ok());
        QCOMPARE(service.getDefaultResume(w->userId).value()->id, second);
        QVERIFY(service.deleteResume(w->userId, second).ok());
        QVERIFY(!service.getDefaultResume(w->userId)->has_value());
        QVERIFY(!service.deleteResume(w->userId, second).ok());
    }

    void updateAndValidation()
    {
        auto& service = (*w)->resumes();
        Resume resume = service.getResume(w->userId, w->addResume(w->userId, QStringLiteral("A"))).value();
        resume.format = ResumeFormat::Html;
        resume.content = QStringLiteral("<h1>Ana</h1>");
        QVERIFY(service.updateResume(w->userId, resume).ok());
        QCOMPARE(service.getResume(w->userId, resume.id)->format, ResumeFormat::Html);
        resume.name = QStringLiteral(" ");
        QVERIFY(!service.updateResume(w->userId, resume).ok());
        QCOMPARE(service.getResume(w->userId, resume.id)->name, QStringLiteral("A"));
        Resume nameless;
        QVERIFY(!service.createResume(w->userId, nameless).ok());
        QCOMPARE(service.getUserResumes(w->userId)->size(), 1);
        QVERIFY(!service.updateResume(w->otherUserId, resume).ok());
    }
};

QTEST_GUILESS_MAIN(TestResumeService)
#include "TestResumeService.moc"
