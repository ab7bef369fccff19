#include "pdf/qr_code.h"

#include <QCoreApplication>

#include <qrencode.h>

namespace x1::pdf {

Result<QrCode> QrCode::encode(const QByteArray& data)
{
    QRcode* symbol = QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                                       0, QR_ECLEVEL_M);
    if (!symbol)
        return Error{QCoreApplication::translate("x1::pdf", "无法生成二维码（内容 %1 字节）").arg(data.size())};
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.resize(qsizetype(symbol->width) * symbol->width);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = static_cast<char>(symbol->data[i] & 1);
    QRcode_free(symbol);
    return code;
}

QPainterPath QrCode::darkModules(QPointF topLeft, qreal side) const
{
    const qreal module = side / (m_size + 2 * quietZone);
    const QPointF origin = topLeft + QPointF(module * quietZone, module * quietZone);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module);
        }
    }
    return path;
}

} // namespace x1::pdf
