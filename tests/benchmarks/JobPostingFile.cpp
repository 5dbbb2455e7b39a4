#include "JobPostingFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace careerdesk {

namespace {

QString employmentType(OpportunityType type)
{
    switch (type) {
    case OpportunityType::FullTime:
        return QStringLiteral("FULL_TIME");
    case OpportunityType::PartTime:
        return QStringLiteral("PART_TIME");
    case OpportunityType::Contract:
        return QStringLiteral("CONTRACTOR");
    case OpportunityType::Temporary:
        return QStringLiteral("TEMPORARY");
    case OpportunityType::Internship:
        return QStringLiteral("INTERN");
    case OpportunityType::Freelance:
        return QStringLiteral("OTHER");
    }
    return {};
}

QString unitText(SalaryPeriod period)
{
    switch (period) {
    case SalaryPeriod::Hourly:
        return QStringLiteral("HOUR");
    case SalaryPeriod::Daily:
        return QStringLiteral("DAY");
    case SalaryPeriod::Weekly:
        return QStringLiteral("WEEK");
    case SalaryPeriod::Monthly:
        return QStringLiteral("MONTH");
    case SalaryPeriod::Yearly:
        return QStringLiteral("YEAR");
    }
    return {};
}

} // namespace

QJsonObject JobPostingFile::jobPosting(const Opportunity& posting)
{
    QJsonObject json{
        {QStringLiteral("@type"), QStringLiteral("JobPosting")},
        {QStringLiteral("title"), posting.title},
        {QStringLiteral("hiringOrganization"), QJsonObject{{QStringLiteral("name"), posting.company}}},
        {QStringLiteral("description"), posting.description},
        {QStringLiteral("employmentType"), employmentType(posting.type)},
        {QStringLiteral("datePosted"), posting.postedAt.toString(Qt::ISODate)},
        {QStringLiteral("url"), posting.sourceUrl},
        {QStringLiteral("qualifications"), QJsonArray::fromStringList(posting.requirements)}};
    json.insert(QStringLiteral("jobLocation"),
                QJsonObject{{QStringLiteral("address"),
                             QJsonObject{{QStringLiteral("addressLocality"), posting.location}}}});
    if (posting.isRemote)
        json.insert(QStringLiteral("jobLocationType"), QStringLiteral("TELECOMMUTE"));
    if (posting.expiresAt.isValid())
        json.insert(QStringLiteral("validThrough"), posting.expiresAt.toString(Qt::ISODate));
    if (const auto& salary = posting.salaryRange) {
        json.insert(QStringLiteral("baseSalary"),
                    QJsonObject{{QStringLiteral("currency"), salary->currency},
                                {QStringLiteral("value"),
                                 QJsonObject{{QStringLiteral("minValue"), salary->minCents / 100.0},
                                             {QStringLiteral("maxValue"), salary->maxCents / 100.0},
                                             {QStringLiteral("unitText"), unitText(salary->period)}}}});
    }
    return json;
}

QList<Opportunity> JobPostingFile::postings(int count, quint64 seed)
{
    SyntheticPostings generator(seed);
    QList<Opportunity> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i) {
        Opportunity posting = generator.next();
        posting.sourceUrl = QStringLiteral("https://jobs.example.org/view/%1").arg(i + 1);
        all << posting;
    }
    return all;
}

Status JobPostingFile::write(const QString& path, const QList<Opportunity>& postings)
{
    QJsonArray array;
    for (const Opportunity& posting : postings)
        array.append(jobPosting(posting));
    QFile json(path);
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        json.write(QJsonDocument(array).toJson(QJsonDocument::Compact)) < 0)
        return Error{QStringLiteral("cannot write %1: %2").arg(path, json.errorString())};
    return {};
}

} // namespace careerdesk
