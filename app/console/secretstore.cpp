#include "secretstore.h"

#include "savefile.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>

namespace ioc {

namespace {

const QString kService = QStringLiteral("HaiPhongIOC ioc-console");
constexpr int kKeyringTimeoutMs = 5000;

// Runs a keychain job to its end (the desktop answers over D-Bus); false when it failed or
// did not answer in time.
bool finish(QKeychain::Job &job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeyringTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!done)
        loop.exec();
    return done && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound);
}

QJsonObject readFile()
{
    QFile f(SecretStore::filePath());
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeFile(const QJsonObject &all, QString *error)
{
    return saveWhole(SecretStore::filePath(), QJsonDocument(all).toJson(QJsonDocument::Indented),
                     error, FileAccess::OwnerOnly);
}

// Whether the desktop's secret service answers, once known this run (IOC_SECRETS=file: no).
std::optional<bool> &answers()
{
    static std::optional<bool> known = qEnvironmentVariable("IOC_SECRETS") == QLatin1String("file")
                                           ? std::optional<bool>(false)
                                           : std::nullopt;
    return known;
}

// A read from the keyring, which also tells whether it answers (one round trip, not two).
bool readKeyring(const QString &name, QString *secret)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(name);
    const bool answered = finish(job);
    if (!answers())
        answers() = answered;
    if (answered && job.error() == QKeychain::NoError)
        *secret = job.textData();
    return answered;
}

bool keyringAnswers()
{
    if (!answers()) {
        QString ignored;
        readKeyring(QStringLiteral("probe"), &ignored); // changes nothing
    }
    return *answers();
}

} // namespace

SecretStore::Where SecretStore::where()
{
    return keyringAnswers() ? Where::Keyring : Where::File;
}

QString SecretStore::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("secrets.json"));
}

QString SecretStore::placeName()
{
    return where() == Where::Keyring ? tr("the desktop's keyring")
                                     : QDir::toNativeSeparators(filePath());
}

QString SecretStore::description()
{
    return where() == Where::Keyring
               ? tr("The access token is kept in the desktop's keyring.")
               : tr("This desktop has no keyring (secret service): the access token is kept in "
                    "%1, which only you can read.")
                     .arg(QDir::toNativeSeparators(filePath()));
}

QString SecretStore::read(const QString &name)
{
    QString secret;
    if (answers().value_or(true) && readKeyring(name, &secret) && !secret.isEmpty())
        return secret;
    // the file also holds what was stored while the desktop had no keyring
    return readFile().value(name).toString();
}

bool SecretStore::write(const QString &name, const QString &secret, QString *error)
{
    QJsonObject all = readFile();
    if (where() == Where::Keyring) {
        bool stored = false;
        if (secret.isEmpty()) {
            QKeychain::DeletePasswordJob job(kService);
            job.setKey(name);
            stored = finish(job);
        } else {
            QKeychain::WritePasswordJob job(kService);
            job.setKey(name);
            job.setTextData(secret);
            stored = finish(job);
        }
        if (stored) {
            // a copy the file kept from before is not left behind
            if (all.contains(name)) {
                all.remove(name);
                writeFile(all, error);
            }
            return true;
        }
    }
    if (secret.isEmpty())
        all.remove(name);
    else
        all.insert(name, secret);
    return writeFile(all, error);
}

} // namespace ioc
