#include "MainWindow.h"

#include "services/Workspace.h"

#include <QLabel>

namespace careerdesk {

MainWindow::MainWindow(Workspace& workspace, qint64 userId, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_userId(userId)
{
    setWindowTitle(tr("CareerDesk"));
    auto user = m_workspace.users().getUser(m_userId);
    setCentralWidget(
        new QLabel(user ? tr("Welcome, %1").arg(user->displayName()) : user.errorMessage(), this));
    resize(1200, 800);
}

} // namespace careerdesk
