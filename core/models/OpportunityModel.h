#pragma once

#include "EntityTableModel.h"
#include "domain/Opportunity.h"

namespace careerdesk {

// The postings of the local index; they are shared by every user of the database.
class OpportunityModel : public EntityTableModel<Opportunity>
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Company,
        Location,
        Type,
        Remote,
        Salary,
        PostedAt,
        ExpiresAt,
        Status,
        SourceUrl,
        Requirements,
        Description,
        ColumnCount
    };

    explicit OpportunityModel(Workspace& workspace, QObject* parent = nullptr);

    QString tableName() const override { return QStringLiteral("opportunities"); }
    QString itemName(int row) const override;

protected:
    QString entityLabel() const override { return tr("opportunity"); }
    Result<QList<careerdesk::Opportunity>> load() const override;
    Result<careerdesk::Opportunity> fetch(qint64 id) const override;
    QVariant value(const careerdesk::Opportunity& opportunity, int column) const override;
    bool assign(careerdesk::Opportunity& opportunity, int column, const QVariant& value) const override;
    careerdesk::Opportunity blank() const override;
    Result<careerdesk::Opportunity> create(const careerdesk::Opportunity& opportunity) override;
    Result<careerdesk::Opportunity> save(const careerdesk::Opportunity& opportunity) override;
    careerdesk::Status erase(qint64 id) override;
    bool ownedByUser() const override { return false; }
};

} // namespace careerdesk
