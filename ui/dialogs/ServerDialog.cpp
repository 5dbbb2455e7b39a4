#include "ServerDialog.h"

#include "secrets/Keyring.h"
#include "services/ServerConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace careerdesk {

namespace {

const QString recentKey = QStringLiteral("servers/recent");

} // namespace

ServerDialog::ServerDialog(Keyring& keyring, QWidget* parent)
    : QDialog(parent)
    , m_keyring(keyring)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keyring"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    setMinimumWidth(480);
    auto* intro = new QLabel(tr("Open your organisation's CareerDesk database on a PostgreSQL server. "
                                "Your administrator gives you the server, the database and your login."),
                             this);
    intro->setWordWrap(true);
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_recent->addItem(tr("A new server"));
    for (const QString& address : recentServers())
        m_recent->addItem(address, address);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("careers"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass or PGPASSWORD"));
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("Encrypted when the server offers it"), QStringLiteral("prefer"));
    m_security->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_security->addItem(tr("Always encrypted, server certificate checked"), QStringLiteral("verify-full"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto* form = new QFormLayout;
    form->addRow(tr("R&ecent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Encryption:"), m_security);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::activated, this, &ServerDialog::pickRecent);
    for (QLineEdit* field : {m_host, m_database, m_login})
        connect(field, &QLineEdit::textEdited, this, &ServerDialog::validate);
    if (m_recent->count() > 1) {
        m_recent->setCurrentIndex(1);
        pickRecent(1);
    }
    validate();
}

void ServerDialog::pickRecent(int index)
{
    const QString address = m_recent->itemData(index).toString();
    if (!address.isEmpty())
        setAddress(address);
}

void ServerDialog::setAddress(const QString& address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return;
    m_host->setText(parsed->host());
    m_port->setValue(parsed->port());
    m_database->setText(parsed->databaseName());
    m_login->setText(parsed->user());
    const int security = m_security->findData(parsed->option(QStringLiteral("sslmode")));
    m_security->setCurrentIndex(qMax(0, security));
    m_password->clear();
    askKeyring(parsed->remembered());
    validate();
}

// A remembered password fills the field; a missing keyring turns remembering off, saying why.
void ServerDialog::askKeyring(const QString& address)
{
    QPointer<ServerDialog> self(this);
    m_keyring.read(address, [self, address](const Keyring::Answer& answer) {
        if (!self)
            return;
        if (!answer.available) {
            self->m_remember->setChecked(false);
            self->m_remember->setEnabled(false);
            self->m_remember->setToolTip(
                tr("There is no system keyring here (%1), so the password is asked for each time.")
                    .arg(answer.problem));
            return;
        }
        if (!answer.password.isEmpty() && self->m_password->text().isEmpty() &&
            self->choice().address == address) {
            self->m_password->setText(answer.password);
            self->m_remember->setChecked(true);
        }
    });
}

ServerDialog::Choice ServerDialog::choice() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_login->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString security = m_security->currentData().toString();
    if (security != QLatin1String("prefer"))
        url.setQuery(QStringLiteral("sslmode=") + security);
    Choice choice;
    auto parsed = ServerAddress::parse(url.toString());
    choice.address = parsed ? parsed->remembered() : url.toString();
    choice.password = m_password->text();
    if (!choice.password.isEmpty())
        url.setPassword(choice.password);
    choice.location = url.toString();
    choice.rememberPassword =
        m_remember->isEnabled() && m_remember->isChecked() && !choice.password.isEmpty();
    return choice;
}

void ServerDialog::validate()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Name the server, such as db.example.org.");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Name the database on it.");
    else if (m_login->text().trimmed().isEmpty())
        problem = tr("Give your login on the server.");
    else if (auto parsed = ServerAddress::parse(choice().location); !parsed)
        problem = parsed.errorMessage();
    // Nothing typed yet is not a mistake: the hint waits for the first keystroke.
    const bool typed =
        !(m_host->text().isEmpty() && m_database->text().isEmpty() && m_login->text().isEmpty());
    m_problem->setText(typed ? problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QStringList ServerDialog::recentServers()
{
    return QSettings().value(recentKey).toStringList();
}

void ServerDialog::rememberServer(const QString& address)
{
    QStringList recent = recentServers();
    recent.removeAll(address);
    recent.prepend(address);
    QSettings().setValue(recentKey, recent.mid(0, recentLimit));
}

} // namespace careerdesk
