#include "datasourcedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ioc {

DataSourceDialog::DataSourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_demo(new QRadioButton(tr("Demo data built into the console")))
    , m_useServer(new QRadioButton(tr("An IOC Data API server")))
    , m_url(new QLineEdit)
    , m_token(new QLineEdit)
    , m_offline(new QCheckBox(tr("Work offline: show the cached figures, do not sync")))
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Data source"));
    m_url->setPlaceholderText(QStringLiteral("https://ioc.haiphong.gov.vn"));
    m_token->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server address"), m_url);
    form->addRow(tr("Access token"), m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(m_useServer);
    layout->addLayout(form);
    layout->addWidget(m_offline);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // Qt ships no Vietnamese for its own buttons: name them here
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : {m_demo, m_useServer})
        connect(b, &QRadioButton::toggled, this, &DataSourceDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &DataSourceDialog::validate);
    m_demo->setChecked(true);
    validate();
}

void DataSourceDialog::setSource(const QUrl &server, const QString &token, bool offline)
{
    (server.isEmpty() ? m_demo : m_useServer)->setChecked(true);
    m_url->setText(server.toString());
    m_token->setText(token);
    m_offline->setChecked(offline);
    validate();
}

QUrl DataSourceDialog::server() const
{
    if (m_demo->isChecked())
        return {};
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QString DataSourceDialog::token() const
{
    return m_demo->isChecked() ? QString() : m_token->text();
}

bool DataSourceDialog::offline() const
{
    return m_offline->isChecked();
}

QString DataSourceDialog::problem() const
{
    if (m_demo->isChecked())
        return {};
    const QUrl url = server();
    if (m_url->text().trimmed().isEmpty())
        return tr("Enter the server's address.");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("The address must start with https:// (or http:// on this computer).");
    return {};
}

void DataSourceDialog::validate()
{
    const bool server = m_useServer->isChecked();
    m_url->setEnabled(server);
    m_token->setEnabled(server);
    const QString why = problem();
    QString text = why;
    const QUrl url = this->server();
    if (why.isEmpty() && server && url.scheme() == QLatin1String("http")
        && !QHostAddress(url.host()).isLoopback() && url.host() != QLatin1String("localhost"))
        text = tr("Warning: without https the access token travels unencrypted.");
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace ioc
