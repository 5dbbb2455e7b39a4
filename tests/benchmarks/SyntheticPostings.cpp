#include "SyntheticPostings.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace careerdesk {

namespace {

// The most frequent words of job postings, most frequent first; the rest of the vocabulary is made
// of invented words, as rare words in real text are mostly names, jargon and misspellings.
const QStringList commonWords =
    QStringLiteral(
        "the and to of a in with for our you will we is are on as be team experience work an your that or at "
        "by this from skills customers product have their role across new help build support data business "
        "working strong development company ability people services including knowledge management clients "
        "projects design systems solutions quality growth technical communication environment process "
        "opportunity join engineering software teams years looking who can more all us within also using "
        "ensure develop best other drive part responsible provide learning manage it high time what both "
        "culture global market deliver improve tools based make must well key success requirements processes "
        "information platform digital technology operations excellent understanding cross functional level "
        "customer service values mission benefits offer flexible office hybrid bonus health plan "
        "applications security cloud performance analysis research insights stakeholders partners leadership "
        "ownership impact innovative fast paced growing world leading ideas challenges complex problems "
        "scale "
        "reliable modern open source code review testing automation infrastructure deployment monitoring "
        "agile "
        "collaborate closely mentor colleagues diverse inclusive equal employer apply today candidates "
        "preferred degree bachelor field related plus nice similar proven track record hands written verbal "
        "english german french spanish portuguese dutch italian travel occasionally budget reporting metrics "
        "roadmap strategy vision execution planning priorities deadlines independently motivated curious "
        "detail oriented analytical creative passionate friendly supportive transparent feedback career")
        .split(QLatin1Char(' '));

const QStringList skills =
    QStringLiteral(
        "Python|SQL|Java|C++|Go|Rust|Kubernetes|Docker|AWS|Azure|Google Cloud|React|TypeScript|JavaScript|"
        "Figma|Excel|Tableau|Power BI|Salesforce|Terraform|Linux|PostgreSQL|Kafka|Spark|Airflow|Scrum|Jira|"
        "Qt|Swift|Kotlin|Node.js|GraphQL|REST APIs|Machine learning|Statistics|Negotiation|Public speaking|"
        "Copywriting|SEO|Google Ads|HubSpot|SAP|Accounting|Recruiting|Customer support|Project management|"
        "Stakeholder management|Data visualisation|Security audits|Penetration testing|CI/CD|Git")
        .split(QLatin1Char('|'));

const QStringList seniorities = {QString(),
                                 QStringLiteral("Junior"),
                                 QStringLiteral("Senior"),
                                 QStringLiteral("Lead"),
                                 QStringLiteral("Principal"),
                                 QStringLiteral("Staff"),
                                 QStringLiteral("Head of"),
                                 QString()};
const QStringList fields = QStringLiteral("Software|Data|Backend|Frontend|Full Stack|Product|DevOps|Mobile|"
                                          "Marketing|Sales|UX|Cloud|Security|QA|Finance|People|Content|"
                                          "Machine Learning|Platform|Customer Success|Embedded|Growth")
                               .split(QLatin1Char('|'));
const QStringList roles = QStringLiteral("Engineer|Developer|Analyst|Designer|Manager|Scientist|Specialist|"
                                         "Consultant|Architect|Coordinator|Writer|Researcher|Administrator")
                              .split(QLatin1Char('|'));

const QStringList cities =
    QStringLiteral(
        "Berlin, Germany|London, United Kingdom|Lisbon, Portugal|Amsterdam, Netherlands|Paris, France|"
        "Madrid, Spain|Barcelona, Spain|Munich, Germany|Dublin, Ireland|Zurich, Switzerland|"
        "New York, NY|San Francisco, CA|Austin, TX|Seattle, WA|Boston, MA|Chicago, IL|Toronto, Canada|"
        "Vancouver, Canada|Stockholm, Sweden|Copenhagen, Denmark|Oslo, Norway|Helsinki, Finland|"
        "Vienna, Austria|Prague, Czechia|Warsaw, Poland|Milan, Italy|Rome, Italy|Brussels, Belgium|"
        "Hamburg, Germany|Manchester, United Kingdom|Edinburgh, United Kingdom|Porto, Portugal|"
        "Valencia, Spain|Lyon, France|Rotterdam, Netherlands|Cologne, Germany|Frankfurt, Germany|"
        "Geneva, Switzerland|Tallinn, Estonia|Riga, Latvia|Athens, Greece|Budapest, Hungary|"
        "Bucharest, Romania|Sofia, Bulgaria|Denver, CO|Atlanta, GA|Los Angeles, CA|Montreal, Canada")
        .split(QLatin1Char('|'));

const QStringList companyStarts =
    QStringLiteral(
        "North|Blue|Bright|Silver|Green|Red|Iron|Cloud|Star|River|Stone|Oak|Pine|Maple|Harbor|Summit|"
        "Atlas|Nova|Orbit|Pixel|Quantum|Vector|Delta|Echo|Lumen|Polar|Solar|Terra|Urban|Vivid")
        .split(QLatin1Char('|'));
const QStringList companyMiddles =
    QStringLiteral("wind|bird|field|light|bridge|path|works|wave|stack|forge|gate|point|line|spark|craft")
        .split(QLatin1Char('|'));
const QStringList companyEnds = QStringLiteral("Labs|Systems|GmbH|Analytics|Software|Group|AG|Ltd|"
                                               "Technologies|Health|Logistics|Media|Bank|Energy|Studio")
                                    .split(QLatin1Char('|'));

// Invented words: syllables in a positional number system, so that word n is always the same.
QString inventedWord(int n)
{
    static const QStringList syllables = QStringLiteral("ka|lo|mi|ren|tor|vel|su|pra|dun|zi|qua|bex|nol|"
                                                        "fy|gar|hul|jin|kro|lem|mox|nir|op|pex|rul|sav|"
                                                        "tik|ulm|vor|wex|yan|zul|bri|cas|dro|eft|fin")
                                             .split(QLatin1Char('|'));
    const int base = int(syllables.size());
    QString word;
    int rest = n;
    do {
        word += syllables.at(rest % base);
        rest /= base;
    } while (rest > 0);
    return word.size() < 5 ? word + syllables.at(n % 7) : word;
}

} // namespace

SyntheticPostings::SyntheticPostings(quint64 seed)
    : m_random(seed)
{
    m_vocabulary = commonWords;
    for (int n = 0; m_vocabulary.size() < vocabularySize; ++n)
        m_vocabulary << inventedWord(n + 37);
    double total = 0;
    m_zipfCumulative.reserve(vocabularySize);
    for (int rank = 1; rank <= vocabularySize; ++rank) {
        total += 1.0 / rank;
        m_zipfCumulative.push_back(total);
    }
    for (const QString& start : companyStarts) {
        for (const QString& middle : companyMiddles)
            m_companies << start + middle + QLatin1Char(' ') + companyEnds.at(m_companies.size() % 15);
    }
}

QDateTime SyntheticPostings::newestPosting()
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

QString SyntheticPostings::zipfWord()
{
    const double target = std::uniform_real_distribution<double>(0, m_zipfCumulative.back())(m_random);
    const auto found = std::lower_bound(m_zipfCumulative.begin(), m_zipfCumulative.end(), target);
    return m_vocabulary.at(
        int(std::min<std::ptrdiff_t>(found - m_zipfCumulative.begin(), vocabularySize - 1)));
}

QString SyntheticPostings::description(const QString& title)
{
    const int words = 150 + uniform(251);
    QString text = QStringLiteral("We are looking for a %1 to join us. ").arg(title);
    int sentenceLength = 0;
    int sentences = 0;
    for (int i = 0; i < words; ++i) {
        QString word = uniform(40) == 0 ? pick(skills) : zipfWord();
        if (sentenceLength == 0)
            word[0] = word.at(0).toUpper();
        text += word;
        if (++sentenceLength >= 8 + uniform(13)) {
            text += (++sentences % 4 == 0) ? QStringLiteral(".\n\n") : QStringLiteral(". ");
            sentenceLength = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text.trimmed() + QLatin1Char('.');
}

Opportunity SyntheticPostings::next()
{
    Opportunity posting;
    const QString seniority = pick(seniorities);
    posting.title = (seniority.isEmpty() ? QString() : seniority + QLatin1Char(' ')) + pick(fields) +
                    QLatin1Char(' ') + pick(roles);
    posting.company = m_companies.at(int(std::pow(double(uniform(1000)) / 1000.0, 2) * m_companies.size()));
    posting.location = cities.at(int(std::pow(double(uniform(1000)) / 1000.0, 2) * cities.size()));
    posting.isRemote = uniform(10) < 3;
    posting.description = description(posting.title);
    for (int i = 3 + uniform(5); i > 0; --i) {
        const QString skill = pick(skills);
        if (!posting.requirements.contains(skill))
            posting.requirements << skill;
    }

    static const OpportunityType types[] = {
        OpportunityType::FullTime,   OpportunityType::FullTime, OpportunityType::FullTime,
        OpportunityType::FullTime,   OpportunityType::FullTime, OpportunityType::Contract,
        OpportunityType::Contract,   OpportunityType::PartTime, OpportunityType::Freelance,
        OpportunityType::Internship, OpportunityType::Temporary};
    posting.type = types[uniform(11)];
    const int status = uniform(50);
    posting.status = status < 46   ? OpportunityStatus::Active
                     : status < 48 ? OpportunityStatus::Filled
                     : status < 49 ? OpportunityStatus::Expired
                                   : OpportunityStatus::Cancelled;

    if (uniform(4) != 0) {
        static const QStringList currencies = {
            QStringLiteral("EUR"), QStringLiteral("EUR"), QStringLiteral("EUR"), QStringLiteral("USD"),
            QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF")};
        struct Band
        {
            SalaryPeriod period;
            int low;
            int high;
        };
        static const Band bands[] = {
            {SalaryPeriod::Yearly, 30000, 150000}, {SalaryPeriod::Yearly, 30000, 150000},
            {SalaryPeriod::Yearly, 30000, 150000}, {SalaryPeriod::Monthly, 2500, 12000},
            {SalaryPeriod::Hourly, 15, 120},       {SalaryPeriod::Daily, 200, 900},
            {SalaryPeriod::Weekly, 600, 3000}};
        const Band& band = bands[uniform(7)];
        SalaryRange salary;
        salary.currency = pick(currencies);
        salary.period = band.period;
        const qint64 low = band.low + uniform(band.high - band.low);
        salary.minCents = low * 100;
        salary.maxCents = (low + low * (10 + uniform(30)) / 100) * 100;
        posting.salaryRange = salary;
    }

    posting.postedAt = newestPosting().addSecs(-qint64(uniform(365 * 24 * 3600)));
    if (uniform(5) < 2)
        posting.expiresAt = posting.postedAt.addDays(30 + uniform(60));
    QString slug = posting.company.toLower();
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    posting.sourceUrl = QStringLiteral("https://jobs.example.com/%1/%2").arg(slug).arg(++m_serial);
    return posting;
}

} // namespace careerdesk
