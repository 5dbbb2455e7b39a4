#pragma once

#include "EntityTableModel.h"
#include "domain/Goal.h"

namespace careerdesk {

class GoalModel : public EntityTableModel<Goal>
{
    Q_OBJECT

public:
    enum Column { Title, Category, Status, Priority, TargetDate, CompletedAt, Description, ColumnCount };

    explicit GoalModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;
    bool markComplete(int row);

protected:
    QString entityLabel() const override { return tr("goal"); }
    Result<QList<Goal>> load() const override;
    Result<Goal> fetch(qint64 id) const override;
    QVariant value(const Goal& goal, int column) const override;
    bool assign(Goal& goal, int column, const QVariant& value) const override;
    Goal blank() const override;
    Result<Goal> create(const Goal& goal) override;
    Result<Goal> save(const Goal& goal) override;
    careerdesk::Status erase(qint64 id) override;
};

} // namespace careerdesk
