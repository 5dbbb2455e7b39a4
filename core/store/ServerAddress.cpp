#include "ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace careerdesk {

namespace {

// The libpq options an address may carry: TLS, time-outs, a socket folder as host, the name shown in
// pg_stat_activity. Anything else is refused rather than passed on unread.
const QStringList knownOptions{
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),           QStringLiteral("sslcrl"),      QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("host"),
};

const QStringList sslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                           QStringLiteral("prefer"),    QStringLiteral("require"),
                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool ServerAddress::isServerAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    auto refuse = [&url](const QString& why) {
        return Error{
            tr("The server address %1 cannot be used: %2")
                .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : QStringLiteral("?"), why)};
    };
    if (!isServerAddress(location) || !url.isValid())
        return refuse(tr("write it as postgresql://USER@HOST:PORT/DATABASE"));
    ServerAddress address;
    address.m_user = url.userName();
    address.m_password = url.password();
    address.m_host = url.host();
    address.m_port = url.port(5432);
    address.m_databaseName = url.path().mid(1);
    if (address.m_databaseName.isEmpty() || address.m_databaseName.contains(QLatin1Char('/')))
        return refuse(tr("it names no database (…/DATABASE at its end)"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions.contains(key))
            return refuse(tr("the option \"%1\" is not one CareerDesk knows (%2)")
                              .arg(key, knownOptions.join(QStringLiteral(", "))));
        if (key == QLatin1String("sslmode") && !sslModes.contains(value))
            return refuse(tr("sslmode must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')))
            return refuse(tr("the option \"%1\" holds a \";\"").arg(key));
        if (key == QLatin1String("host"))
            address.m_host = value;
        else
            address.m_options << key + QLatin1Char('=') + value;
    }
    return address;
}

QString ServerAddress::shown() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host.startsWith(QLatin1Char('/')) ? QString() : m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QString shown = url.toDisplayString();
    if (m_host.startsWith(QLatin1Char('/')))
        shown += QStringLiteral("?host=") + m_host;
    return shown;
}

QString ServerAddress::remembered() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host.startsWith(QLatin1Char('/')) ? QString() : m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    if (m_host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), m_host);
    for (const QString& option : m_options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::option(const QString& key) const
{
    for (const QString& option : m_options) {
        if (option.section(QLatin1Char('='), 0, 0) == key)
            return option.section(QLatin1Char('='), 1);
    }
    return {};
}

ServerAddress ServerAddress::withDatabase(const QString& databaseName) const
{
    ServerAddress other = *this;
    other.m_databaseName = databaseName;
    return other;
}

ServerAddress ServerAddress::withUser(const QString& user) const
{
    ServerAddress other = *this;
    other.m_user = user;
    other.m_password.clear();
    return other;
}

void ServerAddress::configure(QSqlDatabase& connection) const
{
    connection.setHostName(m_host);
    connection.setPort(m_port);
    connection.setUserName(m_user);
    if (!m_password.isEmpty())
        connection.setPassword(m_password);
    connection.setDatabaseName(m_databaseName);
    connection.setConnectOptions(m_options.join(QLatin1Char(';')));
}

} // namespace careerdesk
