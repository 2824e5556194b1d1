#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ioc {

// Acknowledging an alert: who (kept in the settings) and a note, both required.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    AcknowledgeDialog(const QString &alertText, const QString &operatorName,
                      QWidget *parent = nullptr);
    QString operatorName() const;
    QString note() const;
    void setNote(const QString &note);

private:
    void updateOk();

    QLineEdit *m_name;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
};

} // namespace ioc
