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

    QString tableName() const override { return QStringLiteral("action_items"); }
    QString itemName(int row) const override;
    bool markComplete(int row);
    int overdueCount() const;
    // Who adds the rows: the person themself, or their coach reading their data (the person then sees
    // who added an item).
    void setAuthorId(qint64 authorId) { m_authorId = authorId; }

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

private:
    QString authorName(qint64 userId) const;

    qint64 m_authorId = 0;
    mutable QHash<qint64, QString> m_authorNames;
};

} // namespace careerdesk
