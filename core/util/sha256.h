#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QCryptographicHash;

namespace x1 {

// SHA-256, fed piece by piece. Uses the processor's SHA instructions when it has them (about ten
// times faster than QCryptographicHash: merges hash every source, the layout hashes the whole
// form for its verification code), else QCryptographicHash.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView bytes);
    // The 32-byte digest; the hash is finished after this.
    QByteArray result();

    static QByteArray hash(QByteArrayView bytes);
    static bool inHardware();

private:
    class Hardware;
    std::unique_ptr<Hardware> m_hardware;
    std::unique_ptr<QCryptographicHash> m_software;
};

} // namespace x1
