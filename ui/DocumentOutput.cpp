#include "DocumentOutput.h"

#include "documents/Typesetting.h"

#include "Preferences.h"
#include "TabHost.h"
#include "files/SavedFile.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

namespace careerdesk {

DocumentOutput::DocumentOutput(TabHost& host, QWidget* parent)
    : m_host(host)
    , m_parent(parent)
{}

QString DocumentOutput::suggestedPath(QString title, const QString& suffix)
{
    title.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(title.simplified() + suffix);
}

DocumentRenderer::PdfOptions DocumentOutput::pdfOptions()
{
    DocumentRenderer::PdfOptions options;
    const QString size = Preferences::shared().pageSize();
    if (size == QLatin1String("A4"))
        options.pageSize = QPageSize(QPageSize::A4);
    else if (size == QLatin1String("Letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    options.pdfA = Preferences::shared().pdfA();
    return options;
}

void DocumentOutput::saveFile(const QString& title, const QString& name, const QString& suffix,
                              const QString& filter,
                              const std::function<Result<QByteArray>()>& contents) const
{
    const QString path = m_host.questions().saveFile(title, suggestedPath(name, suffix), filter);
    if (path.isEmpty())
        return;
    auto built = contents();
    Status written = built ? SavedFile::write(path, *built) : Status(built.error());
    if (!written)
        m_host.showError(written.errorMessage());
    else
        m_host.showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void DocumentOutput::exportDocument(const DocumentRequest& document, bool pdfOnly) const
{
    QString path = m_host.questions().saveFile(pdfOnly ? tr("Export as PDF") : tr("Export"),
                                               suggestedPath(document.title, QStringLiteral(".pdf")),
                                               pdfOnly ? tr("PDF (*.pdf)") : DocumentExporter::fileFilter());
    if (path.isEmpty())
        return;
    auto format = DocumentExporter::formatFor(path);
    if (!format) {
        if (!pdfOnly && !QFileInfo(path).suffix().isEmpty()) {
            m_host.showError(
                tr("CareerDesk cannot write %1 files; choose PDF, DOCX, ODT, HTML, MD or JSON (JSON Resume).")
                    .arg(QFileInfo(path).suffix()));
            return;
        }
        path += QStringLiteral(".pdf");
        format = DocumentExporter::Format::Pdf;
    }
    const DocumentExporter exporter(m_host.workspace(), m_host.userId());
    if (Status written = exporter.exportTo(document.request, path, *format, pdfOptions()); !written) {
        m_host.showError(written.errorMessage());
        return;
    }
    m_host.showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void DocumentOutput::print(const DocumentRequest& document, bool preview) const
{
    auto rendered = DocumentExporter(m_host.workspace(), m_host.userId()).document(document.request);
    if (!rendered) {
        m_host.showError(rendered.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const QPageSize pageSize = pdfOptions().pageSize;
    printer.setPageSize(pageSize.isValid() ? pageSize : DocumentRenderer::defaultPageSize());
    printer.setDocName(document.title);
    QTextDocument* text = rendered.value().get();
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_parent);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                         [text](QPrinter* target) { Typesetting::print(*text, target); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        Typesetting::print(*text, &printer);
}

} // namespace careerdesk
