#pragma once

#include "CsvReader.h"
#include "ImportBatch.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <optional>

namespace careerdesk {

// Exports of other job trackers and hand-kept spreadsheets: columns are recognised by their usual
// names (title/position/job title/role, company/employer, status/stage, date applied, url/link,
// location, salary, notes, type, remote, description), whatever the case, spacing and punctuation.
// Rows with a status or an applied date become applications as well as postings.
class TrackerCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(TrackerCsvReader)

public:
    enum class Field {
        Title,
        Company,
        Stage,
        Applied,
        Url,
        Location,
        Salary,
        Notes,
        Type,
        Remote,
        Description,
        Posted
    };

    static Result<ImportBatch> read(const QString& text, const QDateTime& now);
    static std::optional<Field> fieldFor(const QString& columnName);
    static std::optional<ApplicationStatus> status(const QString& text);
    static std::optional<SalaryRange> salary(const QString& text);
    static QString fieldName(Field field);
};

} // namespace careerdesk
