#pragma once

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace careerdesk {

// A date (or date and time) that may be left unset, with a calendar pop-up. Its value is a QDate
// or a QDateTime (local time shown, UTC given), or an invalid QVariant when unset.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    enum class Mode { Date, DateTime };

    explicit OptionalDateEdit(Mode mode, QWidget* parent = nullptr);

    QVariant value() const;
    void setValue(const QVariant& value);

Q_SIGNALS:
    void valueChanged();
    void editingFinished(); // the moment to commit: the date was left or switched on or off

private:
    Mode m_mode;
    QCheckBox* m_enabled;
    QDateTimeEdit* m_edit;
};

} // namespace careerdesk
