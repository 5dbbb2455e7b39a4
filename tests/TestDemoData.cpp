#include "TestSupport.h"
#include "workflows/DemoData.h"

#include <QRegularExpression>
#include <QTest>

using namespace careerdesk;

// The demo is a newcomer's first look at CareerDesk: it has to read right and hang together.
class TestDemoData : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

private Q_SLOTS:
    void init()
    {
        w = std::make_unique<TestWorkspace>();
        QVERIFY(DemoData::load(**w, w->userId).ok());
    }
    void cleanup() { w.reset(); }

    // "a Engineering Manager": no indefinite article "a" before a word that starts with a vowel.
    void postingsReadAsEnglish()
    {
        const QRegularExpression wrongArticle(QStringLiteral("\\ba [AEIOU]"));
        OpportunitySearchCriteria everything;
        everything.status.reset();
        everything.limit = 1000;
        const auto postings = (*w)->opportunities().searchOpportunities(everything).value();
        QVERIFY(postings.size() >= DemoData::postingCount);
        for (const Opportunity& posting : postings)
            QVERIFY2(!wrongArticle.match(posting.description).hasMatch(), qPrintable(posting.description));
    }

    // An action item that names a company is linked to a posting of that company, one in the person's
    // pipeline; one about an interview is linked to an application that reached Interviewing.
    void actionItemsAreLinkedToThePostingsTheyName()
    {
        const auto items = (*w)->actionItems().getUserActionItems(w->userId).value();
        const auto applications = (*w)->applications().getUserOpportunities(w->userId).value();
        const auto histories = (*w)->applications().getApplicationHistories(w->userId).value();
        int linked = 0;
        for (const ActionItem& item : items) {
            if (item.relatedOpportunityId == 0)
                continue;
            ++linked;
            const Opportunity posting =
                (*w)->opportunities().getOpportunity(item.relatedOpportunityId).value();
            QVERIFY2(item.title.contains(posting.company),
                     qPrintable(item.title + QStringLiteral(" → ") + posting.company));
            const auto application =
                std::find_if(applications.cbegin(), applications.cend(),
                             [&](const Application& a) { return a.opportunityId == posting.id; });
            QVERIFY2(application != applications.cend(), qPrintable(item.title));
            if (item.title.contains(QLatin1String("interview"), Qt::CaseInsensitive)) {
                const auto history = histories.value(application->id);
                QVERIFY2(std::any_of(history.cbegin(), history.cend(),
                                     [](const ApplicationEvent& event) {
                                         return event.toStatus == ApplicationStatus::Interviewing;
                                     }),
                         qPrintable(item.title));
            }
        }
        QVERIFY(linked >= 3);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
