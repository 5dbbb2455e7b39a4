#pragma once

#include "AreaTab.h"
#include "documents/DocumentTemplate.h"

class QComboBox;
class QPlainTextEdit;
class QTextBrowser;

namespace careerdesk {

class TabHost;

// An area whose rows are documents (resumes, cover letters): under the form, the template, paper and
// PDF/A to print with, Export PDF and Print Preview, and the document as it will print, following
// the editor as the person types.
class DocumentTab : public AreaTab
{
    Q_OBJECT

public:
    DocumentTab(TabHost& host, EntityTableModelBase* model, const QString& name, const QString& title,
                DocumentTemplate::Kind kind, int contentColumn, const QString& iconName,
                QWidget* parent = nullptr);

    std::optional<DocumentRequest> currentDocument() const override;

protected:
    TabHost& m_host;

private:
    void addTemplateChooser();
    void addPreview(int contentColumn);
    void renderPreview(QPlainTextEdit* editor, QTextBrowser* preview);
    void output(bool print);

    DocumentTemplate::Kind m_kind;
    QComboBox* m_template = nullptr;
};

} // namespace careerdesk
