#pragma once

#include "indicator.h"
#include "status.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace ioc {

struct Figure;

// What is printed beside a status: the comparison the status judged, in words, with the
// judged metric as printed (rounded so that it never reads on the other side of its threshold).
struct Comparison
{
    QString text;                  // "giảm 33% so với cùng kỳ", "đạt 97,7% kế hoạch"
    std::optional<double> shown;   // the judged metric as printed
    std::optional<double> against; // what the rule compared it with, in the same terms
    CompareOp op = CompareOp::Less;
    bool judged = false; // shown/against/op state the judged clause
};

// Numbers, units, dates and statuses as the reader expects them: vi-VN by default
// ("56.363 tỷ đồng", "10,87%", "20/04/2026"), en-GB for English.
// What the tiles compare a figure with beside the comparison its status was judged on (the
// "so sánh với" choice): every change (the default), or one base.
enum class CompareWith { Everything, Previous, LastYear, Plan };

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
    // What stands where a figure has none: "Không có số liệu cho địa bàn này" for an indicator
    // a place filter's level does not report (ScreenData::notAtPlace), "no reading kept" for a
    // real-time one, else "Không có dữ liệu". The tile, the wall and paper say the same.
    QString noFigureText(const Indicator &ind, bool notAtPlace) const;
    // the word of a status for a kind of indicator: Bình thường / Cảnh báo / Nguy hiểm for
    // sensors, "Chưa có số liệu so sánh" for a change with nothing to compare with, nothing for
    // an informational row
    QString statusWord(Status s, StatusKind kind) const;
    // the same for an indicator of the catalog (an unknown one: the plan words)
    QString statusWord(Status s, const Indicator *ind) const
    {
        return statusWord(s, ind ? ind->statusKind : StatusKind::PlanHigher);
    }
    // the word a figure's status is shown with: "Stale, 3 days" or the status's own word
    QString statusText(const StatusResult &r) const
    {
        return r.stale ? staleText(r.ageSeconds) : statusWord(r.effective(), r.kind);
    }
    // what is printed beside the status (rules.md, "What the console says beside a status")
    Comparison comparison(const Figure &f) const;
    QString comparisonText(const Figure &f) const;
    // where a figure comes from, in the language shown: "Dữ liệu mẫu – Báo cáo Excel hằng tháng …",
    // "Nhập báo cáo – bao-cao-thang-4.xlsx"
    QString sourceText(const Figure &f) const;
    QString sourceText(const Indicator *ind, const QString &kind, const QString &ref) const;
    // the status word and the comparison together: "Cảnh báo · thấp hơn kế hoạch 1 điểm %"
    QString verdictText(const Figure &f) const;
    // Everything a figure's tooltip says, one fact a line: the indicator (and its place), the
    // value with its unit and the plan, the period, the comparison the status judged, the day
    // the data runs to and the source. For table cells, bars and stations alike.
    QString figureTip(const Figure &f, const QString &placeName = QString()) const;
    // a status rule in words: "giá trị < 0,5 × bình quân thành phố hoặc giá trị = 0"
    QString ruleText(const Rule &rule, const Indicator &ind) const;
    QString staleText(qint64 ageSeconds) const;
    // how long ago something was seen: "vừa xong", "12 giây trước", "4 phút trước" …
    QString ageText(qint64 ageSeconds) const;
    QString frequencyText(Frequency f) const;

private:
    QString m_lang;
    QLocale m_locale;
};

// A number for a file (CSV, xlsx): rounded to the decimals it is shown with, in the C locale,
// without trailing zeros or a "-0" ("1234.5", never "-0.100000000000001"); empty for nothing.
QString plainNumber(const std::optional<double> &v, int decimals);

// Lower case, without Vietnamese diacritics, single spaces: "Mã chỉ tiêu" -> "ma chi tieu".
// For matching what people type (report headers, indicator search) with or without accents.
QString foldText(const QString &text);

} // namespace ioc
