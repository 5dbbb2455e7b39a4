#include "TestSupport.h"
#include "files/SavedFile.h"
#include "workflows/ApplicationsCsv.h"
#include "workflows/CalendarExport.h"

#include <QFile>
#include <QTest>

#include <libical/ical.h>

using namespace careerdesk;

namespace {

// RFC 4180 read back independently of the writer: quoted fields, doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QString propertyText(icalcomponent* component, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(component, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

} // namespace

class TestPipelineExports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> w;

private Q_SLOTS:
    void init() { w = std::make_unique<TestWorkspace>(); }
    void cleanup() { w.reset(); }

    void applicationsCsvHasEveryStageDate()
    {
        auto& applications = (*w)->applications();
        const qint64 posting =
            w->addOpportunity(QStringLiteral("Engineer, \"Platform\""), QStringLiteral("=cmd|Acme"));
        const qint64 resume = w->addResume(w->userId, QStringLiteral("Main"));
        const qint64 id = applications.saveOpportunity(w->userId, posting)->id;
        w->advanceDays(2);
        QVERIFY(applications.applyToOpportunity(w->userId, posting, resume).ok());
        w->advanceDays(5);
        QVERIFY(applications.updateApplicationStatus(w->userId, id, ApplicationStatus::Screening).ok());
        QVERIFY(
            applications.addOpportunityNotes(w->userId, id, QStringLiteral("Called back,\nsaid yes")).ok());
        w->addOpportunity(QStringLiteral("Not applied"), QStringLiteral("Other")); // not in the pipeline

        auto csv = ApplicationsCsv::build(**w, w->userId, {true});
        QVERIFY2(csv.ok(), qPrintable(csv.errorMessage()));
        QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv->contains("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv->mid(3)));
        QCOMPARE(rows.size(), 2);
        const QStringList& header = rows.at(0);
        const QStringList& row = rows.at(1);
        QCOMPARE(row.size(), header.size());
        auto column = [&](const QString& name) { return row.value(header.indexOf(name)); };
        QCOMPARE(column(QStringLiteral("Title")), QStringLiteral("Engineer, \"Platform\""));
        QCOMPARE(column(QStringLiteral("Company")), QStringLiteral("'=cmd|Acme")); // never a formula
        QCOMPARE(column(QStringLiteral("Stage")), QStringLiteral("Screening"));
        QCOMPARE(column(QStringLiteral("Resume")), QStringLiteral("Main"));
        QVERIFY(column(QStringLiteral("Notes")).contains(QStringLiteral("Called back,\nsaid yes")));
        QCOMPARE(column(QStringLiteral("Saved")), QStringLiteral("2026-03-10"));
        QCOMPARE(column(QStringLiteral("Applied")), QStringLiteral("2026-03-12"));
        QCOMPARE(column(QStringLiteral("Applied on")), QStringLiteral("2026-03-12"));
        QCOMPARE(column(QStringLiteral("Screening")), QStringLiteral("2026-03-17"));
        QCOMPARE(column(QStringLiteral("Interviewing")), QString());
        QVERIFY(!ApplicationsCsv::build(**w, w->userId, {false})->startsWith("\xEF\xBB\xBF"));
    }

    void calendarRoundTripsThroughLibical()
    {
        ActionItem item;
        item.title = QStringLiteral("Follow up with Acme; ask about the team, salary");
        item.description =
            QStringLiteral("Line one\nLine two, with a comma; and a semicolon — and a long tail "
                           "that makes this line longer than seventy-five octets for sure");
        item.priority = Priority::High;
        item.status = ActionItemStatus::InProgress;
        item.dueDate = QDateTime(QDate(2026, 3, 20), QTime(9, 30), Qt::UTC);
        const qint64 open = (*w)->actionItems().createActionItem(w->userId, item)->id;
        ActionItem done;
        done.title = QStringLiteral("Send portfolio");
        done.priority = Priority::Low;
        const qint64 doneId = (*w)->actionItems().createActionItem(w->userId, done)->id;
        QVERIFY((*w)->actionItems().markActionItemComplete(w->userId, doneId).ok());
        Goal goal;
        goal.title = QStringLiteral("Land a Qt role");
        goal.targetDate = QDate(2026, 6, 30);
        const qint64 goalId = (*w)->goals().createGoal(w->userId, goal)->id;
        Goal undated;
        undated.title = QStringLiteral("Someday");
        QVERIFY((*w)->goals().createGoal(w->userId, undated).ok());

        auto exported = CalendarExport::build(**w, w->userId, w->now);
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        const QByteArray text = *exported;
        for (const QByteArray& line : text.split('\n')) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData()); // CRLF everywhere
            QVERIFY2(line.size() <= 76, line.constData());                     // folded at 75 octets
        }
        icalcomponent* calendar = icalparser_parse_string(text.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VTODO_COMPONENT), 2);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 1);
        for (icalcomponent* todo = icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT); todo;
             todo = icalcomponent_get_next_component(calendar, ICAL_VTODO_COMPONENT)) {
            const QString uid = QString::fromUtf8(icalcomponent_get_uid(todo));
            if (uid == CalendarExport::uid(QStringLiteral("action-item"), open)) {
                QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(todo)), item.title);
                QCOMPARE(QString::fromUtf8(icalcomponent_get_description(todo)), item.description);
                QCOMPARE(
                    icalproperty_get_priority(icalcomponent_get_first_property(todo, ICAL_PRIORITY_PROPERTY)),
                    1);
                QCOMPARE(icalcomponent_get_status(todo), ICAL_STATUS_INPROCESS);
                const icaltimetype due = icalcomponent_get_due(todo); // a day, as the window shows it
                QVERIFY(due.is_date);
                QCOMPARE(QDate(due.year, due.month, due.day), item.dueDate.toLocalTime().date());
                QVERIFY(propertyText(todo, ICAL_COMPLETED_PROPERTY).isEmpty());
            } else {
                QCOMPARE(uid, CalendarExport::uid(QStringLiteral("action-item"), doneId));
                QCOMPARE(icalcomponent_get_status(todo), ICAL_STATUS_COMPLETED);
                QCOMPARE(
                    icalproperty_get_priority(icalcomponent_get_first_property(todo, ICAL_PRIORITY_PROPERTY)),
                    9);
                QCOMPARE(propertyText(todo, ICAL_COMPLETED_PROPERTY), QStringLiteral("20260310T120000Z"));
            }
        }
        icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(event)),
                 CalendarExport::uid(QStringLiteral("goal"), goalId));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        QVERIFY(start.is_date);
        QCOMPARE(QDate(start.year, start.month, start.day), goal.targetDate);
        QVERIFY(QString::fromUtf8(icalcomponent_get_summary(event)).contains(goal.title));
        icalcomponent_free(calendar);

        // The same rows keep their UIDs in a later export, so a calendar updates instead of doubling.
        w->advanceDays(1);
        const QByteArray again = CalendarExport::build(**w, w->userId, w->now).value();
        QVERIFY(again.contains(CalendarExport::uid(QStringLiteral("action-item"), open).toUtf8()));
        QVERIFY(again.contains(CalendarExport::uid(QStringLiteral("goal"), goalId).toUtf8()));
        QVERIFY(!again.contains("VALARM")); // no reminder asked for

        // With a reminder: an open item and a goal are announced at 9:00 the day before their day; a
        // completed item is not.
        icalcomponent* reminded =
            icalparser_parse_string(CalendarExport::build(**w, w->userId, w->now, 1).value().constData());
        QVERIFY(reminded);
        QStringList alarms;
        for (auto kind : {ICAL_VTODO_COMPONENT, ICAL_VEVENT_COMPONENT}) {
            for (icalcomponent* part = icalcomponent_get_first_component(reminded, kind); part;
                 part = icalcomponent_get_next_component(reminded, kind)) {
                icalcomponent* alarm = icalcomponent_get_first_component(part, ICAL_VALARM_COMPONENT);
                if (!alarm)
                    continue;
                const icaltriggertype trigger =
                    icalproperty_get_trigger(icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
                alarms << QString::fromUtf8(icalcomponent_get_uid(part)) + QLatin1Char(' ') +
                              QDateTime::fromSecsSinceEpoch(
                                  icaltime_as_timet_with_zone(trigger.time, icaltimezone_get_utc_timezone()))
                                  .toLocalTime()
                                  .toString(Qt::ISODate);
                QCOMPARE(
                    icalproperty_get_action(icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY)),
                    ICAL_ACTION_DISPLAY);
            }
        }
        icalcomponent_free(reminded);
        QCOMPARE(alarms, (QStringList{CalendarExport::uid(QStringLiteral("action-item"), open) +
                                          QStringLiteral(" 2026-03-19T09:00:00"),
                                      CalendarExport::uid(QStringLiteral("goal"), goalId) +
                                          QStringLiteral(" 2026-06-29T09:00:00")}));

        const QString path = w->dir.filePath(QStringLiteral("career.ics"));
        QVERIFY(SavedFile::write(path, again).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), again);
        QVERIFY(!SavedFile::write(w->dir.filePath(QStringLiteral("missing/folder/x.ics")), again).ok());
    }
};

QTEST_GUILESS_MAIN(TestPipelineExports)
#include "TestPipelineExports.moc"
