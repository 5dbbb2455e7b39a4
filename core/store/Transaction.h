#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace careerdesk {

// All-or-nothing for a group of statements: rolled back unless commit() succeeds.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_connection;
    Status m_begun;
    bool m_open = false;
};

} // namespace careerdesk
