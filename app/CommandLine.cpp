#include "CommandLine.h"

#include "files/SavedFile.h"
#include "services/PersonTransfer.h"
#include "services/Workspace.h"
#include "store/ServerAccess.h"
#include "workflows/DocumentExporter.h"
#include "workflows/ImportService.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace careerdesk {

namespace {

const char* const headlessOptions[] = {"--list-users",
                                       "--export-pdf",
                                       "--import",
                                       "--backup",
                                       "--restore",
                                       "--export-all",
                                       "--import-all",
                                       "--init-server",
                                       "--add-person",
                                       "--assign-coach",
                                       "--unassign-coach",
                                       "--search",
                                       "--help",
                                       "-h",
                                       "--help-all",
                                       "--version",
                                       "-v"};

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
    : m_database(
          QStringList{QStringLiteral("database")},
          tr("Open the database at PATH (an SQLite file) instead of the default one, or on a PostgreSQL "
             "server: postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD)."),
          tr("PATH"))
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
    , m_initServer(
          QStringList{QStringLiteral("init-server")},
          tr("Create or upgrade the schema, the roles and the row-level security of the server database "
             "of --database, and exit. Run it as the database's owner; it can run again."))
    , m_addPerson(
          QStringList{QStringLiteral("add-person")},
          tr("On a server: make the login role of --login the person EMAIL (added if new), and exit."),
          tr("EMAIL"))
    , m_login(QStringList{QStringLiteral("login")}, tr("The existing login role for --add-person."),
              tr("ROLE"))
    , m_firstName(QStringList{QStringLiteral("first-name")}, tr("The first name for --add-person."),
                  tr("NAME"))
    , m_lastName(QStringList{QStringLiteral("last-name")}, tr("The last name for --add-person."), tr("NAME"))
    , m_coach(QStringList{QStringLiteral("coach")}, tr("With --add-person: the person is a coach."))
    , m_assignCoach(QStringList{QStringLiteral("assign-coach")},
                    tr("Let the coach COACH_EMAIL follow the person of --client, and exit."),
                    tr("COACH_EMAIL"))
    , m_unassignCoach(QStringList{QStringLiteral("unassign-coach")},
                      tr("Stop the coach COACH_EMAIL following the person of --client, and exit."),
                      tr("COACH_EMAIL"))
    , m_client(QStringList{QStringLiteral("client")},
               tr("The client for --assign-coach and --unassign-coach."), tr("CLIENT_EMAIL"))
    , m_search(
          QStringList{QStringLiteral("search")},
          tr("Print the open postings matching WORDS, one a line (id, title, company, location), best first, "
             "and exit."),
          tr("WORDS"))
    , m_location(QStringList{QStringLiteral("location")},
                 tr("With --search: postings whose location contains TEXT."), tr("TEXT"))
    , m_type(QStringList{QStringLiteral("type")},
             tr("With --search: full-time, part-time, contract, freelance, internship or temporary."),
             tr("TYPE"))
    , m_remote(QStringList{QStringLiteral("remote")}, tr("With --search: remote postings only."))
    , m_limit(QStringList{QStringLiteral("limit")}, tr("With --search: at most N postings (default 50)."),
              tr("N"), QStringLiteral("50"))
{
    m_parser.setApplicationDescription(tr("CareerDesk keeps your whole career search in one place.\n\n"
                                          "Examples:\n"
                                          "  careerdesk --database ~/coaching.sqlite --user ana@example.org\n"
                                          "  careerdesk --demo\n"
                                          "  careerdesk --list-users\n"
                                          "  careerdesk --export-pdf resume:1 --template modern resume.pdf\n"
                                          "  careerdesk --import saved-job.html applications.csv\n"
                                          "  careerdesk --backup ~/careerdesk-copy.sqlite\n"
                                          "  careerdesk --search \"qt developer\" --remote\n"
                                          "  careerdesk --database postgresql://admin@db.example.org/careers "
                                          "--init-server"));
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
    for (const QCommandLineOption* option :
         {&m_initServer, &m_addPerson, &m_login, &m_firstName, &m_lastName, &m_coach, &m_assignCoach,
          &m_unassignCoach, &m_client, &m_search, &m_location, &m_type, &m_remote, &m_limit})
        m_parser.addOption(*option);
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
        return Error{
            tr("--database needs a file path or a server address; it was empty (an unset shell variable?)")};
    QStringList commands;
    for (const QCommandLineOption* command :
         {&m_listUsers, &m_exportPdf, &m_import, &m_backup, &m_restore, &m_exportAll, &m_importAll,
          &m_initServer, &m_addPerson, &m_assignCoach, &m_unassignCoach, &m_search}) {
        if (m_parser.isSet(*command))
            commands << QStringLiteral("--") + command->names().constFirst();
    }
    if (commands.size() > 1)
        return Error{tr("%1 cannot be used together; run one at a time").arg(commands.join(tr(" and ")))};
    if (m_parser.isSet(m_restore) && wantsDemo())
        return Error{tr("--restore and --demo cannot be used together; run one at a time")};
    const struct
    {
        const QCommandLineOption* command;
        QList<const QCommandLineOption*> options;
    } belonging[] = {
        {&m_exportPdf, {&m_template, &m_pageSize, &m_pdfA}},
        {&m_addPerson, {&m_login, &m_firstName, &m_lastName, &m_coach}},
        {&m_search, {&m_location, &m_type, &m_remote, &m_limit}},
    };
    for (const auto& [command, options] : belonging) {
        for (const QCommandLineOption* option : options) {
            if (m_parser.isSet(*option) && !m_parser.isSet(*command))
                return Error{tr("--%1 goes with --%2")
                                 .arg(option->names().constFirst(), command->names().constFirst())};
        }
    }
    if (m_parser.isSet(m_client) != (m_parser.isSet(m_assignCoach) || m_parser.isSet(m_unassignCoach)))
        return Error{tr(
            "--assign-coach and --unassign-coach need --client CLIENT_EMAIL, and --client goes with them")};
    if (m_parser.isSet(m_addPerson) && m_parser.value(m_login).trimmed().isEmpty())
        return Error{tr("--add-person needs --login ROLE, the login role that is this person")};
    for (const QCommandLineOption* fileOnly : {&m_backup, &m_restore}) {
        if (m_parser.isSet(*fileOnly) && ServerAddress::isServerAddress(databaseLocation()))
            return Error{tr("--%1: %2").arg(fileOnly->names().constFirst(), Backups::serverMessage())};
    }
    for (const QCommandLineOption* serverOnly : {&m_initServer, &m_addPerson}) {
        if (m_parser.isSet(*serverOnly) && !ServerAddress::isServerAddress(databaseLocation()))
            return Error{tr("--%1 works on a database on a PostgreSQL server: give --database "
                            "postgresql://USER@HOST/DB")
                             .arg(serverOnly->names().constFirst())};
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
    return !wantsDemo() &&
           (m_parser.isSet(m_listUsers) || m_parser.isSet(m_exportPdf) || m_parser.isSet(m_backup) ||
            m_parser.isSet(m_exportAll) || m_parser.isSet(m_search));
}

Database::OpenMode CommandLine::openMode() const
{
    if (m_parser.isSet(m_initServer))
        return Database::OpenMode::Administer;
    return onlyReads() ? Database::OpenMode::MustExist : Database::OpenMode::CreateIfMissing;
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
    if (m_parser.isSet(m_initServer))
        return initServer(workspace);
    if (m_parser.isSet(m_addPerson))
        return addPerson(workspace);
    if (m_parser.isSet(m_assignCoach) || m_parser.isSet(m_unassignCoach))
        return assignCoach(workspace, m_parser.isSet(m_assignCoach));
    if (m_parser.isSet(m_search))
        return search(workspace);
    return 0;
}

int CommandLine::initServer(Workspace& workspace)
{
    const Database& database = workspace.database();
    if (Status applied = ServerAccess(database).applyPolicies(); !applied) {
        err() << tr("careerdesk: %1").arg(applied.errorMessage()) << Qt::endl;
        return 1;
    }
    out() << tr("%1 is ready: schema version %2, the roles careerdesk_person and careerdesk_coach, and "
                "row-level "
                "security on every table of people's data.")
                 .arg(database.location())
                 .arg(database.schemaVersion())
          << Qt::endl;
    return 0;
}

int CommandLine::addPerson(Workspace& workspace)
{
    User person;
    person.email = m_parser.value(m_addPerson).trimmed();
    person.firstName = m_parser.value(m_firstName).trimmed();
    person.lastName = m_parser.value(m_lastName).trimmed();
    person.createdAt = person.updatedAt = workspace.clock().now();
    if (!UserService::isValidEmail(person.email)) {
        err() << tr("careerdesk: --add-person needs an email address, not \"%1\"").arg(person.email)
              << Qt::endl;
        return 2;
    }
    const bool coach = m_parser.isSet(m_coach);
    auto added =
        ServerAccess(workspace.database()).addPerson(person, m_parser.value(m_login).trimmed(), coach);
    if (!added) {
        err() << tr("careerdesk: %1").arg(added.errorMessage()) << Qt::endl;
        return 1;
    }
    const QString who = added->displayName().isEmpty()
                            ? added->email
                            : QStringLiteral("%1 (%2)").arg(added->email, added->displayName());
    out() << (coach ? tr("%1 logs in as %2, as a coach") : tr("%1 logs in as %2")).arg(who, added->login)
          << Qt::endl;
    return 0;
}

int CommandLine::assignCoach(Workspace& workspace, bool assign)
{
    const QString coach = m_parser.value(assign ? m_assignCoach : m_unassignCoach).trimmed();
    const QString client = m_parser.value(m_client).trimmed();
    const ServerAccess access(workspace.database());
    if (Status done = assign ? access.assignCoach(coach, client) : access.unassignCoach(coach, client);
        !done) {
        err() << tr("careerdesk: %1").arg(done.errorMessage()) << Qt::endl;
        return 1;
    }
    out() << (assign ? tr("%1 follows %2").arg(coach, client)
                     : tr("%1 no longer follows %2").arg(coach, client))
          << Qt::endl;
    return 0;
}

Result<OpportunitySearchCriteria> CommandLine::searchCriteria() const
{
    OpportunitySearchCriteria criteria;
    criteria.keywords = m_parser.value(m_search);
    criteria.location = m_parser.value(m_location);
    if (m_parser.isSet(m_remote))
        criteria.isRemote = true;
    if (m_parser.isSet(m_type)) {
        auto type = enumFromKey<OpportunityType>(
            m_parser.value(m_type).trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!type)
            return Error{
                tr("--type is full-time, part-time, contract, freelance, internship or temporary, not \"%1\"")
                    .arg(m_parser.value(m_type))};
        criteria.type = *type;
    }
    bool isNumber = false;
    criteria.limit = m_parser.value(m_limit).toInt(&isNumber);
    if (!isNumber || criteria.limit < 1 || criteria.limit > 10000)
        return Error{tr("--limit is a number from 1 to 10000, not \"%1\"").arg(m_parser.value(m_limit))};
    return criteria;
}

int CommandLine::search(Workspace& workspace)
{
    auto parsed = searchCriteria();
    if (!parsed) {
        err() << tr("careerdesk: %1").arg(parsed.errorMessage()) << Qt::endl;
        return 2;
    }
    OpportunitySearchCriteria criteria = parsed.value();
    // The postings the person sees in the window: their own and the published ones.
    if (auto users = workspace.users().listUsers(); users && !users->isEmpty()) {
        auto user = workspace.users().resolveUser(userEmail(), false);
        if (!user) {
            err() << tr("careerdesk: %1").arg(user.errorMessage()) << Qt::endl;
            return 1;
        }
        criteria.viewerId = user->id;
    }
    auto found = workspace.opportunities().searchOpportunities(criteria);
    if (!found) {
        err() << tr("careerdesk: %1").arg(found.errorMessage()) << Qt::endl;
        return 1;
    }
    // One posting a line; tabs and line breaks inside a field would break the columns.
    auto field = [](QString text) { return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).simplified(); };
    for (const Opportunity& posting : found.value())
        out() << posting.id << '\t' << field(posting.title) << '\t' << field(posting.company) << '\t'
              << field(posting.location) << '\n';
    out().flush();
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
