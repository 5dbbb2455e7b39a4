#include "EmailMessage.h"

namespace careerdesk {

namespace {

bool isPlainAscii(const QString& value)
{
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Header values never carry line breaks of their own: those would start new headers.
QString singleLine(const QString& value)
{
    QString line = value;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

QString withCrLf(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalised.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return normalised;
}

} // namespace

QByteArray EmailMessage::encodeHeader(const QString& value)
{
    const QString line = singleLine(value);
    if (isPlainAscii(line))
        return line.toLatin1();
    // Encoded-words of at most 75 characters, split between whole characters.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < line.size(); ++i) {
        QString character(line.at(i));
        if (line.at(i).isHighSurrogate() && i + 1 < line.size())
            character += line.at(++i);
        const QByteArray bytes = character.toUtf8();
        if ((chunk.size() + bytes.size() + 2) / 3 * 4 > 48) { // 60-character words fit after "Subject: "
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray EmailMessage::mailbox(const QString& displayName, const QString& address)
{
    const QString name = singleLine(displayName).trimmed();
    if (name.isEmpty())
        return singleLine(address).toLatin1();
    QByteArray phrase;
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        phrase = '"' + quoted.toLatin1() + '"';
    } else {
        phrase = encodeHeader(name);
    }
    return phrase + " <" + singleLine(address).toLatin1() + '>';
}

QByteArray EmailMessage::quotedPrintable(const QByteArray& utf8)
{
    QByteArray encoded;
    int lineLength = 0;
    auto append = [&](const QByteArray& piece) {
        if (lineLength + piece.size() > 75) { // soft line break keeps lines under 76 characters
            encoded += "=\r\n";
            lineLength = 0;
        }
        encoded += piece;
        lineLength += int(piece.size());
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '\r' && i + 1 < utf8.size() && utf8.at(i + 1) == '\n') {
            encoded += "\r\n";
            lineLength = 0;
            ++i;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        const bool atLineEnd = i + 1 >= utf8.size() || utf8.at(i + 1) == '\r';
        const bool literal =
            (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !atLineEnd);
        append(literal ? QByteArray(1, c)
                       : "=" + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0'));
    }
    return encoded;
}

QByteArray EmailMessage::toEml(const IntroEmail& email, const User& from, const QDateTime& date)
{
    // Qt writes RFC 2822 dates in English whatever the user's language, with the numeric offset.
    const QString offsetDate =
        date.toOffsetFromUtc(date.toLocalTime().offsetFromUtc()).toString(Qt::RFC2822Date);
    QByteArray message;
    message += "From: " + mailbox(from.displayName(), from.email) + "\r\n";
    if (!email.recipient.trimmed().isEmpty())
        message += "To: " + singleLine(email.recipient.trimmed()).toLatin1() + "\r\n";
    message += "Subject: " + encodeHeader(email.subject) + "\r\n";
    message += "Date: " + offsetDate.toLatin1() + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: quoted-printable\r\n";
    message += "X-Unsent: 1\r\n"; // mail programs open it as a draft to send
    message += "\r\n";
    message += quotedPrintable(withCrLf(email.content).toUtf8());
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

QUrl EmailMessage::toMailto(const IntroEmail& email)
{
    // RFC 6068: every value percent-encoded as UTF-8, line breaks as %0D%0A.
    QByteArray url = "mailto:" + QUrl::toPercentEncoding(singleLine(email.recipient.trimmed()), "@");
    url += "?subject=" + QUrl::toPercentEncoding(singleLine(email.subject));
    url += "&body=" + QUrl::toPercentEncoding(withCrLf(email.content));
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace careerdesk
