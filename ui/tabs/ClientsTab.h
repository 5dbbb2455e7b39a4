#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace careerdesk {

class CaseloadModel;

// A coach's clients, one row each: where their search stands, sortable by any column, filtered by name.
// Opening a client shows their data in the window (to read, and to add action items for them).
class ClientsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsTab(CaseloadModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    qint64 currentClientId() const; // 0 when none is selected
    void selectClient(qint64 clientId);

Q_SIGNALS:
    void clientOpened(qint64 clientId);
    void exportRequested();

private:
    void updateCount();

    CaseloadModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_count;
    QPushButton* m_open;
};

} // namespace careerdesk
