<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItemRepository</name>
    <message>
        <source>Action item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemService</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationEventRepository</name>
    <message>
        <source>Application event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open the SQLite database file PATH instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as the user with this email; a headless command creates the user if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the users of the database and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with demo data (a fresh temporary one unless --database is given) and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careerdesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run careerdesk --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careerdesk: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careerdesk: --user needs an email address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document resume:ID or cover-letter:ID as a PDF to the FILE given after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template for --export-pdf (e.g. classic, modern, compact; formal for letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 or Letter for --export-pdf (default: by locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b with --export-pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareerDesk keeps your whole career search in one place.

Examples:
  careerdesk --database ~/coaching.sqlite --user ana@example.org
  careerdesk --demo
  careerdesk --list-users
  careerdesk --export-pdf resume:1 --template modern resume.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where --export-pdf writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careerdesk: --export-pdf needs the FILE to write, e.g. --export-pdf resume:1 resume.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>careerdesk: --page-size is A4 or Letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverLetterBatch</name>
    <message>
        <source>Opportunity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverLetterGenerator</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your posting asks for %1; my experience covers each of them, as my resume shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work is driven by my interest in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role fits where I am heading: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover letter: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverLetterRepository</name>
    <message>
        <source>Cover letter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverLetterService</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a database file (it is a folder or a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CareerDesk (schema version %2; this program knows up to %3). It was left unchanged; open it with a newer CareerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CareerDesk database, or it is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; CareerDesk leaves it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schema version; it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the schema of %1 failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1 is looking for a %2 to join a small, experienced team.

You will design, build and ship features end to end, review code, and help shape how we work. We value clear writing, kind reviews and steady delivery.

What you bring: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Alex Morgan

alex.morgan@example.org · Berlin

## Experience

**Senior Software Engineer, Northwind Robotics** (2019–today)  
Built Qt and C++ desktop tools with CMake on Linux; introduced unit testing and CI/CD.

**Software Engineer, Helios Energy** (2015–2019)  
Wrote REST APIs in Go over PostgreSQL; ran services with Docker.

## Skills

C++, Qt, QML, CMake, Linux, Go, PostgreSQL, SQL, Python, Docker

## Education

MSc Computer Science, TU Berlin
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt desktop focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter: Sam Lee. Prefers email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land a senior Qt role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the Rust course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet two people in the industry each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach €85,000 base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the AWS Solutions Architect certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update portfolio site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: it moves me toward the work I want to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwind Robotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with Cobalt Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send portfolio link to Lumen Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare system design interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Sam for a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you note after interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update LinkedIn headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What energised me at work this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing on the model/view refactor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about a time you disagreed with a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release freeze in 2022: I argued with data, then committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is one step toward my goal today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which skills did I grow this month?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rust basics and interviewing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>&quot;%1&quot; names no document; write resume:ID or cover-letter:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid id after the colon; write resume:ID or cover-letter:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document template is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx);;OpenDocument Text (*.odt);;Web page (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenDocument writer failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is larger than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>Cannot create the Word document (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 into the Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the Word document (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freelance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumStrings</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationTemplate</name>
    <message>
        <source>The generation template %1 is larger than 256 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the generation template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation template %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>Goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalService</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date %1 is outside 1900–2200</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestRepository</name>
    <message>
        <source>Interest %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroEmailGenerator</name>
    <message>
        <source>The generation template %1 must start with a &quot;Subject:&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroEmailRepository</name>
    <message>
        <source>Intro email %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroEmailService</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityManagementService</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opportunity is already in your pipeline (application %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resume you applied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityRepository</name>
    <message>
        <source>Opportunity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderText</name>
    <message>
        <source>%1 uses the unknown placeholder {{%2}}; known are: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptAnswerRepository</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptRepository</name>
    <message>
        <source>Prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptService</name>
    <message>
        <source>Prompt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>the column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds a value CareerDesk cannot read (table %1, row %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The database did not return the new row&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeRepository</name>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowArchive</name>
    <message>
        <source>Row %1 of %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The references of %1 %2 are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalaryRange</name>
    <message>
        <source>Salary amounts cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary minimum (%1) is greater than maximum (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (three capital letters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The database could not prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserOpportunityRepository</name>
    <message>
        <source>Application %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::ActionItemModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::ApplicationModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application for “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::AreaTab</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::CoverLetterModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover letter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::DashboardTab</name>
    <message>
        <source>Applications by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts due for reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active postings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::EntityTableModelBase</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::GoalModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::InterestModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::IntroEmailModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intro email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::MainWindow</name>
    <message>
        <source>CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intro Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer Prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CareerDesk&lt;/b&gt; %1&lt;br&gt;Your career search, in one place, on your machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action items: %1 · Prompts due: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every opportunity is already in your pipeline. Add a posting in the Opportunities tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the demo data to the data you already have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper by locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b, the archival PDF some application portals ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Mail Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new message in your mail program; mark the email as sent once it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the email or save it as .eml instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resume first: cover letters are written from your default resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing cover letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 cover letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 cover letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cover letters could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareerDesk cannot write %1 files; choose PDF, DOCX, ODT, HTML or MD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Cover Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::OpportunityModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::OpportunitySearchService</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting expires (%1) before it was posted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source link &quot;%1&quot; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search returns 1 to %1 results at a time, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search cannot start at a negative position (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum salary is greater than the maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an email address, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::PromptAnswerModel</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::PromptModel</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::ResumeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 as default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Your Name

## Experience

## Education

## Skills
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::SalaryRangeEdit</name>
    <message>
        <source>The posting states a salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::UserModel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::UserService</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the email %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no user yet; give one with --user EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has several users; choose one with --user EMAIL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careerdesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person whose career search you follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CareerDesk. Who is this career search for? (You can add more people later, under File › Users.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
