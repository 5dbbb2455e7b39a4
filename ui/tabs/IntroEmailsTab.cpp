#include "IntroEmailsTab.h"

#include "TabHost.h"
#include "documents/EmailMessage.h"
#include "files/SavedFile.h"
#include "models/IntroEmailModel.h"
#include "services/Workspace.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>

namespace careerdesk {

IntroEmailsTab::IntroEmailsTab(TabHost& host, QWidget* parent)
    : AreaTab(new IntroEmailModel(host.workspace()), QStringLiteral("introEmails"), tr("Intro Emails"),
              QStringLiteral("internet-mail"), parent)
    , m_host(host)
    , m_emails(static_cast<IntroEmailModel*>(model()))
{
    addEmailButtons();
    setEmptyState(
        tr("Emails that open doors: networking, follow-ups, inquiries, introductions and thank-yous, "
           "written for a posting or on their own. Open them in your mail program, or save them."),
        {newStep(tr("New Intro Email"))});
}

QString IntroEmailsTab::rowActionText() const
{
    return tr("Mark as &Sent");
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
    auto* save = new QPushButton(tr("Save as .eml…"), row);
    auto* open = new QPushButton(tr("Open in Mail Program"), row);
    auto* copy = new QPushButton(tr("Copy"), row);
    open->setToolTip(tr("Opens a new message in your mail program; mark the email as sent once it is sent"));
    connect(save, &QPushButton::clicked, this, &IntroEmailsTab::saveEmail);
    connect(open, &QPushButton::clicked, this, &IntroEmailsTab::openInMailProgram);
    connect(copy, &QPushButton::clicked, this, &IntroEmailsTab::copyEmail);
    layout->addWidget(save);
    layout->addWidget(open);
    layout->addWidget(copy);
    layout->addStretch(1);
    addDetailWidget(row);
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
