#include "CsvReader.h"

namespace careerdesk {

QChar CsvReader::separatorOf(const QString& headerLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : headerLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

Result<CsvReader::Table> CsvReader::read(const QString& written)
{
    // Line ends inside quoted fields become "\n" too, whatever the file used.
    const QString text = QString(written).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QChar separator = separatorOf(text.section(QLatin1Char('\n'), 0, 0));
    Table table;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int rowLine = 1;
    auto endRow = [&]() -> Status {
        row << field;
        field.clear();
        wasQuoted = false;
        const bool blank = row.size() == 1 && row.constFirst().isEmpty();
        if (table.header.isEmpty() && !blank) {
            table.header = row;
        } else if (!blank) {
            if (row.size() != table.header.size())
                return Error{tr("line %1 has %2 fields, the header has %3")
                                 .arg(rowLine)
                                 .arg(row.size())
                                 .arg(table.header.size())};
            table.rows << row;
            table.rowLines << rowLine;
        }
        row.clear();
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return Error{
                    tr("line %1, field %2: a quote inside an unquoted field").arg(line).arg(row.size() + 1)};
            quoted = wasQuoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (Status ended = endRow(); !ended)
                return ended.error();
            rowLine = ++line;
        } else {
            if (wasQuoted)
                return Error{
                    tr("line %1, field %2: text after a closing quote").arg(line).arg(row.size() + 1)};
            field += c;
        }
    }
    if (quoted)
        return Error{tr("line %1: a quoted field is never closed").arg(rowLine)};
    if (!field.isEmpty() || !row.isEmpty()) {
        if (Status ended = endRow(); !ended)
            return ended.error();
    }
    if (table.header.isEmpty())
        return Error{tr("there is no header row")};
    return table;
}

} // namespace careerdesk
