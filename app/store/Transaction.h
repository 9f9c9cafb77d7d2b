#pragma once

#include <QString>

namespace sb {

class Database;

// A unit of work on this thread's connection: begins in the constructor, commits only when
// commit() is called, rolls back when destroyed otherwise (an exception flew, an early
// return). Nests: an inner Transaction is a savepoint, so a repository method can open one
// whether or not its caller already did. Inner ones must end before outer ones.
class Transaction
{
public:
    // Deferred: on SQLite with durable commits, this commit does not wait for the disk; it
    // becomes durable with the next durable commit on the database. A killed process loses
    // nothing, a power cut may lose it. Only for writes whose loss is harmless until something
    // durable follows: a raw webhook body before its ingest (no 200 has gone out), a send's
    // answer (its row stays `sending` and is recovered as unknown, never sent again). Applies to
    // the outermost transaction; a nested one commits with its parent.
    enum class Durability { Immediate, Deferred };

    // Throws StoreException when the transaction cannot start (e.g. SQLite busy past its
    // timeout, connection lost).
    explicit Transaction(Database &db, Durability durability = Durability::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Throws StoreException when the commit fails; the transaction is rolled back then.
    void commit();
    void rollback();
    bool isActive() const { return m_active; }
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    void run(const QString &sql);
    void restoreSync();
    void end();

    Database &m_db;
    bool m_relaxed = false; // this SQLite transaction runs with synchronous=NORMAL
    QString m_savepoint;
    bool m_active = false;
};

} // namespace sb
