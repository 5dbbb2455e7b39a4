#include "DocxReader.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace careerdesk {

namespace {

Result<QByteArray> documentXml(const QByteArray& docx)
{
    QBuffer buffer;
    buffer.setData(docx);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{DocxReader::tr("not a DOCX file: it is not a zip package (damaged or cut short?)")};
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml")))
        return Error{DocxReader::tr("not a DOCX file: the package has no word/document.xml")};
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return Error{DocxReader::tr("word/document.xml cannot be read: %1").arg(entry.errorString())};
    QByteArray xml;
    char chunk[65536];
    for (;;) {
        const qint64 read = entry.read(chunk, sizeof chunk);
        if (read < 0)
            return Error{DocxReader::tr("word/document.xml is damaged: %1").arg(entry.errorString())};
        if (read == 0)
            break;
        xml.append(chunk, read);
        if (xml.size() > DocxReader::maximumXmlSize)
            return Error{DocxReader::tr("word/document.xml unpacks to more than %1 MB")
                             .arg(DocxReader::maximumXmlSize >> 20)};
    }
    entry.close();
    if (entry.getZipError() != 0)
        return Error{DocxReader::tr("word/document.xml is damaged (zip error %1)").arg(entry.getZipError())};
    return xml;
}

} // namespace

Result<QString> DocxReader::read(const QByteArray& docx)
{
    auto xmlBytes = documentXml(docx);
    if (!xmlBytes)
        return xmlBytes.error();
    QXmlStreamReader xml(xmlBytes.value());
    QStringList paragraphs;
    QString paragraph;
    QString prefix;
    bool inText = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const auto name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("p")) {
                paragraph.clear();
                prefix.clear();
            } else if (name == QLatin1String("pStyle")) {
                const QString style = xml.attributes().value(QLatin1String("w:val")).toString();
                if (style.startsWith(QLatin1String("Heading"), Qt::CaseInsensitive)) {
                    const int level = qBound(1, style.mid(7).toInt(), 6);
                    prefix = QString(level, QLatin1Char('#')) + QLatin1Char(' ');
                } else if (style.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0) {
                    prefix = QStringLiteral("# ");
                } else if (style.startsWith(QLatin1String("List"), Qt::CaseInsensitive)) {
                    prefix = QStringLiteral("- ");
                }
            } else if (name == QLatin1String("numPr")) {
                prefix = QStringLiteral("- ");
            } else if (name == QLatin1String("t")) {
                inText = true;
            } else if (name == QLatin1String("tab")) {
                paragraph += QLatin1Char('\t');
            } else if (name == QLatin1String("br")) {
                paragraph += QLatin1Char('\n');
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            paragraph += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("t")) {
                inText = false;
            } else if (name == QLatin1String("p") && !paragraph.trimmed().isEmpty()) {
                // Some writers put the bullet itself in the text of a list paragraph.
                static const QRegularExpression bullet(QStringLiteral("^[•·▪◦‣–-]\\s*"));
                QString text = paragraph.trimmed();
                if (!prefix.isEmpty())
                    text.remove(bullet);
                paragraphs << prefix + text;
            }
        }
    }
    if (xml.hasError())
        return Error{tr("word/document.xml, line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())};
    // List items stay together; other paragraphs are separated by a blank line, as Markdown wants.
    QString text;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const bool item = paragraphs.at(i).startsWith(QLatin1String("- "));
        const bool previousItem = i > 0 && paragraphs.at(i - 1).startsWith(QLatin1String("- "));
        if (i > 0)
            text += (item && previousItem) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        text += paragraphs.at(i);
    }
    if (text.trimmed().isEmpty())
        return Error{tr("the document has no text")};
    return text;
}

} // namespace careerdesk
