#include "JobPostingReader.h"

#include "HtmlText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace careerdesk {

namespace {

// A property that schema.org allows as text, as an object with a name, or as a list of either.
QString text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject())
        return text(value.toObject().value(QLatin1String("name")));
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        return items.isEmpty() ? QString() : text(items.first());
    }
    return {};
}

QStringList texts(const QJsonValue& value)
{
    QStringList result;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            result << texts(item);
        return result;
    }
    const QString single = HtmlText::fromMaybeHtml(text(value));
    for (QString line : single.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")))
            line.remove(0, 2);
        if (!line.isEmpty())
            result << line;
    }
    return result;
}

QString place(const QJsonObject& address)
{
    QStringList parts;
    for (const char* key : {"addressLocality", "addressRegion", "addressCountry"}) {
        const QString part = text(address.value(QLatin1String(key)));
        if (!part.isEmpty() && !parts.contains(part))
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString location(const QJsonValue& jobLocation)
{
    QStringList places;
    const QJsonArray all = jobLocation.isArray() ? jobLocation.toArray() : QJsonArray{jobLocation};
    for (const QJsonValue& one : all) {
        const QJsonValue address = one.toObject().value(QLatin1String("address"));
        const QString where = address.isObject()
                                  ? place(address.toObject())
                                  : (address.isString() ? address.toString().trimmed() : text(one));
        if (!where.isEmpty() && !places.contains(where))
            places << where;
    }
    return places.join(QStringLiteral("; "));
}

std::optional<QDateTime> dateTime(const QJsonValue& value)
{
    const QString written = value.toString().trimmed();
    QDateTime parsed = QDateTime::fromString(written, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(written, Qt::ISODate);
    if (!parsed.isValid()) {
        const QDate day = QDate::fromString(written.left(10), Qt::ISODate);
        if (day.isValid() && written.size() == 10)
            parsed = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

std::optional<SalaryPeriod> period(const QString& unitText)
{
    const QString unit = unitText.trimmed().toUpper();
    if (unit.isEmpty() || unit == QLatin1String("YEAR") || unit == QLatin1String("ANNUAL"))
        return SalaryPeriod::Yearly;
    if (unit == QLatin1String("HOUR"))
        return SalaryPeriod::Hourly;
    if (unit == QLatin1String("DAY"))
        return SalaryPeriod::Daily;
    if (unit == QLatin1String("WEEK"))
        return SalaryPeriod::Weekly;
    if (unit == QLatin1String("MONTH"))
        return SalaryPeriod::Monthly;
    return std::nullopt;
}

std::optional<qint64> cents(const QJsonValue& value)
{
    double amount = value.toDouble(std::nan(""));
    if (value.isString()) {
        bool number = false;
        amount = value.toString().trimmed().toDouble(&number);
        if (!number)
            return std::nullopt;
    }
    return SalaryRange::centsFrom(amount);
}

} // namespace

OpportunityType JobPostingReader::employmentType(const QJsonValue& value)
{
    const QString type = text(value)
                             .toUpper()
                             .replace(QLatin1Char('-'), QLatin1Char('_'))
                             .replace(QLatin1Char(' '), QLatin1Char('_'));
    if (type == QLatin1String("PART_TIME"))
        return OpportunityType::PartTime;
    if (type == QLatin1String("CONTRACTOR") || type == QLatin1String("CONTRACT"))
        return OpportunityType::Contract;
    if (type == QLatin1String("TEMPORARY") || type == QLatin1String("PER_DIEM"))
        return OpportunityType::Temporary;
    if (type == QLatin1String("INTERN") || type == QLatin1String("INTERNSHIP"))
        return OpportunityType::Internship;
    if (type == QLatin1String("VOLUNTEER") || type == QLatin1String("OTHER") ||
        type == QLatin1String("FREELANCE"))
        return OpportunityType::Freelance;
    return OpportunityType::FullTime;
}

bool JobPostingReader::isJobPosting(const QJsonObject& object)
{
    const QJsonValue type = object.value(QLatin1String("@type"));
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue& one : types) {
        const QString name = one.toString();
        if (name == QLatin1String("JobPosting") || name.endsWith(QLatin1String("/JobPosting")))
            return true;
    }
    return false;
}

void JobPostingReader::collect(const QJsonValue& json, QList<QJsonObject>& postings, int depth,
                               Untyped untyped)
{
    if (depth > 32)
        return;
    if (json.isArray()) {
        for (const QJsonValue& item : json.toArray())
            collect(item, postings, depth + 1, untyped);
    } else if (json.isObject()) {
        const QJsonObject object = json.toObject();
        const bool graph = object.contains(QLatin1String("@graph"));
        const bool titled = untyped == Untyped::TitleMakesAPosting && depth <= 1 && !graph &&
                            !object.contains(QLatin1String("@type")) &&
                            object.contains(QLatin1String("title"));
        if (titled || isJobPosting(object))
            postings << object;
        else if (graph)
            collect(object.value(QLatin1String("@graph")), postings, depth + 1, untyped);
    }
}

Result<QList<Opportunity>> JobPostingReader::read(const QJsonValue& json, const QDateTime& now,
                                                  Untyped untyped)
{
    QList<QJsonObject> found;
    collect(json, found, 0, untyped);
    QList<Opportunity> postings;
    for (qsizetype i = 0; i < found.size(); ++i) {
        auto one = posting(found.at(i), tr("posting %1").arg(i + 1), now);
        if (!one)
            return one.error();
        postings << one.value();
    }
    return postings;
}

Result<Opportunity> JobPostingReader::posting(const QJsonObject& object, const QString& place,
                                              const QDateTime& now)
{
    Opportunity posting;
    posting.title = HtmlText::fromMaybeHtml(text(object.value(QLatin1String("title"))));
    if (posting.title.isEmpty())
        return Error{tr("%1 has no title").arg(place)};
    posting.company = text(object.value(QLatin1String("hiringOrganization")));
    if (posting.company.isEmpty())
        return Error{tr("%1 (\"%2\") has no hiringOrganization name").arg(place, posting.title)};
    posting.description = HtmlText::fromMaybeHtml(object.value(QLatin1String("description")).toString());
    posting.location = location(object.value(QLatin1String("jobLocation")));
    posting.isRemote =
        text(object.value(QLatin1String("jobLocationType"))).toUpper() == QLatin1String("TELECOMMUTE") ||
        object.contains(QLatin1String("applicantLocationRequirements"));
    posting.type = employmentType(object.value(QLatin1String("employmentType")));
    for (const char* key :
         {"qualifications", "skills", "responsibilities", "experienceRequirements", "educationRequirements"})
        posting.requirements << texts(object.value(QLatin1String(key)));
    posting.requirements.removeDuplicates();
    posting.sourceUrl = text(object.value(QLatin1String("url")));

    posting.postedAt = now;
    if (object.contains(QLatin1String("datePosted"))) {
        const auto posted = dateTime(object.value(QLatin1String("datePosted")));
        if (!posted)
            return Error{tr("%1: datePosted \"%2\" is not an ISO 8601 date")
                             .arg(place, object.value(QLatin1String("datePosted")).toVariant().toString())};
        posting.postedAt = *posted;
    }
    if (object.contains(QLatin1String("validThrough"))) {
        const auto until = dateTime(object.value(QLatin1String("validThrough")));
        if (!until)
            return Error{tr("%1: validThrough \"%2\" is not an ISO 8601 date")
                             .arg(place, object.value(QLatin1String("validThrough")).toVariant().toString())};
        posting.expiresAt = *until;
    }

    const QJsonValue salary = object.value(QLatin1String("baseSalary"));
    if (salary.isObject() || salary.isDouble()) {
        const QJsonObject amount = salary.toObject();
        QString currency = text(amount.value(QLatin1String("currency")));
        if (currency.isEmpty())
            currency = text(object.value(QLatin1String("salaryCurrency")));
        const QJsonValue value = salary.isDouble() ? salary : amount.value(QLatin1String("value"));
        const QJsonObject quantity = value.toObject();
        const auto unit = period(text(quantity.value(QLatin1String("unitText"))));
        if (!unit)
            return Error{tr("%1: baseSalary unitText \"%2\" is not HOUR, DAY, WEEK, MONTH or YEAR")
                             .arg(place, text(quantity.value(QLatin1String("unitText"))))};
        std::optional<qint64> minimum;
        std::optional<qint64> maximum;
        if (value.isObject()) {
            const QJsonValue single = quantity.value(QLatin1String("value"));
            minimum =
                cents(quantity.contains(QLatin1String("minValue")) ? quantity.value(QLatin1String("minValue"))
                                                                   : single);
            maximum =
                cents(quantity.contains(QLatin1String("maxValue")) ? quantity.value(QLatin1String("maxValue"))
                                                                   : single);
        } else {
            minimum = maximum = cents(value);
        }
        if (!minimum || !maximum)
            return Error{tr("%1: baseSalary has no amount CareerDesk can read").arg(place)};
        if (currency.isEmpty())
            return Error{tr("%1: baseSalary has no currency").arg(place)};
        SalaryRange range;
        range.minCents = *minimum;
        range.maxCents = *maximum;
        range.currency = currency.toUpper();
        range.period = *unit;
        if (Status valid = range.validate(); !valid)
            return Error{tr("%1: baseSalary: %2").arg(place, valid.errorMessage())};
        posting.salaryRange = range;
    }
    if (posting.expiresAt.isValid() && posting.expiresAt < posting.postedAt)
        return Error{tr("%1: validThrough is before datePosted").arg(place)};
    return posting;
}

} // namespace careerdesk
