// Document speed, run on demand (not a test): a two-page resume to PDF, and 1,000 cover letters
// generated and rendered to PDF. Prints the figures; goals are in the documents issue.
#include "../TestSupport.h"
#include "workflows/DocumentExporter.h"
#include "workflows/DocumentGeneration.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace careerdesk;

namespace {

QString twoPageResume()
{
    QString markdown = QStringLiteral("# Ana Lima\n\nana@example.org · Berlin\n\n## Experience\n\n");
    for (int job = 0; job < 9; ++job) {
        markdown += QStringLiteral("### Senior Engineer, Company %1 (20%2–20%3)\n\n")
                        .arg(job)
                        .arg(10 + job)
                        .arg(11 + job);
        for (int line = 0; line < 5; ++line)
            markdown +=
                QStringLiteral("- Delivered project %1.%2 with Qt, C++ and CMake for many happy users\n")
                    .arg(job)
                    .arg(line);
        markdown += QLatin1Char('\n');
    }
    markdown += QStringLiteral("## Skills\n\nC++, Qt, QML, CMake, Linux, PostgreSQL, Python\n");
    return markdown;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int letters = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;

    TestWorkspace w;
    const qint64 resume = w.addResume(w.userId, QStringLiteral("Two pages"), twoPageResume());
    const DocumentExporter exporter(*w, w.userId);
    const QString pdf = w.dir.filePath(QStringLiteral("resume.pdf"));

    QList<double> runs;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (Status done = exporter.exportPdf({DocumentExporter::Subject::Resume, resume, {}}, pdf, {});
            !done) {
            out << "failed: " << done.errorMessage() << Qt::endl;
            return 1;
        }
        runs << timer.nsecsElapsed() / 1e6;
    }
    out << "two-page resume to PDF: median " << median(runs) << " ms over " << runs.size() << " runs"
        << Qt::endl;
    if (const QString keep = qEnvironmentVariable("CAREERDESK_KEEP"); !keep.isEmpty())
        QFile::copy(pdf, keep); // to check its page count with pdfinfo

    QList<qint64> postings;
    for (int i = 0; i < letters; ++i)
        postings << w.addOpportunity(QStringLiteral("Engineer %1").arg(i),
                                     QStringLiteral("Company %1").arg(i),
                                     {QStringLiteral("C++"), QStringLiteral("Qt"), QStringLiteral("Rust")});
    QElapsedTimer batch;
    batch.start();
    for (int i = 0; i < letters; ++i) {
        auto letter = DocumentGeneration::generateCoverLetter(*w, w.userId, postings.at(i), resume);
        if (!letter) {
            out << "failed: " << letter.errorMessage() << Qt::endl;
            return 1;
        }
        const QString path = w.dir.filePath(QStringLiteral("letter.pdf"));
        if (Status done =
                exporter.exportPdf({DocumentExporter::Subject::CoverLetter, letter->id, {}}, path, {});
            !done) {
            out << "failed: " << done.errorMessage() << Qt::endl;
            return 1;
        }
    }
    const double seconds = batch.nsecsElapsed() / 1e9;
    out << letters << " cover letters generated and rendered to PDF: " << seconds << " s ("
        << (seconds * 1000 / letters) << " ms each)" << Qt::endl;
    return 0;
}
