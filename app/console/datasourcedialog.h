#pragma once

#include "servertrust.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ioc {

// Chooses where the figures come from: the built-in demo data, or an IOC Data API server with
// its access token, optionally without syncing (offline); and how the console may talk to it:
// the city's certificate authority, plain HTTP allowed for this server only.
class DataSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DataSourceDialog(QWidget *parent = nullptr);

    void setSource(const QUrl &server, const QString &token, const ServerTrust &trust,
                   bool offline);
    QUrl server() const; // empty: the demo data
    QString token() const;
    ServerTrust trust() const;
    bool offline() const;
    // Trusts the certificate authorities in the file (after the person confirmed them, in the
    // window); the problem with the file, or empty.
    QString addAuthorities(const QString &file);
    // Why the entries cannot be used (empty when they can).
    QString problem() const;

private:
    void validate();
    void chooseAuthority();
    void showAuthorities();

    QRadioButton *m_demo;
    QRadioButton *m_useServer;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_authorities;
    QLabel *m_secrets;
    QPushButton *m_forget;
    QCheckBox *m_allowPlain;
    ServerTrust m_trust;
    QCheckBox *m_offline;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ioc
