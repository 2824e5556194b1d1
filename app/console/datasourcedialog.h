#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ioc {

// Chooses where the figures come from: the built-in demo data, or an IOC Data API server with
// its access token, optionally without syncing (offline).
class DataSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DataSourceDialog(QWidget *parent = nullptr);

    void setSource(const QUrl &server, const QString &token, bool offline);
    QUrl server() const; // empty: the demo data
    QString token() const;
    bool offline() const;
    // Why the entries cannot be used (empty when they can).
    QString problem() const;

private:
    void validate();

    QRadioButton *m_demo;
    QRadioButton *m_useServer;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QCheckBox *m_offline;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ioc
