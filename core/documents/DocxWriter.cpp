#include "DocxWriter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>

namespace careerdesk {

namespace {

const char* const wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

QByteArray contentTypes()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>)";
}

QByteArray packageRelationships()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>)";
}

QByteArray documentRelationships()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";
}

QByteArray styles()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:sz w:val="21"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:style>
</w:styles>)";
}

QByteArray coreProperties(const QString& title)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    writer.writeStartElement(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
        QStringLiteral("coreProperties"));
    writer.writeTextElement(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("title"),
                            title);
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

void writeRun(QXmlStreamWriter& xml, const QString& text, const QTextCharFormat& format)
{
    const QString w = QLatin1String(wordNamespace);
    xml.writeStartElement(w, QStringLiteral("r"));
    if (format.fontWeight() >= QFont::Bold || format.fontItalic()) {
        xml.writeStartElement(w, QStringLiteral("rPr"));
        if (format.fontWeight() >= QFont::Bold)
            xml.writeEmptyElement(w, QStringLiteral("b"));
        if (format.fontItalic())
            xml.writeEmptyElement(w, QStringLiteral("i"));
        xml.writeEndElement();
    }
    // Soft line breaks inside a block become <w:br/>.
    const QStringList lines = text.split(QChar::LineSeparator);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(w, QStringLiteral("br"));
        xml.writeStartElement(w, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(lines.at(i));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QString listPrefix(const QTextBlock& block)
{
    const QTextList* list = block.textList();
    if (!list)
        return {};
    const auto style = list->format().style();
    if (style == QTextListFormat::ListDecimal)
        return QString::number(list->itemNumber(block) + 1) + QStringLiteral(".\t");
    return QStringLiteral("•\t");
}

} // namespace

QByteArray DocxWriter::documentXml(const QTextDocument& document)
{
    const QString w = QLatin1String(wordNamespace);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(w, QStringLiteral("w"));
    xml.writeStartElement(w, QStringLiteral("document"));
    xml.writeStartElement(w, QStringLiteral("body"));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        xml.writeStartElement(w, QStringLiteral("p"));
        const int heading = block.blockFormat().headingLevel();
        QString style;
        if (heading >= 1)
            style = QStringLiteral("Heading%1").arg(qMin(heading, 3));
        else if (block.textList())
            style = QStringLiteral("ListParagraph");
        if (!style.isEmpty()) {
            xml.writeStartElement(w, QStringLiteral("pPr"));
            xml.writeEmptyElement(w, QStringLiteral("pStyle"));
            xml.writeAttribute(w, QStringLiteral("val"), style);
            xml.writeEndElement();
        }
        if (const QString prefix = listPrefix(block); !prefix.isEmpty())
            writeRun(xml, prefix, {});
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().isValid())
                writeRun(xml, fragment.fragment().text(), fragment.fragment().charFormat());
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Status DocxWriter::write(const QTextDocument& document, const QString& title, QIODevice* device)
{
    QuaZip zip(device);
    zip.setAutoClose(false); // the caller commits the QSaveFile behind the device
    if (!zip.open(QuaZip::mdCreate))
        return Error{tr("Cannot create the Word document (zip error %1)").arg(zip.getZipError())};
    const QList<QPair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypes()},
        {QStringLiteral("_rels/.rels"), packageRelationships()},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRelationships()},
        {QStringLiteral("word/document.xml"), documentXml(document)},
        {QStringLiteral("word/styles.xml"), styles()},
        {QStringLiteral("docProps/core.xml"), coreProperties(title)},
    };
    for (const auto& [name, data] : parts) {
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || part.write(data) != data.size()) {
            return Error{tr("Cannot write %1 into the Word document").arg(name)};
        }
        part.close();
    }
    zip.close();
    if (zip.getZipError() != 0)
        return Error{tr("Cannot finish the Word document (zip error %1)").arg(zip.getZipError())};
    return {};
}

} // namespace careerdesk
