#pragma once

#include "domain/OpportunitySearchCriteria.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace careerdesk {

class ChoiceComboBox;
class OptionalDateEdit;

// Every search criterion of the Opportunities tab in two rows. Typing waits for a pause before it
// searches (results as you type, not a query per key); choices search at once.
class OpportunitySearchBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int typingPauseMs = 250;

    explicit OpportunitySearchBar(QWidget* parent = nullptr);

    OpportunitySearchCriteria criteria() const;
    bool isNarrowed() const; // anything asked for beyond active postings
    QLineEdit* keywordsField() const { return m_keywords; }
    QLineEdit* locationField() const { return m_location; }
    QComboBox* remoteChoice() const { return m_remote; }
    ChoiceComboBox* typeChoice() const { return m_type; }
    ChoiceComboBox* statusChoice() const { return m_status; }
    QSpinBox* salaryMinimum() const { return m_salaryMin; }
    QComboBox* currencyChoice() const { return m_currency; }
    void setResultCount(qint64 count, bool moreThanCount);
    void clear();
    void search(); // now, without waiting for a pause in typing

Q_SIGNALS:
    void criteriaChanged();

private:
    void searchSoon();

    QLineEdit* m_keywords;
    QLineEdit* m_location;
    ChoiceComboBox* m_type;
    QComboBox* m_remote;
    QSpinBox* m_salaryMin;
    QSpinBox* m_salaryMax;
    QComboBox* m_currency;
    OptionalDateEdit* m_postedAfter;
    ChoiceComboBox* m_status;
    QLabel* m_count;
    QTimer* m_typingPause;
};

} // namespace careerdesk
