#include "DatabaseCare.h"

#include "MainWindow.h"
#include "Preferences.h"
#include "services/Workspace.h"
#include "tabs/AreaTab.h"
#include "widgets/Banner.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

namespace careerdesk {

DatabaseCare::DatabaseCare(Workspace& workspace, MainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_banner(new Banner(QStringLiteral("damage"), window))
    , m_connectionBanner(new Banner(QStringLiteral("connection"), window))
    , m_check(new QAction(tr("&Check Database"), this))
    , m_backUp(new QAction(tr("&Back Up Now"), this))
    , m_restore(new QAction(tr("&Restore from Backup…"), this))
    , m_reconnect(new QAction(tr("Reconnect &Now"), this))
{
    m_banner->addButton(m_restore);
    m_connectionBanner->addButton(m_reconnect);
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    m_check->setObjectName(QStringLiteral("checkDatabase"));
    m_backUp->setObjectName(QStringLiteral("backUp"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_check->setStatusTip(tr("Read the whole database and report any damage"));
    m_backUp->setStatusTip(tr("Write a copy of the database to its backups folder"));
    connect(m_check, &QAction::triggered, this, [this] { checkInBackground(true); });
    connect(m_backUp, &QAction::triggered, this, [this] { backUpInBackground(false); });
    connect(m_restore, &QAction::triggered, this, &DatabaseCare::restoreBackup);
    // Any thread's write may wait; only the window's own are shown, and nothing of this object is
    // touched on another thread (it may be going away).
    QThread* windowThread = thread();
    m_workspace.database().setWaitObserver([this, windowThread](int waitedMs) {
        if (QThread::currentThread() == windowThread)
            showWaiting(waitedMs);
    });
    if (m_workspace.database().isServer()) {
        // The server checks its own pages, and its administrator keeps its backups.
        for (QAction* action : {m_check, m_backUp, m_restore}) {
            action->setEnabled(false);
            action->setStatusTip(Backups::serverMessage());
        }
    }
    if (m_workspace.database().isReadOnly())
        showDamage();
    watchConnection();
}

DatabaseCare::~DatabaseCare()
{
    m_workspace.database().setWaitObserver({});
    // The database outlives the window only just: a check still reading it must end first.
    for (const QPointer<QFutureWatcherBase>& watcher : std::as_const(m_watchers)) {
        if (watcher)
            watcher->waitForFinished();
    }
}

void DatabaseCare::track(QFutureWatcherBase* watcher)
{
    m_watchers.removeAll(nullptr);
    m_watchers << watcher;
}

QWidget* DatabaseCare::banner() const
{
    return m_banner;
}

QWidget* DatabaseCare::connectionBanner() const
{
    return m_connectionBanner;
}

// A server that went away (restarted, or the network went): the banner says so and counts down to the
// next try; what is typed stays in the forms and is saved once the connection is back.
void DatabaseCare::watchConnection()
{
    ConnectionKeeper& keeper = m_workspace.connectionKeeper();
    connect(&keeper, &ConnectionKeeper::lost, this, [this] {
        m_connectionBanner->say(tr("The connection to %1 was lost. What you type is kept and saved once "
                                   "CareerDesk has reconnected.")
                                    .arg(m_workspace.database().location()));
        Q_EMIT connectionChanged(true);
    });
    connect(&keeper, &ConnectionKeeper::retrying, this, [this](int seconds) {
        m_connectionBanner->say(
            tr("The connection to %1 was lost; next try in %2 s. What you type is kept and saved once "
               "CareerDesk has reconnected.")
                .arg(m_workspace.database().location(), QLocale().toString(seconds)));
    });
    connect(&keeper, &ConnectionKeeper::restored, this, [this] {
        m_connectionBanner->hide();
        m_window->statusBar()->showMessage(
            tr("Connected to %1 again.").arg(m_workspace.database().location()), 5000);
        Q_EMIT connectionChanged(false);
    });
    connect(m_reconnect, &QAction::triggered, &keeper, &ConnectionKeeper::retryNow);
}

int DatabaseCare::keptBackups()
{
    return Preferences::shared().keptBackups();
}

void DatabaseCare::start()
{
    if (m_workspace.database().isServer())
        return;
    if (!m_workspace.database().integrityChecked())
        checkInBackground(false); // the daily backup follows a sound check
    else if (!m_workspace.database().isReadOnly())
        backUpInBackground(true);
}

void DatabaseCare::showDamage()
{
    const Backups::Backup newest = m_workspace.backups().newest();
    const QString offer =
        newest.path.isEmpty()
            ? tr("There is no backup of it yet.")
            : tr("The newest backup is from %1.")
                  .arg(QLocale().toString(newest.madeAt.toLocalTime(), QLocale::ShortFormat));
    m_banner->say(tr("This database is damaged, so CareerDesk opened it read-only: nothing you change is "
                     "saved. %1")
                      .arg(offer),
                  tr("What SQLite found: %1").arg(m_workspace.database().damage()));
    m_backUp->setEnabled(false);
    Q_EMIT readOnlyChanged();
}

void DatabaseCare::checkInBackground(bool full)
{
    ++m_running;
    m_check->setEnabled(false);
    m_window->statusBar()->showMessage(tr("Checking the database for damage…"));
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, full] {
        watcher->deleteLater();
        m_check->setEnabled(true);
        const Result<QStringList> problems = watcher->result();
        if (!problems || !problems->isEmpty() || m_workspace.database().isReadOnly()) {
            m_window->statusBar()->clearMessage();
            showDamage();
            if (full)
                m_window->showError(m_banner->text()->text() + QLatin1Char('\n') +
                                    m_banner->text()->toolTip());
        } else {
            m_window->statusBar()->showMessage(tr("The database is sound: no damage found"), 8000);
            if (!full)
                backUpInBackground(true);
        }
        if (--m_running == 0)
            Q_EMIT idle();
    });
    Database& database = m_workspace.database();
    const Database::Check check = full ? Database::Check::Full : Database::Check::Quick;
    watcher->setFuture(QtConcurrent::run([&database, check] { return database.checkIntegrity(check); }));
    track(watcher);
}

void DatabaseCare::backUpInBackground(bool daily)
{
    if (m_workspace.database().isReadOnly())
        return;
    ++m_running;
    m_backUp->setEnabled(false);
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, daily] {
        watcher->deleteLater();
        m_backUp->setEnabled(!m_workspace.database().isReadOnly());
        const Result<QString> made = watcher->result();
        if (!made)
            m_window->showError(made.errorMessage());
        else if (!made->isEmpty() && !daily)
            m_window->statusBar()->showMessage(
                tr("Backed up to %1").arg(QDir::toNativeSeparators(made.value())), 8000);
        if (--m_running == 0)
            Q_EMIT idle();
    });
    const Backups backups = m_workspace.backups();
    const QDateTime now = m_workspace.clock().now();
    const int kept = keptBackups();
    watcher->setFuture(QtConcurrent::run([backups, now, kept, daily] {
        return daily ? backups.backUpDaily(now, kept) : backups.backUp(now, kept);
    }));
    track(watcher);
}

void DatabaseCare::restoreBackup()
{
    const Backups backups = m_workspace.backups();
    const QString backup = m_window->questions().chooseBackup(backups.list(), backups.folder());
    if (backup.isEmpty())
        return;
    if (!m_window->questions().confirm(
            tr("Replace everything in this database with the backup %1? What the database holds now is kept "
               "in its backups folder first, and CareerDesk starts again to show the backup.")
                .arg(QDir::toNativeSeparators(backup))))
        return;
    // An edit still in a form belongs to what is kept aside, not to the restored data.
    for (AreaTab* tab : m_window->findChildren<AreaTab*>())
        tab->submitForm();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QString> aside = backups.restore(backup, m_workspace.clock().now());
    QGuiApplication::restoreOverrideCursor();
    if (!aside) {
        m_window->showError(tr("Nothing was restored. %1").arg(aside.errorMessage()));
        return;
    }
    Q_EMIT restartRequested();
}

bool DatabaseCare::canMove() const
{
    const Database& database = m_workspace.database();
    return !database.isServer() && !database.isReadOnly() &&
           QFileInfo(database.location()).absoluteFilePath() ==
               QFileInfo(Database::defaultLocation()).absoluteFilePath();
}

void DatabaseCare::askToMove()
{
    const QString target = m_window->questions().saveFile(
        tr("Move Database"), QFileInfo(m_workspace.database().location()).fileName(),
        tr("CareerDesk database (*.sqlite)"));
    if (target.isEmpty())
        return;
    const QString before = m_workspace.database().location();
    if (Status moved = moveTo(target); !moved) {
        m_window->showError(tr("The database was not moved. %1").arg(moved.errorMessage()));
        return;
    }
    m_window->questions().warn(
        tr("CareerDesk now keeps your data in %1 and starts again there. The old file stays "
           "at %2 until you delete it.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(before)));
    Q_EMIT restartRequested();
}

// A consistent copy at `target`, checked, then the default database from now on. Nothing is written over
// an existing file, and a copy that does not read back as sound is removed again.
Status DatabaseCare::moveTo(const QString& target)
{
    if (!canMove())
        return Error{tr("only the default database on this computer moves from here")};
    // The copy is written beside the target under a name of its own, checked, then renamed without
    // replacing: a file that appears at the target meanwhile is left as it is.
    const QString partial = target + QStringLiteral(".moving");
    for (const QString& taken : {target, partial}) {
        if (QFileInfo::exists(taken))
            return Error{tr("%1 exists already; choose a new name").arg(QDir::toNativeSeparators(taken))};
    }
    for (AreaTab* tab : m_window->findChildren<AreaTab*>())
        tab->submitForm(); // what is typed goes with the data
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status copied = m_workspace.backups().backUpTo(partial);
    QGuiApplication::restoreOverrideCursor();
    if (!copied)
        return copied;
    if (!Backups::isSound(partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{tr("the copy could not be made whole at %1").arg(QDir::toNativeSeparators(target))};
    }
    Database::setDefaultLocation(QFileInfo(target).absoluteFilePath());
    return {};
}

// The window's own writes only (a background import already shows its progress). The status bar is
// painted at once, since the event loop does not run while the write waits.
void DatabaseCare::showWaiting(int waitedMs)
{
    m_window->statusBar()->showMessage(
        tr("Waiting for another write to the database to finish (an import, or another program)… %1 s")
            .arg(waitedMs / 1000));
    m_window->statusBar()->repaint();
    if (m_waitCursor)
        return;
    m_waitCursor = true;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QTimer::singleShot(0, this, [this] { // runs once the write is done and events flow again
        QGuiApplication::restoreOverrideCursor();
        m_waitCursor = false;
        m_window->statusBar()->clearMessage();
    });
}

} // namespace careerdesk
