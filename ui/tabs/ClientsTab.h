#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace careerdesk {

class CaseloadModel;
class TabHost;

// A coach's clients, one row each: where their search stands, sortable by any column, filtered by name.
// Opening a client shows their data in the window (to read, and to add action items for them); the
// caseload exports as CSV.
class ClientsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsTab(TabHost& host, QWidget* parent = nullptr);

    // Whoever has clients (on a server: assigned to them; in a file: everyone else in it) coaches them:
    // false when `coachId` has none.
    bool showCoach(qint64 coachId);
    QTableView* view() const { return m_view; }
    qint64 currentClientId() const; // 0 when none is selected
    void selectClient(qint64 clientId);

Q_SIGNALS:
    void clientOpened(qint64 clientId);

private:
    void updateCount();
    void exportCaseload();

    TabHost& m_host;
    CaseloadModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_count;
    QPushButton* m_open;
};

} // namespace careerdesk
