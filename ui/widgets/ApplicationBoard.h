#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QLabel;
class QListView;
class QScrollArea;

namespace careerdesk {

class ApplicationModel;
class StageColumnModel;

// The pipeline as a board: a column per stage, a card per application. Dragging a card to another
// column moves the application to that stage; Ctrl+Shift+Right / Left and the context menu do the
// same from the keyboard. Every move is an undo step.
class ApplicationBoard : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationBoard(ApplicationModel* applications, QWidget* parent = nullptr);

    QListView* column(ApplicationStatus stage) const;
    StageColumnModel* columnModel(ApplicationStatus stage) const;
    qint64 selectedId() const;
    void selectId(qint64 id);       // 0 or an id not on the board: no card selected
    void moveSelected(int steps);   // +1: next stage, -1: previous
    int widthForEveryStage() const; // the width at which every column shows without scrolling

Q_SIGNALS:
    void applicationSelected(qint64 id);

private:
    void updateHeadings();
    void showSelection(QListView* chosen = nullptr); // `chosen`: where the person selected it, left as is
    void showMenu(QListView* view, const QPoint& position);

    ApplicationModel* m_applications;
    QList<ApplicationStatus> m_stages;
    QList<QListView*> m_views;
    QList<StageColumnModel*> m_models;
    QList<QLabel*> m_headings;
    QWidget* m_columns = nullptr;
    QScrollArea* m_scroll = nullptr;
    qint64 m_selectedId = 0;
    bool m_syncing = false; // the board itself is changing the columns' selections
};

} // namespace careerdesk
