#include "secretstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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
    const QString path = SecretStore::filePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

// Whether the desktop's secret service answers: asked once, with a read that changes nothing.
bool keyringAnswers()
{
    static std::optional<bool> answers;
    if (!answers) {
        if (qEnvironmentVariable("IOC_SECRETS") == QLatin1String("file")) {
            answers = false;
        } else {
            QKeychain::ReadPasswordJob probe(kService);
            probe.setKey(QStringLiteral("probe"));
            answers = finish(probe);
        }
    }
    return *answers;
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
    if (where() == Where::Keyring) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(name);
        if (finish(job) && job.error() == QKeychain::NoError)
            return job.textData();
    }
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
