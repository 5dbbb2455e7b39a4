#include "DisplayFormat.h"

#include <QLocale>

namespace careerdesk {

QString DisplayFormat::currencySymbol(const QString& currency)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("EUR"), QStringLiteral("€")},  {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")},  {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},  {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")}, {QStringLiteral("BRL"), QStringLiteral("R$")},
    };
    return symbols.value(currency, currency + QLatin1Char(' '));
}

QString DisplayFormat::money(qint64 cents, const QString& currency)
{
    const int decimals = cents % 100 == 0 ? 0 : 2;
    return currencySymbol(currency) + QLocale().toString(double(cents) / 100.0, 'f', decimals);
}

QString DisplayFormat::salary(const SalaryRange& range)
{
    const int decimals = (range.minCents % 100 == 0 && range.maxCents % 100 == 0) ? 0 : 2;
    const QString low = QLocale().toString(double(range.minCents) / 100.0, 'f', decimals);
    const QString high = QLocale().toString(double(range.maxCents) / 100.0, 'f', decimals);
    const QString amount = range.minCents == range.maxCents ? low : low + QStringLiteral("–") + high;
    return currencySymbol(range.currency) + amount + QLatin1Char(' ') + enumLabel(range.period);
}

QString DisplayFormat::date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString DisplayFormat::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss")); // minutes are precise enough for a career search
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QLocale().toString(local.time(), timeFormat);
}

QString DisplayFormat::firstLine(const QString& text, int maxLength)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > maxLength || line.size() < text.trimmed().size())
        line = line.left(maxLength).trimmed() + QStringLiteral("…");
    return line;
}

} // namespace careerdesk
