#include "ProfileDialog.h"

#include "services/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careerdesk {

ProfileDialog::ProfileDialog(const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Profile"));
    setMinimumWidth(440);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Email:"), m_email);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : {m_firstName, m_lastName, m_email}) {
        connect(field, &QLineEdit::textChanged, this, &ProfileDialog::validate);
        // A field is told what is wrong with it once the person has typed in it or left it, not before.
        const auto touch = [this, field] {
            m_touched.insert(field);
            validate();
        };
        connect(field, &QLineEdit::textEdited, this, touch);
        connect(field, &QLineEdit::editingFinished, this, touch);
    }
    validate();
}

void ProfileDialog::validate()
{
    QString problem;
    QLineEdit* wrong = nullptr;
    if (m_firstName->text().trimmed().isEmpty()) {
        problem = tr("Your first name is needed.");
        wrong = m_firstName;
    } else if (!UserService::isValidEmail(m_email->text().trimmed())) {
        problem = tr("Give an email address, such as name@example.org.");
        wrong = m_email;
    }
    m_problem->setText(m_touched.contains(wrong) ? problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

User ProfileDialog::user() const
{
    User user;
    user.firstName = m_firstName->text().trimmed();
    user.lastName = m_lastName->text().trimmed();
    user.email = m_email->text().trimmed();
    return user;
}

void ProfileDialog::setUser(const User& user)
{
    m_firstName->setText(user.firstName);
    m_lastName->setText(user.lastName);
    m_email->setText(user.email);
}

} // namespace careerdesk
