// How long the window's UI thread goes without reading input (its longest stall) while a person searches,
// switches tabs and people, imports 10,000 postings and undoes and redoes that import; run on demand (not a
// test), on a database of the search benchmark's:
//   xvfb-run -a build/release/tests/BenchmarkResponsiveness DATABASE [--postings N]
// A timer beats every 2 ms on the UI thread; the longest gap between two beats, less the beat, is the
// longest stall of the operation. Each operation reports its own time beside it.
#include "JobPostingFile.h"
#include "MainWindow.h"
#include "WindowSession.h"
#include "services/Workspace.h"
#include "tabs/AreaTab.h"
#include "widgets/OpportunitySearchBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace careerdesk;

namespace {

QTextStream out(stdout);

class StallMeter
{
public:
    StallMeter()
    {
        m_beat.setTimerType(Qt::PreciseTimer);
        m_beat.setInterval(beatMs);
        QObject::connect(&m_beat, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_beat.start();
    }
    double stop() // the longest stall since start(), in ms
    {
        m_beat.stop();
        const qint64 now = m_clock.nsecsElapsed();
        return qMax<double>(0, (qMax(m_longest, now - m_last) / 1e6) - beatMs);
    }
    double elapsedMs() const { return m_clock.nsecsElapsed() / 1e6; }

private:
    static constexpr int beatMs = 2;
    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Lets the event loop run until `done` holds (checked every few ms) or `limitMs` passed.
bool runUntil(const std::function<bool()>& done, int limitMs = 600000)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void settle(int ms)
{
    QElapsedTimer waited;
    waited.start();
    runUntil([&] { return waited.elapsed() >= ms; });
}

// Runs `operation` (which starts the work) and the event loop until `finished`, then a little longer for
// what the work leaves queued; prints its time and its longest stall.
void measure(const QString& name, const std::function<void()>& operation,
             const std::function<bool()>& finished)
{
    StallMeter meter;
    meter.start();
    QElapsedTimer took;
    took.start();
    operation();
    const bool ended = runUntil(finished, 300000);
    const double ms = took.nsecsElapsed() / 1e6;
    settle(300);
    const double stall = meter.stop();
    auto* window = qobject_cast<QMainWindow*>(QApplication::activeWindow());
    const QString said = ended || !window ? QString()
                                          : QStringLiteral(" (did not end: ") +
                                                window->statusBar()->currentMessage() + QLatin1Char(')');
    out << "| " << name << " | " << QString::number(ms, 'f', 0) << said << " | "
        << QString::number(stall, 'f', 1) << " |" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATABASE"), QStringLiteral("The database to open (kept)."));
    parser.addOption({QStringLiteral("postings"), QStringLiteral("Postings to import and undo."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    QCoreApplication::setOrganizationName(QStringLiteral("CareerDeskBenchmarks"));
    QCoreApplication::setApplicationName(QStringLiteral("CareerDesk"));

    QTemporaryDir folder;
    // Postings of their own (another seed than the search benchmark's): none is a duplicate of one there.
    const QString file = folder.filePath(QStringLiteral("postings.json"));
    const int count = parser.value(QStringLiteral("postings")).toInt();
    if (Status written = JobPostingFile::write(file, JobPostingFile::postings(count, 1)); !written) {
        out << written.errorMessage() << Qt::endl;
        return 1;
    }

    auto workspace = Workspace::open(parser.positionalArguments().constFirst());
    if (!workspace) {
        out << workspace.errorMessage() << Qt::endl;
        return 1;
    }
    Workspace* rows = workspace.value().get();
    auto me = rows->users().resolveUser(QStringLiteral("benchmark@example.org"), true);
    auto other = rows->users().resolveUser(QStringLiteral("other@example.org"), true);
    if (!me || !other) {
        out << "cannot add the benchmark's people" << Qt::endl;
        return 1;
    }
    WindowSession session;
    if (!session.start(std::move(workspace).value(), me->email, false))
        return 1;
    MainWindow* window = session.window();
    Questions questions = window->questions();
    questions.previewImport = [](const ImportService::Plan&, ImportService::DocumentsAs suggested) {
        return std::optional(suggested);
    };
    window->setQuestions(questions);
    settle(1000);

    out << "| operation | took ms | longest UI-thread stall ms |" << Qt::endl
        << "|---|---:|---:|" << Qt::endl;
    QTabWidget* tabs = window->tabs();
    for (int i = 1; i < tabs->count(); ++i) { // each tab shown for the first time, from the Dashboard on
        measure(
            QStringLiteral("switch to %1").arg(tabs->tabText(i)), [&] { tabs->setCurrentIndex(i); },
            [] { return true; });
    }
    measure(
        QStringLiteral("switch through every tab again"),
        [&] {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                settle(50);
            }
        },
        [] { return true; });

    tabs->setCurrentWidget(window->areaTab(QStringLiteral("opportunities")));
    auto* bar = window->findChild<OpportunitySearchBar*>(QStringLiteral("opportunitySearch"));
    measure(
        QStringLiteral("type a search, a key each 100 ms (\"engineer\")"),
        [&] {
            for (const QChar key : QStringLiteral("engineer")) {
                bar->keywordsField()->insert(QString(key));
                settle(100);
            }
        },
        [] { return true; });
    measure(
        QStringLiteral("clear the search"), [&] { bar->keywordsField()->clear(); }, [] { return true; });

    measure(
        QStringLiteral("switch to another person and back"),
        [&] {
            window->setUser(other->id);
            settle(100);
            window->setUser(me->id);
        },
        [] { return true; });

    QUndoStack* undo = window->undoStack();
    const int before = undo->count();
    measure(
        QStringLiteral("import %1 postings (read, preview, write)").arg(count),
        [&] { window->importFiles({file}); }, [&] { return undo->count() > before; });
    measure(
        QStringLiteral("undo the import"), [&] { undo->undo(); }, [&] { return undo->index() == before; });
    measure(
        QStringLiteral("redo the import"), [&] { undo->redo(); },
        [&] { return undo->index() == before + 1; });
    return 0;
}
