#pragma once

#include <QPointer>
#include <QWidget>

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

class EntityTableModelBase;

// One area of the window: a sortable table with a filter field, and a form that edits the
// selected row. The form is built from the model's column descriptions, so every area reads and
// behaves the same.
class AreaTab : public QWidget
{
    Q_OBJECT

public:
    AreaTab(EntityTableModelBase* model, const QString& name, QWidget* parent = nullptr);

    EntityTableModelBase* model() const { return m_model; }
    QString name() const { return m_name; }
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

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void buildForm();
    QWidget* createEditor(int column);
    void showRow(int row);
    void refreshChoices();
    void fitColumns();

    EntityTableModelBase* m_model;
    QString m_name;
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
    QPointer<QWidget> m_searchBar;
    bool m_columnsSized = false;
    bool m_connectionLost = false;
    qint64 m_idBeforeReset = 0;
};

} // namespace careerdesk
