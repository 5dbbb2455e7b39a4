#pragma once

#include <QDialog>

class QTableView;

namespace careerdesk {

class UserModel;
class Workspace;

// The people in this database: add one, or switch the window to another.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(Workspace& workspace, qint64 currentUserId, QWidget* parent = nullptr);

    qint64 chosenUserId() const { return m_chosen; }

private:
    void addUser();
    void switchToSelected();

    Workspace& m_workspace;
    UserModel* m_model;
    QTableView* m_view;
    qint64 m_chosen;
};

} // namespace careerdesk
