#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace careerdesk {

class Workspace;

// A person's action items (VTODO) and goal target dates (all-day VEVENT) as an iCalendar file
// (RFC 5545) that calendar programs import. Written by libical: line folding, escaping and CRLF
// are its job. UIDs depend only on the row, so a second export updates the first in a calendar.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    // Due dates as days (DUE;VALUE=DATE). With `reminderDays`, open items and goals carry a reminder
    // (VALARM) at 9:00 local time that many days before their day (0: on the day).
    static Result<QByteArray> build(Workspace& workspace, qint64 userId, const QDateTime& stamp,
                                    std::optional<int> reminderDays = std::nullopt);
    static QString uid(const QString& kind, qint64 id); // "action-item-12@careerdesk"
};

} // namespace careerdesk
