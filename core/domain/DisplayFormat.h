#pragma once

#include "domain/SalaryRange.h"

#include <QCoreApplication>
#include <QDateTime>

namespace careerdesk {

// How values read to a person: local time, the locale's numbers, money with its symbol.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString salary(const SalaryRange& range); // "€60,000–75,000 a year"
    static QString money(qint64 cents, const QString& currency);
    static QString currencySymbol(const QString& currency);
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& time);
    static QString firstLine(const QString& text, int maxLength = 80);
};

} // namespace careerdesk
