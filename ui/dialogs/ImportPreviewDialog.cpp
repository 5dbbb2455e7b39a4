#include "ImportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace careerdesk {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true); // a CSV's column mapping can be long
    return label;
}

QListWidget* listOf(const QStringList& lines, const QString& name, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    // A preview of 100,000 rows stays quick: the first thousand say enough.
    constexpr qsizetype shown = 1000;
    list->addItems(lines.mid(0, shown));
    if (lines.size() > shown)
        list->addItem(ImportPreviewDialog::tr("… and %1 more").arg(lines.size() - shown));
    return list;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportService::Plan& plan,
                                         ImportService::DocumentsAs suggested, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    QStringList files;
    for (const ImportBatch& batch : plan.batches)
        files << batch.fileName;
    layout->addWidget(wrapped(tr("From %1: %2 to add, %3 already there.")
                                  .arg(files.join(QStringLiteral(", ")))
                                  .arg(plan.added.size())
                                  .arg(plan.skipped.size()),
                              this));
    for (const ImportBatch& batch : plan.batches) {
        if (!batch.columnMapping.isEmpty())
            layout->addWidget(wrapped(
                tr("Columns of %1: %2").arg(batch.fileName, batch.columnMapping.join(QStringLiteral("; "))),
                this));
    }
    layout->addWidget(new QLabel(tr("Will be added:"), this));
    layout->addWidget(listOf(plan.added, QStringLiteral("added"), this), 2);
    if (!plan.skipped.isEmpty()) {
        layout->addWidget(new QLabel(tr("Left out:"), this));
        layout->addWidget(listOf(plan.skipped, QStringLiteral("skipped"), this), 1);
    }
    if (plan.hasUnassignedDocuments()) {
        auto* kind = new QGroupBox(tr("Import the documents as"), this);
        auto* kinds = new QHBoxLayout(kind);
        m_resumes = new QRadioButton(tr("&Resumes"), kind);
        auto* letters = new QRadioButton(tr("&Cover letters"), kind);
        kinds->addWidget(m_resumes);
        kinds->addWidget(letters);
        (suggested == ImportService::DocumentsAs::Resumes ? m_resumes : letters)->setChecked(true);
        layout->addWidget(kind);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!plan.added.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

ImportService::DocumentsAs ImportPreviewDialog::documentsAs() const
{
    return !m_resumes || m_resumes->isChecked() ? ImportService::DocumentsAs::Resumes
                                                : ImportService::DocumentsAs::CoverLetters;
}

std::optional<ImportService::DocumentsAs> ImportPreviewDialog::ask(const ImportService::Plan& plan,
                                                                   ImportService::DocumentsAs suggested,
                                                                   QWidget* parent)
{
    ImportPreviewDialog dialog(plan, suggested, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.documentsAs();
}

} // namespace careerdesk
