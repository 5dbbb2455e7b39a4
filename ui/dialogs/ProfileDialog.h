#pragma once

#include "domain/User.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace careerdesk {

// Asks for a person's profile: on first start, and when a coach adds a client.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(const QString& intro, QWidget* parent = nullptr);

    User user() const;
    void setUser(const User& user);

private:
    void validate();

    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QSet<QLineEdit*> m_touched; // typed in or left at least once
};

} // namespace careerdesk
