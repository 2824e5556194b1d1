#include "signingkeystore.h"

#include "secretstore.h"

#include <QDir>
#include <QFile>

namespace ioc {

namespace {

const QString kSecretName = QStringLiteral("signing-key");

} // namespace

std::optional<SigningKey> SigningKeyStore::load(QString *error)
{
    std::optional<SigningKey> key = SigningKey::load(path(), error);
    if (!key)
        return std::nullopt;
    if (!key->secret.isEmpty()) { // written by an earlier version: the secret moves out
        if (!SecretStore::write(kSecretName, QString::fromLatin1(key->secret.toBase64()), error)
            || !key->savePublicHalf(path(), error))
            return std::nullopt;
        return key;
    }
    key->secret = QByteArray::fromBase64(SecretStore::read(kSecretName).toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!key->hasSecret(key->secret)) {
        *error = tr("the secret half of the signing key %1 (%2) is not in the keyring or does not "
                    "match %3; make a new key with --new-signing-key NAME after removing that "
                    "file")
                     .arg(key->publicKey.fingerprint(), key->publicKey.publisher,
                          QDir::toNativeSeparators(path()));
        return std::nullopt;
    }
    return key;
}

bool SigningKeyStore::save(const SigningKey &key, QString *error)
{
    if (!SecretStore::write(kSecretName, QString::fromLatin1(key.secret.toBase64()), error))
        return false;
    if (key.savePublicHalf(path(), error))
        return true;
    QString ignored; // no secret is left without its key file
    SecretStore::write(kSecretName, {}, &ignored);
    return false;
}

} // namespace ioc
