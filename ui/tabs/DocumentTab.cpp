#include "DocumentTab.h"

#include "Preferences.h"
#include "TabHost.h"
#include "documents/DocumentRenderer.h"
#include "models/EntityTableModelBase.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

namespace careerdesk {

DocumentTab::DocumentTab(TabHost& host, EntityTableModelBase* model, const QString& name,
                         const QString& title, DocumentTemplate::Kind kind, int contentColumn,
                         const QString& iconName, QWidget* parent)
    : AreaTab(model, name, title, iconName, parent)
    , m_host(host)
    , m_kind(kind)
{
    addTemplateChooser();
    addPreview(contentColumn);
}

std::optional<DocumentRequest> DocumentTab::currentDocument() const
{
    if (currentRow() < 0)
        return std::nullopt;
    DocumentRequest document;
    document.request.id = currentId();
    document.request.subject = m_kind == DocumentTemplate::Kind::Resume
                                   ? DocumentExporter::Subject::Resume
                                   : DocumentExporter::Subject::CoverLetter;
    document.request.templateId = m_template->currentData().toString();
    document.title = model()->index(currentRow(), 0).data().toString();
    return document;
}

void DocumentTab::addTemplateChooser()
{
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    for (const DocumentTemplate& documentTemplate : DocumentTemplate::available(m_kind))
        m_template->addItem(documentTemplate.name(), documentTemplate.id());
    Preferences& preferences = Preferences::shared();
    connect(m_template, &QComboBox::currentIndexChanged, this,
            [this] { Preferences::shared().setTemplateFor(name(), m_template->currentData().toString()); });
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Template:"), row));
    layout->addWidget(m_template, 1);
    auto* pageSize = new QComboBox(row);
    pageSize->setObjectName(QStringLiteral("pageSize"));
    pageSize->addItem(tr("Paper by locale"), QString());
    pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    pageSize->addItem(tr("Letter"), QStringLiteral("Letter"));
    connect(pageSize, &QComboBox::currentIndexChanged, this,
            [pageSize] { Preferences::shared().setPageSize(pageSize->currentData().toString()); });
    layout->addWidget(pageSize);
    auto* pdfA = new QCheckBox(tr("PDF/A"), row);
    pdfA->setObjectName(QStringLiteral("pdfA"));
    pdfA->setToolTip(tr("Write PDF/A-1b, the archival PDF some application portals ask for"));
    connect(pdfA, &QCheckBox::toggled, this, [](bool on) { Preferences::shared().setPdfA(on); });
    // What the tab shows follows the preferences, wherever they are changed (here, or in Preferences).
    const auto showPreferences = [this, pageSize, pdfA] {
        const Preferences& now = Preferences::shared(); // setting what is set already changes nothing
        m_template->setCurrentIndex(qMax(0, m_template->findData(now.templateFor(name()))));
        pageSize->setCurrentIndex(qMax(0, pageSize->findData(now.pageSize())));
        pdfA->setChecked(now.pdfA());
    };
    showPreferences();
    connect(&preferences, &Preferences::changed, this, showPreferences);
    layout->addWidget(pdfA);
    auto* exportButton = new QPushButton(tr("Export PDF…"), row);
    auto* previewButton = new QPushButton(tr("Print Preview…"), row);
    connect(exportButton, &QPushButton::clicked, this, [this] { output(false); });
    connect(previewButton, &QPushButton::clicked, this, [this] { output(true); });
    // The buttons get a line of their own so that the form stays narrow.
    auto* buttons = new QWidget(this);
    auto* buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addWidget(exportButton);
    buttonLayout->addWidget(previewButton);
    buttonLayout->addStretch(1);
    addDetailWidget(row);
    addDetailWidget(buttons);
}

void DocumentTab::addPreview(int contentColumn)
{
    auto* preview = new QTextBrowser(this);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setMinimumHeight(320);
    // The preview is paper: dark text on white in every theme, as the PDF will be.
    QPalette paper = preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    paper.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0x9c));
    preview->setPalette(paper);
    auto* pause = new QTimer(preview);
    pause->setSingleShot(true);
    pause->setInterval(250);
    auto* editor = qobject_cast<QPlainTextEdit*>(editorFor(contentColumn));
    connect(pause, &QTimer::timeout, preview, [this, editor, preview] { renderPreview(editor, preview); });
    auto schedule = [pause] { pause->start(); };
    if (editor)
        connect(editor, &QPlainTextEdit::textChanged, pause, schedule);
    // Typing waits for a pause; another row or template is shown at once.
    auto renderNow = [this, pause, editor, preview] {
        pause->stop();
        renderPreview(editor, preview);
    };
    connect(m_template, &QComboBox::currentIndexChanged, preview, renderNow);
    connect(this, &AreaTab::currentRowChanged, preview, renderNow);
    addDetailWidget(new QLabel(tr("Preview:"), this));
    addDetailWidget(preview);
}

void DocumentTab::renderPreview(QPlainTextEdit* editor, QTextBrowser* preview)
{
    if (currentRow() < 0 || !editor) {
        preview->clear();
        return;
    }
    Workspace& workspace = m_host.workspace();
    auto documentTemplate = DocumentTemplate::find(m_kind, m_template->currentData().toString());
    auto user = workspace.users().getUser(m_host.userId());
    if (!documentTemplate || !user) {
        preview->setPlainText(documentTemplate ? user.errorMessage() : documentTemplate.errorMessage());
        return;
    }
    DocumentRenderer::Content content;
    content.name = user->displayName();
    content.email = user->email;
    content.title = model()->index(currentRow(), 0).data().toString();
    content.body = editor->toPlainText();
    content.date = workspace.clock().now().toLocalTime().date();
    auto rendered = DocumentRenderer::render(documentTemplate.value(), content);
    if (!rendered) {
        preview->setPlainText(rendered.errorMessage());
        return;
    }
    const int scroll = preview->verticalScrollBar()->value();
    preview->setHtml(rendered.value()->toHtml());
    preview->verticalScrollBar()->setValue(scroll);
}

// The buttons under the form do what File › Export as PDF and Print Preview do.
void DocumentTab::output(bool print)
{
    submitForm();
    const auto document = currentDocument();
    if (!document)
        return;
    const DocumentOutput output(m_host, this);
    if (print)
        output.print(*document, true);
    else
        output.exportDocument(*document, true);
}

} // namespace careerdesk
