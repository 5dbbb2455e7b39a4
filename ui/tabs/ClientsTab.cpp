#include "ClientsTab.h"

#include "Icons.h"

#include "DocumentOutput.h"
#include "TabHost.h"
#include "models/CaseloadModel.h"
#include "workflows/CaseloadCsv.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace careerdesk {

ClientsTab::ClientsTab(TabHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_model(new CaseloadModel(host.workspace(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_open(new QPushButton(tr("&Open Client"), this))
{
    setWindowIcon(Icons::named(QStringLiteral("system-users")));
    setObjectName(QStringLiteral("clients"));
    connect(m_model, &CaseloadModel::errorOccurred, this,
            [this](const QString& message) { m_host.showError(message); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseloadModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setObjectName(QStringLiteral("caseload"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Each column as wide as its title and figures ("Interviewing" whole), each time the caseload is read;
    // the coach may widen or narrow them. A narrow window scrolls rather than clipping titles.
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    m_view->setWordWrap(false);
    m_filter->setPlaceholderText(tr("Filter clients…"));
    m_filter->setClearButtonEnabled(true);
    m_open->setObjectName(QStringLiteral("openClient"));
    m_open->setToolTip(tr("Show this client's data: to read, and to add action items and notes for them"));
    auto* exportButton = new QPushButton(tr("&Export as CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCaseload"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_open);
    bottom->addWidget(exportButton);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto open = [this] {
        if (const qint64 client = currentClientId(); client > 0)
            Q_EMIT clientOpened(client);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_view, &QTableView::activated, this, open); // a double click, or Enter
    connect(exportButton, &QPushButton::clicked, this, &ClientsTab::exportCaseload);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClientsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClientsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClientsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClientsTab::updateCount);
    updateCount();
}

bool ClientsTab::showCoach(qint64 coachId)
{
    m_model->setCoachId(coachId);
    return !m_model->clients().isEmpty();
}

void ClientsTab::exportCaseload()
{
    DocumentOutput(m_host, this)
        .saveFile(tr("Export Caseload"), tr("Caseload"), QStringLiteral(".csv"), tr("CSV (*.csv)"),
                  [this]() -> Result<QByteArray> {
                      m_model->reload();
                      return CaseloadCsv::build(m_model->clients());
                  });
}

qint64 ClientsTab::currentClientId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(CaseloadModel::ClientIdRole).toLongLong();
}

void ClientsTab::selectClient(qint64 clientId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(CaseloadModel::ClientIdRole).toLongLong() == clientId) {
            m_view->selectRow(row);
            return;
        }
    }
}

void ClientsTab::updateCount()
{
    m_count->setText(tr("Clients: %1").arg(QLocale().toString(m_proxy->rowCount())));
    m_open->setEnabled(currentClientId() > 0);
}

} // namespace careerdesk
