#include "util/sha256.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(_M_X64)
#define X1_SHA_NI 1
#include <immintrin.h>
#if defined(_MSC_VER)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#endif

namespace x1 {

namespace {

#ifdef X1_SHA_NI

#if defined(_MSC_VER)
#define X1_SHA_TARGET
#else
#define X1_SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))
#endif

alignas(16) constexpr std::array<std::uint32_t, 64> roundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaInstructions()
{
    unsigned leaf1[4] = {}, leaf7[4] = {};
#if defined(_MSC_VER)
    int regs[4];
    __cpuid(regs, 0);
    if (regs[0] < 7)
        return false;
    __cpuid(regs, 1);
    std::memcpy(leaf1, regs, sizeof leaf1);
    __cpuidex(regs, 7, 0);
    std::memcpy(leaf7, regs, sizeof leaf7);
#else
    if (__get_cpuid_max(0, nullptr) < 7 || !__get_cpuid(1, &leaf1[0], &leaf1[1], &leaf1[2], &leaf1[3])
        || !__get_cpuid_count(7, 0, &leaf7[0], &leaf7[1], &leaf7[2], &leaf7[3]))
        return false;
#endif
    const bool ssse3 = leaf1[2] & (1u << 9);
    const bool sse41 = leaf1[2] & (1u << 19);
    const bool sha = leaf7[1] & (1u << 29);
    return ssse3 && sse41 && sha;
}

// Compresses whole 64-byte blocks into the state (FIPS 180-4 with the x86 SHA extensions).
X1_SHA_TARGET void compressBlocks(std::uint32_t state[8], const unsigned char* data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefStart = abef;
        const __m128i cdghStart = cdgh;
        __m128i words[4];
        for (int group = 0; group < 16; ++group) {
            __m128i& w = words[group % 4];
            if (group < 4) {
                w = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * group)), byteSwap);
            } else {
                const __m128i& previous = words[(group + 3) % 4];
                __m128i next = _mm_sha256msg1_epu32(w, words[(group + 1) % 4]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(previous, words[(group + 2) % 4], 4));
                w = _mm_sha256msg2_epu32(next, previous);
            }
            __m128i message = _mm_add_epi32(
                w, _mm_load_si128(reinterpret_cast<const __m128i*>(&roundConstants[std::size_t(4 * group)])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefStart);
        cdgh = _mm_add_epi32(cdgh, cdghStart);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), hgfe);
}

} // namespace

class Sha256::Hardware {
public:
    void add(const char* bytes, std::size_t size)
    {
        const auto* data = reinterpret_cast<const unsigned char*>(bytes);
        m_length += size;
        if (m_buffered > 0) {
            const std::size_t take = std::min(size, 64 - m_buffered);
            std::memcpy(m_buffer + m_buffered, data, take);
            m_buffered += take;
            data += take;
            size -= take;
            if (m_buffered < 64)
                return;
            compressBlocks(m_state, m_buffer, 1);
            m_buffered = 0;
        }
        compressBlocks(m_state, data, size / 64);
        m_buffered = size % 64;
        std::memcpy(m_buffer, data + size - m_buffered, m_buffered);
    }

    QByteArray result()
    {
        const std::uint64_t bits = m_length * 8;
        unsigned char padding[72] = {0x80};
        const std::size_t padLength = (m_buffered < 56 ? 56 : 120) - m_buffered;
        for (int i = 0; i < 8; ++i)
            padding[padLength + std::size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
        add(reinterpret_cast<const char*>(padding), padLength + 8);
        QByteArray digest(32, Qt::Uninitialized);
        for (int i = 0; i < 8; ++i) {
            for (int b = 0; b < 4; ++b)
                digest[4 * i + b] = char(m_state[i] >> (24 - 8 * b));
        }
        return digest;
    }

private:
    std::uint32_t m_state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    unsigned char m_buffer[64] = {};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

#else

} // namespace

class Sha256::Hardware {
public:
    void add(const char*, std::size_t) {}
    QByteArray result() { return {}; }
};

#endif // X1_SHA_NI

bool Sha256::inHardware()
{
#ifdef X1_SHA_NI
    static const bool available = cpuHasShaInstructions();
    return available;
#else
    return false;
#endif
}

Sha256::Sha256()
{
    if (inHardware())
        m_hardware = std::make_unique<Hardware>();
    else
        m_software = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (m_hardware)
        m_hardware->add(bytes.data(), std::size_t(bytes.size()));
    else
        m_software->addData(bytes);
}

QByteArray Sha256::result()
{
    return m_hardware ? m_hardware->result() : m_software->result();
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 sha;
    sha.addData(bytes);
    return sha.result();
}

} // namespace x1
