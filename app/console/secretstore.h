#pragma once

#include <QCoreApplication>
#include <QString>

namespace ioc {

// Where the console keeps its secrets (issue 18): the desktop's secret service (qtkeychain:
// GNOME Keyring, KWallet); where there is none — a bare machine, a kiosk, CI — a file in the
// config directory readable by the user alone, and the data-source dialog says so. Never in
// the settings file, logs, caches or packs. IOC_SECRETS=file uses the file without asking the
// desktop (tests, kiosks).
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(ioc::SecretStore)
public:
    enum class Where { Keyring, File };

    // The secret under that name, or empty.
    static QString read(const QString &name);
    // Stores it (an empty secret removes it); false and why when neither place takes it.
    static bool write(const QString &name, const QString &secret, QString *error);
    // Where secrets go on this machine (asked of the desktop once per run).
    static Where where();
    static QString filePath();
    // "the desktop's keyring" or the file's path: where a secret just written went.
    static QString placeName();
    // "the desktop's keyring" or "the file …, readable by you alone": for the dialog.
    static QString description();
};

} // namespace ioc
