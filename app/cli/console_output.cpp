#include "console_output.h"

#include <QString>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace x1::cli {

namespace {

#ifdef Q_OS_WIN
// How many bytes at the end of `bytes` start a UTF-8 sequence that is not complete yet.
qsizetype incompleteTail(const QByteArray& bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto byte = static_cast<unsigned char>(bytes[bytes.size() - back]);
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead byte
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
#endif

} // namespace

ConsoleOutput::ConsoleOutput(std::FILE* stream) : m_stream(stream)
{
#ifdef Q_OS_WIN
    HANDLE handle = GetStdHandle(stream == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && handle != nullptr && GetConsoleMode(handle, &mode))
        m_console = handle;
#endif
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ConsoleOutput::writeData(const char* data, qint64 size)
{
#ifdef Q_OS_WIN
    if (m_console) {
        std::fflush(m_stream); // what the C runtime holds goes first
        m_incomplete.append(data, size);
        const qsizetype complete = m_incomplete.size() - incompleteTail(m_incomplete);
        const QString text = QString::fromUtf8(m_incomplete.constData(), complete);
        m_incomplete.remove(0, complete);
        const auto* characters = reinterpret_cast<const wchar_t*>(text.utf16());
        for (qsizetype done = 0; done < text.size();) {
            DWORD written = 0;
            const auto chunk = static_cast<DWORD>(qMin<qsizetype>(text.size() - done, 8192));
            if (!WriteConsoleW(m_console, characters + done, chunk, &written, nullptr) || written == 0)
                return -1;
            done += written;
        }
        return size;
    }
#endif
    const std::size_t written = std::fwrite(data, 1, std::size_t(size), m_stream);
    std::fflush(m_stream);
    return written == std::size_t(size) ? size : -1;
}

ConsoleCodePage::ConsoleCodePage()
{
#ifdef Q_OS_WIN
    m_previous = GetConsoleOutputCP();
    if (m_previous != 0)
        SetConsoleOutputCP(CP_UTF8);
#endif
}

ConsoleCodePage::~ConsoleCodePage()
{
#ifdef Q_OS_WIN
    if (m_previous != 0)
        SetConsoleOutputCP(m_previous);
#endif
}

} // namespace x1::cli
