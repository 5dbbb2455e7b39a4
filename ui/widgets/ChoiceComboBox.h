#pragma once

#include <QComboBox>

namespace careerdesk {

// A combo box of {key, label} choices whose value (the USER property a QDataWidgetMapper
// reads and writes) is the key: people see "In progress", the model gets "IN_PROGRESS".
class ChoiceComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged USER true)

public:
    explicit ChoiceComboBox(QWidget* parent = nullptr);

    void setChoices(const QVariantList& choices);
    QString key() const;
    void setKey(const QString& key);

Q_SIGNALS:
    void keyChanged(const QString& key);
};

} // namespace careerdesk
