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

// A reminder shown `minutes` before the start, or, for a to-do, before it is due (its end).
icalcomponent* reminder(const QString& summary, int minutes, bool beforeEnd)
{
    icalcomponent* alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(alarm, icalproperty_new_description(utf8(summary).constData()));
    icaltriggertype trigger{};
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(-minutes * 60);
    icalproperty* when = icalproperty_new_trigger(trigger);
    if (beforeEnd)
        icalproperty_add_parameter(when, icalparameter_new_related(ICAL_RELATED_END));
    icalcomponent_add_property(alarm, when);
    return alarm;
}

icalcomponent* todoOf(const ActionItem& item, const QDateTime& stamp, int reminderMinutes)
{
    icalcomponent* todo = icalcomponent_new_vtodo();
    icalcomponent_add_property(
        todo,
        icalproperty_new_uid(utf8(CalendarExport::uid(QStringLiteral("action-item"), item.id)).constData()));
    icalcomponent_add_property(todo, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(todo, icalproperty_new_summary(utf8(item.title).constData()));
    if (!item.description.isEmpty())
        icalcomponent_add_property(todo, icalproperty_new_description(utf8(item.description).constData()));
    if (item.dueDate.isValid())
        icalcomponent_add_property(todo, icalproperty_new_due(utcTime(item.dueDate)));
    icalcomponent_add_property(todo, icalproperty_new_priority(icalPriority(item.priority)));
    icalcomponent_add_property(todo, icalproperty_new_status(icalStatus(item.status)));
    if (item.status == ActionItemStatus::Completed && item.completedAt.isValid())
        icalcomponent_add_property(todo, icalproperty_new_completed(utcTime(item.completedAt)));
    if (reminderMinutes > 0 && item.isOpen() && item.dueDate.isValid())
        icalcomponent_add_component(todo, reminder(item.title, reminderMinutes, true));
    return todo;
}

icalcomponent* eventOf(const Goal& goal, const QDateTime& stamp, int reminderMinutes)
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
    if (reminderMinutes > 0 && goal.status != GoalStatus::Completed)
        icalcomponent_add_component(
            event, reminder(CalendarExport::tr("Goal: %1").arg(goal.title), reminderMinutes, false));
    return event;
}

} // namespace

QString CalendarExport::uid(const QString& kind, qint64 id)
{
    return kind + QLatin1Char('-') + QString::number(id) + QStringLiteral("@careerdesk");
}

Result<QByteArray> CalendarExport::build(Workspace& workspace, qint64 userId, const QDateTime& stamp,
                                         int reminderMinutes)
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
        icalcomponent_add_component(calendar.get(), todoOf(item, stamp, reminderMinutes));
    for (const Goal& goal : *goals) {
        if (goal.targetDate.isValid())
            icalcomponent_add_component(calendar.get(), eventOf(goal, stamp, reminderMinutes));
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
