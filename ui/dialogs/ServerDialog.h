#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace careerdesk {

class Keyring;

// File › Connect to Server…: a CareerDesk database on a PostgreSQL server, picked from the servers
// used before or typed in. A password typed here is remembered in the system keyring when the person
// asks (never in the settings); left empty, libpq finds it as for psql (~/.pgpass, PGPASSWORD).
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString location; // the address to open, with the password typed (kept in memory only)
        QString address;  // the same without the password: the recent list's and the keyring's name
        QString password;
        bool rememberPassword = false;
    };

    ServerDialog(Keyring& keyring, QWidget* parent = nullptr);

    Choice choice() const;
    void setAddress(const QString& address); // fills the fields from a remembered address

    // The servers connected to before, newest first (settings: servers/recent, without passwords).
    static QStringList recentServers();
    static void rememberServer(const QString& address);
    static constexpr int recentLimit = 8;

private:
    void pickRecent(int index);
    void askKeyring(const QString& address);
    void validate();

    Keyring& m_keyring;
    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QComboBox* m_security;
    QCheckBox* m_remember;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace careerdesk
