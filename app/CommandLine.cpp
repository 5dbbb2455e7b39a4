#include "CommandLine.h"

#include "documents/DocumentExporter.h"
#include "files/SavedFile.h"
#include "services/ImportService.h"
#include "services/PersonTransfer.h"
#include "services/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace careerdesk {

namespace {

const char* const headlessOptions[] = {"--list-users", "--export-pdf", "--import",     "--backup",
                                       "--restore",    "--export-all", "--import-all", "--help",
                                       "-h",           "--help-all",   "--version",    "-v"};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

bool CommandLine::isHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : headlessOptions) {
            const size_t length = std::strlen(option);
            if (std::strncmp(argv[i], option, length) == 0 &&
                (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

CommandLine::CommandLine()
    : m_database(QStringList{QStringLiteral("database")},
                 tr("Open the SQLite database file PATH instead of the default one."), tr("PATH"))
    , m_user(QStringList{QStringLiteral("user")},
             tr("Work as the user with this email; a headless command creates the user if needed."),
             tr("EMAIL"))
    , m_listUsers(QStringList{QStringLiteral("list-users")}, tr("Print the users of the database and exit."))
    , m_demo(QStringList{QStringLiteral("demo")}, tr("Fill the database with demo data (a fresh temporary "
                                                     "one unless --database is given) and open it."))
    , m_exportPdf(QStringList{QStringLiteral("export-pdf")},
                  tr("Write resume:ID, cover-letter:ID or application:ID (the dossier) as a PDF to the FILE "
                     "given after it."),
                  tr("DOCUMENT"))
    , m_template(QStringList{QStringLiteral("template")},
                 tr("The template for --export-pdf (e.g. classic, modern, compact; formal for letters)."),
                 tr("NAME"))
    , m_pageSize(QStringList{QStringLiteral("page-size")},
                 tr("A4 or Letter for --export-pdf (default: by locale)."), tr("SIZE"))
    , m_pdfA(QStringList{QStringLiteral("pdfa")}, tr("Write PDF/A-1b with --export-pdf."))
    , m_import(QStringList{QStringLiteral("import")},
               tr("Import the FILEs given after the options (job pages, JobPosting JSON, JSON Resume, CSV, "
                  "RSS/Atom, Markdown, text, DOCX, PDF; documents become resumes), print what was added, "
                  "and exit. All or nothing."))
    , m_backup(
          QStringList{QStringLiteral("backup")},
          tr("Write a consistent copy of the database to FILE (while CareerDesk may be running) and exit."),
          tr("FILE"))
    , m_restore(
          QStringList{QStringLiteral("restore")},
          tr("Replace the database's content with the backup FILE and exit; what it held before is kept "
             "in the backups folder beside it."),
          tr("FILE"))
    , m_exportAll(QStringList{QStringLiteral("export-all")},
                  tr("Write everything of the person of --user (or the only one) as one JSON file and exit."),
                  tr("FILE"))
    , m_importAll(QStringList{QStringLiteral("import-all")},
                  tr("Add the person of a file written by --export-all, with all their data, and exit."),
                  tr("FILE"))
{
    m_parser.setApplicationDescription(tr("CareerDesk keeps your whole career search in one place.\n\n"
                                          "Examples:\n"
                                          "  careerdesk --database ~/coaching.sqlite --user ana@example.org\n"
                                          "  careerdesk --demo\n"
                                          "  careerdesk --list-users\n"
                                          "  careerdesk --export-pdf resume:1 --template modern resume.pdf\n"
                                          "  careerdesk --import saved-job.html applications.csv\n"
                                          "  careerdesk --backup ~/careerdesk-copy.sqlite"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_database);
    m_parser.addOption(m_user);
    m_parser.addOption(m_listUsers);
    m_parser.addOption(m_demo);
    m_parser.addOption(m_exportPdf);
    m_parser.addOption(m_template);
    m_parser.addOption(m_pageSize);
    m_parser.addOption(m_pdfA);
    m_parser.addOption(m_import);
    m_parser.addOption(m_backup);
    m_parser.addOption(m_restore);
    m_parser.addOption(m_exportAll);
    m_parser.addOption(m_importAll);
    m_parser.addPositionalArgument(tr("FILE"), tr("Where --export-pdf writes; what --import reads."),
                                   tr("[FILE…]"));
}

bool CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        err() << tr("careerdesk: %1").arg(m_parser.errorText()) << '\n'
              << tr("Run careerdesk --help for the options.") << Qt::endl;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(0);
    if (m_parser.isSet(QStringLiteral("version")))
        m_parser.showVersion();
    if (Status combined = checkCombinations(); !combined) {
        err() << tr("careerdesk: %1").arg(combined.errorMessage()) << '\n'
              << tr("Run careerdesk --help for the options.") << Qt::endl;
        return false;
    }
    if (m_parser.isSet(m_import) && m_parser.positionalArguments().isEmpty()) {
        err() << tr("careerdesk: --import needs at least one FILE, e.g. --import saved-job.html") << Qt::endl;
        return false;
    }
    const qsizetype expectedFiles = m_parser.isSet(m_import) ? m_parser.positionalArguments().size()
                                                             : (m_parser.isSet(m_exportPdf) ? 1 : 0);
    if (m_parser.isSet(m_exportPdf) && m_parser.positionalArguments().isEmpty()) {
        err() << tr("careerdesk: --export-pdf needs the FILE to write, e.g. --export-pdf resume:1 resume.pdf")
              << Qt::endl;
        return false;
    }
    if (m_parser.positionalArguments().size() > expectedFiles) {
        err() << tr("careerdesk: unexpected argument \"%1\"").arg(m_parser.positionalArguments().constLast())
              << '\n'
              << tr("Run careerdesk --help for the options.") << Qt::endl;
        return false;
    }
    if (m_parser.isSet(m_user) && !UserService::isValidEmail(m_parser.value(m_user))) {
        err() << tr("careerdesk: --user needs an email address, not \"%1\"").arg(m_parser.value(m_user))
              << Qt::endl;
        return false;
    }
    return true;
}

// One headless command at a time, and the options of a command only with it: a script that mixes them
// up learns so instead of getting one of them done in silence.
Status CommandLine::checkCombinations() const
{
    if (m_parser.isSet(m_database) && m_parser.value(m_database).trimmed().isEmpty())
        return Error{tr("--database needs a file path; it was empty (an unset shell variable?)")};
    QStringList commands;
    for (const QCommandLineOption* command :
         {&m_listUsers, &m_exportPdf, &m_import, &m_backup, &m_restore, &m_exportAll, &m_importAll}) {
        if (m_parser.isSet(*command))
            commands << QStringLiteral("--") + command->names().constFirst();
    }
    if (commands.size() > 1)
        return Error{tr("%1 cannot be used together; run one at a time").arg(commands.join(tr(" and ")))};
    if (m_parser.isSet(m_restore) && wantsDemo())
        return Error{tr("--restore and --demo cannot be used together; run one at a time")};
    if (!m_parser.isSet(m_exportPdf)) {
        for (const QCommandLineOption* option : {&m_template, &m_pageSize, &m_pdfA}) {
            if (m_parser.isSet(*option))
                return Error{tr("--%1 goes with --export-pdf").arg(option->names().constFirst())};
        }
    }
    return {};
}

QString CommandLine::databaseLocation() const
{
    return m_parser.value(m_database);
}

QString CommandLine::userEmail() const
{
    return m_parser.value(m_user);
}

bool CommandLine::wantsDemo() const
{
    return m_parser.isSet(m_demo);
}

bool CommandLine::onlyReads() const
{
    return !wantsDemo() && (m_parser.isSet(m_listUsers) || m_parser.isSet(m_exportPdf) ||
                            m_parser.isSet(m_backup) || m_parser.isSet(m_exportAll));
}

QStringList CommandLine::inputFiles() const
{
    if (m_parser.isSet(m_restore))
        return {m_parser.value(m_restore)};
    if (m_parser.isSet(m_importAll))
        return {m_parser.value(m_importAll)};
    return m_parser.isSet(m_import) ? m_parser.positionalArguments() : QStringList();
}

bool CommandLine::wantsRestore() const
{
    return m_parser.isSet(m_restore);
}

int CommandLine::restoreBackup(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath)) {
        err() << tr("careerdesk: There is no database at %1 to restore into (check the path; nothing was "
                    "created)")
                     .arg(QDir::toNativeSeparators(databasePath))
              << Qt::endl;
        return 1;
    }
    const QString backup = m_parser.value(m_restore);
    auto aside = Workspace::backupsOf(databasePath).restore(backup, QDateTime::currentDateTimeUtc());
    if (!aside) {
        err() << tr("careerdesk: nothing was restored. %1").arg(aside.errorMessage()) << Qt::endl;
        return 1;
    }
    out() << tr("Restored %1 from %2; what it held before is kept as %3")
                 .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(backup),
                      QDir::toNativeSeparators(aside.value()))
          << Qt::endl;
    return 0;
}

int CommandLine::backUp(Workspace& workspace)
{
    const QString file = m_parser.value(m_backup);
    if (Status written = workspace.backups().backUpTo(file); !written) {
        err() << tr("careerdesk: %1").arg(written.errorMessage()) << Qt::endl;
        return 1;
    }
    out() << tr("Wrote %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return 0;
}

int CommandLine::runHeadless(Workspace& workspace)
{
    if (m_parser.isSet(m_listUsers))
        return listUsers(workspace);
    if (m_parser.isSet(m_exportPdf))
        return exportPdf(workspace);
    if (m_parser.isSet(m_import))
        return importFiles(workspace);
    if (m_parser.isSet(m_backup))
        return backUp(workspace);
    if (m_parser.isSet(m_exportAll))
        return exportAll(workspace);
    if (m_parser.isSet(m_importAll))
        return importAll(workspace);
    return 0;
}

int CommandLine::importFiles(Workspace& workspace)
{
    auto user = workspace.users().resolveUser(userEmail(), true);
    if (!user) {
        err() << tr("careerdesk: %1").arg(user.errorMessage()) << Qt::endl;
        return 1;
    }
    auto plan = ImportService::planFiles(workspace, user->id, m_parser.positionalArguments());
    if (!plan) {
        err() << tr("careerdesk: nothing was imported. %1").arg(plan.errorMessage()) << Qt::endl;
        return 1;
    }
    auto summary =
        ImportService::commit(workspace, user->id, plan.value(), ImportService::DocumentsAs::Resumes);
    if (!summary) {
        err() << tr("careerdesk: nothing was imported. %1").arg(summary.errorMessage()) << Qt::endl;
        return 1;
    }
    for (const QString& line : plan->added)
        out() << tr("added: %1").arg(line) << '\n';
    for (const QString& line : plan->skipped)
        out() << tr("skipped: %1").arg(line) << '\n';
    out() << summary->text() << Qt::endl;
    return 0;
}

int CommandLine::exportAll(Workspace& workspace)
{
    auto user = workspace.users().resolveUser(userEmail(), false);
    if (!user) {
        err() << tr("careerdesk: %1").arg(user.errorMessage()) << Qt::endl;
        return 1;
    }
    const QString file = m_parser.value(m_exportAll);
    auto json = PersonTransfer::exportPerson(workspace, user->id);
    Status written = json ? SavedFile::write(file, json.value()) : Status(json.error());
    if (!written) {
        err() << tr("careerdesk: %1").arg(written.errorMessage()) << Qt::endl;
        return 1;
    }
    out() << tr("Wrote everything of %1 to %2").arg(user->email, QDir::toNativeSeparators(file)) << Qt::endl;
    return 0;
}

int CommandLine::importAll(Workspace& workspace)
{
    auto user = PersonTransfer::importFile(workspace, m_parser.value(m_importAll));
    if (!user) {
        err() << tr("careerdesk: nothing was imported. %1").arg(user.errorMessage()) << Qt::endl;
        return 1;
    }
    out() << tr("Added %1 with all their data").arg(user->email) << Qt::endl;
    return 0;
}

int CommandLine::exportPdf(Workspace& workspace)
{
    auto request = DocumentExporter::parseReference(m_parser.value(m_exportPdf));
    if (!request) {
        err() << tr("careerdesk: %1").arg(request.errorMessage()) << Qt::endl;
        return 2;
    }
    request.value().templateId = m_parser.value(m_template);
    DocumentRenderer::PdfOptions options;
    options.pdfA = m_parser.isSet(m_pdfA);
    const QString size = m_parser.value(m_pageSize).toLower();
    if (size == QLatin1String("a4"))
        options.pageSize = QPageSize(QPageSize::A4);
    else if (size == QLatin1String("letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    else if (!size.isEmpty()) {
        err() << tr("careerdesk: --page-size is A4 or Letter, not \"%1\"").arg(m_parser.value(m_pageSize))
              << Qt::endl;
        return 2;
    }
    auto user = workspace.users().resolveUser(userEmail(), true);
    if (!user) {
        err() << tr("careerdesk: %1").arg(user.errorMessage()) << Qt::endl;
        return 1;
    }
    const QString file = m_parser.positionalArguments().constFirst();
    const DocumentExporter exporter(workspace, user->id);
    if (Status written = exporter.exportPdf(request.value(), file, options); !written) {
        err() << tr("careerdesk: %1").arg(written.errorMessage()) << Qt::endl;
        return 1;
    }
    out() << tr("Wrote %1").arg(file) << Qt::endl;
    return 0;
}

int CommandLine::listUsers(Workspace& workspace)
{
    auto users = workspace.users().listUsers();
    if (!users) {
        err() << tr("careerdesk: %1").arg(users.errorMessage()) << Qt::endl;
        return 1;
    }
    for (const User& user : users.value())
        out() << user.id << '\t' << user.email << '\t' << user.displayName() << '\n';
    out().flush();
    return 0;
}

} // namespace careerdesk
