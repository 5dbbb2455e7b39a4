#include "DocumentTab.h"

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
#include <QSettings>
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
    const QString key = QStringLiteral("documents/%1/template").arg(name());
    const int remembered = m_template->findData(QSettings().value(key));
    if (remembered >= 0)
        m_template->setCurrentIndex(remembered);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            [this, key] { QSettings().setValue(key, m_template->currentData()); });
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
    pageSize->setCurrentIndex(
        qMax(0, pageSize->findData(QSettings().value(QStringLiteral("documents/pageSize")))));
    connect(pageSize, &QComboBox::currentIndexChanged, this, [pageSize] {
        QSettings().setValue(QStringLiteral("documents/pageSize"), pageSize->currentData());
    });
    layout->addWidget(pageSize);
    auto* pdfA = new QCheckBox(tr("PDF/A"), row);
    pdfA->setObjectName(QStringLiteral("pdfA"));
    pdfA->setToolTip(tr("Write PDF/A-1b, the archival PDF some application portals ask for"));
    pdfA->setChecked(QSettings().value(QStringLiteral("documents/pdfA")).toBool());
    connect(pdfA, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("documents/pdfA"), on); });
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
    auto* pause = new QTimer(preview); // rendering waits for a pause in typing
    pause->setSingleShot(true);
    pause->setInterval(250);
    auto* editor = qobject_cast<QPlainTextEdit*>(editorFor(contentColumn));
    connect(pause, &QTimer::timeout, preview, [this, editor, preview] { renderPreview(editor, preview); });
    auto schedule = [pause] { pause->start(); };
    if (editor)
        connect(editor, &QPlainTextEdit::textChanged, pause, schedule);
    connect(m_template, &QComboBox::currentIndexChanged, pause, schedule);
    connect(this, &AreaTab::currentRowChanged, pause, schedule);
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
