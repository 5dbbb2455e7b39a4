#pragma once

#include "Database.h"

#include <QObject>
#include <QSqlDriver>

namespace careerdesk {

// Rows that other sessions change, as the database tells it: on a server, LISTEN careerdesk_changes on
// the connection of the thread that makes the feed (triggers of schema 9 NOTIFY the table, the kind of
// change and the row's id, never its content; each session then reads what its own rights let it see).
// A file has no such channel: there the feed stays silent.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Created, Changed, Removed };
    Q_ENUM(Kind)

    explicit ChangeFeed(const Database& database, QObject* parent = nullptr);
    ~ChangeFeed() override;

    bool isListening() const { return m_listening; }
    // Listens again on a connection opened anew (a reconnect forgets what it listened to).
    void listen();

    static constexpr const char* channel = "careerdesk_changes";

Q_SIGNALS:
    void rowChanged(const QString& table, qint64 id, careerdesk::ChangeFeed::Kind kind);
    // Rows of `table` changed, which ones unsaid (postings: an import adds thousands at once).
    void tableChanged(const QString& table);

private:
    void received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QSqlDatabase m_connection;
    bool m_listening = false;
};

} // namespace careerdesk
