#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ioc {

// Who wrote a briefing pack (issue 18). A pack's manifest already carries the SHA-256 of every
// part and of itself, but anyone who edits a pack can recompute those; an Ed25519 signature
// over the manifest's hash (libsodium) says who made it. The console trusts publishers' public
// keys from its trust store; the secret key never leaves the machine that signs.

// A publisher's public key: 32 bytes of Ed25519 and the name it was trusted under.
struct PublicKey
{
    QString publisher;
    QByteArray key;

    bool isValid() const { return key.size() == 32 && !publisher.isEmpty(); }
    // "3F2A 91C0 7B1E 44D2": the first 64 bits of the key's SHA-256, for people to compare.
    QString fingerprint() const;
    QByteArray toJson() const;
    static std::optional<PublicKey> fromJson(const QByteArray &json, QString *error);
    // A key file (of --export-public-key): nullopt and why, naming the file, when it is not one.
    static std::optional<PublicKey> readFile(const QString &path, QString *error);
};

// The key a console signs its packs with (--new-signing-key NAME). Its public half is kept in a
// file of the config directory; its secret half where the console keeps secrets (the desktop's
// keyring: the console's SigningKeyStore), never in that file.
struct SigningKey
{
    PublicKey publicKey;
    QByteArray secret; // 64 bytes (libsodium's seed and public key)

    bool isValid() const { return publicKey.isValid() && hasSecret(secret); }
    // Whether these 64 bytes are the secret half of this key.
    bool hasSecret(const QByteArray &candidate) const
    {
        return publicKey.isValid() && candidate.size() == 64
               && candidate.right(32) == publicKey.key;
    }
    static SigningKey generate(const QString &publisher);
    static QString defaultPath();
    // The key file, or nullopt when there is none (a problem with a file that exists is said):
    // the public half, and the secret only if an earlier version wrote it there.
    static std::optional<SigningKey> load(const QString &path, QString *error);
    // Writes the public half (readable by the user alone all the same).
    bool savePublicHalf(const QString &path, QString *error) const;
};

// What the console can say about a pack's author.
struct PackSeal
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PackSeal)
public:
    enum class State { Unsigned, Trusted, Unknown, Revoked };
    State state = State::Unsigned;
    QString publisher; // from the trust store when trusted, else as the pack claims it
    QString fingerprint;

    bool trusted() const { return state == State::Trusted; }
    // "Đã xác thực: Trung tâm IOC, 3F2A 91C0 7B1E 44D2" or "Chưa xác thực (…)": for the window,
    // the wall's footer and every page.
    QString text() const;
};

// The publishers' keys this console trusts: its own store (the config directory) and the
// system's (a directory under /etc/xdg), each in "trusted-keys/"; a key under "revoked-keys/"
// in either is never trusted.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(ioc::TrustStore)
public:
    static TrustStore load();
    static QString userDirectory(); // where --trust-key writes
    QList<PublicKey> trusted() const { return m_trusted; }
    const PublicKey *find(const QByteArray &key) const;
    bool isRevoked(const QByteArray &key) const;
    // Trusted for every user of the machine (the system's directory), not only this one.
    bool isSystemWide(const QByteArray &key) const { return m_systemWide.contains(key); }
    // Adds the key to the user's store (a key file of --export-public-key); false and why.
    static bool trust(const PublicKey &key, QString *error);
    // Moves the user's trust of a key (by its fingerprint) to its revoked keys.
    static bool revoke(const QString &fingerprint, QString *error);

private:
    QList<PublicKey> m_trusted;
    QList<QByteArray> m_revoked;
    QList<QByteArray> m_systemWide;
};

class PackSigning
{
    Q_DECLARE_TR_FUNCTIONS(ioc::PackSigning)
public:
    static const QString kPart; // "signature.json"
    // The signature part for a pack whose manifest has this SHA-256.
    static QByteArray sign(const QString &manifestHash, const SigningKey &key);
    // The seal of a pack whose manifest (already checked) has this hash: nullopt with why when
    // the signature part is damaged or does not match (the pack is refused); Unsigned without
    // one.
    static std::optional<PackSeal> verify(const QString &manifestHash,
                                          const std::optional<QByteArray> &signaturePart,
                                          const TrustStore &trust, QString *error);
};

} // namespace ioc
