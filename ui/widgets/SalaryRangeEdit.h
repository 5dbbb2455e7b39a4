#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace careerdesk {

class ChoiceComboBox;

// Minimum, maximum, currency and period of a pay range, or none. Its value is a SalaryRange in a
// QVariant, or an invalid QVariant for none.
class SalaryRangeEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QVariant salary READ salary WRITE setSalary NOTIFY salaryChanged USER true)

public:
    explicit SalaryRangeEdit(QWidget* parent = nullptr);

    QVariant salary() const;
    void setSalary(const QVariant& salary);

Q_SIGNALS:
    void salaryChanged();
    void editingFinished(); // the moment to commit a change

private:
    void updateEnabled();

    QCheckBox* m_enabled;
    QDoubleSpinBox* m_min;
    QDoubleSpinBox* m_max;
    QComboBox* m_currency;
    ChoiceComboBox* m_period;
};

} // namespace careerdesk
