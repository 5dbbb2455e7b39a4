#pragma once

#include "workflows/ImportService.h"

#include <QDialog>

#include <optional>

class QRadioButton;

namespace careerdesk {

// What an import will add and what it leaves out (with the reason), the CSV column mapping, and, for
// resumes and letters read from plain files, which of the two they become. Nothing is written until
// Import is pressed.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportService::Plan& plan, ImportService::DocumentsAs suggested,
                        QWidget* parent = nullptr);

    ImportService::DocumentsAs documentsAs() const;
    // Shows the dialog; none when the person cancels.
    static std::optional<ImportService::DocumentsAs>
    ask(const ImportService::Plan& plan, ImportService::DocumentsAs suggested, QWidget* parent);

private:
    QRadioButton* m_resumes = nullptr;
};

} // namespace careerdesk
