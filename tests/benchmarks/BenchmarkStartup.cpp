// Launch to first shown window, run on demand (not a test). `BenchmarkStartup --empty` shows an empty
// QMainWindow of CareerDesk's size; `BenchmarkStartup DATABASE` opens DATABASE and shows CareerDesk's
// window over it as careerdesk does. Each leaves at once (_exit) when its window has been painted, so a
// process timer measures launch → first paint, the same way for both. On a quiet machine:
//   xvfb-run -a -s "-screen 0 1920x1080x24" hyperfine -w 3 -r 30
//       'build/release/tests/BenchmarkStartup --empty' 'build/release/tests/BenchmarkStartup DATABASE'
//   (one command line)
// (a database of N postings: build/release/tests/BenchmarkSearch --postings N --generate-only).
#include "MainWindow.h"
#include "Theme.h"
#include "WindowSession.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

using namespace careerdesk;

namespace {

// With CAREERDESK_STARTUP_PHASES set, when each phase ended, in ms since main() began (on stderr).
class Phases
{
public:
    Phases() { m_clock.start(); }
    void ended(const char* phase)
    {
        if (qEnvironmentVariableIsSet("CAREERDESK_STARTUP_PHASES"))
            QTextStream(stderr) << phase << ' ' << QString::number(m_clock.nsecsElapsed() / 1e6, 'f', 1)
                                << '\n';
    }

private:
    QElapsedTimer m_clock;
};

Phases phases;

// Leaves the process as soon as `window` has painted once: what follows a first paint is not measured.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, [] {
                phases.ended("painted");
                ::_exit(0);
            });
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    phases.ended("application");
    FirstPaint firstPaint;
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: BenchmarkStartup --empty | DATABASE\n";
        return 2;
    }
    if (arguments.at(1) == QLatin1String("--empty")) {
        QMainWindow window;
        window.resize(1280, 800);
        window.installEventFilter(&firstPaint);
        window.show();
        phases.ended("shown");
        return app.exec();
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CareerDeskBenchmarks"));
    QCoreApplication::setApplicationName(QStringLiteral("CareerDesk"));
    Theme::followPreferences();
    auto workspace = Workspace::open(arguments.at(1));
    phases.ended("opened");
    if (!workspace) {
        QTextStream(stderr) << workspace.errorMessage() << '\n';
        return 1;
    }
    const QString person = QStringLiteral("benchmark@example.org");
    if (auto user = workspace.value()->users().resolveUser(person, true); !user) {
        QTextStream(stderr) << user.errorMessage() << '\n';
        return 1;
    }
    WindowSession session;
    app.installEventFilter(&firstPaint); // the window is made inside start(): the first paint anywhere
    if (!session.start(std::move(workspace).value(), person, false))
        return 1;
    phases.ended("shown");
    return app.exec();
}
