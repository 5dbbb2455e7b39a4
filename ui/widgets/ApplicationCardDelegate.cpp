#include "ApplicationCardDelegate.h"

#include "Icons.h"
#include "StageColors.h"
#include "models/ColumnSpec.h"

#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace careerdesk {

namespace {

constexpr int padding = 6;
constexpr int stripe = 4; // the stage's colour, down the card's left edge
constexpr int markSize = 16;

// Qt breaks lines after '+' and '/'; a word joiner after each keeps "C++" and "CI/CD" whole.
QString keptWhole(QString text)
{
    text.replace(QLatin1Char('+'), QStringLiteral("+\u2060"));
    text.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));
    return text;
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallerOf(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

// Lines break between words, and inside a word only when it is wider than the card ("Engineering" in a
// narrow column): it is never cut off at the card's edge.
QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

int heightOf(const QString& text, const QFont& font, int width)
{
    QTextLayout lines(text, font);
    lines.setTextOption(wrapping());
    lines.beginLayout();
    qreal height = 0;
    for (QTextLine line = lines.createLine(); line.isValid(); line = lines.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    lines.endLayout();
    return int(std::ceil(height));
}

} // namespace

ApplicationCardDelegate::ApplicationCardDelegate(ApplicationStatus stage, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_stage(stage)
{}

int ApplicationCardDelegate::cardWidth(const QStyleOptionViewItem& option)
{
    // A list view asks for sizes before it lays items out; the viewport's width is the card's.
    if (const auto* view = qobject_cast<const QListView*>(option.widget))
        return view->viewport()->width() - 2 * view->spacing();
    return option.rect.width();
}

ApplicationCardDelegate::Layout ApplicationCardDelegate::layout(const QStyleOptionViewItem& option,
                                                                const QString& title, const QString& details,
                                                                int width, bool marked)
{
    const int textWidth = qMax(20, width - 2 * padding - stripe);
    // The mark goes beside the details, so that the title keeps the card's whole width.
    const int detailsWidth = marked ? qMax(20, textWidth - markSize - padding) : textWidth;
    const int titleHeight = heightOf(title, boldOf(option.font), textWidth);
    const int detailsHeight = heightOf(details, smallerOf(option.font), detailsWidth);
    Layout result;
    result.title = QRect(stripe + padding, padding, textWidth, titleHeight);
    result.details = QRect(stripe + padding, padding + titleHeight + 2, detailsWidth, detailsHeight);
    if (marked)
        result.mark = QRect(width - padding - markSize, result.details.top(), markSize, markSize);
    result.height = result.details.bottom() + padding;
    return result;
}

void ApplicationCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString title = keptWhole(text.section(QLatin1Char('\n'), 0, 0));
    const QString details = keptWhole(text.section(QLatin1Char('\n'), 1));
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette& palette = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->fillPath(card, selected ? palette.highlight() : palette.base());
    painter->setPen(QPen(selected ? palette.highlight().color().darker(120) : palette.mid().color(), 1));
    painter->drawPath(card);
    painter->save();
    painter->setClipPath(card);
    painter->fillRect(QRect(option.rect.topLeft(), QSize(stripe, option.rect.height())),
                      StageColors::accent(m_stage, palette));
    painter->restore();

    const bool marked = index.data(AttentionRole).toBool();
    const Layout parts = layout(option, title, details, option.rect.width(), marked);
    if (marked)
        Icons::named(QStringLiteral("dialog-warning"))
            .paint(painter, parts.mark.translated(option.rect.topLeft()));
    painter->setPen(selected ? palette.highlightedText().color() : palette.text().color());
    painter->setFont(boldOf(option.font));
    painter->drawText(QRectF(parts.title.translated(option.rect.topLeft())), title, wrapping());
    painter->setFont(smallerOf(option.font));
    if (!selected)
        painter->setPen(palette.placeholderText().color());
    painter->drawText(QRectF(parts.details.translated(option.rect.topLeft())), details, wrapping());
    if (option.state.testFlag(QStyle::State_HasFocus) && selected) {
        painter->setPen(QPen(palette.highlightedText().color(), 1, Qt::DotLine));
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2.5, 2.5, -2.5, -2.5), 3, 3);
    }
    painter->restore();
}

QSize ApplicationCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width = cardWidth(option);
    return {width,
            layout(option, keptWhole(text.section(QLatin1Char('\n'), 0, 0)),
                   keptWhole(text.section(QLatin1Char('\n'), 1)), width, index.data(AttentionRole).toBool())
                .height};
}

} // namespace careerdesk
