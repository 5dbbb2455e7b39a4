#include "IntroEmailsTab.h"

#include "TabHost.h"
#include "documents/EmailMessage.h"
#include "domain/EnumStrings.h"
#include "files/SavedFile.h"
#include "models/IntroEmailModel.h"
#include "services/Workspace.h"
#include "workflows/DocumentGeneration.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>

namespace careerdesk {

IntroEmailsTab::IntroEmailsTab(TabHost& host, QWidget* parent)
    : AreaTab(new IntroEmailModel(host.workspace()), QStringLiteral("introEmails"), tr("Intro Emails"),
              QStringLiteral("internet-mail"), parent)
    , m_host(host)
    , m_emails(static_cast<IntroEmailModel*>(model()))
{
    addEmailButtons();
    connect(this, &AreaTab::currentRowChanged, this, &IntroEmailsTab::followChoices);
    // After the edit that caused it is stored: writing the draft is an edit (and an undo step) of its own.
    connect(m_emails, &QAbstractItemModel::dataChanged, this,
            [this] { QTimer::singleShot(0, this, &IntroEmailsTab::followChoices); });
    setEmptyState(
        tr("Emails that open doors: networking, follow-ups, inquiries, introductions and thank-yous, "
           "written for a posting or on their own. Open them in your mail program, or save them."),
        {newStep(tr("New Intro Email"))});
}

QString IntroEmailsTab::rowActionText() const
{
    return tr("Mark as &Sent");
}

bool IntroEmailsTab::offersRowAction(int row) const
{
    return !m_emails->entityAt(row).sentAt.isValid();
}

void IntroEmailsTab::runRowAction(int row)
{
    m_emails->markSent(row);
}

void IntroEmailsTab::addEmailButtons()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* write = new QPushButton(tr("&Write Draft"), row);
    write->setObjectName(QStringLiteral("writeDraft"));
    write->setToolTip(tr("Writes the subject and text for the email's purpose and posting"));
    connect(write, &QPushButton::clicked, this, [this] { writeDraft(true); });
    connect(this, &AreaTab::currentRowChanged, write,
            [this, write](int current) { write->setEnabled(current >= 0 && m_emails->canChange(current)); });
    auto* save = new QPushButton(tr("Save as .eml…"), row);
    auto* open = new QPushButton(tr("Open in Mail Program"), row);
    auto* copy = new QPushButton(tr("Copy"), row);
    open->setToolTip(tr("Opens a new message in your mail program; mark the email as sent once it is sent"));
    connect(save, &QPushButton::clicked, this, &IntroEmailsTab::saveEmail);
    connect(open, &QPushButton::clicked, this, &IntroEmailsTab::openInMailProgram);
    connect(copy, &QPushButton::clicked, this, &IntroEmailsTab::copyEmail);
    layout->addWidget(write);
    layout->addWidget(save);
    layout->addWidget(open);
    layout->addWidget(copy);
    layout->addStretch(1);
    addDetailWidget(row);
}

void IntroEmailsTab::writeDraft(bool askFirst)
{
    submitForm();
    const int row = currentRow();
    if (row < 0 || !m_emails->canChange(row))
        return;
    const IntroEmail email = m_emails->entityAt(row);
    if (askFirst && !email.content.trimmed().isEmpty() &&
        !m_host.questions().confirm(tr("Replace the subject and text of “%1” with a new draft for its "
                                       "purpose and posting? Undo brings them back.")
                                        .arg(email.subject)))
        return;
    auto draft = DocumentGeneration::draftIntroEmail(m_host.workspace(), m_host.userId(), email.purpose,
                                                     email.opportunityId, email.recipient);
    if (!draft) {
        m_host.showError(draft.errorMessage());
        return;
    }
    if (m_emails->rewrite(row, draft.value()))
        m_host.showMessage(tr("Draft written: %1").arg(enumLabel(email.purpose)));
}

// An email without text yet is written as soon as its purpose or posting is chosen; one with text of the
// person's own is left alone (Write Draft replaces it, after asking).
void IntroEmailsTab::followChoices()
{
    const int row = currentRow();
    if (row < 0) {
        m_seen = {};
        return;
    }
    const IntroEmail& email = m_emails->entityAt(row);
    const Choice now{email.id, email.purpose, email.opportunityId};
    const bool chosenAnew =
        now.id == m_seen.id && (now.purpose != m_seen.purpose || now.opportunityId != m_seen.opportunityId);
    m_seen = now;
    if (chosenAnew && email.content.trimmed().isEmpty())
        writeDraft(false);
}

void IntroEmailsTab::saveEmail()
{
    submitForm();
    if (currentRow() < 0)
        return;
    const IntroEmail email = m_emails->entityAt(currentRow());
    Workspace& workspace = m_host.workspace();
    auto user = workspace.users().getUser(m_host.userId());
    if (!user) {
        m_host.showError(user.errorMessage());
        return;
    }
    const QString path = m_host.questions().saveFile(
        tr("Save email"), DocumentOutput::suggestedPath(email.subject, QStringLiteral(".eml")),
        tr("Email messages (*.eml)"));
    if (path.isEmpty())
        return;
    if (Status saved =
            SavedFile::write(path, EmailMessage::toEml(email, user.value(), workspace.clock().now()));
        !saved) {
        m_host.showError(saved.errorMessage());
        return;
    }
    m_host.showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void IntroEmailsTab::openInMailProgram()
{
    submitForm();
    if (currentRow() < 0)
        return;
    if (!m_host.questions().openUrl(EmailMessage::toMailto(m_emails->entityAt(currentRow()))))
        m_host.showError(tr("No mail program could be opened. Copy the email or save it as .eml instead."));
}

void IntroEmailsTab::copyEmail()
{
    submitForm();
    if (currentRow() < 0)
        return;
    const IntroEmail email = m_emails->entityAt(currentRow());
    QGuiApplication::clipboard()->setText(tr("Subject: %1").arg(email.subject) + QStringLiteral("\n\n") +
                                          email.content);
    m_host.showMessage(tr("Email copied"));
}

} // namespace careerdesk
