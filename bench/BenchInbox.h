#pragma once

// The inbox benchmarks' database: 10,000 conversations and 1,000,000 messages of every kind,
// written with the store's real schema (Database::open creates it), then filled through the
// SQLite C API in one transaction with prepared statements. Generated once and cached under the
// build directory, keyed by kVersion and the sizes; bump kVersion when the content changes.

#include <QDateTime>
#include <QString>

namespace benchinbox {

constexpr int kVersion = 1;
constexpr int kConversations = 10000;
constexpr int kMessages = 1000000;
constexpr int kBigConversationMessages = 100000;
constexpr qint64 kBigConversationId = 1;

// The moment the data describes: windows are open, closing or closed relative to it. Benches
// show the inbox at this time through a ManualClock.
QDateTime datasetNow();

// The cached file's path; generates it first when missing (prints progress to stderr).
QString databasePath();

} // namespace benchinbox
