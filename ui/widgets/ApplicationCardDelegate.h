#pragma once

#include <QStyledItemDelegate>

namespace careerdesk {

// Draws a board card: a framed box with the posting's title in bold over its details (the second
// line onwards of the item's text), wrapped to the column's width.
class ApplicationCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout
    {
        QRect title;
        QRect details;
        int height = 0;
    };
    static Layout layout(const QStyleOptionViewItem& option, const QString& title, const QString& details,
                         int width);
    static int cardWidth(const QStyleOptionViewItem& option);
};

} // namespace careerdesk
