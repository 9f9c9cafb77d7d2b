#include "Transaction.h"

#include "Database.h"
#include "Logging.h"
#include "SqlStatement.h"

namespace sb {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    int &depth = m_db.transactionDepth();
    if (depth > 0) {
        m_savepoint = QStringLiteral("sb_savepoint_%1").arg(depth);
        run(QLatin1String("SAVEPOINT ") + m_savepoint);
    } else {
        run(dialectBeginStatement(m_db.dialect()));
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
