#include "ApplicationBoard.h"

#include "ApplicationCardDelegate.h"
#include "StageColumnModel.h"
#include "models/ApplicationModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
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
    auto* row = new QHBoxLayout(columns);
    for (ApplicationStatus stage : std::as_const(m_stages)) {
        auto* model = new StageColumnModel(applications, stage, this);
        auto* view = new QListView(columns);
        view->setObjectName(QStringLiteral("stage_") + enumKey(stage));
        view->setModel(model);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::CopyAction);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setWordWrap(true);
        view->setSpacing(3);
        view->setItemDelegate(new ApplicationCardDelegate(view));
        view->setResizeMode(QListView::Adjust); // cards rewrap when the column changes width
        view->setUniformItemSizes(false);
        view->setMinimumWidth(130);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint& position) { showMenu(view, position); });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex& current) {
                    if (!current.isValid())
                        return;
                    for (QListView* other : std::as_const(m_views)) {
                        if (other != view)
                            other->clearSelection();
                    }
                    Q_EMIT applicationSelected(current.data(IdRole).toLongLong());
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
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ApplicationBoard::updateHeadings);
        connect(model, &QAbstractItemModel::modelReset, this, &ApplicationBoard::updateHeadings);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ApplicationBoard::updateHeadings);
    }
    auto* scroll = new QScrollArea(this);
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
    for (QListView* view : m_views) {
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return selected.constFirst().data(IdRole).toLongLong();
    }
    return 0;
}

void ApplicationBoard::selectId(qint64 id)
{
    if (id == selectedId())
        return;
    for (QListView* view : std::as_const(m_views))
        view->clearSelection();
    for (int i = 0; i < m_views.size(); ++i) {
        const QModelIndexList found =
            m_models.at(i)->match(m_models.at(i)->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
        if (!found.isEmpty()) {
            m_views.at(i)->setCurrentIndex(found.constFirst());
            m_views.at(i)->scrollTo(found.constFirst());
            return;
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
