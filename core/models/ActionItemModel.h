#pragma once

#include "EntityTableModel.h"
#include "domain/ActionItem.h"

namespace careerdesk {

class ActionItemModel : public EntityTableModel<ActionItem>
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Status,
        Priority,
        DueDate,
        Opportunity,
        CompletedAt,
        AddedBy,
        Description,
        ColumnCount
    };

    explicit ActionItemModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;
    bool markComplete(int row);
    int overdueCount() const;
    // A coach adds action items for a client, and changes the ones they added; the person changes all.
    bool keepsAuthors() const override { return true; }
    bool canChange(int row) const override;

protected:
    QString entityLabel() const override { return tr("action item"); }
    Result<QList<ActionItem>> load() const override;
    Result<ActionItem> fetch(qint64 id) const override;
    QVariant value(const ActionItem& item, int column) const override;
    bool assign(ActionItem& item, int column, const QVariant& value) const override;
    ActionItem blank() const override;
    Result<ActionItem> create(const ActionItem& item) override;
    Result<ActionItem> save(const ActionItem& item) override;
    careerdesk::Status erase(qint64 id) override;
    int opportunityColumn() const override { return Opportunity; }
    qint64 linkedOpportunity(const ActionItem& item) const override { return item.relatedOpportunityId; }
    bool needsAttention(const ActionItem& item) const override;
};

} // namespace careerdesk
