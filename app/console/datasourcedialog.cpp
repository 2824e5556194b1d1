#include "datasourcedialog.h"

#include "secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QFormLayout>
#include <QHBoxLayout>
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
    , m_authorities(new QLabel)
    , m_secrets(new QLabel(SecretStore::description()))
    , m_forget(new QPushButton(tr("Forget")))
    , m_allowPlain(new QCheckBox(tr("Allow plain HTTP for this server (unencrypted: the figures "
                                    "can be read and changed on the way, and the access token is "
                                    "not sent)")))
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
    m_secrets->setWordWrap(true);
    form->addRow(QString(), m_secrets);
    auto *trust = new QPushButton(tr("Trust a certificate authority…"));
    auto *authorityRow = new QHBoxLayout;
    m_authorities->setWordWrap(true);
    m_authorities->setTextInteractionFlags(Qt::TextSelectableByMouse);
    authorityRow->addWidget(m_authorities, 1);
    authorityRow->addWidget(trust);
    authorityRow->addWidget(m_forget);
    form->addRow(tr("Certificate authority"), authorityRow);
    form->addRow(QString(), m_allowPlain);
    connect(trust, &QPushButton::clicked, this, &DataSourceDialog::chooseAuthority);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_trust.authorities.clear();
        showAuthorities();
    });
    connect(m_allowPlain, &QCheckBox::toggled, this, &DataSourceDialog::validate);
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
    showAuthorities();
    validate();
}

void DataSourceDialog::setSource(const QUrl &server, const QString &token, const ServerTrust &trust,
                                 bool offline)
{
    (server.isEmpty() ? m_demo : m_useServer)->setChecked(true);
    m_url->setText(server.toString());
    m_token->setText(token);
    m_trust = trust;
    m_allowPlain->setChecked(trust.plainHttpAllowed);
    m_offline->setChecked(offline);
    showAuthorities();
    validate();
}

ServerTrust DataSourceDialog::trust() const
{
    ServerTrust t = m_trust;
    t.plainHttpAllowed = m_useServer->isChecked() && m_allowPlain->isChecked();
    return t;
}

QString DataSourceDialog::addAuthorities(const QString &file)
{
    QString problem;
    m_trust.add(ServerTrust::readAuthorities(file, &problem));
    showAuthorities();
    return problem;
}

void DataSourceDialog::chooseAuthority()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Trust a certificate authority"), QString(),
        tr("Certificates (*.pem *.crt *.cer *.der)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (file.isEmpty())
        return;
    QString problem;
    const QList<QSslCertificate> found = ServerTrust::readAuthorities(file, &problem);
    if (found.isEmpty()) {
        m_message->setText(problem);
        m_message->setVisible(true);
        return;
    }
    QStringList names;
    for (const QSslCertificate &c : found)
        names << ServerTrust::describe(c);
    QMessageBox ask(QMessageBox::Question, tr("Trust a certificate authority"),
                    tr("Trust certificates issued by this authority, for every server?\n\n%1\n\n"
                       "Compare the SHA-256 fingerprint with the one the city's IT department "
                       "gave you before you trust it.")
                        .arg(names.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("Trust"), QMessageBox::AcceptRole);
    ask.addButton(tr("Cancel"), QMessageBox::RejectRole);
    ask.exec();
    if (ask.clickedButton() == yes) {
        m_trust.add(found);
        showAuthorities();
    }
}

void DataSourceDialog::showAuthorities()
{
    QStringList names;
    for (const QSslCertificate &c : std::as_const(m_trust.authorities))
        names << ServerTrust::describe(c);
    m_authorities->setText(names.isEmpty() ? tr("Only the system's")
                                           : names.join(QLatin1Char('\n')));
    m_forget->setEnabled(!names.isEmpty());
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
    return trust().refusal(url);
}

void DataSourceDialog::validate()
{
    const bool server = m_useServer->isChecked();
    m_url->setEnabled(server);
    m_token->setEnabled(server);
    // where the token is kept: said plainly when it is a file rather than the keyring
    m_secrets->setVisible(server && SecretStore::where() == SecretStore::Where::File);
    const QUrl url = this->server();
    m_allowPlain->setVisible(server && url.scheme() == QLatin1String("http")
                             && !ServerTrust::isLoopback(url));
    const QString why = problem();
    QString text = why;
    if (why.isEmpty() && server && !ServerTrust::sendsToken(url))
        text = tr("Warning: plain HTTP to %1. Anyone on the network can read and change the "
                  "figures on the way; the access token is not sent.")
                   .arg(url.host());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace ioc
