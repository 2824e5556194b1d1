#pragma once

#include "status.h"
#include "theme.h"

#include <QPainter>
#include <QRectF>

namespace ioc {

// Draws the status icon: a distinct shape per status, so colour is never the only cue.
void paintStatusIcon(QPainter *p, const QRectF &r, Status s, const Theme &theme);

} // namespace ioc
