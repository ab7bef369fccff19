#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QPainterPath>

namespace x1::pdf {

// A QR code symbol (libqrencode), error correction level M, smallest version that holds the data.
class QrCode {
public:
    static Result<QrCode> encode(const QByteArray& data);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

    // The dark modules as one shape in a square of side `side` at `topLeft`, which includes a quiet
    // zone of 4 modules on each side. One shape, so that a viewer leaves no seams between modules.
    QPainterPath darkModules(QPointF topLeft, qreal side) const;

    static constexpr int quietZone = 4;

private:
    int m_size = 0;
    QByteArray m_modules;
};

} // namespace x1::pdf
