#pragma once

#include "indicator.h"
#include "status.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace ioc {

// Numbers, units, dates and statuses as the reader expects them: vi-VN by default
// ("56.363 tỷ đồng", "10,87%", "20/04/2026"), en-GB for English.
class Formatter
{
    Q_DECLARE_TR_FUNCTIONS(ioc::Formatter)
public:
    explicit Formatter(const QString &lang = QStringLiteral("vi"));

    QString lang() const { return m_lang; }
    const QLocale &locale() const { return m_locale; }

    // Up to maxDecimals, without trailing zeros; never scientific notation.
    QString number(double v, int maxDecimals) const;
    QString unitLabel(Unit u) const;
    // "56.363 tỷ đồng"; compact scales very large amounts ("128,96 triệu m²").
    QString value(const Indicator &ind, double v, bool compact = false) const;
    QString valueOnly(const Indicator &ind, double v, bool compact = false) const;
    QString percent(double v, int decimals = 1) const;
    QString signedChange(double v, bool points) const;
    QString date(const QDate &d) const;
    QString dateTime(const QDateTime &dt) const;
    QString time(const QDateTime &dt) const; // "14:05", city time
    QString periodLabel(const QString &periodKey) const;
    QString shortMonth(int month) const; // "T4" / "Apr", for chart axes
    QString statusText(Status s) const;
    // the word a figure's status is shown with: "Stale, 3 days" or the status's own word
    QString statusText(const StatusResult &r) const
    {
        return r.stale ? staleText(r.ageSeconds) : statusText(r.effective());
    }
    // a status rule in words: "giá trị < 0,5 × bình quân thành phố hoặc giá trị = 0"
    QString ruleText(const Rule &rule, const Indicator &ind) const;
    QString staleText(qint64 ageSeconds) const;
    QString frequencyText(Frequency f) const;

private:
    QString m_lang;
    QLocale m_locale;
};

// Lower case, without Vietnamese diacritics, single spaces: "Mã chỉ tiêu" -> "ma chi tieu".
// For matching what people type (report headers, indicator search) with or without accents.
QString foldText(const QString &text);

} // namespace ioc
