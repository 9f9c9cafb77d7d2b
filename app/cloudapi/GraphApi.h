#pragma once

#include <QString>

namespace sb::graph {

// Meta's Graph host and the API version this build speaks unless configured otherwise.
inline constexpr auto kDefaultBaseUrl = "https://graph.facebook.com";
inline constexpr auto kDefaultVersion = "v25.0";

} // namespace sb::graph
