#include "SalaryRange.h"

#include <QCoreApplication>

#include <cmath>

namespace careerdesk {

qint64 SalaryRange::periodsPerYear(SalaryPeriod period)
{
    switch (period) {
    case SalaryPeriod::Hourly:
        return 2080;
    case SalaryPeriod::Daily:
        return 260;
    case SalaryPeriod::Weekly:
        return 52;
    case SalaryPeriod::Monthly:
        return 12;
    case SalaryPeriod::Yearly:
        return 1;
    }
    return 1;
}

static bool isCurrencyCode(const QString& code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

// Keep yearly figures far from overflow: 10^13 cents is a hundred billion a period.
constexpr qint64 largestCents = 10'000'000'000'000;

std::optional<qint64> SalaryRange::centsFrom(double amount)
{
    if (!std::isfinite(amount) || amount < 0 || amount * 100 > double(largestCents))
        return std::nullopt;
    return qint64(std::llround(amount * 100));
}

Status SalaryRange::validate() const
{
    constexpr qint64 largest = largestCents;
    if (minCents < 0 || maxCents < 0)
        return Error{QCoreApplication::translate("SalaryRange", "Salary amounts cannot be negative")};
    if (minCents > largest || maxCents > largest)
        return Error{QCoreApplication::translate("SalaryRange", "Salary amount is too large")};
    if (minCents > maxCents)
        return Error{
            QCoreApplication::translate("SalaryRange", "Salary minimum (%1) is greater than maximum (%2)")
                .arg(minCents / 100.0, 0, 'f', 2)
                .arg(maxCents / 100.0, 0, 'f', 2)};
    if (!isCurrencyCode(currency))
        return Error{QCoreApplication::translate(
                         "SalaryRange", "\"%1\" is not an ISO 4217 currency code (three capital letters)")
                         .arg(currency)};
    return {};
}

} // namespace careerdesk
