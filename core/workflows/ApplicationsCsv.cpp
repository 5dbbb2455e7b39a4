#include "ApplicationsCsv.h"

#include "domain/EnumStrings.h"
#include "services/Workspace.h"

namespace careerdesk {

namespace {

QString isoDate(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().date().toString(Qt::ISODate) : QString();
}

} // namespace

QString ApplicationsCsv::field(const QString& value)
{
    QString text = value;
    // A spreadsheet runs a cell that starts with = + - @ as a formula; a posting's text must not.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text != value;
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString ApplicationsCsv::line(const QStringList& values)
{
    QStringList fields;
    for (const QString& value : values)
        fields << field(value);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Result<QByteArray> ApplicationsCsv::build(Workspace& workspace, qint64 userId, Options options)
{
    auto applications = workspace.applications().getUserOpportunities(userId);
    if (!applications)
        return applications.error();
    auto histories = workspace.applications().getApplicationHistories(userId);
    if (!histories)
        return histories.error();
    const auto stages = enumValues<ApplicationStatus>();
    QStringList header{tr("Title"),      tr("Company"), tr("Location"),     tr("Link"), tr("Stage"),
                       tr("Applied on"), tr("Resume"),  tr("Cover letter"), tr("Notes")};
    for (ApplicationStatus stage : stages)
        header << enumLabel(stage);
    QString csv = line(header);
    for (const Application& application : *applications) {
        auto posting = workspace.opportunities().getOpportunityById(application.opportunityId);
        if (!posting)
            return posting.error();
        const Opportunity opportunity = posting->value_or(Opportunity{});
        QString resume, letter;
        if (auto found = workspace.resumes().getResume(userId, application.resumeId))
            resume = found->name;
        if (auto found = workspace.coverLetters().getCoverLetter(userId, application.coverLetterId))
            letter = found->title;
        QStringList row{opportunity.title,
                        opportunity.company,
                        opportunity.location,
                        opportunity.sourceUrl,
                        enumLabel(application.applicationStatus),
                        isoDate(application.appliedAt),
                        resume,
                        letter,
                        application.notes};
        for (ApplicationStatus stage : stages) {
            QDateTime reached; // the first time: later returns to a stage do not move it
            for (const ApplicationEvent& event : histories->value(application.id)) {
                if (event.toStatus == stage && !reached.isValid())
                    reached = event.at;
            }
            row << isoDate(reached);
        }
        csv += line(row);
    }
    QByteArray bytes = csv.toUtf8();
    if (options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace careerdesk
