#pragma once

// Shared by every fuzz target (tests/fuzz/README.md). Each target defines
// LLVMFuzzerTestOneInput and calls the production parser with the input, nothing else:
// libFuzzer drives it in the fuzz build (APIM_FUZZ=ON), and replay_main.cpp runs it over
// the committed corpus in the normal build.

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace ApimFuzz {

// The parsers log what they refuse; millions of warnings would only slow the fuzzer.
// A QCoreApplication exists once, for the code that asks for the application's paths.
inline void setUp()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
    static int argc = 1;
    static char name[] = "apim-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant of the production code does not hold: a crash the fuzzer keeps.
[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace ApimFuzz
