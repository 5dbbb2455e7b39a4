#pragma once

#include "EntityTableModel.h"
#include "domain/User.h"

namespace careerdesk {

// The people in the database, for a coach who switches between clients.
class UserModel : public EntityTableModel<User>
{
    Q_OBJECT

public:
    enum Column { Email, FirstName, LastName, ColumnCount };

    explicit UserModel(Workspace& workspace, QObject* parent = nullptr);

    QString itemName(int row) const override;

protected:
    QString entityLabel() const override { return tr("user"); }
    Result<QList<User>> load() const override;
    Result<User> fetch(qint64 id) const override;
    QVariant value(const User& user, int column) const override;
    bool assign(User& user, int column, const QVariant& value) const override;
    User blank() const override;
    Result<User> create(const User& user) override;
    Result<User> save(const User& user) override;
    careerdesk::Status erase(qint64 id) override;
    bool ownedByUser() const override { return false; }
};

} // namespace careerdesk
