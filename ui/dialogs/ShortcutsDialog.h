#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace careerdesk {

// Help › Keyboard Shortcuts: every action of the window that has a shortcut, as its menus name it, with a
// field that narrows the list to what is typed (in the action's name or its keys).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* list() const { return m_list; }

private:
    void narrowTo(const QString& text);

    QLineEdit* m_search;
    QTreeWidget* m_list;
};

} // namespace careerdesk
