#include "ApplyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace careerdesk {

namespace {

constexpr qint64 generateLetter = -1;

} // namespace

ApplyDialog::ApplyDialog(const QString& postingLabel, const QList<Resume>& resumes,
                         const QList<CoverLetter>& letters, qint64 opportunityId, qint64 preferredResumeId,
                         QWidget* parent)
    : QDialog(parent)
    , m_resume(new QComboBox(this))
    , m_letter(new QComboBox(this))
{
    setWindowTitle(tr("Apply"));
    m_resume->addItem(tr("(no resume)"), qint64(0));
    for (const Resume& resume : resumes) {
        m_resume->addItem(resume.isDefault ? tr("%1 (default)").arg(resume.name) : resume.name, resume.id);
        if (resume.id == preferredResumeId || (preferredResumeId == 0 && resume.isDefault))
            m_resume->setCurrentIndex(m_resume->count() - 1);
    }
    m_letter->addItem(tr("No cover letter"), qint64(0));
    m_letter->addItem(tr("Generate a new one for this posting"), generateLetter);
    // Letters written for this posting first: they are the likely choice.
    for (bool forThisPosting : {true, false}) {
        for (const CoverLetter& letter : letters) {
            if ((letter.opportunityId == opportunityId) != forThisPosting)
                continue;
            m_letter->addItem(forThisPosting ? tr("%1 (for this posting)").arg(letter.title) : letter.title,
                              letter.id);
            if (forThisPosting && m_letter->currentIndex() == 0)
                m_letter->setCurrentIndex(m_letter->count() - 1);
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    auto* heading =
        new QLabel(tr("Record an application to <b>%1</b>.").arg(postingLabel.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    form->addRow(heading);
    form->addRow(tr("&Resume:"), m_resume);
    form->addRow(tr("&Cover letter:"), m_letter);
    form->addRow(buttons);
    setMinimumWidth(460);
}

ApplyDialog::Choice ApplyDialog::choice() const
{
    Choice choice;
    choice.resumeId = m_resume->currentData().toLongLong();
    const qint64 letter = m_letter->currentData().toLongLong();
    choice.generateLetter = letter == generateLetter;
    choice.coverLetterId = letter > 0 ? letter : 0;
    return choice;
}

} // namespace careerdesk
