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
    // Throws StoreException when the transaction cannot start (e.g. SQLite busy past its
    // timeout, connection lost).
    explicit Transaction(Database &db);
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
    void end();

    Database &m_db;
    QString m_savepoint;
    bool m_active = false;
};

} // namespace sb
