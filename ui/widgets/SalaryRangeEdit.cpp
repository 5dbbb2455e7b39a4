#include "SalaryRangeEdit.h"

#include "ChoiceComboBox.h"
#include "domain/SalaryRange.h"
#include "models/ColumnSpec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpressionValidator>

#include <cmath>

namespace careerdesk {

SalaryRangeEdit::SalaryRangeEdit(QWidget* parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(this))
    , m_min(new QDoubleSpinBox(this))
    , m_max(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_period(new ChoiceComboBox(this))
{
    // Two rows, so that the form stays narrow: amounts above, currency and period below.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled, 0, 0);
    layout->addWidget(m_min, 0, 1);
    layout->addWidget(new QLabel(QStringLiteral("–"), this), 0, 2);
    layout->addWidget(m_max, 0, 3);
    layout->addWidget(m_currency, 1, 1);
    layout->addWidget(m_period, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    m_enabled->setToolTip(tr("The posting states a salary"));
    for (QDoubleSpinBox* amount : {m_min, m_max}) {
        amount->setRange(0, 99'999'999.99);
        amount->setDecimals(2);
        amount->setGroupSeparatorShown(true);
        // Wide enough for a yearly figure; the largest ones scroll inside, so the form stays narrow.
        amount->setMinimumWidth(amount->fontMetrics().horizontalAdvance(QStringLiteral("999,999.99")) + 36);
        amount->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        connect(amount, &QDoubleSpinBox::valueChanged, this, &SalaryRangeEdit::salaryChanged);
        connect(amount, &QDoubleSpinBox::editingFinished, this, &SalaryRangeEdit::editingFinished);
    }
    m_min->setToolTip(tr("Minimum"));
    m_max->setToolTip(tr("Maximum"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                          QStringLiteral("JPY"), QStringLiteral("INR")});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Z]{3}")), this));
    m_currency->setToolTip(tr("ISO 4217 currency code"));
    m_period->setChoices(choicesOf<SalaryPeriod>());
    m_period->setKey(enumKey(SalaryPeriod::Yearly));
    connect(m_currency, &QComboBox::currentTextChanged, this, &SalaryRangeEdit::salaryChanged);
    connect(m_period, &ChoiceComboBox::keyChanged, this, &SalaryRangeEdit::salaryChanged);
    connect(m_period, &ChoiceComboBox::activated, this, &SalaryRangeEdit::editingFinished);
    connect(m_currency, &QComboBox::activated, this, &SalaryRangeEdit::editingFinished);
    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        Q_EMIT salaryChanged();
        Q_EMIT editingFinished();
    });
    updateEnabled();
}

void SalaryRangeEdit::updateEnabled()
{
    for (QWidget* part : std::initializer_list<QWidget*>{m_min, m_max, m_currency, m_period})
        part->setEnabled(m_enabled->isChecked());
}

QVariant SalaryRangeEdit::salary() const
{
    if (!m_enabled->isChecked())
        return {};
    SalaryRange range;
    range.minCents = std::llround(m_min->value() * 100.0);
    range.maxCents = std::llround(m_max->value() * 100.0);
    range.currency = m_currency->currentText();
    range.period = enumFromKey<SalaryPeriod>(m_period->key()).value();
    return QVariant::fromValue(range);
}

void SalaryRangeEdit::setSalary(const QVariant& salary)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_enabled), QSignalBlocker(m_min),
                                       QSignalBlocker(m_max), QSignalBlocker(m_currency),
                                       QSignalBlocker(m_period)};
    const bool set = salary.isValid() && salary.canConvert<SalaryRange>();
    m_enabled->setChecked(set);
    if (set) {
        const SalaryRange range = salary.value<SalaryRange>();
        m_min->setValue(double(range.minCents) / 100.0);
        m_max->setValue(double(range.maxCents) / 100.0);
        m_currency->setCurrentText(range.currency);
        m_period->setKey(enumKey(range.period));
    }
    updateEnabled();
}

} // namespace careerdesk
