#include "briefingactions.h"

#include "settings.h"
#include "signingkeystore.h"

#include "backgroundtasks.h"
#include "briefingdialog.h"
#include "briefingpack.h"
#include "csv.h"
#include "demodata.h"
#include "figureexport.h"
#include "pdfexport.h"
#include "presentation.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace ioc {

namespace {
// Qt's own file dialog, in the console's language (a desktop's native one speaks the desktop's,
// and Debian ships no Vietnamese for Qt): its words are in ioc_vi.ts (qtstrings.cpp)
constexpr QFileDialog::Options kFileDialog = QFileDialog::DontUseNativeDialog;

// what a piece of background work says when it is done
struct Outcome
{
    QString error; // empty: done
    QString hash;  // of a pack written
};
} // namespace

BriefingActions::BriefingActions(QWidget *window, const Catalog &catalog,
                                 const EntityRegistry &entities,
                                 const QVector<ScreenDefinition> &screens,
                                 std::function<Current()> current, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_screens(screens)
    , m_current(std::move(current))
    , m_tasks(new BackgroundTasks(this))
{
    connect(m_tasks, &BackgroundTasks::busyChanged, this, &BriefingActions::busyChanged);
}

BriefingActions::~BriefingActions()
{
    delete m_tasks;
}

bool BriefingActions::busy() const
{
    return m_tasks->busy();
}

void BriefingActions::warn(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, m_window);
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void BriefingActions::computeScreens(const QStringList &codes,
                                     std::function<void(const QVector<ScreenData> &)> then)
{
    const Current now = m_current();
    emit message(tr("Reading the figures…"));
    m_tasks->run<QVector<ScreenData>>([this, codes, now] { return readScreens(now, codes); },
                                      std::move(then));
}

QVector<ScreenData> BriefingActions::readScreens(const Current &now, const QStringList &codes) const
{
    ScreenLoader loader(m_catalog, m_entities, m_screens, now.cachePath);
    loader.setKnownAt(now.knownAt);
    QVector<ScreenData> data;
    for (const QString &code : codes)
        data << loader.compute(code, now.selection, now.now, now.place);
    return data;
}

void BriefingActions::prepareBriefing()
{
    const Current now = m_current();
    BriefingDialog choose(BriefingDialog::Purpose::Pack, m_screens, now.selection, now.fmt,
                          m_window);
    // the views the presentation playlist names are ticked: the briefing will show them
    const QStringList playlist = Settings::presentationPlaylist();
    QStringList names;
    QStringList ticked;
    for (const SavedView &v : now.views) {
        names << v.name;
        if (playlist.contains(PlaylistItem::viewKey(v.name)))
            ticked << v.name;
    }
    choose.setViews(names, ticked);
    if (choose.exec() != QDialog::Accepted)
        return;
    auto writer = std::make_shared<PackWriter>(m_catalog, m_entities, m_screens, now.cachePath);
    writer->setKnownAt(now.knownAt); // a past day as it was known, as the window shows it
    writer->setPlace(now.place);     // and the place it shows
    const QStringList chosen = choose.views();
    QVector<SavedView> carried;
    for (const SavedView &v : now.views) {
        if (chosen.contains(v.name))
            carried << v;
    }
    writer->setViews(carried);
    const QStringList codes = choose.screens();
    const QVector<Selection> selections = choose.selections();
    emit message(tr("Checking the figures of the briefing…"));
    m_tasks->run<Outcome>(
        [writer, codes, selections, now] {
            Outcome o;
            if (!writer->prepare(codes, selections, now.now, &o.error) && o.error.isEmpty())
                o.error = tr("the figures could not be read");
            return o;
        },
        [this, writer, now](const Outcome &o) {
            emit message({});
            if (!o.error.isEmpty())
                return warn(tr("Prepare briefing"),
                            tr("The briefing could not be prepared: %1").arg(o.error));
            ReadinessDialog readiness(writer->readiness(), m_catalog, m_entities, now.fmt,
                                      m_window);
            if (readiness.exec() != QDialog::Accepted)
                return;
            const QString path = QFileDialog::getSaveFileName(
                m_window, tr("Save briefing pack"),
                QStringLiteral("giao-ban-%1.iocpack").arg(now.selection.asOf.toString(Qt::ISODate)),
                tr("Briefing packs (*.iocpack)"), nullptr, kFileDialog);
            if (!path.isEmpty())
                writePack(writer, now, path);
        });
}

void BriefingActions::writePack(std::shared_ptr<PackWriter> writer, const Current &now,
                                const QString &path)
{
    // signed when this console has a signing key (--new-signing-key); its secret is read here,
    // on the window's thread, where the keyring may ask to be unlocked
    QString keyError;
    const std::optional<SigningKey> key = SigningKeyStore::load(&keyError);
    if (!keyError.isEmpty())
        return warn(tr("Prepare briefing"),
                    tr("The briefing pack was not written: %1").arg(keyError));
    writer->setSigningKey(key);
    emit message(tr("Writing the briefing pack…"));
    m_tasks->run<Outcome>(
        [writer, now, path] {
            Outcome o;
            const QString source = now.demo ? DemoGenerator::sourceKind() : now.sourceName;
            if (!writer->write(path, now.boundariesPath, now.journal, source, &o.hash, &o.error)
                && o.error.isEmpty())
                o.error = tr("the pack could not be written");
            return o;
        },
        [this, path](const Outcome &o) {
            if (!o.error.isEmpty()) {
                emit message({});
                return warn(tr("Prepare briefing"),
                            tr("The briefing pack was not written: %1").arg(o.error));
            }
            emit message(tr("Briefing pack saved: %1 · SHA-256 %2")
                             .arg(QDir::toNativeSeparators(path), o.hash));
        });
}

void BriefingActions::exportScreensPdf()
{
    const Current now = m_current();
    BriefingDialog choose(BriefingDialog::Purpose::Pdf, m_screens, now.selection, now.fmt,
                          m_window);
    if (choose.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export screens as PDF"),
        QStringLiteral("giao-ban-%1.pdf").arg(now.selection.asOf.toString(Qt::ISODate)),
        tr("PDF files (*.pdf)"), nullptr, kFileDialog);
    if (path.isEmpty())
        return;
    writePdf(path, choose.screens(), choose.appendix(), [this](const QString &error) {
        if (!error.isEmpty())
            warn(tr("Export screens as PDF"), tr("The PDF was not written: %1").arg(error));
    });
}

void BriefingActions::writePdf(const QString &path, const QStringList &screens, bool appendix,
                               std::function<void(const QString &)> done)
{
    computeScreens(screens, [this, path, appendix, done](const QVector<ScreenData> &data) {
        // the pages are drawn from widgets, on this thread; the file is saved on a worker
        const Current now = m_current();
        PdfExporter pdf(m_screens, m_entities, now.geometry, now.fmt);
        pdf.setSource(now.sourceText);
        pdf.setPackHash(now.packHash);
        pdf.setPackSeal(now.packSeal);
        pdf.setDemo(now.demo);
        pdf.setAppendix(appendix);
        pdf.setIssued(now.now);
        pdf.setPreparedBy(Settings::operatorName());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        int pages = 0;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool rendered = pdf.render(&buffer, data, &error, &pages);
        QApplication::restoreOverrideCursor();
        if (!rendered) {
            emit message({});
            if (done)
                done(error);
            return;
        }
        m_tasks->run<QString>(
            [path, bytes] {
                QString e;
                return Csv::writeFile(path, bytes, &e) ? QString() : e;
            },
            [this, path, pages, done](const QString &e) {
                emit message(e.isEmpty() ? tr("PDF saved: %1 (%n page(s))", nullptr, pages)
                                               .arg(QDir::toNativeSeparators(path))
                                         : QString());
                if (done)
                    done(e);
            });
    });
}

void BriefingActions::exportFigures()
{
    const Current now = m_current();
    BriefingDialog choose(BriefingDialog::Purpose::Figures, m_screens, now.selection, now.fmt,
                          m_window);
    if (choose.exec() != QDialog::Accepted)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export figures"),
        QStringLiteral("so-lieu-%1.xlsx").arg(now.selection.asOf.toString(Qt::ISODate)),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"), &filter, kFileDialog);
    if (path.isEmpty())
        return;
    writeFigures(path, choose.screens(), [this](const QString &error) {
        if (!error.isEmpty())
            warn(tr("Export figures"), tr("The figures were not written: %1").arg(error));
    });
}

void BriefingActions::writeFigures(const QString &path, const QStringList &screens,
                                   std::function<void(const QString &)> done)
{
    const Current now = m_current();
    emit message(tr("Reading the figures…"));
    m_tasks->run<QString>(
        [this, now, path, screens] {
            const QVector<ScreenData> data = readScreens(now, screens);
            FigureExport figures(m_screens, m_entities, now.fmt);
            figures.setSource(now.sourceText);
            figures.setPackHash(now.packHash);
            QString error;
            const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
            const bool ok = csv ? figures.writeCsv(path, data, &error)
                                : figures.writeXlsx(path, data, &error);
            return ok ? QString() : error;
        },
        [this, path, done](const QString &error) {
            emit message(error.isEmpty()
                             ? tr("Figures saved: %1").arg(QDir::toNativeSeparators(path))
                             : QString());
            if (done)
                done(error);
        });
}

void BriefingActions::exportTable(const QString &suggestedName, const QByteArray &csv)
{
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export the table as CSV"), suggestedName,
                                       tr("CSV files (*.csv)"), nullptr, kFileDialog);
    if (path.isEmpty())
        return;
    m_tasks->run<QString>(
        [path, csv] {
            QString error;
            return Csv::writeFile(path, csv, &error) ? QString() : error;
        },
        [this, path](const QString &error) {
            if (!error.isEmpty())
                warn(tr("Export CSV"),
                     tr("The table could not be saved to %1: %2").arg(path, error));
        });
}

} // namespace ioc
