#include "CaseloadCsv.h"

#include "ApplicationsCsv.h"
#include "domain/EnumStrings.h"

namespace careerdesk {

QByteArray CaseloadCsv::build(const QList<Caseload::Client>& clients)
{
    const auto stages = enumValues<ApplicationStatus>();
    QStringList header{tr("Client"), tr("Email")};
    for (ApplicationStatus stage : stages)
        header << enumLabel(stage);
    header << tr("Last activity") << tr("Overdue action items") << tr("Goals completed") << tr("Goals")
           << tr("Prompts answered this month");
    QString text = ApplicationsCsv::line(header);
    for (const Caseload::Client& client : clients) {
        QStringList row{client.person.displayName(), client.person.email};
        for (ApplicationStatus stage : stages)
            row << QString::number(client.applicationsPerStage.value(stage));
        row << (client.lastActivity.isValid() ? client.lastActivity.toLocalTime().date().toString(Qt::ISODate)
                                              : QString())
            << QString::number(client.overdueActionItems) << QString::number(client.goalsCompleted)
            << QString::number(client.goalsCounted) << QString::number(client.promptsAnsweredThisMonth);
        text += ApplicationsCsv::line(row);
    }
    return text.toUtf8();
}

} // namespace careerdesk
