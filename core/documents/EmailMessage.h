#pragma once

#include "domain/IntroEmail.h"
#include "domain/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace careerdesk {

// An intro email as mail programs take it: an RFC 5322 message (.eml) or an RFC 6068 mailto: link.
class EmailMessage
{
public:
    static QByteArray toEml(const IntroEmail& email, const User& from, const QDateTime& date);
    static QUrl toMailto(const IntroEmail& email);

    // RFC 2047 encoded-words for a header value that is not plain ASCII; ASCII is kept as it is.
    static QByteArray encodeHeader(const QString& value);
    static QByteArray quotedPrintable(const QByteArray& utf8);
    static QByteArray mailbox(const QString& displayName, const QString& address);
};

} // namespace careerdesk
