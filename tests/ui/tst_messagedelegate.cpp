// The bubbles: every message kind renders, ticks are distinguishable, layouts are cached and
// invalidated on width and font changes.
#include "BubbleStyle.h"
#include "BubbleTicks.h"
#include "ChatFixtures.h"
#include "ChatView.h"
#include "Clock.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using sb::PieceKind;

Q_DECLARE_METATYPE(sb::ChatMessage)
Q_DECLARE_METATYPE(sb::PieceKind)

namespace {

int distinctColours(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); y += 2) {
        for (int x = clipped.left(); x <= clipped.right(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

bool hasColourNear(const QImage &image, const QColor &wanted, int tolerance = 40)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - wanted.red()) + std::abs(c.green() - wanted.green())
                    + std::abs(c.blue() - wanted.blue())
                < tolerance)
                return true;
        }
    }
    return false;
}

} // namespace

class TestMessageDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_files = chatfixtures::writeMedia(m_dir.path());
    }

    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(chatfixtures::t0().addSecs(3 * 3600));
        m_model = std::make_unique<sb::MessageListModel>(m_clock.get());
        m_view = std::make_unique<sb::ChatView>(m_clock.get());
        m_view->resize(720, 800);
        m_view->setModel(m_model.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_clock.reset();
    }

    void everyKindRenders_data()
    {
        QTest::addColumn<sb::ChatMessage>("message");
        QTest::addColumn<PieceKind>("expected");
        QTest::addColumn<int>("minHeight");
        const QList<sb::ChatMessage> rows = chatfixtures::everyKind(m_files);
        for (const sb::ChatMessage &row : rows) {
            if (row.message.kind == sb::MessageKind::Reaction)
                continue; // a reaction is not a row; see reactionShowsOnItsTarget
            PieceKind expected = PieceKind::Text;
            int minHeight = 28;
            switch (row.message.kind) {
            case sb::MessageKind::Image:
            case sb::MessageKind::Video:
            case sb::MessageKind::Sticker:
                expected = PieceKind::Media;
                minHeight = 110;
                break;
            case sb::MessageKind::Audio:
                expected = PieceKind::Audio;
                minHeight = 40;
                break;
            case sb::MessageKind::Document:
                expected = PieceKind::Document;
                minHeight = 50;
                break;
            case sb::MessageKind::Location:
                expected = PieceKind::Location;
                minHeight = 110;
                break;
            case sb::MessageKind::LocationRequest:
                expected = PieceKind::Button;
                break;
            case sb::MessageKind::Contacts:
                expected = PieceKind::Contact;
                minHeight = 80;
                break;
            case sb::MessageKind::Interactive: {
                const auto *interactive = row.message.as<sb::InteractiveContent>();
                expected = interactive->kind == sb::InteractiveKind::List
                        || interactive->kind == sb::InteractiveKind::ProductList
                    ? PieceKind::ListButton
                    : PieceKind::Button;
                minHeight = 50;
                break;
            }
            case sb::MessageKind::Template:
                expected = PieceKind::TemplateTag;
                minHeight = 40;
                break;
            case sb::MessageKind::ButtonTap:
            case sb::MessageKind::ButtonReply:
            case sb::MessageKind::ListReply:
            case sb::MessageKind::FlowReply:
                expected = PieceKind::ReplyLabel;
                break;
            case sb::MessageKind::Order:
                expected = PieceKind::Order;
                minHeight = 70;
                break;
            case sb::MessageKind::System:
                expected = PieceKind::SystemNote;
                minHeight = 20;
                break;
            case sb::MessageKind::Unsupported:
                expected = PieceKind::Unsupported;
                break;
            default:
                break;
            }
            if (row.message.direction == sb::Direction::Outbound
                && row.status.state() == sb::DeliveryState::Failed)
                expected = PieceKind::Failure;
            const QString name =
                QStringLiteral("%1-%2").arg(row.id).arg(sb::messageKindWireName(row.message.kind));
            QTest::newRow(qPrintable(name)) << row << expected << minHeight;
        }
    }

    void everyKindRenders()
    {
        QFETCH(sb::ChatMessage, message);
        QFETCH(PieceKind, expected);
        QFETCH(int, minHeight);
        m_model->appendLive(message);
        QCOMPARE(m_model->rowCount(), 1);
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(0);
        const QRect rect = m_view->visualRect(index);
        QVERIFY2(rect.height() >= minHeight, qPrintable(QString::number(rect.height())));
        QVERIFY(rect.height() <= 700);
        QCOMPARE(rect.width(), m_view->viewport()->width());

        const sb::BubbleGeometry &geometry =
            m_view->messageDelegate()->geometry(m_view->rowOption(index), index);
        QVERIFY(geometry.exact);
        QCOMPARE(geometry.size.height(), rect.height());
        QVERIFY2(geometry.piece(expected), "the kind's characteristic part is missing");
        QVERIFY(geometry.piece(PieceKind::Meta) || message.message.kind == sb::MessageKind::System);

        // Something is drawn where the bubble is: not a flat area of wallpaper.
        const QImage image = m_view->viewport()->grab().toImage();
        const QRect bubble = m_view->messageDelegate()->bubbleRect(m_view->rowOption(index), index);
        QVERIFY(!bubble.isEmpty());
        QVERIFY2(distinctColours(image, bubble) > 4, "the bubble looks blank");
        // Ours on the right, the customer's on the left (system notes are centred).
        if (message.message.kind != sb::MessageKind::System) {
            if (message.message.direction == sb::Direction::Outbound)
                QVERIFY(bubble.center().x() > rect.center().x());
            else
                QVERIFY(bubble.center().x() < rect.center().x());
        }
    }

    void reactionShowsOnItsTarget()
    {
        const QList<sb::ChatMessage> rows = chatfixtures::everyKind(m_files);
        m_model->appendLive(rows.at(1));
        const QModelIndex index = m_model->index(0);
        const int before = m_view->visualRect(index).height();
        m_model->appendLive(rows.last()); // the 👍 on wamid.2
        QCOMPARE(m_model->rowCount(), 1);
        QCoreApplication::processEvents();
        const sb::BubbleGeometry &geometry =
            m_view->messageDelegate()->geometry(m_view->rowOption(index), index);
        QVERIFY(geometry.piece(PieceKind::Reactions));
        QVERIFY(m_view->visualRect(index).height() > before); // the row grew to hold the pill
    }

    void ticksAreDistinct()
    {
        const sb::BubbleStyle style(m_view->font(), m_view->palette());
        QList<QImage> images;
        for (int i = 0; i < sb::DeliveryStateCount; ++i) {
            QImage image(48, 24, QImage::Format_ARGB32);
            image.fill(style.outbound);
            QPainter painter(&image);
            sb::BubbleTicks::paint(&painter, QRectF(4, 2, 40, 20),
                                   static_cast<sb::DeliveryState>(i), style, style.outbound);
            painter.end();
            images.append(image);
        }
        const auto at = [&](sb::DeliveryState state) { return images.at(int(state)); };
        // Every state the agent can meet looks different from the others (the three local
        // "waiting" states share the clock on purpose).
        const QList<sb::DeliveryState> shown{
            sb::DeliveryState::Queued, sb::DeliveryState::Accepted,  sb::DeliveryState::Unknown,
            sb::DeliveryState::Sent,   sb::DeliveryState::Delivered, sb::DeliveryState::Read,
            sb::DeliveryState::Played, sb::DeliveryState::Failed};
        for (qsizetype a = 0; a < shown.size(); ++a) {
            for (qsizetype b = a + 1; b < shown.size(); ++b)
                QVERIFY2(at(shown.at(a)) != at(shown.at(b)),
                         qPrintable(QStringLiteral("%1 looks like %2")
                                        .arg(int(shown.at(a)))
                                        .arg(int(shown.at(b)))));
        }
        QVERIFY(hasColourNear(at(sb::DeliveryState::Read), style.tickBlue));
        QVERIFY(!hasColourNear(at(sb::DeliveryState::Delivered), style.tickBlue));
        QVERIFY(hasColourNear(at(sb::DeliveryState::Failed), style.failed));
        QVERIFY(hasColourNear(at(sb::DeliveryState::Played), style.tickBlue));
        QCOMPARE(at(sb::DeliveryState::Queued), at(sb::DeliveryState::Sending));
    }

    void layoutFollowsWidthAndFont()
    {
        m_model->appendLive(chatfixtures::text(
            1, sb::Direction::Inbound, 0,
            QStringLiteral("A rather long message that has to wrap over several lines when the "
                           "chat view is narrow, and fewer lines when it is wide.")));
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(0);
        const int wide = m_view->visualRect(index).height();
        m_view->resize(360, 800);
        QCoreApplication::processEvents();
        const int narrow = m_view->visualRect(index).height();
        QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));

        QFont bigger = m_view->font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
        m_view->setFont(bigger);
        QCoreApplication::processEvents();
        QVERIFY(m_view->visualRect(index).height() > narrow);
    }

    void bigModelsAreMeasuredLazily()
    {
        QList<sb::ChatMessage> rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(chatfixtures::text(i + 1,
                                           i % 3 ? sb::Direction::Inbound : sb::Direction::Outbound,
                                           i / 60, QStringLiteral("Message number %1").arg(i)));
        m_model->prependHistory(rows);
        QCoreApplication::processEvents();
        QVERIFY(m_view->isAtBottom());
        const auto *delegate = m_view->messageDelegate();
        QVERIFY(delegate->geometryIsExact(m_model->index(4999)));
        QVERIFY(!delegate->geometryIsExact(m_model->index(0))); // far away: only estimated
        // Only the rows within a screen of the viewport were laid out, not all 5,000.
        const int measured = m_view->measuredRowCount();
        QVERIFY2(measured > 0 && measured < 100, qPrintable(QString::number(measured)));
        m_view->verticalScrollBar()->setValue(0);
        QCoreApplication::processEvents();
        QVERIFY(delegate->geometryIsExact(m_model->index(0)));
        // Jumping to the top lays out the rows there, still not the thousands in between.
        QVERIFY2(m_view->measuredRowCount() < 200,
                 qPrintable(QString::number(m_view->measuredRowCount())));
    }

    void readReceiptsHintShows()
    {
        sb::ChatMessage sent =
            chatfixtures::text(1, sb::Direction::Outbound, 0, QStringLiteral("Hello"));
        sent.status = sb::DeliveryStatus();
        sent.status.apply(sb::DeliveryState::Delivered, m_clock->now());
        m_model->appendLive(sent);
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(0);
        QVERIFY(!m_view->messageDelegate()
                     ->geometry(m_view->rowOption(index), index)
                     .piece(PieceKind::Hint));
        const int before = m_view->visualRect(index).height();
        m_clock->advance(49h);
        m_model->refreshTimeDependent();
        QCoreApplication::processEvents();
        QVERIFY(m_view->messageDelegate()
                    ->geometry(m_view->rowOption(index), index)
                    .piece(PieceKind::Hint));
        QVERIFY(m_view->visualRect(index).height() > before);
    }

private:
    QTemporaryDir m_dir;
    chatfixtures::MediaFiles m_files;
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<sb::MessageListModel> m_model;
    std::unique_ptr<sb::ChatView> m_view;
};

QTEST_MAIN(TestMessageDelegate)
#include "tst_messagedelegate.moc"
