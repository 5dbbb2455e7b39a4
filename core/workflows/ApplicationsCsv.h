#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace careerdesk {

class Workspace;

// A person's applications with their stage history as CSV (RFC 4180: CRLF, quoted fields), one row
// per application with the date each stage was first reached: the proof-of-search report some
// unemployment offices ask for.
class ApplicationsCsv
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationsCsv)

public:
    struct Options
    {
        bool byteOrderMark = false; // for spreadsheets that take UTF-8 only with it
    };

    static Result<QByteArray> build(Workspace& workspace, qint64 userId, Options options);
    static QString field(const QString& value);     // one value, quoted when it needs it
    static QString line(const QStringList& values); // one record, with its line end
};

} // namespace careerdesk
