#include "CalendarExport.h"

#include "services/Workspace.h"

#include <libical/ical.h>

#include <memory>

namespace careerdesk {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype utcTime(const QDateTime& time)
{
    return icaltime_from_timet_with_zone(time.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

icaltimetype allDay(const QDate& date)
{
    icaltimetype day = icaltime_null_date();
    day.year = date.year();
    day.month = date.month();
    day.day = date.day();
    return day;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

int icalPriority(Priority priority)
{
    // RFC 5545: 1 is the highest, 9 the lowest, 5 the middle.
    switch (priority) {
    case Priority::High:
        return 1;
    case Priority::Medium:
        return 5;
    case Priority::Low:
        return 9;
    }
    return 0;
}

icalproperty_status icalStatus(ActionItemStatus status)
{
    switch (status) {
    case ActionItemStatus::Pending:
        return ICAL_STATUS_NEEDSACTION;
    case ActionItemStatus::InProgress:
        return ICAL_STATUS_INPROCESS;
    case ActionItemStatus::Completed:
        return ICAL_STATUS_COMPLETED;
    case ActionItemStatus::Cancelled:
        return ICAL_STATUS_CANCELLED;
    }
    return ICAL_STATUS_NONE;
}

// A reminder at 9:00 (local time) `daysBefore` days before `day`: due dates and goals are days, so a
// reminder is a morning, not a number of minutes before midnight.
icalcomponent* reminder(const QString& summary, const QDate& day, int daysBefore)
{
    icalcomponent* alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(alarm, icalproperty_new_description(utf8(summary).constData()));
    icaltriggertype trigger{};
    trigger.time = utcTime(QDateTime(day.addDays(-daysBefore), QTime(9, 0)).toUTC());
    trigger.duration = icaldurationtype_null_duration();
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    return alarm;
}

icalcomponent* todoOf(const ActionItem& item, const QDateTime& stamp, std::optional<int> reminderDays)
{
    icalcomponent* todo = icalcomponent_new_vtodo();
    icalcomponent_add_property(
        todo,
        icalproperty_new_uid(utf8(CalendarExport::uid(QStringLiteral("action-item"), item.id)).constData()));
    icalcomponent_add_property(todo, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(todo, icalproperty_new_summary(utf8(item.title).constData()));
    if (!item.description.isEmpty())
        icalcomponent_add_property(todo, icalproperty_new_description(utf8(item.description).constData()));
    if (item.dueDate.isValid()) // a day (VALUE=DATE), as the window shows it
        icalcomponent_add_property(todo, icalproperty_new_due(allDay(item.dueDate.toLocalTime().date())));
    icalcomponent_add_property(todo, icalproperty_new_priority(icalPriority(item.priority)));
    icalcomponent_add_property(todo, icalproperty_new_status(icalStatus(item.status)));
    if (item.status == ActionItemStatus::Completed && item.completedAt.isValid())
        icalcomponent_add_property(todo, icalproperty_new_completed(utcTime(item.completedAt)));
    if (reminderDays && item.isOpen() && item.dueDate.isValid())
        icalcomponent_add_component(todo,
                                    reminder(item.title, item.dueDate.toLocalTime().date(), *reminderDays));
    return todo;
}

icalcomponent* eventOf(const Goal& goal, const QDateTime& stamp, std::optional<int> reminderDays)
{
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(
        event, icalproperty_new_uid(utf8(CalendarExport::uid(QStringLiteral("goal"), goal.id)).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(
        event, icalproperty_new_summary(utf8(CalendarExport::tr("Goal: %1").arg(goal.title)).constData()));
    if (!goal.description.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_description(utf8(goal.description).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstart(allDay(goal.targetDate)));
    icalcomponent_add_property(event, icalproperty_new_dtend(allDay(goal.targetDate.addDays(1))));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (reminderDays && goal.status != GoalStatus::Completed)
        icalcomponent_add_component(
            event, reminder(CalendarExport::tr("Goal: %1").arg(goal.title), goal.targetDate, *reminderDays));
    return event;
}

} // namespace

QString CalendarExport::uid(const QString& kind, qint64 id)
{
    return kind + QLatin1Char('-') + QString::number(id) + QStringLiteral("@careerdesk");
}

Result<QByteArray> CalendarExport::build(Workspace& workspace, qint64 userId, const QDateTime& stamp,
                                         std::optional<int> reminderDays)
{
    auto items = workspace.actionItems().getUserActionItems(userId);
    if (!items)
        return items.error();
    auto goals = workspace.goals().getUserGoals(userId);
    if (!goals)
        return goals.error();
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//CareerDesk//CareerDesk//EN"));
    for (const ActionItem& item : *items)
        icalcomponent_add_component(calendar.get(), todoOf(item, stamp, reminderDays));
    for (const Goal& goal : *goals) {
        if (goal.targetDate.isValid())
            icalcomponent_add_component(calendar.get(), eventOf(goal, stamp, reminderDays));
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return Error{tr("The calendar could not be written: %1")
                         .arg(QString::fromUtf8(icalerror_strerror(icalerrno)))};
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

} // namespace careerdesk
