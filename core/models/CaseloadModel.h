#pragma once

#include "workflows/Caseload.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace careerdesk {

class Workspace;

// One row a client of the coach, read-only and sortable (SortRole gives numbers and times to sort by);
// it reads the caseload again, moments after any of the clients' applications, action items, goals or
// answers change.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Applications, FirstStage };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ClientIdRole = Qt::UserRole + 2;

    explicit CaseloadModel(Workspace& workspace, QObject* parent = nullptr);

    void setCoachId(qint64 coachId);
    qint64 coachId() const { return m_coachId; }
    const QList<Caseload::Client>& clients() const { return m_clients; }
    int lastActivityColumn() const; // the stages come before it
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    QVariant display(const Caseload::Client& client, int column) const;
    QVariant sortValue(const Caseload::Client& client, int column) const;

    Workspace& m_workspace;
    qint64 m_coachId = 0;
    QList<Caseload::Client> m_clients;
    QTimer m_reloadSoon;
};

} // namespace careerdesk
