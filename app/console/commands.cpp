#include "commands.h"
#include "alertjournal.h"

#include "briefingpack.h"
#include "cache.h"
#include "screens.h"
#include "catalog.h"
#include "csv.h"
#include "entity.h"
#include "figureexport.h"
#include "figures.h"
#include "geo.h"
#include "narrativeview.h"
#include "pdfexport.h"
#include "reportimport.h"
#include "signingkeystore.h"
#include "syncengine.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QElapsedTimer>

#include <QCoreApplication>

namespace ioc::commands {

namespace {
QString plain(double v)
{
    // machine-readable: shortest round-trip text, '.' as the decimal point, never exponent form
    QString s = QString::number(v, 'f', 6);
    while (s.contains(QLatin1Char('.'))
           && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ioc::commands", text, disambiguation, n);
}
} // namespace

int listIndicators(const Catalog &catalog, QTextStream &out)
{
    out << Csv::joinRow(Catalog::columns()) << '\n';
    for (const Indicator &i : catalog.indicators()) {
        out << Csv::joinRow({i.code,
                             QString(i.group),
                             i.subgroupCode,
                             i.subgroupVi,
                             i.subgroupEn,
                             i.nameVi,
                             i.nameEn,
                             unitKey(i.unit),
                             frequencyKey(i.frequency),
                             i.source,
                             sourceKindKey(i.sourceKind),
                             geoLevelKey(i.geoLevel),
                             directionKey(i.direction),
                             i.hasPlan ? QStringLiteral("yes") : QStringLiteral("no"),
                             i.warnRule.text(),
                             i.criticalRule.text(),
                             i.notes,
                             aggregationKey(i.aggregation),
                             i.entitySet,
                             i.sourceVi})
            << '\n';
    }
    return 0;
}

int printAlerts(const Catalog &catalog, const Cache &cache, const QString &lang, QTextStream &out,
                QTextStream &err)
{
    QString error;
    const QVector<Alert> alerts = cache.alerts(&error);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 3;
    }
    const Formatter fmt(lang);
    out << Csv::joinRow(AlertJournal::csvHeader()) << '\n';
    for (const QStringList &row : AlertJournal::csvRows(alerts, catalog, fmt))
        out << Csv::joinRow(row) << '\n';
    return 0;
}

int query(const Catalog &catalog, const EntityRegistry &entities, const Cache &cache,
          const QString &indicator, const QString &entity, const QString &period, QTextStream &out,
          QTextStream &err)
{
    const Indicator *ind = catalog.find(indicator);
    if (!ind) {
        err << tr("Unknown indicator '%1'. See --list-indicators.").arg(indicator) << '\n';
        return 2;
    }
    if (!entity.isEmpty() && !entities.find(entity)) {
        err << tr("Unknown entity '%1': use a 5-digit commune code, 31 for the city, or a unit, "
                  "project or station code.")
                   .arg(entity)
            << '\n';
        return 2;
    }
    QDate from, to;
    if (!period.isEmpty()) {
        const auto p = Period::fromKey(period);
        if (!p || (p->frequency() != Frequency::Monthly && p->frequency() != Frequency::Daily)) {
            err << tr("The period must be YYYY-MM or YYYY-MM-DD, not '%1'.").arg(period) << '\n';
            return 2;
        }
        from = p->firstDay();
        to = p->lastDay();
    }
    const QVector<Observation> rows = cache.observations(ind->code, entity);
    const FigureService figures(catalog, entities, cache);
    const QVector<Figure> judged
        = figures.observationFigures(*ind, rows, QDateTime::currentDateTime());

    out << "indicator,entity,period,value,plan,status,as_of,source,revision,annual_plan\n";
    for (int i = 0; i < rows.size(); ++i) {
        const Observation &o = rows.at(i);
        if (!period.isEmpty()) {
            const auto p = Period::fromKey(o.period);
            if (!p || !p->overlaps(from, to))
                continue;
        }
        QString source = o.sourceKind + QStringLiteral(": ") + o.sourceRef;
        if (!o.sourceDetail.isEmpty())
            source += QStringLiteral(" (") + o.sourceDetail + QLatin1Char(')');
        const Figure &f = judged.at(i);
        out << Csv::joinRow(
            {o.indicator, o.entity, o.period, plain(o.value), o.plan ? plain(*o.plan) : QString(),
             statusKey(f.status.effective()), toCityTime(o.asOf()).toString(Qt::ISODate), source,
             QString::number(o.revision), o.annualPlan ? plain(*o.annualPlan) : QString()})
            << '\n';
    }
    return 0;
}

int syncOnly(const Catalog &catalog, const EntityRegistry &entities, const QString &cachePath,
             const QUrl &server, const QString &token, const ServerTrust &trust, QTextStream &out,
             QTextStream &err)
{
    SyncEngine::Options options;
    options.server = server;
    options.token = token;
    options.trust = trust;
    SyncEngine engine(catalog, entities, cachePath, options);
    SyncEngine::Summary summary;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncEngine::Summary &s) {
        summary = s;
        loop.quit();
    });
    QObject::connect(
        &engine, &SyncEngine::progress, &loop, [&](qint64 rows, int pages, qint64 remaining) {
            if (remaining < 0)
                err << tr("… %1 rows in %2 pages").arg(rows).arg(pages) << Qt::endl;
            else
                err << tr("… %1 of %2 rows in %3 pages").arg(rows).arg(rows + remaining).arg(pages)
                    << Qt::endl;
        });
    QObject::connect(
        &engine, &SyncEngine::snapshotProgress, &loop, [&](qint64 arrived, qint64 total) {
            err << tr("… %1 of %2 rows (the server's snapshot)").arg(arrived).arg(total)
                << Qt::endl;
        });
    QMetaObject::invokeMethod(&engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    const QString where = server.toString(QUrl::RemoveUserInfo);
    if (!summary.ok) {
        err << tr("Sync from %1 failed: %2").arg(where, summary.error) << Qt::endl;
        return 2;
    }
    if (!summary.snapshotNote.isEmpty())
        err << summary.snapshotNote << Qt::endl;
    out << tr("Synced from %1: rows stored %2 (%3 of them from the server's snapshot), pages %4, "
              "unchanged answers (304) %5, time %6 ms.")
               .arg(where)
               .arg(summary.rows)
               .arg(summary.snapshotRows)
               .arg(summary.pages)
               .arg(summary.notModified)
               .arg(summary.elapsedMs)
        << Qt::endl;
    return 0;
}

int importReports(const Catalog &catalog, const EntityRegistry &entities, Cache &cache,
                  const QStringList &files, const QDateTime &now, QTextStream &out,
                  QTextStream &err)
{
    const ReportImporter importer(catalog, entities);
    int rc = 0;
    for (const QString &file : files) {
        const ImportOutcome o = importer.importInto(cache, file, now);
        QString journalError; // kept for the data-readiness view; the import stands without it
        if (!cache.recordImport(o.record(now), &journalError))
            err << tr("The import journal was not written: %1").arg(journalError) << '\n';
        const ImportResult &result = o.result;
        if (!result.ok()) {
            for (const ImportProblem &p : result.problems)
                err << p.toString() << '\n';
            if (result.truncated)
                err << tr("… and more problems: only the first %1 are listed.")
                           .arg(ReportImporter::kMaxProblems)
                    << '\n';
            err << tr("Nothing was imported from %1: %n problem(s) to correct.", nullptr,
                      int(result.problems.size()))
                       .arg(result.file)
                << Qt::endl;
            rc = 4;
            continue;
        }
        if (!o.storeError.isEmpty()) {
            err << tr("Nothing was imported from %1: %2").arg(result.file, o.storeError)
                << Qt::endl;
            rc = 2;
            continue;
        }
        const ImportStats &stats = o.stats;
        out << tr("%1: %2 figures imported (%3 new, %4 changed, %5 already up to date).")
                   .arg(result.file)
                   .arg(result.rows.size())
                   .arg(stats.added)
                   .arg(stats.changed)
                   .arg(stats.unchanged);
        if (!result.sheets.isEmpty())
            out << ' ' << tr("Sheets: %1.").arg(result.sheets.join(QStringLiteral(", ")));
        if (!result.hiddenSheets.isEmpty())
            out << ' '
                << tr("Hidden sheets, not imported: %1.")
                       .arg(result.hiddenSheets.join(QStringLiteral(", ")));
        out << Qt::endl;
    }
    return rc;
}

QVector<Selection> selectionsFrom(const QString &periods, const QDate &asOf, QString *error)
{
    QVector<Selection> out;
    if (periods.trimmed().isEmpty())
        return {Selection{Selection::Mode::Month, asOf}};
    for (const QString &p : periods.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate first = QDate::fromString(p.trimmed() + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid()) {
            *error = tr("A period is a month as YYYY-MM, not '%1'.").arg(p.trimmed());
            return {};
        }
        if (first > asOf) {
            *error = tr("%1 has not begun yet (figures are as of %2).")
                         .arg(p.trimmed(), asOf.toString(Qt::ISODate));
            return {};
        }
        const QDate last = first.addMonths(1).addDays(-1);
        out << Selection{Selection::Mode::Month, std::min(last, asOf)};
    }
    return out;
}

QStringList screensFrom(const QString &codes, const QVector<ScreenDefinition> &screens,
                        QString *error)
{
    QStringList out;
    if (codes.trimmed().isEmpty()) {
        for (const ScreenDefinition &s : screens)
            out << s.code;
        return out;
    }
    for (QString code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        code = code.trimmed().toUpper();
        if (std::none_of(screens.cbegin(), screens.cend(),
                         [&](const ScreenDefinition &s) { return s.code == code; })) {
            *error = tr("There is no screen '%1': the screens are S01 to S%2.")
                         .arg(code)
                         .arg(screens.size(), 2, 10, QLatin1Char('0'));
            return {};
        }
        if (!out.contains(code))
            out << code;
    }
    return out;
}

int writePack(const Catalog &catalog, const EntityRegistry &entities,
              const QVector<ScreenDefinition> &screens, Cache &cache, const PackRequest &request,
              QTextStream &out, QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    PackWriter writer(catalog, entities, screens, cache.path());
    writer.setKnownAt(request.knownAt);
    writer.setPlace(request.place);
    writer.setViews(request.views);
    // signed when this console has a signing key (--new-signing-key)
    const std::optional<SigningKey> key = SigningKeyStore::load(&error);
    if (!error.isEmpty()) {
        err << tr("The briefing pack was not written: %1").arg(error) << Qt::endl;
        return 2;
    }
    writer.setSigningKey(key);
    if (!writer.prepare(request.screens, request.selections, request.now, &error)) {
        err << tr("The briefing pack was not written: %1").arg(error) << Qt::endl;
        return 2;
    }
    const Formatter fmt(request.lang);
    out << tr("Readiness of the briefing pack") << '\n';
    for (const QString &line : writer.readiness().summary(catalog, entities, fmt))
        out << line << '\n';
    QString hash;
    if (!writer.write(request.file, request.boundariesPath, cache.alerts(), request.dataSource,
                      &hash, &error)) {
        err << tr("The briefing pack was not written: %1").arg(error) << Qt::endl;
        return 2;
    }
    out << tr("Briefing pack written: %1 (%2 screens, %3 periods, %4 observations, %5 bytes) in %6 "
              "ms")
               .arg(request.file)
               .arg(writer.screenCount())
               .arg(writer.selectionCount())
               .arg(writer.observationCount())
               .arg(QFileInfo(request.file).size())
               .arg(timer.elapsed())
        << '\n';
    out << tr("SHA-256: %1").arg(hash) << '\n';
    out << (key ? tr("Signed by %1, fingerprint %2.")
                      .arg(key->publicKey.publisher, key->publicKey.fingerprint())
                : tr("Not signed: this console has no signing key (--new-signing-key NAME)."))
        << Qt::endl;
    return 0;
}

namespace {

// --narrative / --export-odt: the briefing in words of the screens computed, for each period.
int writeNarrative(const EntityRegistry &entities, const QVector<ScreenDefinition> &chosen,
                   const QVector<ScreenData> &data, const ExportJob &job, const Formatter &fmt,
                   QTextStream &out, QTextStream &err)
{
    const NarrativeWriter writer(entities, fmt);
    QVector<Narrative> all;
    for (qsizetype from = 0; from + chosen.size() <= data.size(); from += chosen.size()) {
        QVector<Narrative> screens;
        for (qsizetype i = 0; i < chosen.size(); ++i)
            screens << writer.screen(chosen.at(i), data.at(from + i));
        all << writer.briefing(screens) << screens;
    }
    if (job.narrative)
        out << NarrativeWriter::plainText(all);
    if (!job.odt.isEmpty()) {
        QString error;
        if (!writeNarrativeOdt(job.odt, all, writer, &error)) {
            err << QCoreApplication::translate("main", "The document was not written: %1")
                       .arg(error)
                << Qt::endl;
            return 2;
        }
        out << job.odt << Qt::endl;
    }
    return 0;
}

} // namespace

int exportScreens(const Catalog &catalog, const EntityRegistry &entities,
                  const QVector<ScreenDefinition> &screens, const ExportJob &job, QTextStream &out,
                  QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    QVector<ScreenDefinition> chosen;
    for (const QString &code : job.codes) {
        for (const ScreenDefinition &s : screens) {
            if (s.code == code)
                chosen << s;
        }
    }
    ScreenLoader loader(catalog, entities, screens, job.cachePath);
    loader.setKnownAt(job.knownAt);
    QVector<ScreenData> data;
    for (const Selection &sel : job.selections) {
        for (const ScreenDefinition &s : std::as_const(chosen)) {
            data << loader.compute(s.code, sel, job.now, job.place);
            if (!data.last().error.isEmpty()) {
                err << data.last().error << Qt::endl;
                return 2;
            }
        }
    }
    const Formatter fmt(job.lang);
    QString error;
    if (job.narrative || !job.odt.isEmpty()) {
        const int code = writeNarrative(entities, chosen, data, job, fmt, out, err);
        if (code != 0)
            return code;
    }
    if (!job.pdf.isEmpty()) {
        QString geoError;
        const GeoDataset geo = job.boundariesPath.isEmpty()
                                   ? GeoReader::builtIn(&entities, &geoError)
                                   : GeoReader::readFile(job.boundariesPath, &entities, &geoError);
        const MapGeometry geometry = geoError.isEmpty() ? MapGeometry(geo) : MapGeometry();
        PdfExporter pdf(screens, entities, geoError.isEmpty() ? &geometry : nullptr, fmt);
        pdf.setSource(job.source);
        pdf.setPackHash(job.packHash);
        pdf.setPackSeal(job.packSeal);
        pdf.setDemo(job.demo);
        pdf.setAppendix(job.appendix);
        pdf.setIssued(job.now); // a pack's frozen clock: the same pack, the same PDF
        pdf.setPreparedBy(job.preparedBy);
        int pages = 0;
        if (!pdf.write(job.pdf, data, &error, &pages)) {
            err << QCoreApplication::translate("main", "The PDF was not written: %1").arg(error)
                << Qt::endl;
            return 2;
        }
        out << QCoreApplication::translate("main", "%1: %2 pages").arg(job.pdf).arg(pages)
            << Qt::endl;
    }
    FigureExport figures(screens, entities, fmt);
    figures.setSource(job.source);
    figures.setPackHash(job.packHash);
    if (!job.xlsx.isEmpty()) {
        if (!figures.writeXlsx(job.xlsx, data, &error)) {
            err << QCoreApplication::translate("main", "The workbook was not written: %1")
                       .arg(error)
                << Qt::endl;
            return 2;
        }
        out << job.xlsx << Qt::endl;
    }
    if (!job.csv.isEmpty()) {
        if (!figures.writeCsv(job.csv, data, &error)) {
            err << QCoreApplication::translate("main", "The CSV was not written: %1").arg(error)
                << Qt::endl;
            return 2;
        }
        out << job.csv << Qt::endl;
    }
    if (!job.pdf.isEmpty() || !job.xlsx.isEmpty() || !job.csv.isEmpty() || !job.odt.isEmpty())
        out << QCoreApplication::translate("main", "Exported in %1 ms").arg(timer.elapsed())
            << Qt::endl;
    return 0;
}

QString sourceLine(bool demo, const QString &source)
{
    return demo ? QCoreApplication::translate(
               "main", "Source: demo data built into the console (not official figures)")
                : QCoreApplication::translate("main", "Source: %1").arg(source);
}

} // namespace ioc::commands
