#pragma once

#include <QTabWidget>

namespace careerdesk {

// Pages inside a tab (Table and Board, a posting's Posting and Edit pages). Ctrl+Tab, Ctrl+Shift+Tab,
// Ctrl+PgDown and Ctrl+PgUp are left to the window's tabs, wherever the focus is: they go from area to
// area, as everywhere else in the window.
class InnerTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit InnerTabs(QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace careerdesk
