#include "PdfAuthor.h"

// Only the std::shared_ptr API of QPDF 11, none of its older PointerHolder.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace careerdesk {

QByteArray PdfAuthor::withCreator(QByteArray xmp, const QString& author)
{
    // Qt's XMP names the title in a dc: description; the creator goes right after it.
    const QByteArray titleEnd("</dc:title>");
    const qsizetype at = xmp.indexOf(titleEnd);
    if (at < 0 || xmp.contains("<dc:creator>"))
        return xmp;
    const QByteArray creator = "\n      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>" +
                               author.toHtmlEscaped().toUtf8() +
                               "</rdf:li>\n        </rdf:Seq>\n      </dc:creator>";
    return xmp.insert(at + titleEnd.size(), creator);
}

Result<QByteArray> PdfAuthor::withAuthor(const QByteArray& pdf, const QString& author)
{
    // QPDF reports problems by throwing; here they become an Error like every other.
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(author.toStdString()));
        QPDFObjectHandle metadata = document.getRoot().getKey("/Metadata");
        if (metadata.isStream()) {
            const std::shared_ptr<Buffer> data = metadata.getStreamData(qpdf_dl_generalized);
            const QByteArray xmp = withCreator(
                QByteArray(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize())),
                author);
            metadata.replaceStreamData(xmp.toStdString(), QPDFObjectHandle::newNull(),
                                       QPDFObjectHandle::newNull());
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setStreamDataMode(qpdf_s_preserve);  // page streams stay compressed, metadata stays plain
        writer.setObjectStreamMode(qpdf_o_disable); // PDF 1.4 and PDF/A-1 have no object streams
        writer.write();
        const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(written->getBuffer()), qsizetype(written->getSize()));
    } catch (const std::exception& problem) {
        return Error{tr("Cannot name the author in the PDF: %1").arg(QString::fromLocal8Bit(problem.what()))};
    }
}

} // namespace careerdesk
