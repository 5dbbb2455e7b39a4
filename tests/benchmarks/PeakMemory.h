#pragma once

#include <sys/resource.h>

namespace careerdesk {

// The most memory this process has held so far (resident set), for the benchmarks' reports.
inline double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace careerdesk
