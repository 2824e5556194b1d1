#pragma once

#include "screens.h"

#include <QTreeWidget>

namespace ioc {

// The navigation of a window: the screens by group, with the administrative map, the traffic
// cameras and the data readiness by department in the first group. Choosing an entry asks for it
// (chosen); select() marks one without asking. It names its entries again by itself on a language
// change.
class ScreenNav : public QTreeWidget
{
    Q_OBJECT
public:
    ScreenNav(const QVector<ScreenDefinition> &screens, const QString &mapCode,
              const QString &camerasCode, const QString &readinessCode, QWidget *parent = nullptr);

    void setLanguage(const QString &lang); // of the screens' titles ("vi", "en")
    void select(const QString &code);      // without chosen()
    QString selected() const;

signals:
    void chosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QVector<ScreenDefinition> m_screens;
    QString m_mapCode;
    QString m_camerasCode;
    QString m_readinessCode;
    QString m_lang = QStringLiteral("vi");
};

} // namespace ioc
