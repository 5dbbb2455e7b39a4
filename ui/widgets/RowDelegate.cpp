#include "RowDelegate.h"

#include "Icons.h"
#include "StageColors.h"
#include "domain/EnumStrings.h"
#include "models/ColumnSpec.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace careerdesk {

RowDelegate::RowDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void RowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(AttentionRole).toBool())
        return;
    option->font.setBold(true);
    option->palette.setColor(QPalette::Text, StageColors::attention(option->palette));
    if (index.column() == 0) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = Icons::named(QStringLiteral("dialog-warning"));
        option->decorationSize = QSize(16, 16);
    }
}

namespace {

constexpr int chipMargin = 4;  // around the chip, in its cell
constexpr int chipPadding = 7; // around the stage's name, in the chip
static_assert(RowDelegate::chipRoom == 2 * (chipMargin + chipPadding));

} // namespace

QSize RowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_stageColumn)
        size.rwidth() += chipRoom;
    return size;
}

void RowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto stage = enumFromKey<ApplicationStatus>(index.data(Qt::EditRole).toString());
    if (index.column() != m_stageColumn || !stage) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetricsF metrics(option.font);
    const int height = int(std::ceil(metrics.height())) + 4;
    const int textWidth = int(std::ceil(metrics.horizontalAdvance(text)));
    QRect chip(option.rect.left() + chipMargin, option.rect.center().y() - height / 2 + 1,
               qMin(textWidth + 2 * chipPadding, option.rect.width() - 2 * chipMargin), height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(shape, StageColors::chip(*stage, option.palette));
    painter->setPen(QPen(StageColors::accent(*stage, option.palette), 1));
    painter->drawPath(shape);
    painter->setPen(StageColors::chipText(option.palette));
    painter->setFont(option.font); // not the bold of a row that needs attention: the chip is the stage's
    painter->drawText(chip.adjusted(chipPadding, 0, -chipPadding, 0), Qt::AlignCenter,
                      chipLabel(option.font, text, option.rect.width()));
    painter->restore();
}

QString RowDelegate::chipLabel(const QFont& font, const QString& name, int cellWidth)
{
    // Widths in fractions of a pixel: a name as wide as its whole pixels says does not fit in them.
    return QFontMetricsF(font).elidedText(name, Qt::ElideRight, cellWidth - chipRoom + 1.0);
}

} // namespace careerdesk
