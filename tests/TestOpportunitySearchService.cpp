#include "TestSupport.h"
#include "store/OpportunityRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace careerdesk;

class TestOpportunitySearchService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

    qint64 add(Opportunity opportunity)
    {
        if (!opportunity.postedAt.isValid())
            opportunity.postedAt = w->now.addDays(-1);
        auto created = (*w)->opportunities().createOpportunity(opportunity);
        if (!created)
            qFatal("%s", qPrintable(created.errorMessage()));
        return created->id;
    }

    Opportunity posting(const QString& title, const QString& company, const QString& location = QString())
    {
        Opportunity opportunity;
        opportunity.title = title;
        opportunity.company = company;
        opportunity.location = location;
        opportunity.description = QStringLiteral("We build things.");
        return opportunity;
    }

    QList<qint64> ids(const Result<QList<Opportunity>>& result)
    {
        QList<qint64> list;
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.errorMessage()));
            return list;
        }
        for (const Opportunity& opportunity : result.value())
            list << opportunity.id;
        return list;
    }

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void createGetUpdateDelete()
    {
        auto& service = (*w)->opportunities();
        QSignalSpy created(&service, &EntityService::created);
        Opportunity full =
            posting(QStringLiteral("Qt Developer"), QStringLiteral("KDAB"), QStringLiteral("Berlin"));
        full.requirements = {QStringLiteral("C++"), QStringLiteral("Qt")};
        full.type = OpportunityType::Contract;
        full.isRemote = true;
        full.salaryRange = SalaryRange{60000'00, 75000'00, QStringLiteral("EUR"), SalaryPeriod::Yearly};
        full.expiresAt = w->now.addDays(30);
        full.sourceUrl = QStringLiteral("https://jobs.example.org/qt-dev");
        const qint64 id = add(full);
        QCOMPARE(created.count(), 1);

        auto found = service.getOpportunityById(id);
        QVERIFY(found.ok() && found->has_value());
        const Opportunity& stored = found->value();
        QCOMPARE(stored.title, full.title);
        QCOMPARE(stored.requirements, full.requirements);
        QCOMPARE(stored.type, OpportunityType::Contract);
        QVERIFY(stored.isRemote);
        QVERIFY(stored.salaryRange.has_value());
        QCOMPARE(*stored.salaryRange, *full.salaryRange);
        QCOMPARE(stored.expiresAt, full.expiresAt);
        QCOMPARE(stored.sourceUrl, full.sourceUrl);

        Opportunity edited = stored;
        edited.status = OpportunityStatus::Filled;
        edited.salaryRange.reset();
        QVERIFY(service.updateOpportunity(edited).ok());
        QCOMPARE(service.getOpportunityById(id)->value().status, OpportunityStatus::Filled);
        QVERIFY(!service.getOpportunityById(id)->value().salaryRange.has_value());

        QVERIFY(service.deleteOpportunity(id).ok());
        QVERIFY(!service.getOpportunityById(id)->has_value());
        QVERIFY(!service.deleteOpportunity(id).ok());
    }

    // A person's own postings are theirs; those without an owner are published to everyone. The search of
    // a person (in the window, the person whose data it shows) lists the two, on a file as on a server.
    void aPersonFindsTheirOwnAndPublishedPostingsOnly()
    {
        Opportunity anas = posting(QStringLiteral("Keeper of lights"), QStringLiteral("Coast"));
        anas.ownerId = w->userId;
        Opportunity bens = posting(QStringLiteral("Keeper of boats"), QStringLiteral("Harbour"));
        bens.ownerId = w->otherUserId;
        const qint64 anaId = add(anas);
        const qint64 benId = add(bens);
        const qint64 publishedId = add(posting(QStringLiteral("Keeper of maps"), QStringLiteral("Port")));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("keeper");
        criteria.viewerId = w->userId;
        QCOMPARE(ids((*w)->opportunities().searchOpportunities(criteria)).size(), 2);
        QVERIFY(ids((*w)->opportunities().searchOpportunities(criteria)).contains(anaId));
        QVERIFY(ids((*w)->opportunities().searchOpportunities(criteria)).contains(publishedId));
        QCOMPARE((*w)->opportunities().countOpportunities(criteria, 100).value(), 2);
        criteria.viewerId = w->otherUserId;
        const QList<qint64> forBen = ids((*w)->opportunities().searchOpportunities(criteria));
        QVERIFY(forBen.contains(benId) && forBen.contains(publishedId) && !forBen.contains(anaId));
        criteria.keywords.clear(); // every posting, newest first: the same rule
        QVERIFY(!ids((*w)->opportunities().searchOpportunities(criteria)).contains(anaId));
    }

    void validation()
    {
        auto& service = (*w)->opportunities();
        Opportunity bad = posting(QStringLiteral("Dev"), QString());
        QVERIFY(service.createOpportunity(bad).errorMessage().contains(QLatin1String("Company")));
        bad = posting(QStringLiteral("Dev"), QStringLiteral("Acme"));
        bad.salaryRange = SalaryRange{90000'00, 50000'00, QStringLiteral("USD"), SalaryPeriod::Yearly};
        QVERIFY(
            service.createOpportunity(bad).errorMessage().contains(QLatin1String("greater than maximum")));
        bad.salaryRange.reset();
        bad.sourceUrl = QStringLiteral("javascript:alert(1)");
        QVERIFY(service.createOpportunity(bad).errorMessage().contains(QLatin1String("javascript:alert(1)")));
        bad.sourceUrl.clear();
        bad.postedAt = w->now;
        bad.expiresAt = w->now.addDays(-3);
        QVERIFY(service.createOpportunity(bad).errorMessage().contains(QLatin1String("expires")));
        QVERIFY(ids(service.getActiveOpportunities()).isEmpty());
    }

    void keywordsMatchAnyFieldAndAllWords()
    {
        auto& service = (*w)->opportunities();
        Opportunity qt =
            posting(QStringLiteral("Qt Developer"), QStringLiteral("KDAB"), QStringLiteral("Berlin"));
        qt.requirements = {QStringLiteral("QML")};
        const qint64 a = add(qt);
        const qint64 b = add(
            posting(QStringLiteral("Rust Engineer"), QStringLiteral("Ferrous"), QStringLiteral("Berlin")));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("qml");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{a});
        criteria.keywords = QStringLiteral("berlin");
        QCOMPARE(ids(service.searchOpportunities(criteria)).size(), 2);
        criteria.keywords = QStringLiteral("berlin rust");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{b});
        criteria.keywords = QStringLiteral("ferr");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{b});
    }

    void keywordsAreTextNotSyntax()
    {
        auto& service = (*w)->opportunities();
        const qint64 percent = add(posting(QStringLiteral("100% remote"), QStringLiteral("Acme")));
        add(posting(QStringLiteral("Office job"), QStringLiteral("Acme")));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("%");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{percent});
        for (const char* hostile :
             {"_", "\"", "'; DROP TABLE opportunities; --", "NEAR(", "a:b", "-x *", "\\"}) {
            criteria.keywords = QLatin1String(hostile);
            auto found = service.searchOpportunities(criteria);
            QVERIFY2(found.ok(), hostile);
            QVERIFY2(found->isEmpty(), hostile); // none of these words or characters is in a posting
        }
        QCOMPARE(ids(service.getActiveOpportunities()).size(), 2);
    }

    void filtersByLocationTypeRemoteAndDate()
    {
        auto& service = (*w)->opportunities();
        Opportunity remote =
            posting(QStringLiteral("Dev"), QStringLiteral("A"), QStringLiteral("Lisbon, Portugal"));
        remote.isRemote = true;
        remote.type = OpportunityType::Freelance;
        remote.postedAt = w->now.addDays(-10);
        const qint64 a = add(remote);
        Opportunity office =
            posting(QStringLiteral("Dev"), QStringLiteral("B"), QStringLiteral("Porto, Portugal"));
        office.postedAt = w->now.addDays(-2);
        const qint64 b = add(office);

        OpportunitySearchCriteria criteria;
        criteria.location = QStringLiteral("lisbon");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{a});
        criteria = {};
        criteria.isRemote = true;
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{a});
        criteria.isRemote = false;
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{b});
        criteria = {};
        criteria.type = OpportunityType::Freelance;
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{a});
        QCOMPARE(ids(service.getOpportunitiesByType(OpportunityType::FullTime)), QList<qint64>{b});
        criteria = {};
        criteria.postedAfter = w->now.addDays(-5);
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{b});
        // Newest first without keywords.
        QCOMPARE(ids(service.getActiveOpportunities()), (QList<qint64>{b, a}));
    }

    void salaryFiltersCompareYearlyFigures()
    {
        auto& service = (*w)->opportunities();
        Opportunity hourly = posting(QStringLiteral("Contractor"), QStringLiteral("A"));
        hourly.salaryRange =
            SalaryRange{50'00, 60'00, QStringLiteral("EUR"), SalaryPeriod::Hourly}; // 104k–124.8k
        const qint64 a = add(hourly);
        Opportunity yearly = posting(QStringLiteral("Employee"), QStringLiteral("B"));
        yearly.salaryRange = SalaryRange{50000'00, 60000'00, QStringLiteral("EUR"), SalaryPeriod::Yearly};
        const qint64 b = add(yearly);
        Opportunity dollars = posting(QStringLiteral("Employee"), QStringLiteral("C"));
        dollars.salaryRange = SalaryRange{150000'00, 160000'00, QStringLiteral("USD"), SalaryPeriod::Yearly};
        const qint64 c = add(dollars);
        const qint64 unpaid = add(posting(QStringLiteral("Volunteer"), QStringLiteral("D")));

        OpportunitySearchCriteria criteria;
        QCOMPARE(ids(service.searchOpportunities(criteria)).size(), 4); // no filter keeps unsalaried postings
        criteria.salaryMinCents = 100000'00;
        QCOMPARE(ids(service.searchOpportunities(criteria)), (QList<qint64>{c, a}));
        criteria.salaryCurrency = QStringLiteral("EUR");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{a});
        criteria = {};
        criteria.salaryMaxCents = 70000'00;
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{b});
        QVERIFY(!ids(service.searchOpportunities(criteria)).contains(unpaid));
        criteria.salaryMinCents = 80000'00;
        QVERIFY(!service.searchOpportunities(criteria).ok());
    }

    void statusAndExpiry()
    {
        auto& service = (*w)->opportunities();
        Opportunity expiring = posting(QStringLiteral("Soon gone"), QStringLiteral("A"));
        expiring.expiresAt = w->now.addDays(1);
        const qint64 a = add(expiring);
        Opportunity filled = posting(QStringLiteral("Filled"), QStringLiteral("B"));
        filled.status = OpportunityStatus::Filled;
        const qint64 b = add(filled);
        QCOMPARE(ids(service.getActiveOpportunities()), QList<qint64>{a});
        w->advanceDays(2);
        QVERIFY(ids(service.getActiveOpportunities()).isEmpty());
        OpportunitySearchCriteria criteria;
        criteria.status = OpportunityStatus::Filled;
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{b});
        criteria.status.reset();
        QCOMPARE(ids(service.searchOpportunities(criteria)).size(), 2);
    }

    void titleMatchesRankAboveDescriptionMatches()
    {
        Opportunity inDescription = posting(QStringLiteral("Backend Engineer"), QStringLiteral("A"));
        inDescription.description = QStringLiteral("We also use some Rust here and there.");
        inDescription.postedAt = w->now.addDays(-1); // newer, still ranked lower
        const qint64 a = add(inDescription);
        Opportunity inTitle = posting(QStringLiteral("Rust Engineer"), QStringLiteral("B"));
        inTitle.postedAt = w->now.addDays(-20);
        const qint64 b = add(inTitle);
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("rust");
        QCOMPARE(ids((*w)->opportunities().searchOpportunities(criteria)), (QList<qint64>{b, a}));
    }

    void onlyTheLastWordIsAPrefix()
    {
        const qint64 a = add(posting(QStringLiteral("Developer advocate"), QStringLiteral("A")));
        add(posting(QStringLiteral("Devops lead"), QStringLiteral("B")));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("advocate devel");
        QCOMPARE(ids((*w)->opportunities().searchOpportunities(criteria)), QList<qint64>{a});
        criteria.keywords = QStringLiteral("devel advocate");
        QVERIFY(ids((*w)->opportunities().searchOpportunities(criteria)).isEmpty());
    }

    void ftsSyntaxIsText()
    {
        const qint64 a = add(posting(QStringLiteral("Near the sea"), QStringLiteral("Or Company")));
        OpportunitySearchCriteria criteria;
        // Every word must be in the posting, operators too: "title", "and" are not; "or" is (Or Company).
        for (const char* typed : {"title:near sea", "near AND \"sea"}) {
            criteria.keywords = QLatin1String(typed);
            auto found = (*w)->opportunities().searchOpportunities(criteria);
            QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
            QVERIFY2(ids(found).isEmpty(), typed);
        }
        for (const char* typed : {"near OR sea", "or company"}) {
            criteria.keywords = QLatin1String(typed);
            QCOMPARE(ids((*w)->opportunities().searchOpportunities(criteria)), QList<qint64>{a});
        }
        for (const char* typed : {"NEAR sea", "\"near\" sea", "near* sea", "(near sea", "near -sea"}) {
            criteria.keywords = QLatin1String(typed);
            QVERIFY2(ids((*w)->opportunities().searchOpportunities(criteria)).contains(a), typed);
        }
        QCOMPARE(OpportunityRepository::ftsQuery(QStringLiteral("title:near (sea")),
                 QStringLiteral("\"title\" \"near\" \"sea\"*"));
    }

    void indexFollowsUpdatesAndDeletes()
    {
        auto& service = (*w)->opportunities();
        const qint64 id = add(posting(QStringLiteral("Gardener"), QStringLiteral("Parks")));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("gardener");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{id});
        Opportunity renamed = service.getOpportunityById(id)->value();
        renamed.title = QStringLiteral("Beekeeper");
        QVERIFY(service.updateOpportunity(renamed).ok());
        QVERIFY(ids(service.searchOpportunities(criteria)).isEmpty());
        criteria.keywords = QStringLiteral("beekeeper");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{id});
        QVERIFY(service.deleteOpportunity(id).ok());
        QVERIFY(ids(service.searchOpportunities(criteria)).isEmpty());
    }

    void diacriticsAndCaseDoNotMatter()
    {
        const qint64 a = add(posting(QStringLiteral("Ingénieur logiciel"), QStringLiteral("Zürich Soft")));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("INGENIEUR zurich");
        QCOMPARE(ids((*w)->opportunities().searchOpportunities(criteria)), QList<qint64>{a});
    }

    void exactWordsComeBeforeWordsThatOnlyStartWithThem()
    {
        Opportunity javascript = posting(QStringLiteral("Frontend role"), QStringLiteral("A"));
        javascript.description = QStringLiteral("Javascript every day.");
        javascript.postedAt = w->now.addDays(-1);
        const qint64 a = add(javascript);
        Opportunity java = posting(QStringLiteral("Backend role"), QStringLiteral("B"));
        java.description = QStringLiteral("Java every day.");
        java.postedAt = w->now.addDays(-9);
        const qint64 b = add(java);
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("java");
        QCOMPARE(ids((*w)->opportunities().searchOpportunities(criteria)), (QList<qint64>{b, a}));
    }

    void pagingThroughTiersHasNoDuplicatesOrGaps_data()
    {
        QTest::addColumn<int>("rankingLimit");
        QTest::addColumn<bool>("remoteOnly");
        QTest::newRow("ranked") << 1000 << false;
        QTest::newRow("too many to rank") << 2 << false;
        QTest::newRow("too many to rank, filtered") << 2 << true;
    }

    void pagingThroughTiersHasNoDuplicatesOrGaps()
    {
        QFETCH(int, rankingLimit);
        QFETCH(bool, remoteOnly);
        auto& service = (*w)->opportunities();
        service.setRankingLimit(rankingLimit);
        QList<qint64> inTitle, exactElsewhere, prefixOnly, unmatched;
        for (int i = 0; i < 21; ++i) {
            Opportunity opportunity = posting(QStringLiteral("Job %1").arg(i), QStringLiteral("Acme"));
            opportunity.postedAt = w->now.addDays(-i);
            opportunity.isRemote = i % 2 == 0;
            switch (i % 4) {
            case 0:
                opportunity.title = QStringLiteral("Rust developer %1").arg(i);
                break;
            case 1:
                opportunity.description = QStringLiteral("Some rust, some C.");
                break;
            case 2:
                opportunity.requirements = {QStringLiteral("Rustacean spirit")};
                break;
            default:
                opportunity.description = QStringLiteral("No match here.");
            }
            const qint64 id = add(opportunity);
            if (remoteOnly && !opportunity.isRemote)
                continue;
            QList<qint64>* group[] = {&inTitle, &exactElsewhere, &prefixOnly, &unmatched};
            *group[i % 4] << id;
        }
        Opportunity closed = posting(QStringLiteral("Rust closed"), QStringLiteral("Acme"));
        closed.status = OpportunityStatus::Filled;
        add(closed);

        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("rust");
        if (remoteOnly)
            criteria.isRemote = true;
        criteria.limit = 100;
        const QList<qint64> whole = ids(service.searchOpportunities(criteria));
        QCOMPARE(QSet<qint64>(whole.begin(), whole.end()).size(), whole.size());
        QCOMPARE(whole.size(), inTitle.size() + exactElsewhere.size() + prefixOnly.size());
        // Title matches, then whole-word matches elsewhere, then words that only start with "rust".
        QCOMPARE(QSet<qint64>(whole.begin(), whole.begin() + inTitle.size()),
                 QSet<qint64>(inTitle.begin(), inTitle.end()));
        QCOMPARE(QSet<qint64>(whole.end() - prefixOnly.size(), whole.end()),
                 QSet<qint64>(prefixOnly.begin(), prefixOnly.end()));
        auto counted = service.countOpportunities(criteria, 1000);
        QCOMPARE(counted.value(), qint64(whole.size()));
        QCOMPARE(service.countOpportunities(criteria, 3).value(), qint64(4));

        for (int pageSize : {1, 2, 3, 5}) {
            QList<qint64> paged;
            criteria.limit = pageSize;
            for (criteria.offset = 0; criteria.offset < whole.size() + pageSize; criteria.offset += pageSize)
                paged << ids(service.searchOpportunities(criteria));
            QCOMPARE(paged, whole);
        }
    }

    void titleIndexFollowsEdits()
    {
        auto& service = (*w)->opportunities();
        service.setRankingLimit(0);
        const qint64 id = add(posting(QStringLiteral("Gardener"), QStringLiteral("Parks")));
        OpportunitySearchCriteria criteria;
        criteria.keywords = QStringLiteral("garden");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{id});
        Opportunity edited = service.getOpportunityById(id)->value();
        edited.status = OpportunityStatus::Filled;          // not indexed text: the indexes stay as they were
        edited = service.updateOpportunity(edited).value(); // the stored row, at its new version
        criteria.status.reset();
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{id});
        edited.title = QStringLiteral("Beekeeper");
        edited = service.updateOpportunity(edited).value(); // the stored row, at its new version
        QVERIFY(ids(service.searchOpportunities(criteria)).isEmpty());
        criteria.keywords = QStringLiteral("beek");
        QCOMPARE(ids(service.searchOpportunities(criteria)), QList<qint64>{id});
        QVERIFY(service.deleteOpportunity(id).ok());
        QVERIFY(ids(service.searchOpportunities(criteria)).isEmpty());
        QCOMPARE(service.countOpportunities(criteria, 10).value(), qint64(0));
    }

    void limitAndOffsetPage()
    {
        auto& service = (*w)->opportunities();
        QList<qint64> all;
        for (int i = 0; i < 7; ++i) {
            Opportunity opportunity = posting(QStringLiteral("Job %1").arg(i), QStringLiteral("Acme"));
            opportunity.postedAt = w->now.addDays(-i);
            all << add(opportunity);
        }
        OpportunitySearchCriteria criteria;
        criteria.limit = 3;
        QCOMPARE(ids(service.searchOpportunities(criteria)), all.mid(0, 3));
        criteria.offset = 3;
        QCOMPARE(ids(service.searchOpportunities(criteria)), all.mid(3, 3));
        criteria.offset = 6;
        QCOMPARE(ids(service.searchOpportunities(criteria)), all.mid(6));
        criteria.limit = 0;
        QVERIFY(!service.searchOpportunities(criteria).ok());
        criteria.limit = 10;
        criteria.offset = -1;
        QVERIFY(!service.searchOpportunities(criteria).ok());
    }
};

QTEST_GUILESS_MAIN(TestOpportunitySearchService)
#include "TestOpportunitySearchService.moc"
