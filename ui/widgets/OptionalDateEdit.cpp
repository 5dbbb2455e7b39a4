#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

namespace careerdesk {

OptionalDateEdit::OptionalDateEdit(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_enabled(new QCheckBox(this))
    , m_edit(new QDateTimeEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_edit, 1);
    m_enabled->setToolTip(tr("Set a date"));
    m_edit->setCalendarPopup(true);
    QString format = mode == Mode::Date ? QLocale().dateFormat(QLocale::ShortFormat)
                                        : QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    m_edit->setDisplayFormat(format);
    m_edit->setDateTime(QDateTime(QDate::currentDate(), QTime(17, 0)));
    m_edit->setEnabled(false);
    setFocusProxy(m_edit);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT valueChanged();
        Q_EMIT editingFinished();
    });
    connect(m_edit, &QDateTimeEdit::editingFinished, this, &OptionalDateEdit::editingFinished);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateEdit::valueChanged);
}

QVariant OptionalDateEdit::value() const
{
    if (!m_enabled->isChecked())
        return m_mode == Mode::Date ? QVariant(QDate()) : QVariant(QDateTime());
    if (m_mode == Mode::Date)
        return m_edit->date();
    return m_edit->dateTime().toUTC();
}

void OptionalDateEdit::setValue(const QVariant& value)
{
    const QSignalBlocker blockEdit(m_edit);
    const QSignalBlocker blockCheck(m_enabled);
    const bool set = m_mode == Mode::Date ? value.toDate().isValid() : value.toDateTime().isValid();
    m_enabled->setChecked(set);
    m_edit->setEnabled(set);
    if (set) {
        if (m_mode == Mode::Date)
            m_edit->setDate(value.toDate());
        else
            m_edit->setDateTime(value.toDateTime().toLocalTime());
    }
}

} // namespace careerdesk
