#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ioc {

// File → Publishers' keys: the keys whose briefing packs open as verified (the user's own trust
// store and the machine's), trusting one more from a key file (its publisher and fingerprint
// shown and confirmed first) and no longer trusting one of the user's.
class PublisherKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublisherKeysDialog(QWidget *parent = nullptr);

    // Reads the key file, shows its publisher and fingerprint and asks; true when it is trusted
    // now. A file that is not a key is said, and the trust store stays as it was.
    bool trustFile(const QString &path);
    // Moves the selected key of the user's store to its revoked keys, after asking.
    bool stopTrusting();
    QTreeWidget *keys() const { return m_keys; }
    QString message() const;

private:
    void refresh();
    void chooseFile();
    void say(const QString &text, bool problem);

    QTreeWidget *m_keys;
    QPushButton *m_stop;
    QLabel *m_message;
};

} // namespace ioc
