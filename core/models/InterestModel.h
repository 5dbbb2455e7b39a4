#pragma once

#include "EntityTableModel.h"
#include "domain/Interest.h"

namespace careerdesk {

class InterestModel : public EntityTableModel<Interest>
{
    Q_OBJECT

public:
    enum Column { Name, Category, Priority, Description, Created, ColumnCount };

    explicit InterestModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;

protected:
    QString entityLabel() const override { return tr("interest"); }
    Result<QList<Interest>> load() const override;
    Result<Interest> fetch(qint64 id) const override;
    QVariant value(const Interest& interest, int column) const override;
    bool assign(Interest& interest, int column, const QVariant& value) const override;
    Interest blank() const override;
    Result<Interest> create(const Interest& interest) override;
    Result<Interest> save(const Interest& interest) override;
    careerdesk::Status erase(qint64 id) override;
};

} // namespace careerdesk
