#include "Typesetting.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <memory>

namespace careerdesk {

QString Typesetting::withLineBreaks(QString markdown)
{
    static const QRegularExpression hardBreak(QStringLiteral("(?: {2,}|\\\\)\n(?=[ \t]*\\S)"));
    return markdown.replace(hardBreak, QString(QChar(QChar::LineSeparator)));
}

QString Typesetting::templateStyled(QString html)
{
    static const QRegularExpression blockStyle(QStringLiteral("<(p|h[1-6]|li) style=\"[^\"]*\">"));
    static const QRegularExpression headingSize(
        QStringLiteral(" font-size:(?:xx-large|x-large|large|medium);"));
    static const QRegularExpression linkColour(QStringLiteral(
        "(<a href=\"[^\"]*\">)<span style=\" (?:text-decoration: underline; )?color:#0000ff;\">"
        "([^<]*)</span></a>"));
    html.replace(blockStyle, QStringLiteral("<\\1>"));
    html.replace(headingSize, QString());
    html.replace(linkColour, QStringLiteral("\\1\\2</a>"));
    return html;
}

QString Typesetting::withRoleLines(QString html)
{
    static const QRegularExpression roleLine(QStringLiteral(
        "<p><span style=\" font-weight:[6-9]00;\">([^<]+)</span>\\s*\\(([^()<]*\\d{4}[^()<]*)\\)\\s*"
        "(?:<br />(.*?))?</p>"));
    QString laid;
    qsizetype from = 0;
    for (auto it = roleLine.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch line = it.next();
        laid += html.mid(from, line.capturedStart() - from);
        laid += QStringLiteral(
                    "<table class=\"role\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td><b>") +
                line.captured(1) + QStringLiteral("</b></td><td align=\"right\" class=\"period\">") +
                line.captured(2) + QStringLiteral("</td></tr></table>");
        if (!line.captured(3).isEmpty()) // what followed the role on its paragraph's next lines
            laid += QStringLiteral("<p>") + line.captured(3) + QStringLiteral("</p>");
        from = line.capturedEnd();
    }
    return laid + html.mid(from);
}

QString Typesetting::takeHeader(QString& body)
{
    static const QRegularExpression head(QStringLiteral("^\\s*(<h1>.*?</h1>)\\s*(?:<p>(.*?)</p>)?"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch found = head.match(body);
    if (!found.hasMatch())
        return {};
    QString contact = found.captured(2);
    contact.replace(QStringLiteral(" · "), QStringLiteral("<br />"));
    body = body.mid(found.capturedEnd());
    return QStringLiteral("<table class=\"header\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td valign=\"bottom\">") +
           found.captured(1) +
           QStringLiteral("</td><td align=\"right\" valign=\"bottom\" class=\"contact\">") + contact +
           QStringLiteral("</td></tr></table>");
}

QString Typesetting::withWholeTerms(QString html)
{
    // Between two letters or digits of text, never inside a tag (a link's address).
    static const QRegularExpression slash(QStringLiteral("(?<=[\\p{L}\\p{N}])/(?=[\\p{L}\\p{N}])(?![^<]*>)"));
    return html.replace(slash, QStringLiteral("/\u2060"));
}

void Typesetting::ruleSectionHeadings(QTextDocument& document)
{
    QTextBlockFormat ruled;
    ruled.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                      QTextLength(QTextLength::PercentageLength, 100));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            QTextCursor(block).mergeBlockFormat(ruled);
    }
}

void Typesetting::print(const QTextDocument& document, QPagedPaintDevice* device)
{
    QPainter painter(device);
    if (!painter.isActive())
        return;
    // Laid out again for the device, as QTextDocument::print does, with margins of 2 cm.
    std::unique_ptr<QTextDocument> pages(document.clone());
    pages->documentLayout()->setPaintDevice(device);
    ruleSectionHeadings(*pages); // on paper only: HTML, ODT and DOCX would take the rule for the heading
    const qreal dpi = device->logicalDpiY();
    const qreal margin = 2 / 2.54 * 96; // in the document's own units, which the layout scales
    QTextFrameFormat frame = pages->rootFrame()->frameFormat();
    frame.setMargin(margin);
    pages->rootFrame()->setFrameFormat(frame);
    const QRectF page(0, 0, device->width(), device->height());
    pages->setPageSize(page.size());
    const int count = pages->pageCount();
    const QFont footerFont = pages->defaultFont();
    const QFontMetricsF metrics(footerFont, device);
    for (int index = 0; index < count; ++index) {
        if (index > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -index * page.height());
        const QRectF shown(0, index * page.height(), page.width(), page.height());
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        context.palette.setColor(QPalette::Text, Qt::black);
        pages->documentLayout()->draw(&painter, context);
        painter.restore();
        if (count < 2)
            continue;
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString number =
            QCoreApplication::translate("Typesetting", "Page %1 of %2").arg(index + 1).arg(count);
        const qreal below = page.height() - margin * dpi / 96 / 2;
        painter.drawText(QPointF(page.width() - margin * dpi / 96 - metrics.horizontalAdvance(number), below),
                         number);
    }
}

} // namespace careerdesk
