#include "ApplicationBoard.h"

#include "ApplicationCardDelegate.h"
#include "StageColumnModel.h"
#include "models/ApplicationModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

namespace careerdesk {

ApplicationBoard::ApplicationBoard(ApplicationModel* applications, QWidget* parent)
    : QWidget(parent)
    , m_applications(applications)
{
    for (ApplicationStatus stage : enumValues<ApplicationStatus>())
        m_stages << stage;
    auto* columns = new QWidget(this);
    m_columns = columns;
    auto* row = new QHBoxLayout(columns);
    row->setContentsMargins(4, 4, 4, 4);
    row->setSpacing(4);
    for (ApplicationStatus stage : std::as_const(m_stages)) {
        auto* model = new StageColumnModel(applications, stage, this);
        auto* view = new QListView(columns);
        view->setObjectName(QStringLiteral("stage_") + enumKey(stage));
        // A view in single selection selects the neighbour of a selected card that goes: connected
        // before the view is, this tells the board that it is not the person's choice.
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_syncing = true; });
        view->setModel(model);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::CopyAction);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setWordWrap(true);
        view->setSpacing(3);
        view->setItemDelegate(new ApplicationCardDelegate(stage, view));
        view->setResizeMode(QListView::Adjust); // cards rewrap when the column changes width
        view->setUniformItemSizes(false);
        view->setMinimumWidth(96);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint& position) { showMenu(view, position); });
        // The person's choice, by mouse or keyboard, selects a card; a card that moves on or goes (a
        // drag, another session's change) does not hand the selection to its neighbour.
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view](const QItemSelection& selected) {
                    if (m_syncing || selected.indexes().isEmpty())
                        return;
                    m_selectedId = selected.indexes().constFirst().data(IdRole).toLongLong();
                    showSelection(view);
                    Q_EMIT applicationSelected(m_selectedId);
                });
        auto* heading = new QLabel(this);
        heading->setAlignment(Qt::AlignCenter);
        auto* column = new QVBoxLayout;
        column->addWidget(heading);
        column->addWidget(view, 1);
        row->addLayout(column);
        m_views << view;
        m_models << model;
        m_headings << heading;
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(model, signal, this, &ApplicationBoard::updateHeadings);
            connect(model, signal, this, [this] {
                m_syncing = false;
                showSelection();
            });
        }
        connect(model, &QAbstractItemModel::modelReset, this, &ApplicationBoard::updateHeadings);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { showSelection(); });
        connect(model, &QAbstractItemModel::layoutChanged, this, &ApplicationBoard::updateHeadings);
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { showSelection(); });
    }
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    auto* next = new QAction(tr("Move to Next Stage"), this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] { moveSelected(1); });
    auto* previous = new QAction(tr("Move to Previous Stage"), this);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, [this] { moveSelected(-1); });
    addActions({next, previous});
    updateHeadings();
}

int ApplicationBoard::widthForEveryStage() const
{
    return m_columns->minimumSizeHint().width() + 2 * m_scroll->frameWidth();
}

QListView* ApplicationBoard::column(ApplicationStatus stage) const
{
    return m_views.value(m_stages.indexOf(stage));
}

StageColumnModel* ApplicationBoard::columnModel(ApplicationStatus stage) const
{
    return m_models.value(m_stages.indexOf(stage));
}

void ApplicationBoard::updateHeadings()
{
    for (int i = 0; i < m_stages.size(); ++i)
        m_headings.at(i)->setText(QStringLiteral("<b>%1</b> (%2)")
                                      .arg(enumLabel(m_stages.at(i)).toHtmlEscaped())
                                      .arg(m_models.at(i)->rowCount()));
}

qint64 ApplicationBoard::selectedId() const
{
    return m_selectedId;
}

void ApplicationBoard::selectId(qint64 id)
{
    m_selectedId = id;
    showSelection();
}

// The selected application's card, and no other, is selected and current in its column; the other
// columns have neither a selection nor a current card (a current card left behind would not answer a
// click, since clicking it changes nothing).
void ApplicationBoard::showSelection(QListView* chosen)
{
    const QScopedValueRollback syncing(m_syncing, true);
    for (int i = 0; i < m_views.size(); ++i) {
        QListView* view = m_views.at(i);
        if (view == chosen)
            continue;
        const QModelIndexList found = m_selectedId > 0
                                          ? m_models.at(i)->match(m_models.at(i)->index(0, 0), IdRole,
                                                                  m_selectedId, 1, Qt::MatchExactly)
                                          : QModelIndexList();
        if (found.isEmpty()) {
            view->selectionModel()->clear();
        } else if (!view->selectionModel()->isSelected(found.constFirst())) {
            view->selectionModel()->setCurrentIndex(found.constFirst(), QItemSelectionModel::ClearAndSelect);
            view->scrollTo(found.constFirst());
        }
    }
}

void ApplicationBoard::moveSelected(int steps)
{
    const qint64 id = selectedId();
    const int row = m_applications->rowOf(id);
    if (row < 0)
        return;
    const int stage = m_stages.indexOf(m_applications->entityAt(row).applicationStatus) + steps;
    if (stage < 0 || stage >= m_stages.size())
        return;
    if (m_applications->moveToStatus(id, m_stages.at(stage)))
        selectId(id);
}

void ApplicationBoard::showMenu(QListView* view, const QPoint& position)
{
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 id = index.data(IdRole).toLongLong();
    QMenu menu(this);
    QMenu* moveTo = menu.addMenu(tr("Move to"));
    for (ApplicationStatus stage : std::as_const(m_stages)) {
        QAction* action = moveTo->addAction(enumLabel(stage));
        action->setEnabled(view != column(stage));
        connect(action, &QAction::triggered, this, [this, id, stage] {
            if (m_applications->moveToStatus(id, stage))
                selectId(id);
        });
    }
    menu.exec(view->viewport()->mapToGlobal(position));
}

} // namespace careerdesk
