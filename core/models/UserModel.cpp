#include "UserModel.h"

namespace careerdesk {

UserModel::UserModel(Workspace& workspace, QObject* parent)
    : EntityTableModel(workspace, workspace.users(), parent)
{
    setColumns({
        column(tr("Email"), EditorKind::Text),
        column(tr("First name"), EditorKind::Text),
        column(tr("Last name"), EditorKind::Text),
    });
}

QString UserModel::itemName(int row) const
{
    return tr("user %1").arg(entityAt(row).email);
}

Result<QList<User>> UserModel::load() const
{
    return m_workspace.users().listUsers();
}

Result<User> UserModel::fetch(qint64 id) const
{
    return m_workspace.users().getUser(id);
}

QVariant UserModel::value(const User& user, int column) const
{
    switch (column) {
    case Email:
        return user.email;
    case FirstName:
        return user.firstName;
    case LastName:
        return user.lastName;
    default:
        return {};
    }
}

bool UserModel::assign(User& user, int column, const QVariant& value) const
{
    switch (column) {
    case Email:
        user.email = value.toString();
        return true;
    case FirstName:
        user.firstName = value.toString();
        return true;
    case LastName:
        user.lastName = value.toString();
        return true;
    default:
        return false;
    }
}

User UserModel::blank() const
{
    return {};
}

Result<User> UserModel::create(const User& user)
{
    return m_workspace.users().createUser(user);
}

Result<User> UserModel::save(const User& user)
{
    return m_workspace.users().updateUser(user);
}

Status UserModel::erase(qint64 id)
{
    return m_workspace.users().deleteUser(id);
}

} // namespace careerdesk
