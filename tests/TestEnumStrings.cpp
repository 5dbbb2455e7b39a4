#include "domain/Enums.h"
#include "domain/SalaryRange.h"

#include <QTest>

using namespace careerdesk;

class TestEnumStrings : public QObject
{
    Q_OBJECT

private:
    template <typename E> void checkRoundTrip(const QStringList& seedKeys)
    {
        QStringList keys;
        for (E value : enumValues<E>()) {
            keys << enumKey(value);
            auto parsed = enumFromKey<E>(enumKey(value));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, value);
            QVERIFY(!enumLabel(value).isEmpty());
        }
        QCOMPARE(keys, seedKeys);
    }

private Q_SLOTS:
    void seedSpellingsRoundTrip()
    {
        checkRoundTrip<InterestCategory>({"INDUSTRY", "ROLE", "TECHNOLOGY", "SKILL", "COMPANY"});
        checkRoundTrip<GoalCategory>({"CAREER", "SKILL_DEVELOPMENT", "NETWORKING", "SALARY", "EDUCATION"});
        checkRoundTrip<GoalStatus>({"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "PAUSED", "CANCELLED"});
        checkRoundTrip<Priority>({"LOW", "MEDIUM", "HIGH"});
        checkRoundTrip<ResumeFormat>({"PDF", "DOCX", "HTML", "MARKDOWN"});
        checkRoundTrip<ActionItemStatus>({"PENDING", "IN_PROGRESS", "COMPLETED", "CANCELLED"});
        checkRoundTrip<OpportunityType>(
            {"FULL_TIME", "PART_TIME", "CONTRACT", "FREELANCE", "INTERNSHIP", "TEMPORARY"});
        checkRoundTrip<OpportunityStatus>({"ACTIVE", "EXPIRED", "FILLED", "CANCELLED"});
        // The seed's spellings in the pipeline's order (the Board's columns, the charts): an accepted offer
        // beside the offer, the two ways out last.
        checkRoundTrip<ApplicationStatus>(
            {"SAVED", "APPLIED", "SCREENING", "INTERVIEWING", "OFFER", "ACCEPTED", "REJECTED", "WITHDRAWN"});
        checkRoundTrip<EmailPurpose>({"NETWORKING", "FOLLOW_UP", "INQUIRY", "INTRODUCTION", "THANK_YOU"});
        checkRoundTrip<SalaryPeriod>({"HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"});
        checkRoundTrip<PromptCategory>({"INTERVIEW", "REFLECTION", "COACHING"});
        checkRoundTrip<PromptCadence>({"NONE", "DAILY", "WEEKLY", "MONTHLY"});
    }

    void unknownStringIsAnErrorNamingValueAndEnum()
    {
        auto parsed = enumFromKey<GoalStatus>(QStringLiteral("DONE"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.errorMessage().contains(QLatin1String("DONE")));
        QVERIFY(parsed.errorMessage().contains(QLatin1String("GoalStatus")));
        // The seed spelling is exact: no case folding, no silent default.
        QVERIFY(!enumFromKey<Priority>(QStringLiteral("high")).ok());
        QVERIFY(!enumFromKey<Priority>(QString()).ok());
    }

    void labelsAreHumanNotScreamingCase()
    {
        QCOMPARE(enumLabel(GoalStatus::InProgress), QStringLiteral("In progress"));
        QCOMPARE(enumLabel(OpportunityType::FullTime), QStringLiteral("Full-time"));
    }

    void salaryNormalisesToAYear()
    {
        SalaryRange hourly{5000, 6000, QStringLiteral("USD"), SalaryPeriod::Hourly};
        QCOMPARE(hourly.yearlyMinCents(), qint64(5000) * 2080);
        SalaryRange daily{50000, 60000, QStringLiteral("EUR"), SalaryPeriod::Daily};
        QCOMPARE(daily.yearlyMaxCents(), qint64(60000) * 260);
        SalaryRange weekly{100, 200, QStringLiteral("EUR"), SalaryPeriod::Weekly};
        QCOMPARE(weekly.yearlyMaxCents(), qint64(200) * 52);
        SalaryRange monthly{100, 200, QStringLiteral("EUR"), SalaryPeriod::Monthly};
        QCOMPARE(monthly.yearlyMinCents(), qint64(100) * 12);
        SalaryRange yearly{100, 200, QStringLiteral("EUR"), SalaryPeriod::Yearly};
        QCOMPARE(yearly.yearlyMinCents(), qint64(100));
    }

    void salaryValidation()
    {
        QVERIFY(SalaryRange({100, 200, QStringLiteral("EUR"), SalaryPeriod::Yearly}).validate().ok());
        auto inverted = SalaryRange({300, 200, QStringLiteral("EUR"), SalaryPeriod::Yearly}).validate();
        QVERIFY(!inverted.ok());
        QVERIFY(inverted.errorMessage().contains(QLatin1String("greater than maximum")));
        QVERIFY(!SalaryRange({-1, 200, QStringLiteral("EUR"), SalaryPeriod::Yearly}).validate().ok());
        auto currency = SalaryRange({1, 2, QStringLiteral("euro"), SalaryPeriod::Yearly}).validate();
        QVERIFY(!currency.ok());
        QVERIFY(currency.errorMessage().contains(QLatin1String("euro")));
    }
};

QTEST_GUILESS_MAIN(TestEnumStrings)
#include "TestEnumStrings.moc"
