#include "Transaction.h"

#include "Database.h"
#include "Logging.h"
#include "SqlStatement.h"

#include <QScopeGuard>

#include <utility>

namespace sb {

Transaction::Transaction(Database &db, Durability durability)
    : m_db(db)
{
    int &depth = m_db.transactionDepth();
    if (depth > 0) {
        m_savepoint = QStringLiteral("sb_savepoint_%1").arg(depth);
        run(QLatin1String("SAVEPOINT ") + m_savepoint);
    } else {
        // SQLite changes the sync level only outside a transaction: before BEGIN, back after.
        m_relaxed = durability == Durability::Deferred && m_db.dialect() == Dialect::SQLite
            && m_db.durableCommits();
        if (m_relaxed)
            run(QStringLiteral("PRAGMA synchronous=NORMAL"));
        try {
            run(dialectBeginStatement(m_db.dialect()));
        } catch (const StoreException &) {
            restoreSync();
            throw;
        }
    }
    ++m_db.transactionDepth();
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    try {
        rollback();
    } catch (const StoreException &e) {
        qCWarning(lcStore) << "Rolling back failed:" << e.error().toString();
    }
}

void Transaction::commit()
{
    if (!m_active)
        return;
    try {
        run(isNested() ? QLatin1String("RELEASE SAVEPOINT ") + m_savepoint
                       : QStringLiteral("COMMIT"));
    } catch (const StoreException &) {
        rollback();
        throw;
    }
    end();
    restoreSync();
}

void Transaction::restoreSync()
{
    if (!std::exchange(m_relaxed, false))
        return;
    try {
        run(QStringLiteral("PRAGMA synchronous=FULL"));
    } catch (const StoreException &e) {
        // Cannot happen short of a broken connection, which the next statement reports.
        qCCritical(lcStore) << "Commits on this connection may not be synced:"
                            << e.error().toString();
    }
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    end();
    if (isNested()) {
        run(QLatin1String("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        run(QLatin1String("RELEASE SAVEPOINT ") + m_savepoint);
    } else {
        const auto restore = qScopeGuard([this] { restoreSync(); }); // never throws
        run(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::run(const QString &sql)
{
    // SQLite: cached like any statement, as a batch opens thousands of savepoints. PostgreSQL
    // cannot PREPARE transaction control.
    if (m_db.dialect() == Dialect::SQLite)
        SqlStatement(m_db, sql).exec();
    else
        m_db.execute(sql);
}

void Transaction::end()
{
    m_active = false;
    --m_db.transactionDepth();
}

} // namespace sb
