#pragma once

#include "packsigning.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ioc {

// The console's signing key (issue 18): its public half in signing-key.json of the config
// directory, its secret half in the SecretStore (the desktop's keyring, or secrets.json readable
// by the user alone where there is none). A key file an earlier version wrote with the secret in
// it is split at the first load: the secret moved, the file written again without it.
class SigningKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ioc::SigningKeyStore)
public:
    static QString path() { return SigningKey::defaultPath(); }
    // The key, or nullopt when this console has none; a problem is said (a key file whose
    // secret is missing or does not match, a keyring that refuses).
    static std::optional<SigningKey> load(QString *error);
    // Keeps a new key: the secret first, then the public half (false and why; nothing half kept).
    static bool save(const SigningKey &key, QString *error);
};

} // namespace ioc
