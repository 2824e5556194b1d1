#include "workspace.h"

#include "camerapage.h"
#include "communedetail.h"
#include "datasource.h"
#include "indicatordetail.h"
#include "look.h"
#include "mappage.h"
#include "readinesspage.h"
#include "screennav.h"
#include "screenpage.h"

#include <QStackedWidget>
#include <QTableView>

namespace ioc {

Workspace::Workspace(const Catalog &catalog, const EntityRegistry &entities,
                     const QVector<ScreenDefinition> &screens, const MapBoundaries &boundaries,
                     ScreenRepository *repository, const DataSource *data, QWidget *parent)
    : QSplitter(parent)
    , m_catalog(catalog)
    , m_entities(entities)
    , m_screens(screens)
    , m_boundaries(boundaries)
    , m_repository(repository)
    , m_data(data)
    , m_nav(new ScreenNav(screens, mapCode(), camerasCode(), readinessCode()))
    , m_stack(new QStackedWidget)
    , m_detail(new IndicatorDetail(entities))
    , m_commune(new CommuneDetail(entities))
{
    addWidget(m_nav);
    addWidget(m_stack);
    setStretchFactor(1, 1);
    m_stack->addWidget(m_commune);
    m_stack->addWidget(m_detail);
    connect(m_nav, &ScreenNav::chosen, this, &Workspace::showScreen);
    connect(m_commune, &CommuneDetail::back, this, &Workspace::closeCommune);
    connect(m_commune, &CommuneDetail::indicatorActivated, this, &Workspace::openDetail);
    connect(m_detail, &IndicatorDetail::back, this, &Workspace::closeDetail);
    connect(m_detail, &IndicatorDetail::exportRequested, this, &Workspace::exportRequested);
    connect(m_data, &DataSource::changed, this, &Workspace::sayPreparing);
    // the cameras' pictures and lists as they come, to the walls
    connect(m_data, &DataSource::cameraFrames, this, [this](const QVector<CameraFrame> &frames) {
        for (ScreenPage *p : std::as_const(m_pages))
            p->applyCameraFrames(frames);
        if (m_cameraPage)
            m_cameraPage->applyFrames(frames);
    });
    connect(m_data, &DataSource::camerasListed, this, [this](const QVector<Camera> &list) {
        for (ScreenPage *p : std::as_const(m_pages))
            p->applyCameraList(list);
        if (m_cameraPage)
            m_cameraPage->applyList(list);
    });
    connect(m_data, &DataSource::cameraLiveFrame, this, [this](const CameraFrame &frame) {
        if (m_cameraPage)
            m_cameraPage->showLive(frame);
    });
    connect(m_data, &DataSource::cameraLiveChanged, this,
            [this](const QString &camera, bool live, const QString &reason) {
                if (m_cameraPage)
                    m_cameraPage->setLive(camera, live, reason);
            });
    m_nav->setLanguage(fmt().lang());
    Look::follow(this, [this](const Formatter &f, const Theme &) { m_nav->setLanguage(f.lang()); });
}

const Formatter &Workspace::fmt()
{
    return Look::current().fmt();
}

const Theme &Workspace::theme()
{
    return Look::current().theme();
}

void Workspace::setSelection(const Selection &selection)
{
    m_selection = selection;
    if (detailOpen())
        requestDetail();
    else
        refresh();
}

void Workspace::setPlace(const QString &entity)
{
    if (entity == m_place)
        return;
    m_place = entity;
    refresh();
}

void Workspace::setCompareWith(CompareWith with)
{
    m_compareWith = with;
    for (ScreenPage *p : std::as_const(m_pages))
        p->setCompareWith(with);
}

QDateTime Workspace::now() const
{
    return m_frozenNow.isValid() ? m_frozenNow : QDateTime::currentDateTime();
}

bool Workspace::asks() const
{
    // with an empty cache, the pages say they are preparing the demo data until it is there
    return m_async && !m_data->waitingForData();
}

bool Workspace::isDemo() const
{
    return m_data->isDemo();
}

void Workspace::sayPreparing()
{
    if (!m_data->waitingForData())
        return;
    for (ScreenPage *p : std::as_const(m_pages))
        p->setMessage(tr("Preparing the demo data for the first start…"));
}

ScreenPage *Workspace::page(const QString &code)
{
    if (ScreenPage *p = m_pages.value(code))
        return p;
    const auto def = std::find_if(m_screens.cbegin(), m_screens.cend(),
                                  [&code](const ScreenDefinition &s) { return s.code == code; });
    if (def == m_screens.cend())
        return nullptr;
    auto *p = new ScreenPage(*def, m_entities, m_boundaries.get(), m_boundaries.problem);
    connect(p, &ScreenPage::figureActivated, this, &Workspace::openDetail);
    connect(p, &ScreenPage::cameraActivated, this, &Workspace::openCamera);
    connect(p, &ScreenPage::camerasShown, this,
            [this, p](const QStringList &ids) { cameraShown(p, ids); });
    connect(p, &ScreenPage::communeActivated, this, &Workspace::openCommune);
    connect(p, &ScreenPage::placeWanted, this, &Workspace::placeWanted);
    connect(p, &ScreenPage::breakdownWanted, this,
            [this, code](const QString &indicator) { requestBreakdown(code, indicator); });
    p->setCompareWith(m_compareWith);
    p->setLoading(fmt(), theme());
    m_stack->addWidget(p);
    m_pages.insert(code, p);
    sayPreparing();
    return p;
}

MapPage *Workspace::mapPage()
{
    if (!m_mapPage) {
        m_mapPage = new MapPage(m_catalog, m_entities, m_boundaries.get(), m_boundaries.problem,
                                m_boundaries.warnings);
        connect(m_mapPage, &MapPage::communeActivated, this, &Workspace::openCommune);
        connect(m_mapPage, &MapPage::placeWanted, this, &Workspace::placeWanted);
        connect(m_mapPage, &MapPage::breakdownWanted, this,
                [this](const QString &indicator) { requestBreakdown(mapCode(), indicator); });
        m_mapPage->setSelection(m_selection);
        m_mapPage->setLook(fmt(), theme());
        m_stack->addWidget(m_mapPage);
    }
    return m_mapPage;
}

CameraPage *Workspace::cameraPage()
{
    if (!m_cameraPage) {
        m_cameraPage = new CameraPage;
        connect(m_cameraPage, &CameraPage::shownChanged, this,
                [this](const QStringList &ids) { cameraShown(m_cameraPage, ids); });
        connect(m_cameraPage, &CameraPage::liveWanted, this, &Workspace::cameraLiveWanted);
        connect(m_cameraPage, &CameraPage::historyWanted, this, &Workspace::requestCameras);
        m_cameraPage->setFrozenNow(m_frozenNow);
        m_stack->addWidget(m_cameraPage);
    }
    return m_cameraPage;
}

ReadinessPage *Workspace::readinessPage()
{
    if (!m_readinessPage) {
        m_readinessPage = new ReadinessPage;
        m_stack->addWidget(m_readinessPage);
    }
    return m_readinessPage;
}

void Workspace::openCamera(const QString &camera)
{
    showScreen(camerasCode());
    m_cameraPage->open(camera);
}

void Workspace::requestCameras(const QString &historyOf)
{
    if (!asks() || !m_cameraPage)
        return;
    m_repository->cameras(historyOf, now(), this, [this](const CameraBoard &board) {
        if (m_cameraPage)
            m_cameraPage->setBoard(board, fmt(), theme(), m_data->hasCameraFeed());
    });
}

void Workspace::cameraShown(QObject *wall, const QStringList &ids)
{
    m_camerasShown.insert(wall, ids);
    QStringList all;
    for (const QStringList &shown : std::as_const(m_camerasShown)) {
        for (const QString &id : shown) {
            if (!all.contains(id))
                all << id;
        }
    }
    if (all == m_camerasWatched)
        return;
    m_camerasWatched = all;
    emit camerasWatched(all);
}

void Workspace::showScreen(const QString &code)
{
    QWidget *shown = code == mapCode()         ? static_cast<QWidget *>(mapPage())
                     : code == camerasCode()   ? static_cast<QWidget *>(cameraPage())
                     : code == readinessCode() ? static_cast<QWidget *>(readinessPage())
                                               : page(code);
    if (!shown)
        return;
    m_current = code;
    m_detailCode.clear();
    m_stack->setCurrentWidget(shown);
    m_nav->select(code);
    refresh();
}

void Workspace::refresh()
{
    if (m_current.isEmpty())
        return; // nothing shown yet
    if (m_current == mapCode()) {
        // the map asks for the figures of its indicator itself
        if (m_mapPage)
            m_mapPage->setSelection(m_selection);
        return;
    }
    if (m_current == camerasCode()) {
        requestCameras(m_cameraPage ? m_cameraPage->opened() : QString());
        return;
    }
    if (m_current == readinessCode()) {
        if (asks())
            m_repository->sourceReadiness(now(), this, [this](const SourceReadiness &r) {
                if (m_readinessPage)
                    m_readinessPage->setReadiness(r, fmt(), theme());
            });
        return;
    }
    fetch(m_current, this, [this](const ScreenData &data) { showData(data); });
}

void Workspace::fetch(const QString &code, QObject *context,
                      ScreenRepository::Reply<ScreenData> reply)
{
    fetch(code, m_selection, m_place, context, std::move(reply));
}

void Workspace::fetch(const QString &code, const Selection &selection, const QString &place,
                      QObject *context, ScreenRepository::Reply<ScreenData> reply)
{
    if (asks())
        m_repository->screen(code, selection, place, now(), context, std::move(reply));
}

std::optional<ScreenData> Workspace::loaded(const QString &code) const
{
    const ScreenPage *p = m_pages.value(code);
    if (p && p->hasData() && p->data().selection == m_selection && p->data().place == m_place)
        return p->data();
    return std::nullopt;
}

void Workspace::showData(const ScreenData &data)
{
    ScreenPage *p = page(data.screen);
    if (!p)
        return;
    p->setData(data, fmt(), theme(), isDemo());
    emit screenFilled(data);
    if (data.screen == m_current && isVisible()) {
        p->repaint();
        emit screenPainted(data.screen);
    }
}

void Workspace::requestBreakdown(const QString &target, const QString &indicator)
{
    if (m_data->waitingForData())
        return;
    m_repository->breakdown(indicator, m_selection, now(), this,
                            [this, target](const BreakdownData &data) {
                                if (target == mapCode() && m_mapPage)
                                    m_mapPage->setBreakdown(data);
                                else if (ScreenPage *p = m_pages.value(target))
                                    p->addBreakdown(data);
                            });
}

void Workspace::openDetail(const QString &indicatorCode)
{
    const Indicator *ind = m_catalog.find(indicatorCode);
    if (!ind)
        return;
    m_detailCode = indicatorCode;
    m_detail->setLoading(*ind, fmt(), theme());
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus();
    requestDetail();
}

void Workspace::requestDetail()
{
    if (!asks() || m_detailCode.isEmpty())
        return;
    m_repository->detail(m_detailCode, m_selection, now(), this, [this](const DetailData &data) {
        if (data.indicator == m_detailCode)
            showDetail(data);
    });
}

void Workspace::showDetail(const DetailData &data)
{
    m_detailCode = data.indicator;
    m_detail->setData(data, fmt(), theme());
    m_stack->setCurrentWidget(m_detail);
}

void Workspace::closeDetail()
{
    if (!detailOpen())
        return;
    const QString code = m_detailCode;
    showScreen(m_current);
    // back where the user was: the tile of that indicator has the focus again
    if (ScreenPage *p = m_pages.value(m_current))
        p->focusIndicator(code);
}

bool Workspace::detailOpen() const
{
    return m_stack->currentWidget() == m_detail;
}

void Workspace::openCommune(const QString &entityCode)
{
    const Entity *e = m_entities.find(entityCode);
    if (!e || !e->isCommuneLevel())
        return;
    if (m_stack->currentWidget() != m_commune)
        m_communeReturn = m_stack->currentWidget();
    m_commune->setLoading(entityCode, fmt(), theme());
    m_stack->setCurrentWidget(m_commune);
    m_commune->table()->setFocus();
    if (m_data->waitingForData())
        return;
    m_repository->commune(entityCode, m_selection, now(), this, [this](const CommuneData &data) {
        if (data.entity == m_commune->entity())
            showCommune(data);
    });
}

void Workspace::showCommune(const CommuneData &data)
{
    if (m_stack->currentWidget() != m_commune)
        m_communeReturn = m_stack->currentWidget();
    m_commune->setData(data, fmt(), theme());
    m_stack->setCurrentWidget(m_commune);
}

void Workspace::closeCommune()
{
    if (m_stack->currentWidget() != m_commune)
        return;
    if (m_communeReturn && m_communeReturn != m_commune && m_stack->indexOf(m_communeReturn) >= 0)
        m_stack->setCurrentWidget(m_communeReturn);
    else
        showScreen(m_current);
    m_stack->currentWidget()->setFocus();
}

QByteArray Workspace::tableCsv(QString *fileName) const
{
    const bool detail = detailOpen();
    *fileName = (detail ? m_detailCode : m_current) + QLatin1Char('-')
                + m_selection.asOf.toString(Qt::ISODate) + QStringLiteral(".csv");
    if (detail)
        return m_detail->tableCsv();
    const ScreenPage *p = m_pages.value(m_current);
    return p ? p->tableCsv() : QByteArray();
}

} // namespace ioc
