// A libFuzzer harness for one import reader: FUZZ_SUFFIX picks it, as a file's suffix does.
#include "import/FileImporter.h"

#include <libxml/parser.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    xmlInitParser(); // once, so that its global set-up is not taken for a leak of the first input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QDateTime now(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Any answer is fine (a batch or a message); a crash, a leak or undefined behaviour is not.
    (void)careerdesk::FileImporter::read(bytes, QStringLiteral("input." FUZZ_SUFFIX), now);
    return 0;
}
