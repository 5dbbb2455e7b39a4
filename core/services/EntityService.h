#pragma once

#include "Clock.h"
#include "store/Database.h"

#include <QObject>

namespace careerdesk {

// What every service shares: the database, the clock, and the change notifications that models
// map one-to-one onto row signals.
class EntityService : public QObject
{
    Q_OBJECT

public:
    EntityService(const Database& database, const Clock& clock, QObject* parent = nullptr);

    const Database& database() const { return m_database; }
    // The table whose rows the service announces: the name its repository spells, read by models (undo
    // of deletes) and by the workspace (changes other sessions made).
    virtual QString table() const = 0;
    QDateTime now() const { return m_clock.now(); }

    // When a row that can be completed was completed: kept from before, now when it just was,
    // none when it is not complete.
    QDateTime completionTime(bool complete, const QDateTime& before, const QDateTime& given) const;

    // Emits `signal` (created, changed or removed) for `id` once the change is stored: when the
    // transaction it is part of commits (at once outside one). A rollback drops it, so that no view
    // shows a row that was never stored.
    using Signal = void (EntityService::*)(qint64 id);
    void announce(Signal signal, qint64 id);
    // Emits manyChanged once the change is stored, as announce() does: for changes of many rows.
    void announceMany();

Q_SIGNALS:
    void created(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);
    // Rows of this service's table changed, which ones unsaid (another session's changes, an import
    // undone): views read again.
    void manyChanged();

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace careerdesk
