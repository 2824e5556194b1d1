#include "publisherkeysdialog.h"

#include "packsigning.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ioc {

namespace {

enum Column { ColPublisher, ColFingerprint, ColWhere };

} // namespace

PublisherKeysDialog::PublisherKeysDialog(QWidget *parent)
    : QDialog(parent)
    , m_keys(new QTreeWidget)
    , m_stop(new QPushButton(tr("&Stop trusting")))
    , m_message(new QLabel)
{
    setWindowTitle(tr("Publishers' keys"));
    auto *intro = new QLabel(
        tr("Briefing packs signed with these keys open as \"Verified\". Trust a key only after "
           "comparing its fingerprint with the publisher, by phone or in person."));
    intro->setWordWrap(true);
    m_keys->setColumnCount(3);
    m_keys->setHeaderLabels({tr("Publisher"), tr("Fingerprint"), tr("Trusted by")});
    m_keys->setRootIsDecorated(false);
    m_keys->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto *add = new QPushButton(tr("&Trust a key from a file…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close")); // Qt has no Vietnamese
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &PublisherKeysDialog::chooseFile);
    connect(m_stop, &QPushButton::clicked, this, &PublisherKeysDialog::stopTrusting);
    connect(m_keys, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QTreeWidgetItem *item = m_keys->currentItem();
        m_stop->setEnabled(item && item->data(ColWhere, Qt::UserRole).toBool());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keys);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 360);
    refresh();
}

void PublisherKeysDialog::refresh()
{
    m_keys->clear();
    const TrustStore store = TrustStore::load();
    QString ignored;
    const std::optional<SigningKey> own = SigningKey::load(SigningKey::defaultPath(), &ignored);
    for (const PublicKey &key : store.trusted()) {
        if (store.isRevoked(key.key))
            continue; // a revocation wins: such a key verifies nothing
        const bool mine = !store.isSystemWide(key.key);
        const QString where = own && own->publicKey.key == key.key ? tr("you (this console's key)")
                              : mine                               ? tr("you")
                                                                   : tr("this computer, for all");
        auto *item = new QTreeWidgetItem(m_keys, {key.publisher, key.fingerprint(), where});
        item->setData(ColWhere, Qt::UserRole, mine);
        item->setFont(ColFingerprint, QFont(QStringLiteral("monospace")));
    }
    m_stop->setEnabled(false);
}

void PublisherKeysDialog::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString PublisherKeysDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PublisherKeysDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Trust a publisher's key"),
                                                      QString(), tr("Public keys (*.json)"),
                                                      nullptr, QFileDialog::DontUseNativeDialog);
    if (!file.isEmpty())
        trustFile(file);
}

bool PublisherKeysDialog::trustFile(const QString &path)
{
    QString error;
    const std::optional<PublicKey> key = PublicKey::readFile(path, &error);
    if (!key) {
        say(tr("Nothing was trusted: %1").arg(error), true);
        return false;
    }
    const TrustStore store = TrustStore::load();
    if (store.find(key->key) && !store.isRevoked(key->key)) {
        say(tr("The key of %1 (%2) is trusted already.").arg(key->publisher, key->fingerprint()),
            false);
        return false;
    }
    QMessageBox ask(QMessageBox::Question, tr("Trust a publisher's key"),
                    tr("<p>Trust briefing packs signed by <b>%1</b>?</p>"
                       "<p>Fingerprint:</p><p style=\"font-size:x-large\"><tt>%2</tt></p>"
                       "<p>Compare it with the fingerprint the publisher gives you, by phone or in "
                       "person: a key file that came by e-mail or on a USB stick can be "
                       "anyone's.</p>")
                        .arg(key->publisher.toHtmlEscaped(), key->fingerprint()),
                    QMessageBox::NoButton, this);
    ask.setTextFormat(Qt::RichText);
    QPushButton *yes = ask.addButton(tr("Trust"), QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(tr("Cancel"), QMessageBox::RejectRole));
    ask.exec();
    if (ask.clickedButton() != yes) {
        say({}, false);
        return false;
    }
    if (!TrustStore::trust(*key, &error)) {
        say(tr("Nothing was trusted: %1").arg(error), true);
        return false;
    }
    refresh();
    say(tr("Trusted: %1, fingerprint %2.").arg(key->publisher, key->fingerprint()), false);
    return true;
}

bool PublisherKeysDialog::stopTrusting()
{
    const QTreeWidgetItem *item = m_keys->currentItem();
    if (!item || !item->data(ColWhere, Qt::UserRole).toBool())
        return false;
    const QString publisher = item->text(ColPublisher);
    const QString fingerprint = item->text(ColFingerprint);
    QMessageBox ask(QMessageBox::Warning, tr("Stop trusting a key"),
                    tr("Stop trusting the key of %1 (%2)? Packs it signed will open as \"Not "
                       "verified: signed by a revoked key\".")
                        .arg(publisher, fingerprint),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("Stop trusting"), QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(tr("Cancel"), QMessageBox::RejectRole));
    ask.exec();
    if (ask.clickedButton() != yes)
        return false;
    QString error;
    if (!TrustStore::revoke(fingerprint, &error)) {
        say(error, true);
        return false;
    }
    refresh();
    say(tr("No longer trusted: %1, fingerprint %2.").arg(publisher, fingerprint), false);
    return true;
}

} // namespace ioc
