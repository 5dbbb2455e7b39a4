#include "documents/EmailMessage.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace careerdesk;

namespace {

// Decodes RFC 2047 B-encoded words, the way a mail reader does.
QString decodeHeader(QByteArray value)
{
    value.replace("\r\n ", "");
    value.replace("\r", "");
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray decoded;
    QString text = QString::fromLatin1(value);
    qsizetype from = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += text.mid(from, match.capturedStart() - from).toLatin1();
        decoded += QByteArray::fromBase64(match.captured(1).toLatin1());
        from = match.capturedEnd();
    }
    decoded += text.mid(from).toLatin1();
    return QString::fromUtf8(decoded);
}

QByteArray decodeQuotedPrintable(QByteArray body)
{
    body.replace("=\r\n", "");
    QByteArray decoded;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '=' && i + 2 < body.size()) {
            decoded += char(body.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            decoded += body.at(i);
        }
    }
    return decoded;
}

QByteArray header(const QByteArray& message, const QByteArray& name)
{
    const QList<QByteArray> lines = message.left(message.indexOf("\r\n\r\n")).split('\n');
    const QByteArray prefix = name + QByteArray(": ");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(prefix))
            continue;
        QByteArray value = lines.at(i).mid(prefix.size());
        // Folded headers go on in lines that start with a space.
        while (i + 1 < lines.size() && lines.at(i + 1).startsWith(' '))
            value += "\n" + lines.at(++i);
        return value.trimmed();
    }
    return {};
}

IntroEmail sample()
{
    IntroEmail email;
    email.recipient = QStringLiteral("jo@example.org");
    email.subject =
        QStringLiteral("Merci pour l’entretien — Zürich 🚀, a long subject that needs folding over words");
    email.content = QStringLiteral("Hallo Jo,\n\nDanke für das Gespräch = schön.\nA line that is very long "
                                   "%1\n\nBeste Grüße\nAna")
                        .arg(QString(120, QLatin1Char('x')));
    return email;
}

User sampleSender()
{
    User user;
    user.firstName = QStringLiteral("Ana");
    user.lastName = QStringLiteral("Lúcia \"AL\" Lima");
    user.email = QStringLiteral("ana@example.org");
    return user;
}

} // namespace

class TestEmailMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emlHasTheHeadersMailProgramsRead()
    {
        const QDateTime date(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
        const QByteArray eml = EmailMessage::toEml(sample(), sampleSender(), date);
        QCOMPARE(decodeHeader(header(eml, "Subject")), sample().subject);
        QCOMPARE(decodeHeader(header(eml, "From")),
                 QStringLiteral("Ana Lúcia \"AL\" Lima <ana@example.org>"));
        QCOMPARE(header(eml, "To"), QByteArray("jo@example.org"));
        QCOMPARE(header(eml, "MIME-Version"), QByteArray("1.0"));
        QCOMPARE(header(eml, "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        const QDateTime parsed =
            QDateTime::fromString(QString::fromLatin1(header(eml, "Date")), Qt::RFC2822Date);
        QCOMPARE(parsed.toUTC(), date);
    }

    void emlLinesEndInCrLfAndStayShort()
    {
        const QByteArray eml = EmailMessage::toEml(sample(), sampleSender(), QDateTime::currentDateTimeUtc());
        for (qsizetype i = 0; i < eml.size(); ++i) {
            if (eml.at(i) == '\n')
                QVERIFY2(i > 0 && eml.at(i - 1) == '\r', "a bare LF");
        }
        for (const QByteArray& line : eml.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        for (char c : eml)
            QVERIFY(static_cast<unsigned char>(c) < 128); // 7-bit clean on the wire
    }

    void bodyRoundTrips()
    {
        const QByteArray eml = EmailMessage::toEml(sample(), sampleSender(), QDateTime::currentDateTimeUtc());
        const QByteArray body = eml.mid(eml.indexOf("\r\n\r\n") + 4);
        QString expected = sample().content;
        expected.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(body)).trimmed(), expected.trimmed());
    }

    void headerInjectionIsImpossible()
    {
        IntroEmail email = sample();
        email.subject = QStringLiteral("Hi\r\nBcc: victim@example.org");
        const QByteArray eml = EmailMessage::toEml(email, sampleSender(), QDateTime::currentDateTimeUtc());
        QVERIFY(!eml.contains("\r\nBcc:"));
    }

    void mailtoRoundTrips()
    {
        const IntroEmail email = sample();
        const QUrl url = EmailMessage::toMailto(email);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), email.recipient);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), email.subject);
        QString body = email.content;
        body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded), body);
        QVERIFY(url.toEncoded().contains("%0D%0A"));
        // '&' and '=' in the text do not end the field.
        IntroEmail tricky = email;
        tricky.subject = QStringLiteral("Q&A = fun?");
        QCOMPARE(QUrlQuery(EmailMessage::toMailto(tricky))
                     .queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 tricky.subject);
    }
};

QTEST_GUILESS_MAIN(TestEmailMessage)
#include "TestEmailMessage.moc"
