#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace sb {

enum class StoreErrorKind {
    None,
    InvalidLocation, // not a usable path or URL
    UnsupportedScheme, // a URL for a database Switchboard does not speak
    ConnectionFailed, // server unreachable, authentication refused, file not a database
    SchemaTooNew, // written by a newer Switchboard: refusing to touch it
    MigrationFailed, // a numbered migration failed and was rolled back
    QueryFailed, // a statement failed (constraint, lost connection, ...)
    InvalidArgument, // the caller passed something the store cannot store
};

// What went wrong in the store, for people (`message`, translated) and logs (`detail`: the
// driver's text and the statement, never bound values: those may be customer messages).
struct StoreError
{
    StoreErrorKind kind = StoreErrorKind::None;
    QString message;
    QString detail;

    bool isError() const { return kind != StoreErrorKind::None; }
    // "message (detail)" or just the message.
    QString toString() const;
};

// Repositories throw this; the Transaction that is open when it flies rolls back. Callers
// catch it at the unit-of-work boundary (one webhook batch, one user action).
class StoreException final : public std::exception
{
public:
    explicit StoreException(StoreError error);

    const StoreError &error() const noexcept { return m_error; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    StoreError m_error;
    QByteArray m_what;
};

} // namespace sb
