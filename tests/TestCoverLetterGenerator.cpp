#include "TestSupport.h"
#include "documents/CoverLetterGenerator.h"
#include "documents/Prose.h"
#include "documents/ResumeExperience.h"

#include <QTest>

using namespace careerdesk;

namespace {

const QString resumeText = QStringLiteral(
    "# Alex Morgan\n\nalex.morgan@example.org · Berlin\n\n## Experience\n\n"
    "**Senior Software Engineer, Northwind Robotics** (2019–today)  \n"
    "Built Qt and C++ desktop tools with CMake on Linux; introduced unit testing and CI/CD.\n\n"
    "**Software Engineer, Helios Energy** (2015–2019)  \n"
    "Wrote REST APIs in Go over PostgreSQL; ran services with Docker.\n\n"
    "## Skills\n\nC++, Qt, QML, CMake, Linux, Go, PostgreSQL, SQL, Python, Docker\n\n"
    "## Education\n\n**MSc Computer Science, TU Berlin** (2013–2015)\n");

Goal goal(const QString& title, GoalCategory category, GoalStatus status = GoalStatus::InProgress)
{
    Goal made;
    made.title = title;
    made.category = category;
    made.status = status;
    return made;
}

CoverLetterGenerator::Input input(const QString& title, const QStringList& requirements)
{
    CoverLetterGenerator::Input in;
    in.user.id = 1;
    in.user.firstName = QStringLiteral("Alex");
    in.user.lastName = QStringLiteral("Morgan");
    in.user.email = QStringLiteral("alex.morgan@example.org");
    in.opportunity.id = 7;
    in.opportunity.title = title;
    in.opportunity.company = QStringLiteral("Lumen Analytics");
    in.opportunity.location = QStringLiteral("Berlin, Germany");
    in.opportunity.requirements = requirements;
    in.opportunity.description = QStringLiteral("Lumen Analytics builds developer tools for data teams.");
    in.resume.content = resumeText;
    in.date = QDate(2026, 3, 10);
    return in;
}

// The letter's text as one line per paragraph, without Markdown's line breaks.
QString letterOf(const CoverLetterGenerator::Input& in)
{
    auto letter = CoverLetterGenerator::generate(in);
    if (!letter)
        qFatal("%s", qPrintable(letter.errorMessage()));
    return letter->content;
}

} // namespace

class TestCoverLetterGenerator : public QObject
{
    Q_OBJECT

    static void verifyLength(const QString& letter)
    {
        const int words = Prose::wordCount(letter);
        QVERIFY2(words >= 180 && words <= 320,
                 qPrintable(QStringLiteral("%1 words:\n%2").arg(words).arg(letter)));
        QVERIFY2(!letter.contains(QLatin1String("{{")), qPrintable(letter));
        QVERIFY2(!letter.contains(QLatin1String("  .")) && !letter.contains(QLatin1String(" .")),
                 qPrintable(letter));
    }

private Q_SLOTS:
    void aResumesRolesAreReadWithWhatWasDoneThere()
    {
        const auto roles = ResumeExperience::read(resumeText);
        QCOMPARE(roles.size(), 2); // the degree is not a role
        QCOMPARE(roles.at(0).title, QStringLiteral("Senior Software Engineer"));
        QCOMPARE(roles.at(0).company, QStringLiteral("Northwind Robotics"));
        QCOMPARE(roles.at(0).period, QStringLiteral("2019–today"));
        QVERIFY(roles.at(0).current);
        QCOMPARE(roles.at(0).statements,
                 QStringList({QStringLiteral("Built Qt and C++ desktop tools with CMake on Linux"),
                              QStringLiteral("introduced unit testing and CI/CD")}));
        QVERIFY(!roles.at(1).current);
        QCOMPARE(roles.at(1).statements.size(), 2);

        const auto bullets = ResumeExperience::read(QStringLiteral(
            "## Work\n\n**Data Analyst at Maple Ledger**\n\n- Led the move to dbt. Cut report times by half\n"
            "* Mentored two juniors\n\n**Side projects**\n\n- Wrote a chess engine\n"));
        QCOMPARE(bullets.size(),
                 1); // the second bold line names no company: no role, its bullet is not Maple's
        QCOMPARE(bullets.at(0).company, QStringLiteral("Maple Ledger"));
        QCOMPARE(bullets.at(0).statements, QStringList({QStringLiteral("Led the move to dbt"),
                                                        QStringLiteral("Cut report times by half"),
                                                        QStringLiteral("Mentored two juniors")}));
    }

    void noRequirementFoundPromisesNothing()
    {
        const QString letter = letterOf(input(QStringLiteral("Platform Engineer"),
                                              {QStringLiteral("Kubernetes"), QStringLiteral("Terraform")}));
        QVERIFY2(
            letter.contains(QLatin1String(
                "I have read the requirements of your posting closely, and I would be glad to talk about "
                "how my experience carries over to them.")),
            qPrintable(letter));
        QVERIFY(!letter.contains(QLatin1String("Your posting asks for")));
        QVERIFY(!letter.contains(QLatin1String("Kubernetes")));
        QVERIFY(letter.contains(QLatin1String("In my current role as Senior Software Engineer at Northwind "
                                              "Robotics, I built Qt and C++ desktop "
                                              "tools with CMake on Linux.")));
        verifyLength(letter);
    }

    void oneRequirementIsShownByWhatWasDone()
    {
        const QString letter = letterOf(
            input(QStringLiteral("Backend Engineer"), {QStringLiteral("Docker"), QStringLiteral("Rust")}));
        QVERIFY2(letter.contains(QLatin1String(
                     "Your posting asks for Docker. At Helios Energy, I ran services with Docker.")),
                 qPrintable(letter));
        QVERIFY(!letter.contains(QLatin1String("Rust")));
        verifyLength(letter);
    }

    void twoRequirementsShownByOneLineAreToldOnce()
    {
        const QString letter = letterOf(input(QStringLiteral("Backend Engineer"),
                                              {QStringLiteral("Go, PostgreSQL"), QStringLiteral("Rust")}));
        QVERIFY2(letter.contains(QLatin1String("Your posting asks for Go and PostgreSQL. At Helios Energy, I "
                                               "wrote REST APIs in Go over PostgreSQL.")),
                 qPrintable(letter));
        QCOMPARE(letter.count(QLatin1String("REST APIs")), 1);
        verifyLength(letter);

        // Two found only among the skills: no sentence claims more than the resume shows.
        const QString listed =
            letterOf(input(QStringLiteral("Developer"), {QStringLiteral("QML"), QStringLiteral("Python")}));
        QVERIFY2(listed.contains(QLatin1String(
                     "Your posting asks for QML and Python. Both are among the skills my resume lists.")),
                 qPrintable(listed));
        verifyLength(listed);
    }

    void manyRequirementsAreListedAndTheBestShown()
    {
        const QString letter = letterOf(
            input(QStringLiteral("Qt Desktop Engineer"),
                  {QStringLiteral("C++"), QStringLiteral("Qt"), QStringLiteral("CMake"),
                   QStringLiteral("unit testing"), QStringLiteral("Docker"), QStringLiteral("Kafka")}));
        QVERIFY2(letter.contains(QLatin1String(
                     "Several of your requirements are part of my daily work: C++, Qt, CMake, unit testing "
                     "and Docker. At Northwind Robotics, I built Qt and C++ desktop tools with CMake on "
                     "Linux and introduced unit testing and CI/CD. At Helios Energy, I ran services with "
                     "Docker.")),
                 qPrintable(letter));
        // Each of the first role's lines went to the requirements: the opening names the role alone.
        QVERIFY(letter.contains(QLatin1String(
            "Berlin, Germany. I currently work as Senior Software Engineer at Northwind Robotics.")));
        QVERIFY(!letter.contains(QLatin1String("Kafka")));
        verifyLength(letter);
    }

    void interestsReadAsWrittenMidSentence()
    {
        auto in = input(QStringLiteral("Qt Desktop Engineer"), {QStringLiteral("C++")});
        in.interests = {makeInterest(QStringLiteral("Desktop engineering"), InterestCategory::Role),
                        makeInterest(QStringLiteral("Developer tools"), InterestCategory::Industry),
                        makeInterest(QStringLiteral("Qt"), InterestCategory::Technology),
                        makeInterest(QStringLiteral("Gardening"), InterestCategory::Skill, Priority::Low)};
        const QString letter = letterOf(in);
        QVERIFY2(letter.contains(QLatin1String("What draws me to this role is my long-standing interest in "
                                               "desktop engineering, developer tools and Qt.")),
                 qPrintable(letter));
        QVERIFY(!letter.contains(QLatin1String("ardening")));

        // A description that names the role in its Title Case does not make "Desktop" a name.
        in.opportunity.description = QStringLiteral("We are looking for a Qt Desktop Engineer to join us.");
        QVERIFY2(letterOf(in).contains(QLatin1String("interest in desktop engineering")),
                 qPrintable(letterOf(in)));

        // Nothing that relates to the posting: the person's first interests, a name keeping its capital.
        in.interests = {makeInterest(QStringLiteral("Python"), InterestCategory::Skill),
                        makeInterest(QStringLiteral("Mentoring"), InterestCategory::Skill)};
        in.opportunity.title = QStringLiteral("Backend Engineer");
        const QString other = letterOf(in);
        QVERIFY2(
            other.contains(QLatin1String("I also bring a keen interest in Python and mentoring to my work.")),
            qPrintable(other));
    }

    void aCareerDirectionOnlyWhenItRelatesToThePosting()
    {
        auto in = input(QStringLiteral("Senior Qt Developer"), {QStringLiteral("C++")});
        in.goals = {goal(QStringLiteral("Finish the Rust course"), GoalCategory::SkillDevelopment),
                    goal(QStringLiteral("Move into product management"), GoalCategory::Career),
                    goal(QStringLiteral("Lead a Qt team"), GoalCategory::Career, GoalStatus::Completed),
                    goal(QStringLiteral("Land a senior Qt role."), GoalCategory::Career)};
        const QString letter = letterOf(in);
        QVERIFY2(letter.contains(QLatin1String(
                     "The role is also a step toward a goal I have set myself: to land a senior Qt role.")),
                 qPrintable(letter));
        for (const char* left : {"Rust course", "product management", "Lead a Qt team", "heading"})
            QVERIFY2(!letter.contains(QLatin1String(left)), left);

        in.goals.removeLast();
        QVERIFY(!letterOf(in).contains(QLatin1String("goal I have set myself")));
    }

    void aLetterIsLaidOutAsALetterAndTheSameEachTime()
    {
        const auto in = input(QStringLiteral("Qt Developer"), {QStringLiteral("Qt")});
        const QString letter = letterOf(in);
        QVERIFY2(letter.startsWith(QLatin1String("Alex Morgan  \nalex.morgan@example.org\n\n")),
                 qPrintable(letter));
        QVERIFY(letter.contains(QLatin1String("\n\nHiring Team  \nLumen Analytics  \nBerlin, Germany\n\n")));
        QVERIFY(letter.contains(QLatin1String("\n\n**Application for the Qt Developer position**\n\n")));
        QVERIFY(letter.contains(QLatin1String("\n\nDear Hiring Team at Lumen Analytics,\n\n")));
        QVERIFY(letter.endsWith(QLatin1String("Kind regards,  \nAlex Morgan\n")));
        QVERIFY(!letter.contains(QLatin1String("\n\n\n")));
        QCOMPARE(letterOf(in), letter);
    }

    void proseRules()
    {
        QCOMPARE(Prose::list({}), QString());
        QCOMPARE(Prose::list({QStringLiteral("Go")}), QStringLiteral("Go"));
        QCOMPARE(Prose::list({QStringLiteral("Go"), QStringLiteral("Qt")}), QStringLiteral("Go and Qt"));
        QCOMPARE(Prose::list({QStringLiteral("Go"), QStringLiteral("Qt"), QStringLiteral("C")}),
                 QStringLiteral("Go, Qt and C"));
        QCOMPARE(Prose::lowerFirst(QStringLiteral("Desktop engineering")),
                 QStringLiteral("desktop engineering"));
        for (const char* kept : {"Qt", "AWS", "McKinsey", "iOS"})
            QCOMPARE(Prose::lowerFirst(QLatin1String(kept)), QLatin1String(kept));
        QVERIFY(Prose::capitalisedWithin(QStringLiteral("Python"), QStringLiteral("I write Python daily.")));
        QVERIFY(!Prose::capitalisedWithin(QStringLiteral("Mentoring"),
                                          QStringLiteral("Mentoring juniors.\nMentoring")));
        QVERIFY(Prose::startsWithPastVerb(QStringLiteral("Introduced unit testing")));
        QVERIFY(Prose::startsWithPastVerb(QStringLiteral("led the team")));
        QVERIFY(Prose::startsWithPastVerb(QStringLiteral("Built tools")));
        QVERIFY(!Prose::startsWithPastVerb(QStringLiteral("Responsible for releases")));
        QVERIFY(!Prose::startsWithPastVerb(QStringLiteral("Red team exercises")));
    }
};

QTEST_GUILESS_MAIN(TestCoverLetterGenerator)
#include "TestCoverLetterGenerator.moc"
