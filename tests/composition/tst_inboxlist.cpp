// The conversation list fed by the inbox service from a real sandbox session: every row names
// the business number it belongs to and says what its last message was, also when that has no
// text (voice, location, sticker, unsupported); the search box finds message text through the
// service, debounced.

#include "ConversationFilterModel.h"
#include "ConversationListPanel.h"
#include "InboxFeed.h"
#include "InboxWindowFixture.h"
#include "PhoneNumberRepository.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QtTest>

using namespace sb;

namespace {

QVariant roleOf(sbtest::InboxWindow &w, qint64 id, int role)
{
    return w.model.index(w.model.rowOf(id)).data(role);
}

QList<qint64> shownIds(sbtest::InboxWindow &w)
{
    ConversationFilterModel *filter = w.window.conversations()->filterModel();
    QList<qint64> ids;
    for (int row = 0; row < filter->rowCount(); ++row)
        ids << filter->conversationId(row);
    return ids;
}

} // namespace

class TestInboxList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsNameTheirNumberAndWhatTheLastMessageWas()
    {
        sbtest::InboxWindow w(SandboxScenarioKind::Demo);
        QVERIFY(w.start());
        QTRY_VERIFY_WITH_TIMEOUT(w.model.rowCount() >= 21, sbtest::kUiWaitMs);
        const qint64 sophie = w.conversationNamed(QStringLiteral("Sophie Taylor"));
        const qint64 jessica = w.conversationNamed(QStringLiteral("Jessica Miller"));
        const qint64 sofia = w.conversationNamed(QStringLiteral("Sofía García"));
        const qint64 emma = w.conversationNamed(QStringLiteral("Emma Dubois"));
        const qint64 felix = w.conversationNamed(QStringLiteral("Felix Wagner"));
        const qint64 giulia = w.conversationNamed(QStringLiteral("Giulia Bianchi"));
        QVERIFY(sophie && jessica && sofia && emma && felix && giulia);

        // Each row names the number it belongs to: Sophie wrote to the second one.
        const QString primary =
            roleOf(w, jessica, ConversationListModel::BusinessNumberRole).toString();
        const QString second =
            roleOf(w, sophie, ConversationListModel::BusinessNumberRole).toString();
        QVERIFY(primary.startsWith(QLatin1Char('+')) && second.startsWith(QLatin1Char('+')));
        QVERIFY(primary != second);
        QCOMPARE(QString(primary).remove(QLatin1Char('+')),
                 PhoneNumberRepository::displayDigits(w.sandbox().config().displayPhoneNumber));

        // Every row says what its last message was, whatever its kind.
        for (int row = 0; row < w.model.rowCount(); ++row) {
            const QModelIndex index = w.model.index(row);
            if (index.data(ConversationListModel::LastMessageAtRole).toDateTime().isValid())
                QVERIFY2(!index.data(ConversationListModel::LastPreviewRole).toString().isEmpty(),
                         qPrintable(index.data(ConversationListModel::ContactNameRole).toString()));
        }
        const auto preview = [&](qint64 id) {
            return roleOf(w, id, ConversationListModel::LastPreviewRole).toString();
        };
        QCOMPARE(preview(sofia), QStringLiteral("Voice message"));
        QCOMPARE(preview(emma), QStringLiteral("Location: Tour Eiffel"));
        QCOMPARE(preview(felix), QStringLiteral("Sticker"));
        QVERIFY(preview(giulia).startsWith(QStringLiteral("Unsupported message")));

        // Opening the conversation fetches the voice note for its bubble; from then on its
        // length is known and the list shows it.
        Q_EMIT w.window.conversations()->conversationActivated(sofia);
        static const QRegularExpression voice(QStringLiteral("^Voice message \\d+:\\d\\d$"));
        QTRY_VERIFY2_WITH_TIMEOUT(voice.match(preview(sofia)).hasMatch(),
                                  qPrintable(preview(sofia)), sbtest::kUiWaitMs);
    }

    void searchBoxFindsMessageText()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        w.window.conversations()->setSearchDebounce(std::chrono::milliseconds(50));
        w.customerWrites(QStringLiteral("4915112345678"), QStringLiteral("Lena"),
                         QStringLiteral("Where is my parcel?"));
        w.customerWrites(QStringLiteral("4915112345678"), QStringLiteral("Lena"),
                         QStringLiteral("*Thanks* a _lot_"));
        w.customerWrites(QStringLiteral("447700900123"), QStringLiteral("Omar"),
                         QStringLiteral("Hello"));
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        const qint64 omar = w.conversationNamed(QStringLiteral("Omar"));
        QVERIFY(lena && omar);
        QVERIFY(w.storeHolds(lena, 2));
        QTRY_COMPARE(shownIds(w).size(), 2);
        // The preview shows text as the customer sees it, without markup characters.
        QTRY_COMPARE(roleOf(w, lena, ConversationListModel::LastPreviewRole).toString(),
                     QStringLiteral("Thanks a lot"));

        auto *box =
            w.window.conversations()->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        QVERIFY(box);
        // "parcel" is only in an older message: neither name nor preview has it.
        QTest::keyClicks(box, QStringLiteral("parcel"));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(w), QList<qint64>{lena}, sbtest::kUiWaitMs);
        box->clear();
        QTRY_COMPARE(shownIds(w).size(), 2);
        QTest::keyClicks(box, QStringLiteral("omar"));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(w), QList<qint64>{omar}, sbtest::kUiWaitMs);
        box->clear();
        QTest::keyClicks(box, QStringLiteral("nowhere to be found"));
        QTRY_VERIFY_WITH_TIMEOUT(shownIds(w).isEmpty(), sbtest::kUiWaitMs);
    }
};

QTEST_MAIN(TestInboxList)
#include "tst_inboxlist.moc"
