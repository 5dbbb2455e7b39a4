#pragma once

#include "Enums.h"

#include <QString>

#include <optional>

namespace careerdesk {

// A pay range as a posting states it. Amounts are exact: hundredths of the currency unit.
struct SalaryRange
{
    qint64 minCents = 0;
    qint64 maxCents = 0;
    QString currency; // ISO 4217, e.g. "EUR"
    SalaryPeriod period = SalaryPeriod::Yearly;

    // Normalised for comparison: hour × 2080, day × 260, week × 52, month × 12.
    static qint64 periodsPerYear(SalaryPeriod period);
    qint64 yearlyMinCents() const { return minCents * periodsPerYear(period); }
    qint64 yearlyMaxCents() const { return maxCents * periodsPerYear(period); }

    // An amount in currency units as hundredths, or nothing when it is not a finite number
    // within validate()'s bounds (a double beyond them would not fit in qint64).
    static std::optional<qint64> centsFrom(double amount);

    Status validate() const;
    bool operator==(const SalaryRange&) const = default;
};

} // namespace careerdesk
