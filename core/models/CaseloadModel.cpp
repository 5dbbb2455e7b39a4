#include "CaseloadModel.h"

#include "domain/DisplayFormat.h"
#include "domain/EnumStrings.h"
#include "services/Workspace.h"

#include <QLocale>

namespace careerdesk {

namespace {

const auto stages = enumValues<ApplicationStatus>();

} // namespace

CaseloadModel::CaseloadModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(200); // an import changes many rows at once: one read for them all
    connect(&m_reloadSoon, &QTimer::timeout, this, &CaseloadModel::reload);
    for (EntityService* service : std::initializer_list<EntityService*>{
             &workspace.applications(), &workspace.actionItems(), &workspace.goals(), &workspace.prompts(),
             &workspace.users()}) {
        for (auto signal : {&EntityService::created, &EntityService::changed, &EntityService::removed})
            connect(service, signal, this, [this] {
                if (m_coachId > 0)
                    m_reloadSoon.start();
            });
        connect(service, &EntityService::manyChanged, this, [this] {
            if (m_coachId > 0)
                m_reloadSoon.start();
        });
    }
}

void CaseloadModel::setCoachId(qint64 coachId)
{
    m_coachId = coachId;
    reload();
}

void CaseloadModel::reload()
{
    m_reloadSoon.stop();
    QList<Caseload::Client> clients;
    if (m_coachId > 0) {
        auto read = Caseload::of(m_workspace, m_coachId);
        if (!read)
            Q_EMIT errorOccurred(read.errorMessage());
        else
            clients = read.value();
    }
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstStage + int(stages.size()) + 4;
}

int CaseloadModel::lastActivityColumn() const
{
    return FirstStage + int(stages.size());
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Name:
        return tr("Client");
    case Email:
        return tr("Email");
    case Applications:
        return tip ? tr("Applications not yet rejected, withdrawn or accepted") : tr("Active");
    default:
        break;
    }
    if (section < lastActivityColumn()) {
        const QString stage = enumLabel(stages.at(section - FirstStage));
        return tip ? tr("Applications at the stage %1").arg(stage) : stage;
    }
    const QStringList shown{tr("Last activity"), tr("Overdue"), tr("Goals done"), tr("Answers")};
    const QStringList explained{tr("When the client last changed an application, action item or goal"),
                                tr("Action items past their due date"),
                                tr("Goals completed of those not cancelled"),
                                tr("Prompts answered this month")};
    return (tip ? explained : shown).at(section - lastActivityColumn());
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Caseload::Client& client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(client, index.column());
    case SortRole:
        return sortValue(client, index.column());
    case ClientIdRole:
        return client.person.id;
    case Qt::TextAlignmentRole:
        return index.column() >= Applications ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == lastActivityColumn() + 2)
            return tr("%1 of %2 goals completed (cancelled ones not counted)")
                .arg(client.goalsCompleted)
                .arg(client.goalsCounted);
        return {};
    default:
        return {};
    }
}

QVariant CaseloadModel::display(const Caseload::Client& client, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return client.person.shownName();
    case Email:
        return client.person.email;
    case Applications:
        return locale.toString(client.activeApplications());
    default:
        break;
    }
    if (column < lastActivityColumn())
        return locale.toString(client.applicationsPerStage.value(stages.at(column - FirstStage)));
    switch (column - lastActivityColumn()) {
    case 0:
        return client.lastActivity.isValid() ? DisplayFormat::date(client.lastActivity.toLocalTime().date())
                                             : tr("none yet");
    case 1:
        return locale.toString(client.overdueActionItems);
    case 2:
        return client.goalsCounted == 0 ? QStringLiteral("–")
                                        : tr("%1 of %2").arg(client.goalsCompleted).arg(client.goalsCounted);
    default:
        return locale.toString(client.promptsAnsweredThisMonth);
    }
}

QVariant CaseloadModel::sortValue(const Caseload::Client& client, int column) const
{
    if (column == Name || column == Email)
        return display(client, column).toString().toLower();
    if (column == Applications)
        return client.activeApplications();
    if (column < lastActivityColumn())
        return client.applicationsPerStage.value(stages.at(column - FirstStage));
    switch (column - lastActivityColumn()) {
    case 0:
        return client.lastActivity.isValid() ? client.lastActivity.toMSecsSinceEpoch() : qint64(0);
    case 1:
        return client.overdueActionItems;
    case 2:
        return client.goalsCounted == 0 ? -1.0 : double(client.goalsCompleted) / client.goalsCounted;
    default:
        return client.promptsAnsweredThisMonth;
    }
}

} // namespace careerdesk
