#include "AboutDialog.h"

#include "Icons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace careerdesk {

AboutDialog::AboutDialog(const QString& databaseLocation, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About CareerDesk"));
    const QString location = QDir::toNativeSeparators(databaseLocation);
    const QString html =
        tr("<h2>CareerDesk %1</h2>"
           "<p>Your career search, in one place, on your machine.</p>"
           "<p>Free software under the GNU General Public License, version 3 or any later version "
           "(<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GPL-3.0-or-later</a>). Icons from the "
           "Tango icon library, in the public domain.</p>"
           "<p><b>Database:</b> %2</p>"
           "<p><b>Qt:</b> %3 (built with %4)</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), location.toHtmlEscaped(),
                 QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    m_text = QTextDocumentFragment::fromHtml(html).toPlainText();
    auto* label = new QLabel(html, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setMinimumWidth(420);
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::named(QStringLiteral("help-about")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace careerdesk
