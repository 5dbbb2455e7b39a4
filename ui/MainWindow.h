#pragma once

#include <QMainWindow>

namespace careerdesk {

class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace& workspace, qint64 userId, QWidget* parent = nullptr);

private:
    Workspace& m_workspace;
    qint64 m_userId;
};

} // namespace careerdesk
