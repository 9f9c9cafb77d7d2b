// Read receipts through the real window and a real sandbox session: opening a conversation
// clears its unread count here but tells the customer nothing unless the agent chose "on open";
// with "on reply" the receipt goes out with the first reply; with "never" not at all. The
// sandbox's own record of what was marked read is the witness.

#include "Composer.h"
#include "ConversationListPanel.h"
#include "InboxWindowFixture.h"
#include "ReadReceiptPolicy.h"
#include "SandboxWorld.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sb;

namespace {

const QString kLena = QStringLiteral("4915112345678");

} // namespace

class TestReadReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followThePolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("readOnOpen");
        QTest::addColumn<bool>("readOnReply");
        QTest::newRow("on open") << int(ReadReceiptPolicy::OnOpen) << true << true;
        QTest::newRow("on reply") << int(ReadReceiptPolicy::OnReply) << false << true;
        QTest::newRow("never") << int(ReadReceiptPolicy::Never) << false << false;
    }
    void followThePolicy()
    {
        QFETCH(int, policy);
        QFETCH(bool, readOnOpen);
        QFETCH(bool, readOnReply);
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        w.window.composer()->setReadReceiptPolicy(ReadReceiptPolicy(policy));
        const QString first =
            w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hallo"));
        const QString second = w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("?"));
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(w.storeHolds(lena, 2));
        const auto isRead = [&](const QString &wamid) {
            return w.sandbox().world().inbound.value(wamid).read;
        };

        QSignalSpy receipts(w.window.composer(), &Composer::markReadRequested);
        Q_EMIT w.window.conversations()->conversationActivated(lena);
        QCOMPARE(receipts.size(), readOnOpen ? 1 : 0); // asked for at once, or not at all
        QTRY_COMPARE(w.service().conversation(lena)->record.unreadCount, 0); // seen here
        if (readOnOpen) {
            // The newest message is marked, and with it the earlier ones (spec §2).
            QTRY_VERIFY_WITH_TIMEOUT(isRead(second) && isRead(first), sbtest::kUiWaitMs);
        }

        QWidget *editor =
            w.window.composer()->findChild<QWidget *>(QStringLiteral("composerEditor"));
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Ja?"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Once our reply has reached the sandbox, any receipt sent before it has too.
        QTRY_VERIFY_WITH_TIMEOUT(!w.sandbox().sentMessages().isEmpty(), sbtest::kUiWaitMs);
        if (readOnReply)
            QTRY_VERIFY_WITH_TIMEOUT(isRead(second), sbtest::kUiWaitMs);
        else
            QVERIFY(!isRead(second) && !isRead(first));
        if (!readOnOpen && !readOnReply)
            QCOMPARE(w.service().conversation(lena)->record.unreadCount, 0);
    }
};

QTEST_MAIN(TestReadReceipts)
#include "tst_readreceipts.moc"
