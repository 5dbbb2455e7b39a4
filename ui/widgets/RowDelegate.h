#pragma once

#include <QStyledItemDelegate>

namespace careerdesk {

// How an area's table draws its rows: a row that needs attention (overdue, due for reflection) in bold,
// in the theme's red, with a warning sign before its name (shape as well as colour); and the column that
// holds an application's stage, if there is one, as a coloured chip with the stage's name.
class RowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowDelegate(QObject* parent = nullptr);

    void setStageColumn(int column) { m_stageColumn = column; }
    // How the cell at `index` is drawn, from the view's `base` option: font, colours, icon.
    QStyleOptionViewItem styleFor(const QStyleOptionViewItem& base, const QModelIndex& index) const
    {
        QStyleOptionViewItem option = base;
        initStyleOption(&option, index);
        return option;
    }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // What a stage's chip takes in its cell beside the name: its margin and padding on either side.
    static constexpr int chipRoom = 2 * (4 + 7);
    // The stage's name on its chip in a cell `cellWidth` wide: whole when it fits, else elided.
    static QString chipLabel(const QFont& font, const QString& name, int cellWidth);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_stageColumn = -1;
};

} // namespace careerdesk
