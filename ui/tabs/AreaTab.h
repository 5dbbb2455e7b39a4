#pragma once

#include "DocumentOutput.h"
#include "workflows/ImportService.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace careerdesk {

class RowDelegate;

class EntityTableModelBase;

// One area of the window: a sortable table with a filter field, and a form that edits the
// selected row. The form is built from the model's column descriptions, so every area reads and
// behaves the same. An area's own tab (ui/tabs/<Area>Tab) adds its widgets and says what it offers
// to the window's actions by overriding the hooks below; the window never asks which area it is.
class AreaTab : public QWidget
{
    Q_OBJECT

public:
    // What needs the person's attention in an area (overdue, due): summed up in the status bar, and
    // counted in the tab's title when `inTitle`.
    struct Attention
    {
        int count = 0;
        QString summary; // "Overdue action items: %1"
        bool inTitle = false;
        int rank = 0; // the status bar lists the lowest first: what is overdue before what is due
    };

    // The tab takes `model` as its child.
    // `iconName`: the freedesktop name of the tab's icon (Icons::named).
    AreaTab(EntityTableModelBase* model, const QString& name, const QString& title, const QString& iconName,
            QWidget* parent = nullptr);

    EntityTableModelBase* model() const { return m_model; }
    QString name() const { return m_name; }
    QString title() const { return m_title; } // in the window's tab bar
    QTableView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }
    QWidget* editorFor(int column) const; // the form's editor of a model column

    int currentRow() const; // in the model; -1 when nothing is selected
    qint64 currentId() const;
    QList<qint64> selectedIds() const; // every selected row, for work on several at once
    void selectId(qint64 id);
    void submitForm(); // writes pending form edits now
    // While the server's connection is lost, the form keeps what was typed (a refused save is not
    // undone in it) and the list stays on its row; once it is back, the form is saved again.
    void setConnectionLost(bool lost);
    void addDetailWidget(QWidget* widget);
    // For a model that searches: `bar` above the list replaces the filter field and sorting.
    void setSearchBar(QWidget* bar);
    void focusFilter();
    // Another view of the same rows beside the table (the application board).
    void addListPage(QWidget* page, const QString& title);
    QTabWidget* listPages() const { return m_listPages; } // null until a second page is added
    // Pages beside the list, before the edit form, which becomes a page of its own.
    void addSidePage(QWidget* page, const QString& title);
    QTabWidget* sidePages() const { return m_sidePages; }

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    // The hooks of the window's actions. Edit › New: the new row's id, 0 when nothing was added.
    virtual qint64 addNew();
    // New, as the window's New does it: what the form holds is saved first, the filter cleared, the new
    // row selected.
    void addNewAndShow();
    // What the list shows while it has nothing (and nothing is filtered away): what the area is for, and
    // buttons for its first steps (New, Import…).
    void setEmptyState(const QString& purpose, const QList<QAction*>& firstSteps);
    QWidget* emptyState() const { return m_emptyState; }
    // A first step for the empty state: an action of this tab.
    QAction* firstStep(const QString& text, const QString& iconName, const std::function<void()>& run);
    QAction* newStep(const QString& text); // New, as the window's
    // Ctrl+Return on the selected row ("Mark Complete", "Set as Default"); empty: the area has none.
    virtual QString rowActionText() const { return {}; }
    // Whether the row action would change `row` (an item not completed yet, a resume not the default).
    virtual bool offersRowAction(int row) const
    {
        Q_UNUSED(row);
        return true;
    }
    virtual void runRowAction(int row) { Q_UNUSED(row); }
    // What File › Export and Print render; none: the area has no document.
    virtual std::optional<DocumentRequest> currentDocument() const { return std::nullopt; }
    // What resumes and letters among imported files become while this tab is open.
    virtual ImportService::DocumentsAs documentsAs() const { return ImportService::DocumentsAs::Resumes; }
    virtual std::optional<Attention> attention() const { return std::nullopt; }
    // Reads `userId`'s rows (the person's own, or a client's for their coach).
    virtual void showPerson(qint64 userId);

    // Actions of this area alone, in the Edit menu: enabled while the tab is current, the data can be
    // written, and `when` holds (a row selected, say).
    void addOwnAction(QAction* action, std::function<bool()> when);
    QList<QAction*> ownActions() const;
    void updateOwnActions(bool current, bool writable);

protected:
    void showEvent(QShowEvent* event) override;
    // Whether rows may be hidden by what the person asked for (a filter, a search): then no empty state.
    virtual bool isNarrowed() const;
    void updateEmptyState();
    RowDelegate* rowDelegate() const { return m_rowDelegate; }
    // A page of the list (the board) gets at least `width`, as far as the form beside it can spare.
    void widenList(const QWidget* page, int width);

Q_SIGNALS:
    void currentRowChanged(int row);
    void attentionChanged();

private:
    void buildForm();
    QWidget* createEditor(int column);
    void showRow(int row);
    void refreshChoices();
    void fitColumns();

    EntityTableModelBase* m_model;
    QString m_name;
    QString m_title;
    QList<std::pair<QAction*, std::function<bool()>>> m_ownActions; // with when each is enabled
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_count;
    QWidget* m_formPanel;
    QFormLayout* m_form;
    QDataWidgetMapper* m_mapper;
    QList<QWidget*> m_editors; // by model column; read-only columns hold a QLabel
    QSplitter* m_splitter = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    QScrollArea* m_formScroll = nullptr;
    QTabWidget* m_sidePages = nullptr;
    QTabWidget* m_listPages = nullptr;
    RowDelegate* m_rowDelegate = nullptr;
    QWidget* m_emptyState = nullptr;
    QList<QAction*> m_firstSteps;
    QPointer<QWidget> m_searchBar;
    bool m_columnsSized = false;
    bool m_connectionLost = false;
    qint64 m_idBeforeReset = 0;
};

} // namespace careerdesk
