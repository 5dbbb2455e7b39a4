#include "UsersDialog.h"

#include "ProfileDialog.h"
#include "models/UserModel.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace careerdesk {

UsersDialog::UsersDialog(Workspace& workspace, qint64 currentUserId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new UserModel(workspace, this))
    , m_view(new QTableView(this))
    , m_chosen(currentUserId)
{
    setWindowTitle(tr("Users"));
    m_model->reload();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_view->selectRow(m_model->rowOf(currentUserId));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    QPushButton* switchTo = buttons->addButton(tr("&Switch to"), QDialogButtonBox::AcceptRole);
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(switchTo, &QPushButton::clicked, this, &UsersDialog::switchToSelected);
    connect(m_view, &QTableView::doubleClicked, this, &UsersDialog::switchToSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(560, 360);
}

void UsersDialog::addUser()
{
    ProfileDialog dialog(tr("Add a person whose career search you follow."), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = m_workspace.users().createUser(dialog.user());
    if (!created) {
        QMessageBox::warning(this, tr("Add user"), created.errorMessage());
        return;
    }
    m_view->selectRow(m_model->rowOf(created->id));
}

void UsersDialog::switchToSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = m_model->idAt(current.row());
    accept();
}

} // namespace careerdesk
