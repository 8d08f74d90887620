// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "AuditContext.h"
#include "Database.h"
#include "MarkTotals.h"
#include "SqlSupport.h"

namespace parcours {

Transaction::Transaction(Database& db) : m_db(db)
{
    if (db.isReadOnly()) {
        m_begun = fail(ErrorCode::ReadOnly, QStringLiteral("'%1' is open read-only.").arg(db.path()));
        return;
    }
    if (db.m_transactionDepth > 0) {
        m_begun = fail(ErrorCode::Usage, QStringLiteral("A transaction is already open on this database."));
        return;
    }
    // IMMEDIATE takes the write lock now: a busy file fails here, before any work is done.
    if (auto r = storage::execDirect(db.connectionName(), QStringLiteral("BEGIN IMMEDIATE")); !r) {
        m_begun = fail(r.error());
        return;
    }
    m_open = true;
    ++m_db.m_transactionDepth;
    // Who writes, for the audit log's triggers; a failure here fails the transaction.
    if (auto r = storage::enterAuditContext(db); !r) {
        rollback();
        m_begun = fail(r.error());
    }
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Usage, m_begun ? QStringLiteral("The transaction is already finished.")
                                              : QStringLiteral("The transaction never began."));
    // The attendance totals the transaction's writes made stale are counted again before they
    // are committed (MarkTotals.md): a figure read after the commit reads whole totals.
    if (auto r = MarkTotals::refreshStale(m_db); !r)
        return r;
    if (auto r = storage::leaveAuditContext(m_db); !r)
        return fail(r.error());
    // A failed COMMIT leaves the transaction open; the destructor rolls it back.
    if (auto r = storage::execDirect(m_db.connectionName(), QStringLiteral("COMMIT")); !r)
        return fail(r.error());
    m_open = false;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (auto r = storage::execDirect(m_db.connectionName(), QStringLiteral("ROLLBACK")); !r)
        qCWarning(lcStorage) << "rollback failed:" << r.error().detail;
    m_open = false;
    --m_db.m_transactionDepth;
}

} // namespace parcours
