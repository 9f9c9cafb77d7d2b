#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// Splits a migration script into single statements, because the Qt drivers run one statement
// per call. Understands what can hide a ';': quoted strings and identifiers, -- and /* */
// comments (dropped from the output), PostgreSQL dollar quoting ($$ ... $$, $fn$ ... $fn$) and
// SQLite trigger bodies (CREATE TRIGGER ... BEGIN ...; ...; END;).
class SqlScript
{
public:
    SqlScript() = delete;

    // Statements without their terminating ';', trimmed; empty ones are dropped.
    static QStringList split(const QString &script);
};

} // namespace sb
