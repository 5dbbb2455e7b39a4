#include "FileImport.h"

#include "TabHost.h"
#include "import/FileImporter.h"
#include "models/UndoCommand.h"
#include "services/Workspace.h"

#include <QDropEvent>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMimeData>
#include <QProgressDialog>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

namespace careerdesk {

FileImport::FileImport(TabHost& host, std::function<ImportService::DocumentsAs()> documentsAs,
                       QWidget* window)
    : QObject(window)
    , m_host(host)
    , m_documentsAs(std::move(documentsAs))
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool FileImport::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window || (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop))
        return QObject::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event); // QDragEnterEvent is one too
    QStringList paths;
    for (const QUrl& url : drop->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return false;
    drop->acceptProposedAction();
    // The drop returns at once; the import goes on with its own dialogs.
    if (event->type() == QEvent::Drop)
        QTimer::singleShot(0, this, [this, paths] { importFiles(paths); });
    return true;
}

void FileImport::askForFiles()
{
    QStringList patterns;
    for (const QString& suffix : FileImporter::suffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QStringList paths = m_host.questions().openFiles(
        tr("Import"),
        tr("Job pages, feeds, trackers' CSV, resumes and letters (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!paths.isEmpty())
        importFiles(paths);
}

void FileImport::importFiles(const QStringList& paths)
{
    Workspace* workspace = &m_host.workspace();
    const qint64 userId = m_host.userId();
    auto* reading = progressBox(tr("Reading files…"), 0, QStringLiteral("importReading"));
    auto* watcher = new QFutureWatcher<Result<ImportService::Plan>>(this);
    connect(reading, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reading] {
        delete reading; // gone before the preview: its timer would otherwise show it over the preview
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            m_host.showMessage(tr("Import cancelled; nothing was added"), 8000);
            return;
        }
        const Result<ImportService::Plan> plan = watcher->result();
        if (!plan) {
            m_host.showError(tr("Nothing was imported. %1").arg(plan.errorMessage()));
            return;
        }
        const auto documentsAs = m_host.questions().previewImport(plan.value(), m_documentsAs());
        if (!documentsAs) {
            m_host.showMessage(tr("Import cancelled; nothing was added"), 8000);
            return;
        }
        commit(plan.value(), *documentsAs);
    });
    // Reading and checking happen on a worker thread with its own connection: the window stays responsive.
    watcher->setFuture(QtConcurrent::run(
        [workspace, userId, paths] { return ImportService::planFiles(*workspace, userId, paths); }));
}

void FileImport::commit(const ImportService::Plan& plan, ImportService::DocumentsAs documentsAs)
{
    Workspace* workspace = &m_host.workspace();
    const qint64 userId = m_host.userId();
    const int total = int(qMin<qsizetype>(plan.work(), INT_MAX));
    auto* progress = progressBox(tr("Importing…"), total, QStringLiteral("importProgress"));
    auto* watcher = new QFutureWatcher<Result<ImportService::Summary>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            m_host.showMessage(tr("Import cancelled; nothing was added"), 8000);
            return;
        }
        const Result<ImportService::Summary> summary = watcher->result();
        if (!summary) {
            m_host.showError(summary.errorMessage());
            return;
        }
        Q_EMIT imported();
        const bool tooLargeToUndo = !offerUndo(summary.value());
        m_host.showMessage(tooLargeToUndo
                               ? tr("%1 An import this large cannot be undone.").arg(summary->text())
                               : summary->text(),
                           10000);
    });
    watcher->setFuture(QtConcurrent::run(
        [workspace, userId, plan, documentsAs, total](QPromise<Result<ImportService::Summary>>& promise) {
            promise.setProgressRange(0, total);
            promise.addResult(
                ImportService::commit(*workspace, userId, plan, documentsAs, [&promise](qint64 done, qint64) {
                    promise.setProgressValue(int(done));
                    return !promise.isCanceled();
                }));
        }));
}

// Shown only when the work takes longer than half a second. Without a first value, QProgressDialog
// keeps the four seconds it starts with and ignores the minimum duration.
QProgressDialog* FileImport::progressBox(const QString& label, int maximum, const QString& name) const
{
    auto* box = new QProgressDialog(label, tr("Cancel"), 0, maximum, m_window);
    box->setObjectName(name);
    box->setWindowModality(Qt::WindowModal);
    box->setMinimumDuration(500);
    box->setValue(0);
    return box;
}

bool FileImport::offerUndo(const ImportService::Summary& summary)
{
    if (summary.roots.size() > ImportService::undoLimit)
        return false;
    if (summary.roots.isEmpty())
        return true;
    UndoCommand* command =
        UndoCommand::forAdded(m_host.workspace(), tr("Import (%1)").arg(summary.text()), summary.roots,
                              [this](const QString& message) { m_host.showError(message); });
    command->setRunner([this](const QString& label, const UndoCommand::Operation& operation) {
        return runAside(label, operation);
    });
    m_host.undoStack()->push(command);
    return true;
}

// Undoing an import of thousands of rows takes seconds: it runs on a worker thread (with its own
// connection) while the window repaints and, after half a second, shows that it works. Input waits
// until it is done, so that nothing else changes those rows, or the undo history, meanwhile; there is
// no Cancel, as an undo half done would be neither state.
Status FileImport::runAside(const QString& label, const std::function<Status()>& operation) const
{
    std::unique_ptr<QProgressDialog> box(progressBox(label, 0, QStringLiteral("undoProgress")));
    box->setCancelButton(nullptr);
    QFutureWatcher<Status> watcher;
    QEventLoop waiting;
    connect(&watcher, &QFutureWatcherBase::finished, &waiting, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(operation));
    // Even when the work is done already: what it announced was posted before its end, so the views show
    // the change once this returns.
    waiting.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

} // namespace careerdesk
