// MessageListModel: what attaches to rows (reactions, quotes, downloads) and what the model
// derives for them (day starts, the read-receipts hint).
#include "MessageModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace modelfixtures;

class TestMessageListRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(t0);
        m_model = std::make_unique<Model>(m_clock.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_clock.reset();
    }

    void reactionsAttachToTheirTarget()
    {
        m_model->appendLive(text(1, QStringLiteral("target"), t0, Direction::Outbound));
        QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        m_model->appendLive(
            reaction(QStringLiteral("wamid.1"), QStringLiteral("👍"), t0.addSecs(10)));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        auto reactions = role<QList<sb::ChatReaction>>(*m_model, 0, Model::ReactionsRole);
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().emoji, QStringLiteral("👍"));
        QCOMPARE(reactions.first().from, QStringLiteral("4915550001"));

        // The same sender replaces; an older event arriving late does not undo it.
        m_model->appendLive(
            reaction(QStringLiteral("wamid.1"), QStringLiteral("❤"), t0.addSecs(20)));
        m_model->appendLive(
            reaction(QStringLiteral("wamid.1"), QStringLiteral("😮"), t0.addSecs(15)));
        reactions = role<QList<sb::ChatReaction>>(*m_model, 0, Model::ReactionsRole);
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().emoji, QStringLiteral("❤"));

        // The business reacting adds its own; an empty emoji removes the customer's.
        m_model->appendLive(reaction(QStringLiteral("wamid.1"), QStringLiteral("🙏"), t0.addSecs(25),
                                     Direction::Outbound));
        m_model->appendLive(reaction(QStringLiteral("wamid.1"), QString(), t0.addSecs(30)));
        reactions = role<QList<sb::ChatReaction>>(*m_model, 0, Model::ReactionsRole);
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().direction, Direction::Outbound);
    }

    void reactionWaitsForItsTarget()
    {
        m_model->appendLive(text(5, QStringLiteral("new"), t0));
        m_model->appendLive(
            reaction(QStringLiteral("wamid.2"), QStringLiteral("🎉"), t0.addSecs(5)));
        QCOMPARE(m_model->rowCount(), 1);
        m_model->prependHistory({text(2, QStringLiteral("old"), t0.addSecs(-60))});
        const auto reactions = role<QList<sb::ChatReaction>>(*m_model, 0, Model::ReactionsRole);
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().emoji, QStringLiteral("🎉"));
    }

    void outgoingReactionCanFail()
    {
        m_model->appendLive(text(1, QStringLiteral("target"), t0));
        ChatMessage mine =
            reaction(QStringLiteral("wamid.1"), QStringLiteral("👍"), t0, Direction::Outbound);
        mine.localId = QStringLiteral("react-1");
        QVERIFY(m_model->addPending(mine));
        QCOMPARE(m_model->rowCount(), 1);
        auto reactions = role<QList<sb::ChatReaction>>(*m_model, 0, Model::ReactionsRole);
        QCOMPARE(reactions.first().state, DeliveryState::Queued);
        QVERIFY(m_model->resolvePending(QStringLiteral("react-1"), QStringLiteral("wamid.R")));
        QVERIFY(m_model->applyStatus(QStringLiteral("wamid.R"),
                                     status(DeliveryState::Failed, t0.addSecs(2), 131009)));
        reactions = role<QList<sb::ChatReaction>>(*m_model, 0, Model::ReactionsRole);
        QCOMPARE(reactions.first().state, DeliveryState::Failed);
    }

    void dayStarts()
    {
        const QDateTime yesterday = t0.addDays(-1);
        m_model->appendLive(text(3, QStringLiteral("today"), t0));
        m_model->appendLive(text(4, QStringLiteral("today too"), t0.addSecs(60)));
        QVERIFY(role<bool>(*m_model, 0, Model::DayStartRole));
        QVERIFY(!role<bool>(*m_model, 1, Model::DayStartRole));

        // Older messages of the same day take the separator from the old first row.
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        const quint64 revision = role<quint64>(*m_model, 0, Model::RevisionRole);
        m_model->prependHistory({text(1, QStringLiteral("yesterday"), yesterday),
                                 text(2, QStringLiteral("this morning"), t0.addSecs(-3600))});
        QVERIFY(role<bool>(*m_model, 0, Model::DayStartRole));
        QVERIFY(role<bool>(*m_model, 1, Model::DayStartRole));
        QVERIFY(!role<bool>(*m_model, 2, Model::DayStartRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
        QVERIFY(role<quint64>(*m_model, 2, Model::RevisionRole) != revision);
    }

    void readReceiptsHint()
    {
        m_model->appendLive(text(1, QStringLiteral("out"), t0, Direction::Outbound));
        m_model->applyStatus(QStringLiteral("wamid.1"), status(DeliveryState::Delivered, t0));
        QVERIFY(!role<bool>(*m_model, 0, Model::ReadReceiptsMaybeOffRole));
        QCOMPARE(m_model->nextTimeDependentChange(), t0.addSecs(24 * 3600));

        m_clock->advance(23h + 59min);
        m_model->refreshTimeDependent();
        QVERIFY(!role<bool>(*m_model, 0, Model::ReadReceiptsMaybeOffRole));

        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        m_clock->advance(1min);
        m_model->refreshTimeDependent();
        QVERIFY(role<bool>(*m_model, 0, Model::ReadReceiptsMaybeOffRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m_model->nextTimeDependentChange().isValid());

        // A read receipt, however late, ends the hint.
        m_model->applyStatus(QStringLiteral("wamid.1"),
                             status(DeliveryState::Read, m_clock->now()));
        QVERIFY(!role<bool>(*m_model, 0, Model::ReadReceiptsMaybeOffRole));
    }

    void readReceiptsThresholdIsConfigurable()
    {
        m_model->appendLive(text(1, QStringLiteral("out"), t0, Direction::Outbound));
        m_model->applyStatus(QStringLiteral("wamid.1"), status(DeliveryState::Delivered, t0));
        m_clock->advance(2h);
        m_model->setReadReceiptThreshold(1h);
        QVERIFY(role<bool>(*m_model, 0, Model::ReadReceiptsMaybeOffRole));
        // Inbound rows never get it.
        m_model->appendLive(text(2, QStringLiteral("in"), t0));
        QVERIFY(!role<bool>(*m_model, 1, Model::ReadReceiptsMaybeOffRole));
    }

    void quotedReplies()
    {
        ChatMessage reply = text(5, QStringLiteral("yes please"), t0);
        reply.message.context = sb::ReplyContext{QStringLiteral("wamid.2"), {}, {}, {}};
        m_model->appendLive(reply);
        auto quoted = role<sb::QuotedMessage>(*m_model, 0, Model::QuotedRole);
        QVERIFY(!quoted.found);
        QCOMPARE(quoted.platformId, QStringLiteral("wamid.2"));

        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        m_model->prependHistory(
            {text(2, QStringLiteral("Shall I _book_ it?"), t0.addSecs(-60), Direction::Outbound)});
        quoted = role<sb::QuotedMessage>(*m_model, 1, Model::QuotedRole);
        QVERIFY(quoted.found);
        QCOMPARE(quoted.preview, QStringLiteral("Shall I book it?"));
        QCOMPARE(quoted.direction, Direction::Outbound);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m_model->index(0).data(Model::QuotedRole).isValid());
    }

    void mediaPathAndError()
    {
        ChatMessage voice;
        voice.id = 3;
        voice.message.kind = sb::MessageKind::Audio;
        sb::MediaContent media;
        media.kind = sb::MediaKind::Audio;
        media.voice = true;
        voice.message.body = media;
        voice.message.timestamp = t0;
        m_model->appendLive(voice);
        QCOMPARE(role<qint64>(*m_model, 0, Model::MediaDurationRole), qint64(-1));

        QVERIFY(m_model->setMediaError(3, QStringLiteral("The media expired")));
        QCOMPARE(role<QString>(*m_model, 0, Model::MediaErrorRole),
                 QStringLiteral("The media expired"));
        QVERIFY(!m_model->setMediaError(99, QStringLiteral("no such row")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("voice.ogg"));
        writeOpusFile(path, 48000 * 7 + 312);
        QVERIFY(m_model->setMediaPath(3, path));
        QCOMPARE(role<QString>(*m_model, 0, Model::MediaPathRole), path);
        QVERIFY(role<QString>(*m_model, 0, Model::MediaErrorRole).isEmpty());
        QCOMPARE(role<qint64>(*m_model, 0, Model::MediaDurationRole), qint64(7000));
        QVERIFY(!m_model->setMediaPath(3, path)); // unchanged
    }

private:
    // A minimal Ogg Opus stream: an OpusHead page with pre-skip 312 and a last page whose
    // granule position is `granule`.
    static void writeOpusFile(const QString &path, quint64 granule)
    {
        const auto page = [](quint64 pageGranule, const QByteArray &packet) -> QByteArray {
            QByteArray out("OggS");
            out.append(char(0)).append(char(0));
            for (int i = 0; i < 8; ++i)
                out.append(char((pageGranule >> (8 * i)) & 0xff));
            out.append(QByteArray(12, '\0'));
            out.append(char(1)).append(char(packet.size()));
            return out + packet;
        };
        QByteArray head("OpusHead");
        head.append(char(1)).append(char(1)).append(char(312 & 0xff)).append(char(312 >> 8));
        head.append(QByteArray(8, '\0'));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(page(0, head) + page(granule, QByteArray(40, 'x'))));
    }

    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestMessageListRows)
#include "tst_messagelistrows.moc"
