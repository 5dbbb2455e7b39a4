#pragma once

#include <QDialog>

namespace careerdesk {

// Help › About CareerDesk: the version, the licence, where the data is, and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // `databaseLocation`: the SQLite file, or the server address without a password.
    explicit AboutDialog(const QString& databaseLocation, QWidget* parent = nullptr);

    QString text() const { return m_text; } // what it says, as plain text

private:
    QString m_text;
};

} // namespace careerdesk
