#include "OpportunitySearchBar.h"

#include "ChoiceComboBox.h"
#include "OptionalDateEdit.h"
#include "models/ColumnSpec.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace careerdesk {

namespace {

QVariantList withAny(QVariantList choices, const QString& anyLabel)
{
    choices.prepend(QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), anyLabel}});
    return choices;
}

QSpinBox* salaryBox(const QString& empty, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 100'000'000);
    box->setSingleStep(5000);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(empty);
    return box;
}

} // namespace

OpportunitySearchBar::OpportunitySearchBar(QWidget* parent)
    : QWidget(parent)
    , m_keywords(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_type(new ChoiceComboBox(this))
    , m_remote(new QComboBox(this))
    , m_salaryMin(salaryBox(tr("min"), this))
    , m_salaryMax(salaryBox(tr("max"), this))
    , m_currency(new QComboBox(this))
    , m_postedAfter(new OptionalDateEdit(OptionalDateEdit::Mode::Date, this))
    , m_status(new ChoiceComboBox(this))
    , m_count(new QLabel(this))
    , m_typingPause(new QTimer(this))
{
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_keywords->setPlaceholderText(tr("Search postings: words in title, company, description…"));
    m_keywords->setClearButtonEnabled(true);
    m_location->setPlaceholderText(tr("Location"));
    m_location->setClearButtonEnabled(true);
    m_type->setChoices(withAny(choicesOf<OpportunityType>(), tr("Any type")));
    m_remote->addItem(tr("Any workplace"));
    m_remote->addItem(tr("Remote only"), true);
    m_remote->addItem(tr("On site only"), false);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                          QStringLiteral("INR"), QStringLiteral("JPY")});
    m_currency->setToolTip(tr("Salary filters compare yearly figures in this currency"));
    m_status->setChoices(withAny(choicesOf<OpportunityStatus>(), tr("Any status")));
    m_status->setKey(enumKey(OpportunityStatus::Active));
    m_postedAfter->setToolTip(tr("Posted after"));
    auto* clear = new QPushButton(tr("Clear"), this);
    connect(clear, &QPushButton::clicked, this, &OpportunitySearchBar::clear);

    auto* words = new QHBoxLayout;
    words->addWidget(m_keywords, 3);
    words->addWidget(m_location, 1);
    words->addWidget(m_count);
    // Filters in two rows, so that the list beside the posting stays narrow enough for both.
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_type);
    kinds->addWidget(m_remote);
    kinds->addWidget(m_status);
    kinds->addWidget(new QLabel(tr("Since:"), this));
    kinds->addWidget(m_postedAfter);
    kinds->addStretch(1);
    auto* pay = new QHBoxLayout;
    pay->addWidget(new QLabel(tr("Salary/year:"), this));
    pay->addWidget(m_salaryMin);
    pay->addWidget(new QLabel(QStringLiteral("–"), this));
    pay->addWidget(m_salaryMax);
    pay->addWidget(m_currency);
    pay->addStretch(1);
    pay->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(words);
    layout->addLayout(kinds);
    layout->addLayout(pay);

    setFocusProxy(m_keywords);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &OpportunitySearchBar::search);
    connect(m_keywords, &QLineEdit::textChanged, this, &OpportunitySearchBar::searchSoon);
    connect(m_location, &QLineEdit::textChanged, this, &OpportunitySearchBar::searchSoon);
    connect(m_salaryMin, &QSpinBox::valueChanged, this, &OpportunitySearchBar::searchSoon);
    connect(m_salaryMax, &QSpinBox::valueChanged, this, &OpportunitySearchBar::searchSoon);
    connect(m_currency, &QComboBox::currentTextChanged, this, &OpportunitySearchBar::searchSoon);
    connect(m_postedAfter, &OptionalDateEdit::valueChanged, this, &OpportunitySearchBar::searchSoon);
    connect(m_type, &ChoiceComboBox::keyChanged, this, &OpportunitySearchBar::search);
    connect(m_remote, &QComboBox::currentIndexChanged, this, &OpportunitySearchBar::search);
    connect(m_status, &ChoiceComboBox::keyChanged, this, &OpportunitySearchBar::search);
    // Enter searches now, without waiting for the pause.
    for (QLineEdit* field : {m_keywords, m_location}) {
        connect(field, &QLineEdit::returnPressed, this, [this] {
            m_typingPause->stop();
            search();
        });
    }
}

void OpportunitySearchBar::searchSoon()
{
    m_typingPause->start();
}

void OpportunitySearchBar::search()
{
    if (m_salaryMin->value() > 0 && m_salaryMax->value() > 0 && m_salaryMin->value() > m_salaryMax->value()) {
        m_count->setText(tr("The minimum salary is above the maximum"));
        return;
    }
    Q_EMIT criteriaChanged();
}

OpportunitySearchCriteria OpportunitySearchBar::criteria() const
{
    OpportunitySearchCriteria criteria;
    criteria.keywords = m_keywords->text();
    criteria.location = m_location->text();
    if (auto type = enumFromKey<OpportunityType>(m_type->key()); type && !m_type->key().isEmpty())
        criteria.type = *type;
    if (m_remote->currentData().isValid())
        criteria.isRemote = m_remote->currentData().toBool();
    if (m_salaryMin->value() > 0)
        criteria.salaryMinCents = qint64(m_salaryMin->value()) * 100;
    if (m_salaryMax->value() > 0)
        criteria.salaryMaxCents = qint64(m_salaryMax->value()) * 100;
    criteria.salaryCurrency = m_currency->currentText().trimmed().toUpper();
    if (const QDate after = m_postedAfter->value().toDate(); after.isValid())
        criteria.postedAfter = after.startOfDay();
    if (m_status->key().isEmpty())
        criteria.status.reset();
    else if (auto status = enumFromKey<OpportunityStatus>(m_status->key()))
        criteria.status = *status;
    return criteria;
}

void OpportunitySearchBar::setResultCount(qint64 count, bool moreThanCount)
{
    if (count < 0) {
        m_count->setText(tr("Counting…"));
        return;
    }
    m_count->setText(moreThanCount ? tr("More than %1 postings").arg(QLocale().toString(count))
                     : count == 1  ? tr("1 posting")
                                   : tr("%1 postings").arg(QLocale().toString(count)));
}

bool OpportunitySearchBar::isNarrowed() const
{
    const OpportunitySearchCriteria asked = criteria();
    return !asked.keywords.trimmed().isEmpty() || !asked.location.trimmed().isEmpty() || asked.type ||
           asked.isRemote || asked.salaryMinCents || asked.salaryMaxCents || asked.postedAfter.isValid() ||
           asked.status != OpportunityStatus::Active;
}

void OpportunitySearchBar::clear()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_keywords),    QSignalBlocker(m_location),
                                       QSignalBlocker(m_type),        QSignalBlocker(m_remote),
                                       QSignalBlocker(m_salaryMin),   QSignalBlocker(m_salaryMax),
                                       QSignalBlocker(m_postedAfter), QSignalBlocker(m_status)};
    m_keywords->clear();
    m_location->clear();
    m_type->setCurrentIndex(0);
    m_remote->setCurrentIndex(0);
    m_salaryMin->setValue(0);
    m_salaryMax->setValue(0);
    m_postedAfter->setValue(QVariant());
    m_status->setKey(enumKey(OpportunityStatus::Active));
    m_typingPause->stop();
    search();
}

} // namespace careerdesk
