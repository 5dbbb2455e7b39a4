#include "ConnectionKeeper.h"

#include <QTcpSocket>

namespace careerdesk {

ConnectionKeeper::ConnectionKeeper(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    if (!database.isServer())
        return;
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionKeeper::knock);
    connect(&m_watch, &QTimer::timeout, this, &ConnectionKeeper::check);
    m_watch.start(watchIntervalMs);
}

void ConnectionKeeper::check()
{
    if (m_lost || !m_database.isServer() || m_database.isConnected())
        return;
    m_lost = true;
    m_waitMs = 0;
    Q_EMIT lost();
    scheduleRetry();
}

void ConnectionKeeper::retryNow()
{
    if (!m_lost)
        return;
    m_retry.stop();
    knock();
}

void ConnectionKeeper::scheduleRetry()
{
    m_waitMs = m_waitMs == 0 ? 1000 : qMin(m_waitMs * 2, longestWaitMs);
    m_retry.start(m_waitMs);
    Q_EMIT retrying(m_waitMs / 1000);
}

// libpq connects blocking; a knock at the port first (a socket folder is local and answers at once).
void ConnectionKeeper::knock()
{
    const ServerAddress* server = m_database.serverAddress();
    if (!server || server->host().startsWith(QLatin1Char('/'))) {
        reconnect();
        return;
    }
    if (m_knock)
        return;
    m_knock = new QTcpSocket(this);
    auto finished = [this](bool answered) {
        if (!m_knock)
            return;
        m_knock->deleteLater();
        m_knock = nullptr;
        if (answered)
            reconnect();
        else
            scheduleRetry();
    };
    connect(m_knock, &QTcpSocket::connected, this, [finished] { finished(true); });
    connect(m_knock, &QTcpSocket::errorOccurred, this, [finished] { finished(false); });
    QTimer::singleShot(longestWaitMs, m_knock, [finished] { finished(false); });
    m_knock->connectToHost(server->host().isEmpty() ? QStringLiteral("localhost") : server->host(),
                           quint16(server->port()));
}

void ConnectionKeeper::reconnect()
{
    if (!m_database.reconnect()) {
        scheduleRetry();
        return;
    }
    m_lost = false;
    m_waitMs = 0;
    Q_EMIT restored();
}

} // namespace careerdesk
