#pragma once

#include <QtGlobal>

#include <chrono>

namespace sb {

// Exponential backoff with "full jitter" (AWS architecture blog): the delay is drawn uniformly
// from [0, min(cap, base * 2^attempt)]. Spreading retries over the whole range keeps many
// failed sends from hammering the API in lock-step. The random draw is a parameter so callers
// (and tests) decide where randomness comes from: 0 gives 0, 0xFFFFFFFF gives the ceiling.
// attempt counts from 0; negative attempts count as 0. A non-positive base or cap gives 0.
std::chrono::milliseconds fullJitterDelay(std::chrono::milliseconds base,
                                          std::chrono::milliseconds cap, int attempt,
                                          quint32 randomValue);

// The ceiling fullJitterDelay draws below: min(cap, base * 2^attempt), overflow-safe.
std::chrono::milliseconds backoffCeiling(std::chrono::milliseconds base,
                                         std::chrono::milliseconds cap, int attempt);

// The pair-rate (131056) schedule: 4^attempt seconds, i.e. 1, 4, 16, 64, 256, then 256 for
// every later attempt. Deterministic on purpose: only one recipient waits, so there is no herd.
std::chrono::seconds pairRateDelay(int attempt);

} // namespace sb
