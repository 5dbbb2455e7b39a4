#include "JobFeedReader.h"

#include "HtmlText.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace careerdesk {

namespace {

struct Entry
{
    QString title;
    QString link;
    QString summary;
    QString company;
    QString location;
    QString date;
    QStringList categories;
    qint64 line = 0;
};

QDateTime feedDate(const QString& text)
{
    // RFC 822 also allows zone names; Qt reads numeric offsets.
    static const QRegularExpression universal(QStringLiteral("\\s(GMT|UTC|UT|Z)$"));
    const QString written = QString(text.trimmed()).replace(universal, QStringLiteral(" +0000"));
    QDateTime date = QDateTime::fromString(written, Qt::RFC2822Date);
    if (!date.isValid())
        date = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return date.toUTC();
}

} // namespace

bool JobFeedReader::isFeed(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes.left(4096));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == QLatin1String("rss") || xml.name() == QLatin1String("feed");
    }
    return false;
}

Result<ImportBatch> JobFeedReader::read(const QByteArray& bytes, const QDateTime& now)
{
    QXmlStreamReader xml(bytes);
    QList<Entry> entries;
    QString feedTitle;
    std::optional<Entry> current;
    bool atom = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && current &&
            (xml.name() == QLatin1String("item") || xml.name() == QLatin1String("entry"))) {
            entries << *current;
            current.reset();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("feed"))
            atom = true;
        if (name == QLatin1String("item") || name == QLatin1String("entry")) {
            current = Entry{};
            current->line = xml.lineNumber();
        } else if (!current && name == QLatin1String("title") && feedTitle.isEmpty()) {
            feedTitle = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (current) {
            if (name == QLatin1String("title"))
                current->title =
                    HtmlText::fromMaybeHtml(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (name == QLatin1String("link") && atom) {
                const QString rel = xml.attributes().value(QLatin1String("rel")).toString();
                if (rel.isEmpty() || rel == QLatin1String("alternate"))
                    current->link = xml.attributes().value(QLatin1String("href")).toString().trimmed();
            } else if (name == QLatin1String("link"))
                current->link = xml.readElementText().trimmed();
            else if (name == QLatin1String("description") || name == QLatin1String("summary") ||
                     (name == QLatin1String("content") && current->summary.isEmpty()) ||
                     name == QLatin1String("encoded"))
                current->summary =
                    HtmlText::fromMaybeHtml(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (name == QLatin1String("company") || name == QLatin1String("author") ||
                     name == QLatin1String("creator"))
                current->company = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            else if (name == QLatin1String("location"))
                current->location = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            else if (name == QLatin1String("pubDate") || name == QLatin1String("published") ||
                     (name == QLatin1String("updated") && current->date.isEmpty()))
                current->date = xml.readElementText();
            else if (name == QLatin1String("category"))
                current->categories << (atom ? xml.attributes().value(QLatin1String("term")).toString()
                                             : xml.readElementText().simplified());
        }
    }
    if (xml.hasError())
        return Error{tr("line %1, column %2: %3")
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString())};
    ImportBatch batch;
    for (const Entry& entry : std::as_const(entries)) {
        Opportunity posting;
        posting.title = entry.title;
        posting.company = entry.company;
        const qsizetype at = posting.title.lastIndexOf(QLatin1String(" at "));
        if (posting.company.isEmpty() && at > 0) {
            posting.company = posting.title.mid(at + 4).trimmed();
            posting.title = posting.title.left(at).trimmed();
        }
        if (posting.company.isEmpty())
            posting.company = feedTitle;
        if (posting.title.isEmpty())
            return Error{tr("the item on line %1 has no title").arg(entry.line)};
        if (posting.company.isEmpty())
            return Error{
                tr("the item on line %1 (\"%2\") names no company").arg(entry.line).arg(posting.title)};
        posting.description = entry.summary;
        posting.sourceUrl = entry.link;
        posting.location = entry.location;
        posting.isRemote = entry.location.contains(QLatin1String("remote"), Qt::CaseInsensitive);
        posting.requirements = entry.categories;
        posting.postedAt = entry.date.isEmpty() ? now : feedDate(entry.date);
        if (!posting.postedAt.isValid())
            return Error{
                tr("the item on line %1: \"%2\" is not a date").arg(entry.line).arg(entry.date.trimmed())};
        batch.opportunities << posting;
    }
    if (batch.opportunities.isEmpty())
        return Error{tr("the feed has no items")};
    return batch;
}

} // namespace careerdesk
