#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace careerdesk {

// All-or-nothing for a group of statements: rolled back unless commit() succeeds. Transactions
// nest (a service that uses one can run inside a larger one, such as an import): inner ones are
// savepoints of the outer.
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
    void rollback();
    Status execute(const QString& statement);

    QSqlDatabase m_connection;
    Status m_begun;
    int m_depth = 0; // 0 for the outermost
    bool m_open = false;
};

} // namespace careerdesk
