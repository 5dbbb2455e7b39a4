#include "OpportunityRepository.h"

#include "RecordReader.h"
#include "SqlValues.h"

namespace careerdesk {

namespace {

// LIKE pattern for "contains `word`", with LIKE's own wildcards taken literally.
QString containsPattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

QVariant nullableMoney(const std::optional<SalaryRange>& range, qint64 (*amount)(const SalaryRange&))
{
    if (!range)
        return QVariant(QMetaType::fromType<qlonglong>());
    return amount(*range);
}

QVariant nullableText(const std::optional<SalaryRange>& range, QString (*text)(const SalaryRange&))
{
    if (!range)
        return QVariant(QMetaType::fromType<QString>());
    return text(*range);
}

} // namespace

QString OpportunityRepository::entityName(qint64 id)
{
    return QCoreApplication::translate("OpportunityRepository", "Opportunity %1").arg(id);
}

SqlRow OpportunityRepository::toRow(const Opportunity& opportunity)
{
    const auto& salary = opportunity.salaryRange;
    return {
        {QStringLiteral("title"), SqlValues::fromText(opportunity.title)},
        {QStringLiteral("company"), SqlValues::fromText(opportunity.company)},
        {QStringLiteral("description"), SqlValues::fromText(opportunity.description)},
        {QStringLiteral("requirements"), SqlValues::fromStringList(opportunity.requirements)},
        {QStringLiteral("type"), enumKey(opportunity.type)},
        {QStringLiteral("location"), SqlValues::fromText(opportunity.location)},
        {QStringLiteral("is_remote"), opportunity.isRemote},
        {QStringLiteral("salary_min_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.minCents; })},
        {QStringLiteral("salary_max_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.maxCents; })},
        {QStringLiteral("salary_currency"),
         nullableText(salary, [](const SalaryRange& r) { return r.currency; })},
        {QStringLiteral("salary_period"),
         nullableText(salary, [](const SalaryRange& r) { return enumKey(r.period); })},
        {QStringLiteral("salary_min_yearly_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.yearlyMinCents(); })},
        {QStringLiteral("salary_max_yearly_cents"),
         nullableMoney(salary, [](const SalaryRange& r) { return r.yearlyMaxCents(); })},
        {QStringLiteral("posted_at"), SqlValues::fromDateTime(opportunity.postedAt)},
        {QStringLiteral("expires_at"), SqlValues::fromDateTime(opportunity.expiresAt)},
        {QStringLiteral("status"), enumKey(opportunity.status)},
        {QStringLiteral("source_url"), SqlValues::fromText(opportunity.sourceUrl)},
    };
}

Result<Opportunity> OpportunityRepository::fromRecord(const QSqlRecord& record)
{
    RecordReader read(record, table());
    Opportunity opportunity;
    opportunity.id = read.id();
    opportunity.title = read.text("title");
    opportunity.company = read.text("company");
    opportunity.description = read.text("description");
    opportunity.requirements = read.list("requirements");
    opportunity.type = read.enumValue<OpportunityType>("type");
    opportunity.location = read.text("location");
    opportunity.isRemote = read.boolean("is_remote");
    if (!read.isNull("salary_currency")) {
        SalaryRange salary;
        salary.minCents = read.integer("salary_min_cents");
        salary.maxCents = read.integer("salary_max_cents");
        salary.currency = read.text("salary_currency");
        salary.period = read.enumValue<SalaryPeriod>("salary_period");
        opportunity.salaryRange = salary;
    }
    opportunity.postedAt = read.time("posted_at");
    opportunity.expiresAt = read.time("expires_at");
    opportunity.status = read.enumValue<OpportunityStatus>("status");
    opportunity.sourceUrl = read.text("source_url");
    return read.finish(opportunity);
}

Result<QList<Opportunity>> OpportunityRepository::search(const OpportunitySearchCriteria& criteria,
                                                         const QDateTime& now) const
{
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;

    const QStringList words = criteria.keywords.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        conditions << QStringLiteral("(title LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\'"
                                     " OR description LIKE ? ESCAPE '\\' OR requirements LIKE ? ESCAPE '\\'"
                                     " OR location LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 5; ++i)
            values << containsPattern(word);
    }
    if (!criteria.location.trimmed().isEmpty()) {
        conditions << QStringLiteral("location LIKE ? ESCAPE '\\'");
        values << containsPattern(criteria.location.trimmed());
    }
    if (criteria.type) {
        conditions << QStringLiteral("type = ?");
        values << enumKey(*criteria.type);
    }
    if (criteria.isRemote) {
        conditions << QStringLiteral("is_remote = ?");
        values << *criteria.isRemote;
    }
    if (criteria.salaryMinCents) {
        conditions << QStringLiteral("salary_max_yearly_cents >= ?");
        values << *criteria.salaryMinCents;
    }
    if (criteria.salaryMaxCents) {
        conditions << QStringLiteral("salary_min_yearly_cents <= ?");
        values << *criteria.salaryMaxCents;
    }
    if ((criteria.salaryMinCents || criteria.salaryMaxCents) && !criteria.salaryCurrency.isEmpty()) {
        conditions << QStringLiteral("salary_currency = ?");
        values << criteria.salaryCurrency;
    }
    if (criteria.postedAfter.isValid()) {
        conditions << QStringLiteral("posted_at > ?");
        values << SqlValues::fromDateTime(criteria.postedAfter);
    }
    if (criteria.status) {
        conditions << QStringLiteral("status = ?");
        values << enumKey(*criteria.status);
        // A posting past its expiry date counts as expired whatever its stored status says.
        if (*criteria.status == OpportunityStatus::Active) {
            conditions << QStringLiteral("(expires_at IS NULL OR expires_at > ?)");
            values << SqlValues::fromDateTime(now);
        }
    }
    values << qMax(0, criteria.limit) << qMax(0, criteria.offset);
    const QString sql = QStringLiteral("SELECT * FROM opportunities WHERE ") +
                        conditions.join(QStringLiteral(" AND ")) +
                        QStringLiteral(" ORDER BY posted_at DESC, id DESC LIMIT ? OFFSET ?");
    return fetch(SqlQuery::run(connection(), sql, values));
}

Result<QList<Opportunity>> OpportunityRepository::findBySourceUrl(const QString& url) const
{
    return selectWhere(QStringLiteral("source_url = ?"), {url});
}

} // namespace careerdesk
