#include "packsigning.h"

#include "savefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <sodium.h>

namespace ioc {

namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;
const QString kTrusted = QStringLiteral("trusted-keys");
const QString kRevoked = QStringLiteral("revoked-keys");
const QString kAlgorithm = QStringLiteral("Ed25519");

// What is signed: the manifest's hash, with the format's name so that a signature made for
// anything else never passes for a pack's.
QByteArray signedMessage(const QString &manifestHash)
{
    return "ioc-pack/1 manifest sha256 " + manifestHash.toLatin1();
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray readSmall(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return {};
    }
    if (f.size() > kMaxKeyFileBytes) {
        *error = TrustStore::tr("%1 is too large to be a key file")
                     .arg(QDir::toNativeSeparators(path));
        return {};
    }
    return f.readAll();
}

// A key's file in trusted-keys/ or revoked-keys/: "3f2a91c07b1e44d2.json".
QString keyFileName(const QString &fingerprint)
{
    return QString(fingerprint).remove(QLatin1Char(' ')).toLower() + QStringLiteral(".json");
}

QList<QByteArray> keysIn(const QString &dir, QList<PublicKey> *named = nullptr)
{
    QList<QByteArray> keys;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QString ignored;
        const QByteArray json = readSmall(d.filePath(name), &ignored);
        if (const auto key = PublicKey::fromJson(json, &ignored)) {
            keys << key->key;
            if (named)
                *named << *key;
        }
    }
    return keys;
}

} // namespace

QString PublicKey::fingerprint() const
{
    const QByteArray hex
        = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().toUpper().left(16);
    return QString::fromLatin1(hex.left(4) + ' ' + hex.mid(4, 4) + ' ' + hex.mid(8, 4) + ' '
                               + hex.mid(12, 4));
}

QByteArray PublicKey::toJson() const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("algorithm"), kAlgorithm},
                           {QStringLiteral("publisher"), publisher},
                           {QStringLiteral("public_key"), QString::fromLatin1(key.toBase64())},
                           {QStringLiteral("fingerprint"), fingerprint()}})
        .toJson(QJsonDocument::Indented);
}

std::optional<PublicKey> PublicKey::fromJson(const QByteArray &json, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    PublicKey k;
    k.publisher = o.value(QStringLiteral("publisher")).toString().trimmed();
    k.key = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1(),
                                   QByteArray::AbortOnBase64DecodingErrors);
    if (o.value(QStringLiteral("algorithm")).toString() != kAlgorithm || !k.isValid()) {
        *error = TrustStore::tr("it is not a publisher's public key (Ed25519, with a name)");
        return std::nullopt;
    }
    return k;
}

std::optional<PublicKey> PublicKey::readFile(const QString &path, QString *error)
{
    const QByteArray json = readSmall(path, error); // a key file is small
    if (json.isEmpty() && !error->isEmpty())
        return std::nullopt;
    auto key = PublicKey::fromJson(json, error);
    if (!key)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), *error);
    return key;
}

SigningKey SigningKey::generate(const QString &publisher)
{
    SigningKey k;
    if (!sodiumReady())
        return k;
    k.publicKey.publisher = publisher.trimmed();
    k.publicKey.key.resize(crypto_sign_PUBLICKEYBYTES);
    k.secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.key.data()),
                        reinterpret_cast<unsigned char *>(k.secret.data()));
    return k;
}

QString SigningKey::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("signing-key.json"));
}

std::optional<SigningKey> SigningKey::load(const QString &path, QString *error)
{
    if (!QFile::exists(path))
        return std::nullopt;
    const QByteArray json = readSmall(path, error);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    SigningKey k;
    const auto pub = PublicKey::fromJson(json, error);
    if (pub)
        k.publicKey = *pub;
    if (o.contains(QStringLiteral("secret_key")))
        k.secret
            = QByteArray::fromBase64(o.value(QStringLiteral("secret_key")).toString().toLatin1(),
                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!k.publicKey.isValid() || (!k.secret.isEmpty() && !k.hasSecret(k.secret))) {
        *error = PackSigning::tr("%1 is not a signing key of the console.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return k;
}

bool SigningKey::savePublicHalf(const QString &path, QString *error) const
{
    return saveWhole(path, publicKey.toJson(), error, FileAccess::OwnerOnly);
}

QString PackSeal::text() const
{
    switch (state) {
    case State::Trusted:
        return tr("Verified: %1, %2").arg(publisher, fingerprint);
    case State::Unknown:
        return tr("Not verified: signed by an unknown key (%1, %2)").arg(publisher, fingerprint);
    case State::Revoked:
        return tr("Not verified: signed by a revoked key (%1, %2)").arg(publisher, fingerprint);
    case State::Unsigned:
        break;
    }
    return tr("Not verified: unsigned");
}

TrustStore TrustStore::load()
{
    TrustStore store;
    // the user's directory first: a name given there wins over the system's
    QStringList dirs{userDirectory()};
    for (const QString &d : QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation))
        if (!dirs.contains(d))
            dirs << d;
    for (const QString &d : std::as_const(dirs)) {
        const qsizetype before = store.m_trusted.size();
        keysIn(QDir(d).filePath(kTrusted), &store.m_trusted);
        store.m_revoked << keysIn(QDir(d).filePath(kRevoked));
        if (d != dirs.first()) {
            for (qsizetype i = before; i < store.m_trusted.size(); ++i)
                store.m_systemWide << store.m_trusted.at(i).key;
        }
    }
    return store;
}

QString TrustStore::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

const PublicKey *TrustStore::find(const QByteArray &key) const
{
    for (const PublicKey &k : m_trusted)
        if (k.key == key)
            return &k;
    return nullptr;
}

bool TrustStore::isRevoked(const QByteArray &key) const
{
    return m_revoked.contains(key);
}

bool TrustStore::trust(const PublicKey &key, QString *error)
{
    const QDir dir(QDir(userDirectory()).filePath(kTrusted));
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("cannot create %1").arg(QDir::toNativeSeparators(dir.path()));
        return false;
    }
    const QString file = keyFileName(key.fingerprint());
    if (!saveWhole(dir.filePath(file), key.toJson(), error))
        return false;
    // trusting a key again takes it off the user's revoked keys
    QFile::remove(QDir(QDir(userDirectory()).filePath(kRevoked)).filePath(file));
    return true;
}

bool TrustStore::revoke(const QString &fingerprint, QString *error)
{
    const QString file = keyFileName(fingerprint);
    const QDir trusted(QDir(userDirectory()).filePath(kTrusted));
    const QDir revoked(QDir(userDirectory()).filePath(kRevoked));
    if (!trusted.exists(file)) {
        *error = tr("no trusted key has the fingerprint %1").arg(fingerprint);
        return false;
    }
    revoked.mkpath(QStringLiteral("."));
    QFile::remove(revoked.filePath(file));
    if (!QFile::rename(trusted.filePath(file), revoked.filePath(file))) {
        *error = tr("cannot move %1 to %2").arg(trusted.filePath(file), revoked.path());
        return false;
    }
    return true;
}

const QString PackSigning::kPart = QStringLiteral("signature.json");

QByteArray PackSigning::sign(const QString &manifestHash, const SigningKey &key)
{
    if (!sodiumReady() || !key.isValid())
        return {};
    const QByteArray message = signedMessage(manifestHash);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(key.secret.constData()));
    QJsonObject o = QJsonDocument::fromJson(key.publicKey.toJson()).object();
    o.insert(QStringLiteral("manifest_sha256"), manifestHash);
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<PackSeal> PackSigning::verify(const QString &manifestHash,
                                            const std::optional<QByteArray> &signaturePart,
                                            const TrustStore &trust, QString *error)
{
    PackSeal seal;
    if (!signaturePart)
        return seal;
    const auto claimed = PublicKey::fromJson(*signaturePart, error);
    const QJsonObject o = QJsonDocument::fromJson(*signaturePart).object();
    const QByteArray signature
        = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1(),
                                 QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray message = signedMessage(manifestHash);
    if (!claimed || signature.size() != crypto_sign_BYTES || !sodiumReady()
        || o.value(QStringLiteral("manifest_sha256")).toString() != manifestHash
        || crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(claimed->key.constData()))
               != 0) {
        *error = tr("its signature does not match its manifest: it was changed after it was "
                    "signed, or the signature is not one of this pack");
        return std::nullopt;
    }
    seal.fingerprint = claimed->fingerprint();
    seal.publisher = claimed->publisher;
    if (trust.isRevoked(claimed->key)) {
        seal.state = PackSeal::State::Revoked;
    } else if (const PublicKey *known = trust.find(claimed->key)) {
        seal.state = PackSeal::State::Trusted;
        seal.publisher = known->publisher;
    } else {
        seal.state = PackSeal::State::Unknown;
    }
    return seal;
}

} // namespace ioc
