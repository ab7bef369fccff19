#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdio>

namespace x1::cli {

// Where the console program's text goes (its QTextStreams write UTF-8 into it): the bytes go to
// stdout or stderr as they are — a file or a pipe gets UTF-8 — except a Windows console, which
// is written in UTF-16 with WriteConsoleW, so that Chinese shows whatever the console's code
// page and however the C runtime would cut the bytes.
class ConsoleOutput : public QIODevice {
public:
    explicit ConsoleOutput(std::FILE* stream);

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::FILE* m_stream;
#ifdef Q_OS_WIN
    void* m_console = nullptr;   // the console's HANDLE when the stream is one
    QByteArray m_incomplete;     // the start of a UTF-8 sequence cut by the last write
#endif
};

// Sets the console's output code page to UTF-8 while it lives (Windows), for what is written
// around ConsoleOutput, and puts the user's back afterwards. Nothing elsewhere.
class ConsoleCodePage {
public:
    ConsoleCodePage();
    ~ConsoleCodePage();
    ConsoleCodePage(const ConsoleCodePage&) = delete;
    ConsoleCodePage& operator=(const ConsoleCodePage&) = delete;

private:
    unsigned m_previous = 0;
};

} // namespace x1::cli
