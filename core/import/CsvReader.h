#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace careerdesk {

// RFC 4180 tables: a header row, "," or ";" (whichever the header uses more), quoted fields with
// doubled quotes and line breaks inside, CRLF or LF. Every row must have the header's field count.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<int> rowLines; // the line each row starts on, for messages
    };

    static Result<Table> read(const QString& text);
    static QChar separatorOf(const QString& headerLine);
};

} // namespace careerdesk
