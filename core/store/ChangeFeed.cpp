#include "ChangeFeed.h"

namespace careerdesk {

ChangeFeed::ChangeFeed(const Database& database, QObject* parent)
    : QObject(parent)
{
    if (!database.isServer())
        return;
    m_connection = database.connection();
    QSqlDriver* driver = m_connection.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::received);
    listen();
}

void ChangeFeed::listen()
{
    QSqlDriver* driver = m_connection.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_listening = driver->subscribedToNotifications().contains(QString::fromLatin1(channel)) ||
                  driver->subscribeToNotification(QString::fromLatin1(channel));
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_connection.isOpen() && m_connection.driver())
        m_connection.driver()->unsubscribeFromNotification(QString::fromLatin1(channel));
}

void ChangeFeed::received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // What this connection changed itself was announced as it committed.
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource)
        return;
    // "table KIND id", as the trigger writes it; anything else is ignored.
    const QStringList parts = payload.toString().split(QLatin1Char(' '));
    if (parts.size() != 3)
        return;
    bool isNumber = false;
    const qint64 id = parts.at(2).toLongLong(&isNumber);
    if (!isNumber)
        return;
    if (id == 0) {
        Q_EMIT tableChanged(parts.at(0));
        return;
    }
    const QString& kind = parts.at(1);
    if (kind == QLatin1String("INSERT"))
        Q_EMIT rowChanged(parts.at(0), id, Kind::Created);
    else if (kind == QLatin1String("UPDATE"))
        Q_EMIT rowChanged(parts.at(0), id, Kind::Changed);
    else if (kind == QLatin1String("DELETE"))
        Q_EMIT rowChanged(parts.at(0), id, Kind::Removed);
}

} // namespace careerdesk
