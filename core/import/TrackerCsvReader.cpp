#include "TrackerCsvReader.h"

#include "JobPostingReader.h"
#include "domain/EnumStrings.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>

namespace careerdesk {

namespace {

QString normalised(const QString& text)
{
    QString key;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

std::optional<QDateTime> date(const QString& text)
{
    const QString written = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
                                  QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy/MM/dd")}) {
        const QDate day = QDate::fromString(written.left(10), format);
        if (day.isValid())
            return QDateTime(day, QTime(12, 0), Qt::UTC);
    }
    const QDateTime time = QDateTime::fromString(written, Qt::ISODate);
    if (time.isValid())
        return time.toUTC();
    return std::nullopt;
}

} // namespace

QString TrackerCsvReader::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return tr("title");
    case Field::Company:
        return tr("company");
    case Field::Stage:
        return tr("stage");
    case Field::Applied:
        return tr("applied date");
    case Field::Url:
        return tr("link");
    case Field::Location:
        return tr("location");
    case Field::Salary:
        return tr("salary");
    case Field::Notes:
        return tr("notes");
    case Field::Type:
        return tr("type");
    case Field::Remote:
        return tr("remote");
    case Field::Description:
        return tr("description");
    case Field::Posted:
        return tr("posted date");
    }
    return {};
}

std::optional<TrackerCsvReader::Field> TrackerCsvReader::fieldFor(const QString& columnName)
{
    static const QHash<QString, Field> names{{QStringLiteral("title"), Field::Title},
                                             {QStringLiteral("position"), Field::Title},
                                             {QStringLiteral("jobtitle"), Field::Title},
                                             {QStringLiteral("role"), Field::Title},
                                             {QStringLiteral("job"), Field::Title},
                                             {QStringLiteral("positiontitle"), Field::Title},
                                             {QStringLiteral("company"), Field::Company},
                                             {QStringLiteral("companyname"), Field::Company},
                                             {QStringLiteral("employer"), Field::Company},
                                             {QStringLiteral("organization"), Field::Company},
                                             {QStringLiteral("organisation"), Field::Company},
                                             {QStringLiteral("status"), Field::Stage},
                                             {QStringLiteral("stage"), Field::Stage},
                                             {QStringLiteral("applicationstatus"), Field::Stage},
                                             {QStringLiteral("dateapplied"), Field::Applied},
                                             {QStringLiteral("applied"), Field::Applied},
                                             {QStringLiteral("applieddate"), Field::Applied},
                                             {QStringLiteral("applicationdate"), Field::Applied},
                                             {QStringLiteral("appliedon"), Field::Applied},
                                             {QStringLiteral("url"), Field::Url},
                                             {QStringLiteral("link"), Field::Url},
                                             {QStringLiteral("joburl"), Field::Url},
                                             {QStringLiteral("joblink"), Field::Url},
                                             {QStringLiteral("postingurl"), Field::Url},
                                             {QStringLiteral("location"), Field::Location},
                                             {QStringLiteral("city"), Field::Location},
                                             {QStringLiteral("salary"), Field::Salary},
                                             {QStringLiteral("pay"), Field::Salary},
                                             {QStringLiteral("compensation"), Field::Salary},
                                             {QStringLiteral("notes"), Field::Notes},
                                             {QStringLiteral("note"), Field::Notes},
                                             {QStringLiteral("comments"), Field::Notes},
                                             {QStringLiteral("type"), Field::Type},
                                             {QStringLiteral("employmenttype"), Field::Type},
                                             {QStringLiteral("jobtype"), Field::Type},
                                             {QStringLiteral("remote"), Field::Remote},
                                             {QStringLiteral("description"), Field::Description},
                                             {QStringLiteral("posted"), Field::Posted},
                                             {QStringLiteral("dateposted"), Field::Posted}};
    const auto found = names.constFind(normalised(columnName));
    if (found == names.constEnd())
        return std::nullopt;
    return found.value();
}

std::optional<ApplicationStatus> TrackerCsvReader::status(const QString& text)
{
    const QString key = normalised(text);
    for (ApplicationStatus stage : enumValues<ApplicationStatus>()) {
        if (key == normalised(enumKey(stage)) || key == normalised(enumLabel(stage)))
            return stage;
    }
    static const QHash<QString, ApplicationStatus> synonyms{
        {QStringLiteral("wishlist"), ApplicationStatus::Saved},
        {QStringLiteral("bookmarked"), ApplicationStatus::Saved},
        {QStringLiteral("interested"), ApplicationStatus::Saved},
        {QStringLiteral("sent"), ApplicationStatus::Applied},
        {QStringLiteral("phonescreen"), ApplicationStatus::Screening},
        {QStringLiteral("screen"), ApplicationStatus::Screening},
        {QStringLiteral("interview"), ApplicationStatus::Interviewing},
        {QStringLiteral("offered"), ApplicationStatus::Offer},
        {QStringLiteral("hired"), ApplicationStatus::Accepted},
        {QStringLiteral("declined"), ApplicationStatus::Rejected},
        {QStringLiteral("rejection"), ApplicationStatus::Rejected},
        {QStringLiteral("withdrew"), ApplicationStatus::Withdrawn}};
    const auto found = synonyms.constFind(key);
    if (found == synonyms.constEnd())
        return std::nullopt;
    return found.value();
}

std::optional<SalaryRange> TrackerCsvReader::salary(const QString& text)
{
    static const QHash<QString, QString> symbols{{QStringLiteral("€"), QStringLiteral("EUR")},
                                                 {QStringLiteral("$"), QStringLiteral("USD")},
                                                 {QStringLiteral("£"), QStringLiteral("GBP")}};
    static const QRegularExpression code(QStringLiteral("\\b([A-Z]{3})\\b"));
    static const QRegularExpression amount(QStringLiteral("(\\d[\\d,.' ]*)\\s*([kK])?"));
    SalaryRange range;
    for (auto symbol = symbols.cbegin(); symbol != symbols.cend(); ++symbol) {
        if (text.contains(symbol.key()))
            range.currency = symbol.value();
    }
    if (const auto match = code.match(text); match.hasMatch())
        range.currency = match.captured(1);
    if (range.currency.isEmpty())
        return std::nullopt;
    QList<qint64> values;
    auto matches = amount.globalMatch(text);
    while (matches.hasNext() && values.size() < 2) {
        const auto match = matches.next();
        QString digits = match.captured(1).trimmed();
        digits.remove(QLatin1Char(',')).remove(QLatin1Char('\'')).remove(QLatin1Char(' '));
        bool number = false;
        double value = digits.toDouble(&number);
        if (!number)
            return std::nullopt;
        if (!match.captured(2).isEmpty())
            value *= 1000;
        const auto cents = SalaryRange::centsFrom(value);
        if (!cents)
            return std::nullopt;
        values << *cents;
    }
    if (values.isEmpty())
        return std::nullopt;
    range.minCents = values.constFirst();
    range.maxCents = values.constLast();
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("hour")) || lower.contains(QLatin1String("/h")))
        range.period = SalaryPeriod::Hourly;
    else if (lower.contains(QLatin1String("day")))
        range.period = SalaryPeriod::Daily;
    else if (lower.contains(QLatin1String("week")))
        range.period = SalaryPeriod::Weekly;
    else if (lower.contains(QLatin1String("month")))
        range.period = SalaryPeriod::Monthly;
    if (!range.validate())
        return std::nullopt;
    return range;
}

Result<ImportBatch> TrackerCsvReader::read(const QString& text, const QDateTime& now)
{
    auto table = CsvReader::read(text);
    if (!table)
        return table.error();
    QHash<Field, int> columns;
    ImportBatch batch;
    for (int i = 0; i < table->header.size(); ++i) {
        const auto field = fieldFor(table->header.at(i));
        if (field && !columns.contains(*field)) {
            columns.insert(*field, i);
            batch.columnMapping << tr("%1 → %2").arg(table->header.at(i).trimmed(), fieldName(*field));
        } else {
            batch.columnMapping << tr("%1 → not imported").arg(table->header.at(i).trimmed());
        }
    }
    if (!columns.contains(Field::Title) || !columns.contains(Field::Company))
        return Error{tr("the header needs a title column (title, position, job title or role) and a company "
                        "column (company or employer); it has: %1")
                         .arg(table->header.join(QStringLiteral(", ")))};
    const bool applications = columns.contains(Field::Stage) || columns.contains(Field::Applied);
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList& row = table->rows.at(r);
        const int line = table->rowLines.at(r);
        auto cell = [&](Field field) {
            return columns.contains(field) ? row.at(columns.value(field)).trimmed() : QString();
        };
        Opportunity posting;
        posting.title = cell(Field::Title);
        posting.company = cell(Field::Company);
        if (posting.title.isEmpty() || posting.company.isEmpty())
            return Error{tr("line %1: the %2 is empty")
                             .arg(line)
                             .arg(fieldName(posting.title.isEmpty() ? Field::Title : Field::Company))};
        posting.location = cell(Field::Location);
        posting.sourceUrl = cell(Field::Url);
        posting.description = cell(Field::Description);
        posting.type = JobPostingReader::employmentType(QJsonValue(cell(Field::Type)));
        const QString remote = cell(Field::Remote).toLower();
        posting.isRemote = remote == QLatin1String("yes") || remote == QLatin1String("true") ||
                           remote == QLatin1String("1") || remote == QLatin1String("remote") ||
                           posting.location.contains(QLatin1String("remote"), Qt::CaseInsensitive);
        QString notes = cell(Field::Notes);
        if (const QString pay = cell(Field::Salary); !pay.isEmpty()) {
            posting.salaryRange = salary(pay);
            if (!posting.salaryRange)
                notes = (notes.isEmpty() ? QString() : notes + QLatin1Char('\n')) + tr("Salary: %1").arg(pay);
        }
        posting.postedAt = now;
        // An empty cell is no date; a cell that is not a date stops the import, naming the cell.
        auto dateIn = [&](Field field) -> Result<std::optional<QDateTime>> {
            const QString written = cell(field);
            if (written.isEmpty())
                return std::optional<QDateTime>();
            const auto day = date(written);
            if (!day)
                return Error{tr("line %1, %2: \"%3\" is not a date (write 2026-03-31)")
                                 .arg(line)
                                 .arg(fieldName(field), written)};
            return day;
        };
        const auto posted = dateIn(Field::Posted);
        const auto applied = dateIn(Field::Applied);
        if (!posted)
            return posted.error();
        if (!applied)
            return applied.error();
        if (posted->has_value())
            posting.postedAt = **posted;
        ImportedApplication application;
        application.opportunity = int(batch.opportunities.size());
        application.notes = notes;
        if (const QString stage = cell(Field::Stage); !stage.isEmpty()) {
            const auto known = status(stage);
            if (!known)
                return Error{
                    tr("line %1, %2: \"%3\" is not a stage CareerDesk knows (Saved, Applied, Screening, "
                       "Interviewing, Offer, Accepted, Rejected, Withdrawn)")
                        .arg(line)
                        .arg(fieldName(Field::Stage), stage)};
            application.status = *known;
        }
        if (applied->has_value()) {
            const QDateTime day = **applied;
            application.appliedAt = day;
            if (cell(Field::Stage).isEmpty())
                application.status = ApplicationStatus::Applied;
            posting.postedAt =
                qMin(posting.postedAt, day); // a posting is not younger than an application to it
        }
        batch.opportunities << posting;
        if (applications)
            batch.applications << application;
    }
    return batch;
}

} // namespace careerdesk
