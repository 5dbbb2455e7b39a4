#include "DemoData.h"

#include "DocumentGeneration.h"
#include "services/Workspace.h"

#include <QRandomGenerator>

namespace careerdesk {

namespace {

struct Company
{
    const char* name;
    const char* city;
    const char* currency;
};

constexpr Company companies[] = {
    {"Northwind Robotics", "Berlin, Germany", "EUR"},   {"Helios Energy", "Madrid, Spain", "EUR"},
    {"Blue Fjord Software", "Oslo, Norway", "NOK"},     {"Maple Ledger", "Toronto, Canada", "CAD"},
    {"Cobalt Health", "Boston, MA, USA", "USD"},        {"Lumen Analytics", "London, UK", "GBP"},
    {"Kiwi Logistics", "Auckland, New Zealand", "NZD"}, {"Sakura Games", "Tokyo, Japan", "JPY"},
    {"Atlas Fintech", "Zürich, Switzerland", "CHF"},    {"Greenleaf Foods", "Lyon, France", "EUR"},
    {"Quantum Loop", "San Francisco, CA, USA", "USD"},  {"Rivermark Media", "Dublin, Ireland", "EUR"},
};

struct Role
{
    const char* title;
    const char* requirements;
};

constexpr Role roles[] = {
    {"Senior C++ Developer", "C++|Qt|CMake|Linux|unit testing"},
    {"Qt Desktop Engineer", "Qt|C++|QML|model/view|cross-platform"},
    {"Backend Engineer", "Go|PostgreSQL|REST APIs|Docker|Kubernetes"},
    {"Data Analyst", "SQL|Python|dashboards|statistics"},
    {"Product Designer", "Figma|user research|prototyping|design systems"},
    {"DevOps Engineer", "Linux|Terraform|CI/CD|monitoring|AWS"},
    {"Technical Writer", "documentation|Markdown|API references|editing"},
    {"Embedded Software Engineer", "C|RTOS|embedded Linux|debugging"},
    {"Frontend Developer", "TypeScript|React|CSS|accessibility"},
    {"Engineering Manager", "people management|hiring|roadmaps|C++"},
    {"QA Automation Engineer", "test automation|Python|CI/CD|Selenium"},
    {"Machine Learning Engineer", "Python|PyTorch|SQL|MLOps"},
};

QStringList requirementsOf(const Role& role)
{
    return QString::fromUtf8(role.requirements).split(QLatin1Char('|'));
}

SalaryRange salaryFor(OpportunityType type, const char* currency, QRandomGenerator& random)
{
    SalaryRange range;
    range.currency = QString::fromLatin1(currency);
    // JPY and NOK figures are an order of magnitude larger than EUR ones.
    const qint64 scale = range.currency == QLatin1String("JPY")   ? 150
                         : range.currency == QLatin1String("NOK") ? 11
                                                                  : 1;
    switch (type) {
    case OpportunityType::Freelance:
        range.period = SalaryPeriod::Hourly;
        range.minCents = (60 + random.bounded(40)) * 100 * scale;
        range.maxCents = range.minCents + random.bounded(30) * 100 * scale;
        break;
    case OpportunityType::Contract:
        range.period = SalaryPeriod::Daily;
        range.minCents = (450 + random.bounded(300)) * 100 * scale;
        range.maxCents = range.minCents + random.bounded(200) * 100 * scale;
        break;
    case OpportunityType::Internship:
        range.period = SalaryPeriod::Monthly;
        range.minCents = (1200 + random.bounded(800)) * 100 * scale;
        range.maxCents = range.minCents;
        break;
    case OpportunityType::Temporary:
        range.period = SalaryPeriod::Weekly;
        range.minCents = (900 + random.bounded(400)) * 100 * scale;
        range.maxCents = range.minCents + 20000 * scale;
        break;
    default:
        range.period = SalaryPeriod::Yearly;
        range.minCents = (50000 + random.bounded(60) * 1000) * 100 * scale;
        range.maxCents = range.minCents + (10000 + random.bounded(20) * 1000) * 100 * scale;
        break;
    }
    return range;
}

QString descriptionFor(const Role& role, const Company& company)
{
    return DemoData::tr("%1 is looking for someone to join a small, experienced team as %2.\n\n"
                        "You will design, build and ship features end to end, review code, and help "
                        "shape how we work. We value clear writing, kind reviews and steady delivery.\n\n"
                        "What you bring: %3.")
        .arg(QString::fromUtf8(company.name), QString::fromUtf8(role.title),
             requirementsOf(role).join(QStringLiteral(", ")));
}

// The stages an application passed through to reach `status`.
QList<ApplicationStatus> pathTo(ApplicationStatus status)
{
    using S = ApplicationStatus;
    switch (status) {
    case S::Saved:
        return {S::Saved};
    case S::Applied:
        return {S::Saved, S::Applied};
    case S::Screening:
        return {S::Saved, S::Applied, S::Screening};
    case S::Interviewing:
        return {S::Saved, S::Applied, S::Screening, S::Interviewing};
    case S::Offer:
        return {S::Saved, S::Applied, S::Screening, S::Interviewing, S::Offer};
    case S::Accepted:
        return {S::Saved, S::Applied, S::Screening, S::Interviewing, S::Offer, S::Accepted};
    case S::Rejected:
        return {S::Saved, S::Applied, S::Screening, S::Rejected};
    case S::Withdrawn:
        return {S::Saved, S::Applied, S::Withdrawn};
    }
    return {status};
}

template <typename T> Status check(const Result<T>& result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

User DemoData::person()
{
    User person;
    person.email = QStringLiteral("alex.morgan@example.org");
    person.firstName = QStringLiteral("Alex");
    person.lastName = QStringLiteral("Morgan");
    return person;
}

Status DemoData::load(Workspace& workspace, qint64 userId)
{
    return workspace.inTransaction([&] { return write(workspace, userId); });
}

Status DemoData::write(Workspace& workspace, qint64 userId)
{
    QRandomGenerator random(20261126);
    const QDateTime now = workspace.clock().now();
    constexpr int pipelineSize = 20;
    // Postings: every type, several currencies and pay periods, posted over the last two months.
    QList<qint64> postings;
    QStringList companyOf; // by posting
    const auto types = enumValues<OpportunityType>();
    for (int i = 0; i < postingCount; ++i) {
        const Role& role = roles[i % std::size(roles)];
        const Company& company = companies[std::size_t(i * 5 + i / 12) % std::size(companies)];
        Opportunity posting;
        posting.title = QString::fromUtf8(role.title);
        posting.company = QString::fromUtf8(company.name);
        posting.location = QString::fromUtf8(company.city);
        posting.type = types[std::size_t(i) % types.size()];
        posting.isRemote = i % 3 == 0;
        posting.requirements = requirementsOf(role);
        posting.description = descriptionFor(role, company);
        if (i % 7 != 6)
            posting.salaryRange = salaryFor(posting.type, company.currency, random);
        // The first 20 are in the pipeline (below): each was posted two days before it was saved.
        const qint64 daysAgo = i < pipelineSize ? 72 - i * 3 : i - pipelineSize;
        posting.postedAt = now.addSecs(-daysAgo * 86400 - random.bounded(80000));
        if (i % 4 == 0)
            posting.expiresAt = posting.postedAt.addDays(45);
        posting.status = i % 11 == 10 ? OpportunityStatus::Filled : OpportunityStatus::Active;
        posting.sourceUrl = QStringLiteral("https://jobs.example.org/%1/%2")
                                .arg(i + 1)
                                .arg(posting.title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        posting.ownerId = userId;
        auto created = workspace.opportunities().createOpportunity(posting);
        if (!created)
            return created.error();
        postings << created->id;
        companyOf << posting.company;
    }

    // Resumes.
    const QString resumeBody =
        tr("# Alex Morgan\n\nalex.morgan@example.org · Berlin\n\n## Experience\n\n"
           "**Senior Software Engineer, Northwind Robotics** (2019–today)  \n"
           "Built Qt and C++ desktop tools with CMake on Linux; introduced unit testing and CI/CD.\n\n"
           "**Software Engineer, Helios Energy** (2015–2019)  \n"
           "Wrote REST APIs in Go over PostgreSQL; ran services with Docker.\n\n"
           "## Skills\n\nC++, Qt, QML, CMake, Linux, Go, PostgreSQL, SQL, Python, Docker\n\n"
           "## Education\n\nMSc Computer Science, TU Berlin\n");
    qint64 mainResume = 0;
    for (const QString& name : {tr("General"), tr("Qt desktop focus"), tr("Backend focus")}) {
        Resume resume;
        resume.name = name;
        resume.content = resumeBody;
        resume.format = ResumeFormat::Markdown;
        auto created = workspace.resumes().createResume(userId, resume);
        if (!created)
            return created.error();
        if (mainResume == 0)
            mainResume = created->id;
    }

    // Goals and interests, before the letters that speak of them.
    struct GoalSeed
    {
        QString title;
        GoalCategory category;
        GoalStatus status;
        int monthsAhead;
    };
    const QList<GoalSeed> goals{
        {tr("Land a senior Qt role"), GoalCategory::Career, GoalStatus::InProgress, 3},
        {tr("Finish the Rust course"), GoalCategory::SkillDevelopment, GoalStatus::InProgress, 2},
        {tr("Meet two people in the industry each month"), GoalCategory::Networking, GoalStatus::InProgress,
         6},
        {tr("Reach €85,000 base salary"), GoalCategory::Salary, GoalStatus::NotStarted, 12},
        {tr("Get the AWS Solutions Architect certificate"), GoalCategory::Education, GoalStatus::Paused, 9},
        {tr("Update portfolio site"), GoalCategory::Career, GoalStatus::Completed, -1},
    };
    for (const GoalSeed& seed : goals) {
        Goal goal;
        goal.title = seed.title;
        goal.description = tr("Why: it moves me toward the work I want to do next.");
        goal.category = seed.category;
        goal.status = seed.status;
        goal.priority = seed.monthsAhead <= 3 ? Priority::High : Priority::Medium;
        goal.targetDate = now.date().addMonths(seed.monthsAhead);
        if (Status created = check(workspace.goals().createGoal(userId, goal)); !created)
            return created;
    }

    // Interests.
    struct InterestSeed
    {
        QString name;
        InterestCategory category;
        Priority priority;
    };
    const QList<InterestSeed> interests{
        {tr("Developer tools"), InterestCategory::Industry, Priority::High},
        {tr("Energy"), InterestCategory::Industry, Priority::Medium},
        {tr("Desktop engineering"), InterestCategory::Role, Priority::High},
        {tr("Qt"), InterestCategory::Technology, Priority::High},
        {tr("Rust"), InterestCategory::Technology, Priority::Medium},
        {tr("Mentoring"), InterestCategory::Skill, Priority::Medium},
        {tr("Northwind Robotics"), InterestCategory::Company, Priority::Low},
    };
    for (const InterestSeed& seed : interests) {
        Interest interest;
        interest.name = seed.name;
        interest.category = seed.category;
        interest.priority = seed.priority;
        if (Status created = check(workspace.interests().createInterest(userId, interest)); !created)
            return created;
    }

    // Cover letters for the first few postings.
    QList<qint64> letters;
    for (int i = 0; i < 4; ++i) {
        auto letter = DocumentGeneration::generateCoverLetter(workspace, userId, postings.at(i), mainResume);
        if (!letter)
            return letter.error();
        letters << letter->id;
    }

    // Applications in every status, with their history spread over the past weeks.
    auto addApplication = workspace.applications().applicationWriter();
    const auto statuses = enumValues<ApplicationStatus>();
    for (int i = 0; i < pipelineSize; ++i) {
        QList<ApplicationService::Stage> stages;
        QDateTime at = now.addDays(-(70 - i * 3));
        for (ApplicationStatus step : pathTo(statuses[std::size_t(i) % statuses.size()])) {
            stages << ApplicationService::Stage{step, at};
            at = at.addDays(2 + random.bounded(5));
        }
        Application application;
        application.opportunityId = postings.at(i);
        application.updatedAt = qMin(at, now);
        if (stages.size() > 1) {
            application.resumeId = mainResume;
            application.coverLetterId = i < letters.size() ? letters.at(i) : 0;
        }
        application.notes = i % 3 == 0 ? tr("Recruiter: Sam Lee. Prefers email.") : QString();
        if (Status added = check(addApplication.add(userId, application, stages)); !added)
            return added;
    }

    // Intro emails, one per purpose; the first two were sent.
    int emailIndex = 0;
    for (EmailPurpose purpose : enumValues<EmailPurpose>()) {
        auto email =
            DocumentGeneration::generateIntroEmail(workspace, userId, purpose, postings.at(emailIndex));
        if (!email)
            return email.error();
        email.value().recipient = QStringLiteral("hiring%1@example.org").arg(emailIndex + 1);
        if (emailIndex < 2)
            email.value().sentAt = now.addDays(-emailIndex - 1);
        if (Status saved = check(workspace.introEmails().updateIntroEmail(userId, email.value())); !saved)
            return saved;
        ++emailIndex;
    }

    // Action items: some overdue, one done; each linked to the application it is about (the pipeline's
    // first postings are in the stages of ApplicationStatus, in order: 1 Applied, 2 Screening,
    // 3 Interviewing), and naming that posting's company.
    struct ItemSeed
    {
        QString title; // %1: the company of the linked posting
        int dueInDays;
        ActionItemStatus status;
        int posting;
    };
    const QList<ItemSeed> items{
        {tr("Follow up with %1"), -3, ActionItemStatus::Pending, 1},
        {tr("Send portfolio link to %1"), -1, ActionItemStatus::InProgress, 2},
        {tr("Prepare system design interview at %1"), 2, ActionItemStatus::InProgress, 3},
        {tr("Ask Sam for a referral"), 5, ActionItemStatus::Pending, -1},
        {tr("Thank-you note after the interview at %1"), -6, ActionItemStatus::Completed, 3},
        {tr("Update LinkedIn headline"), 10, ActionItemStatus::Pending, -1},
    };
    for (const ItemSeed& seed : items) {
        ActionItem item;
        item.title = seed.posting >= 0 ? seed.title.arg(companyOf.at(seed.posting)) : seed.title;
        item.status = seed.status;
        item.priority = seed.dueInDays < 0 ? Priority::High : Priority::Medium;
        item.dueDate = ActionItem::dueOn(now.toLocalTime().date().addDays(seed.dueInDays));
        item.relatedOpportunityId = seed.posting >= 0 ? postings.at(seed.posting) : 0;
        if (Status created = check(workspace.actionItems().createActionItem(userId, item)); !created)
            return created;
    }

    // Notes of the search so far.
    const QList<QPair<QString, QString>> notes{
        {tr("Mock interview debrief"),
         tr("Answers were clear; slow down on the opening summary and bring one number per story.")},
        {tr("Salary research"), tr("Senior Qt roles in Berlin: €70,000–85,000 a year; ask for the top of the "
                                   "range when the role includes leading others.")},
        {tr("Questions to ask at Cobalt Health"),
         tr("How is the desktop team split between features and platform work?\nWhat does the first "
            "quarter look like?\nHow are releases tested?")},
    };
    for (qsizetype i = 0; i < notes.size(); ++i) {
        Note note;
        note.title = notes.at(i).first;
        note.content = notes.at(i).second;
        note.createdAt = now.addDays(-12 + 5 * int(i)); // written over the last fortnight
        if (Status created = check(workspace.notes().createNote(userId, note)); !created)
            return created;
    }

    // Prompts with answers.
    struct PromptSeed
    {
        QString text;
        PromptCategory category;
        PromptCadence cadence;
        QString answer;
    };
    const QList<PromptSeed> prompts{
        {tr("What energised me at work this week?"), PromptCategory::Reflection, PromptCadence::Weekly,
         tr("Pairing on the model/view refactor.")},
        {tr("Tell me about a time you disagreed with a decision."), PromptCategory::Interview,
         PromptCadence::None, tr("The release freeze in 2022: I argued with data, then committed.")},
        {tr("What is one step toward my goal today?"), PromptCategory::Coaching, PromptCadence::Daily,
         QString()},
        {tr("Which skills did I grow this month?"), PromptCategory::Reflection, PromptCadence::Monthly,
         tr("Rust basics and interviewing.")},
    };
    for (const PromptSeed& seed : prompts) {
        Prompt prompt;
        prompt.text = seed.text;
        prompt.category = seed.category;
        prompt.cadence = seed.cadence;
        prompt.tags = {enumLabel(seed.category).toLower()};
        auto created = workspace.prompts().createPrompt(userId, prompt);
        if (!created)
            return created.error();
        if (!seed.answer.isEmpty()) {
            if (Status answered = check(workspace.prompts().answerPrompt(userId, created->id, seed.answer));
                !answered)
                return answered;
        }
    }
    return {};
}

} // namespace careerdesk
