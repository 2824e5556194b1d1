#include "acknowledgedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ioc {

AcknowledgeDialog::AcknowledgeDialog(const QString &alertText, const QString &operatorName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(operatorName))
    , m_note(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox)
{
    setWindowTitle(tr("Acknowledge alert"));
    auto *alert = new QLabel(alertText);
    alert->setWordWrap(true);
    QFont bold = alert->font();
    bold.setBold(true);
    alert->setFont(bold);
    m_note->setPlaceholderText(
        tr("What was seen or done, e.g. \"Called the hospital; extra beds opened\""));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);
    auto *form = new QFormLayout(this);
    form->addRow(alert);
    form->addRow(tr("&Operator:"), m_name);
    form->addRow(tr("&Note:"), m_note);
    m_ok = m_buttons->addButton(tr("Acknowledge"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AcknowledgeDialog::updateOk);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::updateOk);
    (operatorName.isEmpty() ? static_cast<QWidget *>(m_name) : m_note)->setFocus();
    updateOk();
    resize(520, sizeHint().height());
}

QString AcknowledgeDialog::operatorName() const
{
    return m_name->text().trimmed();
}

QString AcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AcknowledgeDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void AcknowledgeDialog::updateOk()
{
    m_ok->setEnabled(!operatorName().isEmpty() && !note().isEmpty());
}

} // namespace ioc
