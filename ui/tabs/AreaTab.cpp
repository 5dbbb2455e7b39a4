#include "AreaTab.h"

#include "Icons.h"
#include "models/EntityTableModelBase.h"
#include "widgets/ChoiceComboBox.h"
#include "widgets/InnerTabs.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/RowDelegate.h"
#include "widgets/SalaryRangeEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace careerdesk {

AreaTab::AreaTab(EntityTableModelBase* model, const QString& name, const QString& title,
                 const QString& iconName, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_name(name)
    , m_title(title)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_formPanel(new QWidget(this))
    , m_form(new QFormLayout(m_formPanel))
    , m_mapper(new QDataWidgetMapper(this))
{
    setObjectName(name);
    setWindowIcon(Icons::named(iconName)); // the tab bar shows it
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_rowDelegate = new RowDelegate(m_view);
    m_view->setItemDelegate(m_rowDelegate);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto* left = new QWidget(this);
    m_listLayout = new QVBoxLayout(left);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->addLayout(filterRow);
    m_listLayout->addWidget(m_view, 1);

    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("form"));
    m_formScroll->setWidget(m_formPanel);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_formScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    m_splitter = splitter;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_mapper->setModel(m_model);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    buildForm();

    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnHidden(column, !m_model->headerData(column, Qt::Horizontal, InTableRole).toBool());

    // The selection, not the current index, decides: selectRow() moves the current index first.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showRow(currentRow()); });
    auto updateCount = [this] {
        m_count->setText(tr("Shown: %1").arg(QLocale().toString(m_proxy->rowCount())));
        if (currentRow() < 0)
            showRow(-1);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AreaTab::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AreaTab::fitColumns);
    // A list read again stays on its row; a freshly loaded one starts with its first row open.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_idBeforeReset = currentId(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_idBeforeReset > 0 && m_model->rowOf(m_idBeforeReset) >= 0)
            selectId(m_idBeforeReset);
        else if (currentRow() < 0 && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    });
    // Others' changes read in: what is typed in the form is saved first.
    connect(m_model, &EntityTableModelBase::reloadWanted, this, [this] {
        submitForm();
        m_model->reload();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &AreaTab::refreshChoices);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (topLeft.row() == currentRow())
            showRow(currentRow());
    });
    // A refused edit leaves the form showing what is stored, not what was refused.
    connect(m_model, &EntityTableModelBase::errorOccurred, this, [this] {
        QTimer::singleShot(0, m_mapper, [this] {
            if (!m_connectionLost)
                m_mapper->revert();
        });
    });
    updateCount();
}

void AreaTab::buildForm()
{
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QWidget* editor = createEditor(column);
        m_editors << editor;
        m_form->addRow(m_model->headerData(column, Qt::Horizontal).toString() + QLatin1Char(':'), editor);
    }
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow pane puts a field that does not fit beside its label under it, instead of cutting it off.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

QWidget* AreaTab::createEditor(int column)
{
    const auto kind = EditorKind(m_model->headerData(column, Qt::Horizontal, EditorKindRole).toInt());
    if (m_model->headerData(column, Qt::Horizontal, ReadOnlyRole).toBool()) {
        auto* label = new QLabel(m_formPanel);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true); // a long title wraps in a narrow form instead of widening it
        return label;
    }
    QWidget* editor = nullptr;
    switch (kind) {
    case EditorKind::Text:
        editor = new QLineEdit(m_formPanel);
        break;
    case EditorKind::Tags: {
        auto* tags = new QLineEdit(m_formPanel);
        tags->setPlaceholderText(tr("Separated by commas, e.g. leadership, conflict"));
        editor = tags;
        break;
    }
    case EditorKind::LongText:
    case EditorKind::Lines: {
        auto* text = new QPlainTextEdit(m_formPanel);
        text->setTabChangesFocus(true);
        if (kind == EditorKind::Lines)
            text->setPlaceholderText(tr("One per line"));
        text->setMinimumHeight(kind == EditorKind::LongText ? 160 : 80);
        editor = text;
        break;
    }
    case EditorKind::Choice: {
        auto* combo = new ChoiceComboBox(m_formPanel);
        combo->setChoices(m_model->headerData(column, Qt::Horizontal, ChoicesRole).toList());
        connect(combo, &ChoiceComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
        editor = combo;
        break;
    }
    case EditorKind::Date:
    case EditorKind::DateTime: {
        auto* date = new OptionalDateEdit(kind == EditorKind::Date ? OptionalDateEdit::Mode::Date
                                                                   : OptionalDateEdit::Mode::DateTime,
                                          m_formPanel);
        connect(date, &OptionalDateEdit::editingFinished, m_mapper, &QDataWidgetMapper::submit);
        editor = date;
        break;
    }
    case EditorKind::Bool: {
        auto* check = new QCheckBox(m_formPanel);
        connect(check, &QCheckBox::clicked, m_mapper, &QDataWidgetMapper::submit);
        editor = check;
        break;
    }
    case EditorKind::Salary: {
        auto* salary = new SalaryRangeEdit(m_formPanel);
        connect(salary, &SalaryRangeEdit::editingFinished, m_mapper, &QDataWidgetMapper::submit);
        editor = salary;
        break;
    }
    }
    m_mapper->addMapping(editor, column);
    return editor;
}

void AreaTab::refreshChoices()
{
    for (int column = 0; column < m_editors.size(); ++column) {
        if (auto* combo = qobject_cast<ChoiceComboBox*>(m_editors.at(column)))
            combo->setChoices(m_model->headerData(column, Qt::Horizontal, ChoicesRole).toList());
    }
    if (currentRow() >= 0)
        m_mapper->setCurrentIndex(currentRow());
}

QWidget* AreaTab::editorFor(int column) const
{
    return m_editors.value(column);
}

int AreaTab::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.constFirst()).row();
}

qint64 AreaTab::currentId() const
{
    return m_model->idAt(currentRow());
}

QList<qint64> AreaTab::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(m_proxy->mapToSource(index).row());
    return ids;
}

void AreaTab::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        return selectId(id);
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AreaTab::setConnectionLost(bool lost)
{
    m_connectionLost = lost;
    (m_listPages ? static_cast<QWidget*>(m_listPages) : m_view)->setEnabled(!lost);
    if (m_searchBar)
        m_searchBar->setEnabled(!lost);
    m_filter->setEnabled(!lost);
    if (!lost)
        submitForm();
}

void AreaTab::submitForm()
{
    m_mapper->submit();
}

void AreaTab::showRow(int row)
{
    const bool any = row >= 0;
    m_formPanel->setEnabled(any);
    if (any) {
        m_mapper->setCurrentIndex(row);
    } else {
        m_mapper->setCurrentIndex(-1);
    }
    // Rows to read only (a client's, for their coach; a note someone else added): text stays
    // selectable and scrollable.
    const bool readOnly = any && !m_model->canChange(row);
    for (int column = 0; column < m_editors.size(); ++column) {
        QWidget* editor = m_editors.at(column);
        if (auto* label = qobject_cast<QLabel*>(editor))
            label->setText(any ? m_model->index(row, column).data().toString() : QString());
        else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setReadOnly(readOnly);
            if (!line->hasFocus())
                line->setCursorPosition(0); // a long link shows its beginning
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            text->setReadOnly(readOnly);
        else
            editor->setEnabled(!readOnly);
    }
    Q_EMIT currentRowChanged(row);
}

void AreaTab::addDetailWidget(QWidget* widget)
{
    m_form->addRow(widget);
}

void AreaTab::setSearchBar(QWidget* bar)
{
    // The model is a search's pages: the search bar replaces the filter over loaded rows, and the
    // order is the search's, not a sort of what happens to be loaded.
    m_filter->hide();
    m_count->hide();
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    m_listLayout->insertWidget(0, bar);
    m_searchBar = bar;
}

void AreaTab::addListPage(QWidget* page, const QString& title)
{
    if (!m_listPages) {
        m_listPages = new InnerTabs(this);
        m_listPages->setTabPosition(QTabWidget::South);
        delete m_listLayout->replaceWidget(m_view, m_listPages); // the item that held the table is ours
        m_listPages->addTab(m_view, tr("Table"));
    }
    m_listPages->addTab(page, title);
}

void AreaTab::widenList(const QWidget* page, int width)
{
    constexpr int narrowestForm = 280;
    const QList<int> sizes = m_splitter->sizes();
    const int missing = width - page->width();
    if (sizes.size() != 2 || missing <= 0)
        return;
    const int taken = qMin(qMax(0, sizes.at(1) - narrowestForm), missing);
    m_splitter->setSizes({sizes.at(0) + taken, sizes.at(1) - taken});
}

void AreaTab::focusFilter()
{
    (m_searchBar ? m_searchBar.data() : static_cast<QWidget*>(m_filter))->setFocus(Qt::ShortcutFocusReason);
}

void AreaTab::addSidePage(QWidget* page, const QString& title)
{
    if (!m_sidePages) {
        m_sidePages = new InnerTabs(this);
        m_splitter->replaceWidget(1, m_sidePages);
        m_sidePages->addTab(m_formScroll, tr("Edit"));
    }
    m_sidePages->insertTab(m_sidePages->count() - 1, page, title);
    m_sidePages->setCurrentIndex(0);
}

void AreaTab::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("tabs/%1/header").arg(m_name), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("tabs/%1/splitter").arg(m_name), m_splitter->saveState());
    if (m_listPages)
        settings.setValue(QStringLiteral("tabs/%1/listPage").arg(m_name), m_listPages->currentIndex());
}

void AreaTab::restoreState(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("tabs/%1/splitter").arg(m_name)).toByteArray());
    if (m_listPages)
        m_listPages->setCurrentIndex(
            settings.value(QStringLiteral("tabs/%1/listPage").arg(m_name), 0).toInt());
    const QByteArray header = settings.value(QStringLiteral("tabs/%1/header").arg(m_name)).toByteArray();
    m_columnsSized = !header.isEmpty() && m_view->horizontalHeader()->restoreState(header);
    fitColumns();
}

qint64 AreaTab::addNew()
{
    return m_model->addNew();
}

void AreaTab::addNewAndShow()
{
    submitForm();
    if (const qint64 id = addNew(); id > 0) {
        m_filter->clear();
        selectId(id);
    }
}

void AreaTab::setEmptyState(const QString& purpose, const QList<QAction*>& firstSteps)
{
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(m_emptyState);
    layout->addStretch(1);
    auto* icon = new QLabel(m_emptyState);
    icon->setPixmap(windowIcon().pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(purpose, m_emptyState);
    text->setObjectName(QStringLiteral("purpose"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(440); // a wrapped label gets the height of its lines only at a known width
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QAction* step : firstSteps) {
        auto* button = new QToolButton(m_emptyState);
        button->setDefaultAction(step);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addWidget(icon);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(text);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addLayout(buttons);
    layout->addStretch(2);
    m_firstSteps = firstSteps;
    m_listLayout->addWidget(m_emptyState, 1);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &AreaTab::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AreaTab::updateEmptyState);
    connect(m_filter, &QLineEdit::textChanged, this, &AreaTab::updateEmptyState);
    updateEmptyState();
}

QAction* AreaTab::firstStep(const QString& text, const QString& iconName, const std::function<void()>& run)
{
    auto* action = new QAction(Icons::named(iconName), text, this);
    connect(action, &QAction::triggered, this, run);
    return action;
}

QAction* AreaTab::newStep(const QString& text)
{
    return firstStep(text, QStringLiteral("document-new"), [this] { addNewAndShow(); });
}

bool AreaTab::isNarrowed() const
{
    return !m_filter->text().isEmpty();
}

void AreaTab::updateEmptyState()
{
    if (!m_emptyState)
        return;
    const bool empty = m_model->rowCount() == 0 && !isNarrowed();
    (m_listPages ? static_cast<QWidget*>(m_listPages) : m_view)->setVisible(!empty);
    m_emptyState->setVisible(empty);
    m_splitter->widget(1)->setVisible(!empty); // no form for no row: the empty state takes the width
    if (!empty)
        fitColumns(); // the first rows, now that the list shows
    for (QAction* step : std::as_const(m_firstSteps))
        step->setEnabled(!m_model->isReadOnly());
}

void AreaTab::showPerson(qint64 userId)
{
    m_model->setUserId(userId);
}

void AreaTab::addOwnAction(QAction* action, std::function<bool()> when)
{
    m_ownActions.append({action, std::move(when)});
}

QList<QAction*> AreaTab::ownActions() const
{
    QList<QAction*> actions;
    for (const auto& own : m_ownActions)
        actions << own.first;
    return actions;
}

void AreaTab::updateOwnActions(bool current, bool writable)
{
    for (const auto& [action, when] : m_ownActions)
        action->setEnabled(current && writable && when());
}

void AreaTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns(); // the first time there is a width to share
}

// Until the person sizes the columns, the first one (the row's name) takes what the others leave, and
// the others fit their contents, within reason: short ones (dates, stages, yes/no) whole, long ones
// (companies, places, pay) giving way when the name would get less than it needs, never narrower than
// their title.
void AreaTab::fitColumns()
{
    if (m_columnsSized || m_model->rowCount() == 0 || !m_view->isVisible())
        return;
    m_columnsSized = true;
    QHeaderView* header = m_view->horizontalHeader();
    QList<int> shown;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            shown << column;
    }
    if (shown.isEmpty())
        return;
    static constexpr int widest = 260;
    static constexpr int shortest = 120; // up to this, a column keeps its whole content
    const auto contentWidth = [this, header](int column) {
        m_view->resizeColumnToContents(column); // its title and the rows in sight
        return qMax(header->sectionSizeHint(column), qMin(m_view->columnWidth(column), widest));
    };
    const int name = shown.takeFirst();
    const int available = m_view->viewport()->width();
    int room = available - qMin(contentWidth(name), qMax(header->sectionSizeHint(name), available / 3));
    QHash<int, int> wanted;
    int flexible = 0;
    for (int column : std::as_const(shown)) {
        wanted[column] = contentWidth(column);
        if (wanted[column] <= shortest)
            room -= wanted[column];
        else
            flexible += wanted[column];
    }
    if (flexible > room && flexible > 0) {
        const double share = double(qMax(room, 0)) / flexible;
        for (int column : std::as_const(shown)) {
            if (wanted[column] > shortest)
                wanted[column] = qMax(header->sectionSizeHint(column), int(wanted[column] * share));
        }
    }
    header->setStretchLastSection(false);
    for (int column : std::as_const(shown))
        header->resizeSection(column, wanted[column]);
    header->setSectionResizeMode(name, QHeaderView::Stretch);
}

} // namespace careerdesk
