#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

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

    // Runs `action` once the outermost transaction open on `connection` has committed, or at once
    // when none is open. A rollback drops what was registered inside what it rolls back.
    static void whenCommitted(const QSqlDatabase& connection, std::function<void()> action);

private:
    bool takesWriteLockAtBegin() const;
    Status begin();
    bool finishOutermost(bool commit);
    void rollback();
    Status execute(const QString& statement);

    QSqlDatabase m_connection;
    Status m_begun;
    int m_depth = 0;               // 0 for the outermost
    qsizetype m_actionsBefore = 0; // actions registered before this transaction began
    bool m_open = false;
};

} // namespace careerdesk
