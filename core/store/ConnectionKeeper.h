#pragma once

#include "Database.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace careerdesk {

// Keeps the connection of the thread that makes it (the window's) to a server: notices that the server
// dropped it (restarted, or the network went), says so, and connects again with retries that wait a
// little longer each time (1, 2, 4, 8, then every 15 seconds), until it is back. A retry first knocks at
// the server's port without blocking, so that a network that swallows packets never freezes the window.
// A file's connection is never lost: there the keeper does nothing.
class ConnectionKeeper : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionKeeper(const Database& database, QObject* parent = nullptr);

    bool isLost() const { return m_lost; }

    static constexpr int watchIntervalMs = 1000;
    static constexpr int longestWaitMs = 15000;

public Q_SLOTS:
    // Looks at the connection now (after a failed save, say) rather than at the next watch.
    void check();
    // Tries to reconnect now instead of at the next retry.
    void retryNow();

Q_SIGNALS:
    void lost();
    void retrying(int secondsToNextTry);
    void restored();

private:
    void knock();
    void reconnect();
    void scheduleRetry();

    const Database& m_database;
    QTimer m_watch;
    QTimer m_retry;
    QTcpSocket* m_knock = nullptr;
    bool m_lost = false;
    int m_waitMs = 0;
};

} // namespace careerdesk
