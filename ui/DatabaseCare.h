#pragma once

#include "domain/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QFutureWatcherBase;
class QWidget;

namespace careerdesk {

class Banner;
class MainWindow;
class Workspace;

// The database's safety in the window: a banner when it is damaged (then nothing is written to it),
// the integrity check in the background for files too large to check as they open, Help › Check
// Database, File › Back Up Now and Restore from Backup…, the daily backup, and a status message while
// a write waits for another program's.
class DatabaseCare : public QObject
{
    Q_OBJECT

public:
    DatabaseCare(Workspace& workspace, MainWindow* window);
    ~DatabaseCare() override;

    QWidget* banner() const;
    QWidget* connectionBanner() const;
    QAction* checkAction() const { return m_check; }
    QAction* backUpAction() const { return m_backUp; }
    QAction* restoreAction() const { return m_restore; }

    // The checks and backups a start needs, in the background.
    void start();
    // How many automatic backups are kept (a setting).
    static int keptBackups();
    // Edit › Preferences › Move Database…: the default database on this computer, copied to a file the
    // person chooses, which is the default from then on; CareerDesk then starts again there.
    bool canMove() const;
    void askToMove();
    Status moveTo(const QString& target);

Q_SIGNALS:
    // A backup was restored: the database must be opened again, since its schema may be older.
    void restartRequested();
    // Damage was found: the database is read-only from now on.
    void readOnlyChanged();
    // A background check or backup has finished (tests wait for it).
    void idle();
    // The server dropped the window's connection (true), or it is back (false).
    void connectionChanged(bool lost);

private:
    void showDamage();
    void watchConnection();
    void checkInBackground(bool full);
    void backUpInBackground(bool daily);
    void restoreBackup();
    void showWaiting(int waitedMs);
    void track(QFutureWatcherBase* watcher);

    Workspace& m_workspace;
    MainWindow* m_window;
    Banner* m_banner;
    Banner* m_connectionBanner;
    QAction* m_check;
    QAction* m_backUp;
    QAction* m_restore;
    QAction* m_reconnect;
    QList<QPointer<QFutureWatcherBase>> m_watchers; // work in the background that uses the database
    bool m_waitCursor = false;
    int m_running = 0;
};

} // namespace careerdesk
