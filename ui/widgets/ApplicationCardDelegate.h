#pragma once

#include "domain/Enums.h"

#include <QStyledItemDelegate>

namespace careerdesk {

// Draws a board card: a framed box with a stripe in its stage's colour, the posting's title in bold over
// its details (the second line onwards of the item's text), wrapped to the column's width at word
// boundaries ("C++" and "CI/CD" stay whole).
class ApplicationCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ApplicationCardDelegate(ApplicationStatus stage, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout
    {
        QRect title;
        QRect details;
        QRect mark; // the warning of a card that needs attention (a follow-up due), beside the details
        int height = 0;
    };
    static Layout layout(const QStyleOptionViewItem& option, const QString& title, const QString& details,
                         int width, bool marked);
    static int cardWidth(const QStyleOptionViewItem& option);

    ApplicationStatus m_stage;
};

} // namespace careerdesk
