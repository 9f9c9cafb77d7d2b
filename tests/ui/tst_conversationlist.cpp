#include "../ui_models/ConversationFixtures.h"
#include "Clock.h"
#include "ConversationDelegate.h"
#include "ConversationFilterModel.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "ConversationRowStyle.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using fixtures::conversation;
using fixtures::t0;
using Model = sb::ConversationListModel;
using Proxy = sb::ConversationFilterModel;

Q_DECLARE_METATYPE(sb::WindowLook)

namespace {

// Counts the rows the view asks to paint, and paints them like the real delegate.
class CountingDelegate : public QStyledItemDelegate
{
public:
    explicit CountingDelegate(sb::ConversationDelegate *inner)
        : m_inner(inner)
    {
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        ++paints;
        m_inner->paint(painter, option, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return m_inner->sizeHint(option, index);
    }
    mutable int paints = 0;

private:
    sb::ConversationDelegate *m_inner;
};

// Share of the pixels inside `rect` that are exactly `color` (the pill's flat fill).
double shareOf(const QImage &image, const QRect &rect, const QColor &color)
{
    int hits = 0;
    int total = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            ++total;
            if (image.pixelColor(x, y).rgb() == color.rgb())
                ++hits;
        }
    }
    return total == 0 ? 0.0 : double(hits) / total;
}

struct PaintCounter : QObject
{
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
    int count = 0;
};

QImage grabViewport(sb::ConversationListView &view)
{
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestConversationList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(t0());
        m_model = std::make_unique<Model>();
        m_model->setClock(m_clock.get());
        m_panel = std::make_unique<sb::ConversationListPanel>();
        m_panel->setSourceModel(m_model.get());
        m_panel->setClock(m_clock.get());
        m_panel->resize(460, 640);
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
        m_clock.reset();
    }

    void countdownTextAndLookAtEachThreshold_data()
    {
        QTest::addColumn<qint64>("beforeDeadlineMs"); // negative: after the deadline
        QTest::addColumn<sb::WindowLook>("look");
        QTest::addColumn<QString>("text");
        const qint64 min = 60 * 1000;
        // The closing-soon threshold comes from settings: 45 min here; mm:ss from 10 min.
        QTest::newRow("open, hours")
            << 5 * 60 * min + 30 * min << sb::WindowLook::Open << QStringLiteral("05:30");
        QTest::newRow("open, 1 ms before closing soon")
            << 45 * min + 1 << sb::WindowLook::Open << QStringLiteral("00:46");
        QTest::newRow("closing soon at the threshold")
            << 45 * min << sb::WindowLook::ClosingSoon << QStringLiteral("00:45");
        QTest::newRow("closing soon, still hh:mm")
            << 10 * min + 1 << sb::WindowLook::ClosingSoon << QStringLiteral("00:11");
        QTest::newRow("closing soon, mm:ss from 10 min")
            << 10 * min << sb::WindowLook::ClosingSoon << QStringLiteral("10:00");
        QTest::newRow("closing soon, one second left")
            << qint64(1000) << sb::WindowLook::ClosingSoon << QStringLiteral("00:01");
        QTest::newRow("closing soon, last millisecond")
            << qint64(1) << sb::WindowLook::ClosingSoon << QStringLiteral("00:01");
        QTest::newRow("closed at the deadline")
            << qint64(0) << sb::WindowLook::Closed << QStringLiteral("closed just now");
        QTest::newRow("closed 5 min ago")
            << -5 * min << sb::WindowLook::Closed << QStringLiteral("closed 5 min ago");
    }

    void countdownTextAndLookAtEachThreshold()
    {
        QFETCH(qint64, beforeDeadlineMs);
        QFETCH(sb::WindowLook, look);
        QFETCH(QString, text);
        m_model->setClosingSoonThreshold(45min);
        m_model->setConversations({conversation(1, QStringLiteral("Ada"), 6h)});
        m_clock->set(t0().addSecs(6 * 3600).addMSecs(-beforeDeadlineMs));
        m_model->fireDueExpiries();
        const QModelIndex index = m_panel->filterModel()->index(0, 0);
        const auto style = sb::styleFor(index.data(Model::WindowPhaseRole).value<sb::WindowPhase>(),
                                        index.data(Model::WindowTextRole).toString(),
                                        index.data(Model::FreeEntryPointActiveRole).toBool());
        QCOMPARE(style.look, look);
        QCOMPARE(style.pillText, text);
        QVERIFY(!style.freeEntryPoint);
    }

    void templateOnlyAndFreeEntryPointLooks()
    {
        const auto never = sb::styleFor(sb::WindowPhase::Never, QStringLiteral("ignored"), false);
        QCOMPARE(never.look, sb::WindowLook::TemplateOnly);
        QCOMPARE(never.pillText, QStringLiteral("Template only"));

        auto ad = conversation(2, QStringLiteral("Ad click"), 20h);
        ad.window.entryPointAt = t0().addSecs(-4 * 3600);
        ad.window.entryPointReplyAt = t0().addSecs(-3 * 3600);
        m_model->setConversations({ad});
        const QModelIndex index = m_model->index(0);
        const auto style = sb::styleFor(index.data(Model::WindowPhaseRole).value<sb::WindowPhase>(),
                                        index.data(Model::WindowTextRole).toString(),
                                        index.data(Model::FreeEntryPointActiveRole).toBool());
        QCOMPARE(style.look, sb::WindowLook::Open);
        QVERIFY(style.freeEntryPoint);
        QCOMPARE(style.freeEntryPointText, QStringLiteral("Free 72 h"));
        // Past the 72 h the marker goes, though the window (reopened by the customer) stays.
        m_clock->set(t0().addSecs(69 * 3600));
        m_model->fireDueExpiries();
        QVERIFY(!index.data(Model::FreeEntryPointActiveRole).toBool());
    }

    void rowLabels()
    {
        QCOMPARE(sb::initialsFor(QStringLiteral("ada  lovelace king"), QString()),
                 QStringLiteral("AL"));
        QCOMPARE(sb::initialsFor(QStringLiteral("Zoë"), QString()), QStringLiteral("Z"));
        QCOMPARE(sb::initialsFor(QStringLiteral("  "), QStringLiteral("+49 151 23")),
                 QStringLiteral("23"));
        QCOMPARE(sb::initialsFor(QString(), QString()), QStringLiteral("?"));

        const QLocale previous;
        QLocale::setDefault(QLocale::c());
        const QDateTime now(QDate(2025, 3, 5), QTime(15, 0), Qt::LocalTime); // a Wednesday
        const auto at = [&](int daysBack, QTime time) {
            return QDateTime(now.date().addDays(-daysBack), time, Qt::LocalTime).toUTC();
        };
        QCOMPARE(sb::lastMessageLabel(at(0, QTime(9, 30, 12)), now.toUTC()),
                 QStringLiteral("09:30"));
        QCOMPARE(sb::lastMessageLabel(at(1, QTime(23, 59)), now.toUTC()),
                 QStringLiteral("Yesterday"));
        QCOMPARE(sb::lastMessageLabel(at(3, QTime(8, 0)), now.toUTC()), QStringLiteral("Sun"));
        QCOMPARE(sb::lastMessageLabel(at(7, QTime(8, 0)), now.toUTC()),
                 QLocale::c().toString(now.date().addDays(-7), QLocale::ShortFormat));
        QCOMPARE(sb::lastMessageLabel(QDateTime(), now.toUTC()), QString());
        QLocale::setDefault(previous);
    }

    void pillColoursOnScreen()
    {
        auto ad = conversation(5, QStringLiteral("Eve Free"), 20h);
        ad.window.entryPointAt = t0().addSecs(-4 * 3600);
        ad.window.entryPointReplyAt = t0().addSecs(-3 * 3600);
        m_model->setConversations({conversation(1, QStringLiteral("Ada Open"), 5h),
                                   conversation(2, QStringLiteral("Bo Soon"), 20min),
                                   conversation(3, QStringLiteral("Cy Closed"), -5min),
                                   conversation(4, QStringLiteral("Di Never"), std::nullopt), ad});
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        sb::ConversationListView &view = *m_panel->listView();
        const QImage image = grabViewport(view);
        const Proxy &proxy = *m_panel->filterModel();

        const QList<std::pair<qint64, sb::WindowLook>> expected{{1, sb::WindowLook::Open},
                                                                {2, sb::WindowLook::ClosingSoon},
                                                                {3, sb::WindowLook::Closed},
                                                                {4, sb::WindowLook::TemplateOnly},
                                                                {5, sb::WindowLook::Open}};
        for (const auto &[id, look] : expected) {
            const QModelIndex index = proxy.index(proxy.proxyRowOf(id), 0);
            const QRect pill = view.windowPillRect(index);
            QVERIFY2(view.viewport()->rect().contains(pill), qPrintable(QString::number(id)));
            QVERIFY2(shareOf(image, pill, sb::pillBackground(look)) > 0.4,
                     qPrintable(QString::number(id)));
            for (const auto other : {sb::WindowLook::Open, sb::WindowLook::ClosingSoon,
                                     sb::WindowLook::Closed, sb::WindowLook::TemplateOnly}) {
                if (other != look)
                    QCOMPARE(shareOf(image, pill, sb::pillBackground(other)), 0.0);
            }
        }
        // The free-entry-point marker sits left of the pill in its own colour.
        const auto &delegate = *view.conversationDelegate();
        QStyleOptionViewItem option;
        option.font = view.font();
        const QModelIndex free = proxy.index(proxy.proxyRowOf(5), 0);
        option.rect = view.visualRect(free);
        const QRect marker = delegate.freeEntryPointRect(option, free);
        QVERIFY(!marker.isEmpty());
        QVERIFY(marker.right() < view.windowPillRect(free).left());
        QVERIFY(shareOf(image, marker, sb::freeEntryPointBackground()) > 0.4);
        const QModelIndex plain = proxy.index(proxy.proxyRowOf(1), 0);
        option.rect = view.visualRect(plain);
        QVERIFY(delegate.freeEntryPointRect(option, plain).isEmpty());
    }

    void pillChangesColourAtTheDeadline()
    {
        m_model->setConversations({conversation(1, QStringLiteral("Ada"), 2s)});
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        sb::ConversationListView &view = *m_panel->listView();
        const QModelIndex index = m_panel->filterModel()->index(0, 0);
        const auto soon = sb::pillBackground(sb::WindowLook::ClosingSoon);
        const auto closed = sb::pillBackground(sb::WindowLook::Closed);
        QVERIFY(shareOf(grabViewport(view), view.windowPillRect(index), soon) > 0.4);

        m_clock->advance(2s - 1ms);
        m_model->fireDueExpiries();
        view.tick();
        QCoreApplication::processEvents();
        QVERIFY(shareOf(grabViewport(view), view.windowPillRect(index), soon) > 0.4);

        m_clock->advance(1ms);
        m_model->fireDueExpiries();
        view.tick();
        QCoreApplication::processEvents();
        QVERIFY(shareOf(grabViewport(view), view.windowPillRect(index), closed) > 0.4);
    }

    void tickRepaintsOnlyVisibleRows()
    {
        QList<sb::ConversationSummary> rows;
        for (qint64 id = 1; id <= 10000; ++id)
            rows.append(conversation(id, QStringLiteral("Customer %1").arg(id),
                                     std::chrono::minutes(5 + id % 600)));
        m_model->setConversations(rows);
        sb::ConversationListView &view = *m_panel->listView();
        CountingDelegate counting(view.conversationDelegate());
        view.setItemDelegate(&counting);
        QVERIFY(!view.tickTimerActive());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(view.tickTimerActive());
        QCoreApplication::processEvents();

        const int rowHeight = view.visualRect(view.model()->index(0, 0)).height();
        QVERIFY(rowHeight > 0);
        const int visibleRows = view.viewport()->height() / rowHeight + 2;
        QVERIFY(view.visibleRowsRect().height() <= view.viewport()->height());
        counting.paints = 0;
        for (int tick = 0; tick < 10; ++tick) {
            m_clock->advance(1s);
            view.tick();
            QCoreApplication::processEvents();
        }
        QVERIFY2(counting.paints >= 10, qPrintable(QString::number(counting.paints)));
        QVERIFY2(counting.paints <= visibleRows * 10, qPrintable(QString::number(counting.paints)));

        m_panel->hide();
        QVERIFY(!view.tickTimerActive());
        view.setItemDelegate(view.conversationDelegate());
    }

    void keyboardAndActivation()
    {
        auto quiet = conversation(2, QStringLiteral("Bo"), 3h);
        quiet.lastFromCustomer = false;
        m_model->setConversations({conversation(1, QStringLiteral("Ada"), 1h + 30min), quiet,
                                   conversation(3, QStringLiteral("Cy"), 5h)});
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        sb::ConversationListView &view = *m_panel->listView();
        QSignalSpy activated(m_panel.get(), &sb::ConversationListPanel::conversationActivated);

        QVERIFY(view.selectConversation(1)); // programmatic: no activation
        QCOMPARE(activated.size(), 0);
        QCOMPARE(view.currentConversationId(), 1);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().at(0).toLongLong(), 2);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().at(0).toLongLong(), 2);

        QVERIFY(view.selectNextNeedingReply()); // skips nothing after Bo: Cy
        QCOMPARE(activated.last().at(0).toLongLong(), 3);
        QVERIFY(view.selectNextNeedingReply()); // wraps to Ada
        QCOMPARE(activated.last().at(0).toLongLong(), 1);
        view.nextNeedingReplyAction()->trigger();
        QCOMPARE(activated.last().at(0).toLongLong(), 3);
        QCOMPARE(activated.size(), 5);

        // Re-sorting and filtering move the selection without opening another chat.
        m_panel->setView(Proxy::View::Closed);
        m_panel->setView(Proxy::View::All);
        auto later = *m_model->conversation(1);
        later.window.lastInbound = t0();
        m_model->upsert(later);
        QCOMPARE(activated.size(), 5);

        m_model->setConversations({quiet});
        QVERIFY(!view.selectNextNeedingReply());
        QVERIFY(!view.selectConversation(1));
    }

    void panelViewsSearchAndEmptyText()
    {
        auto mine = conversation(2, QStringLiteral("Bo"), 3h);
        mine.assignee = QStringLiteral("Anna");
        mine.lastFromCustomer = false;
        m_model->setConversations({conversation(1, QStringLiteral("Ada"), 1h + 30min), mine,
                                   conversation(3, QStringLiteral("Cy"), -1h)});
        m_panel->setAgentName(QStringLiteral("Anna"));
        m_panel->setSearchDebounce(0ms);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        auto *tabs = m_panel->findChild<QTabBar *>(QStringLiteral("conversationViews"));
        auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        QVERIFY(tabs && search);
        QCOMPARE(tabs->count(), 6);
        const Proxy &proxy = *m_panel->filterModel();

        tabs->setCurrentIndex(1);
        QCOMPARE(m_panel->view(), Proxy::View::NeedsReply);
        QCOMPARE(proxy.rowCount(), 2);
        tabs->setCurrentIndex(5);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.conversationId(0), 2);
        m_panel->setView(Proxy::View::ClosingSoon);
        QCOMPARE(tabs->currentIndex(), 2);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(m_panel->listView()->emptyText(),
                 QStringLiteral("No customer-service windows are closing soon."));
        m_panel->setView(Proxy::View::All);

        QSignalSpy requested(m_panel.get(), &sb::ConversationListPanel::searchRequested);
        QTest::keyClicks(search, QStringLiteral("refund"));
        QCOMPARE(proxy.rowCount(), 0); // local rows answer at once
        QVERIFY(m_panel->listView()->emptyText().contains(QStringLiteral("refund")));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!requested.isEmpty());
        QCOMPARE(requested.last().at(0).toString(), QStringLiteral("refund"));
        m_panel->setTextMatches({3}, QStringLiteral("refund"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.conversationId(0), 3);
        search->clear();
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(requested.wait(2000)); // the debounced request for the cleared box
        QCOMPARE(requested.last().at(0).toString(), QString());
    }

    void businessNumberBadgeTakesRoom()
    {
        m_model->setConversations({conversation(1, QStringLiteral("Ada Lovelace"), 5h)});
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        sb::ConversationListView &view = *m_panel->listView();
        const QImage without = grabViewport(view);
        m_panel->setShowBusinessNumber(true);
        QVERIFY(view.conversationDelegate()->showBusinessNumber());
        QCoreApplication::processEvents();
        const QImage with = grabViewport(view);
        QVERIFY(with != without);
        // The pill does not move for the badge.
        QCOMPARE(view.windowPillRect(view.model()->index(0, 0)).right(),
                 view.visualRect(view.model()->index(0, 0)).right() - 12);
    }

    // The composition root loads the rest of the inbox on firstPainted: it must come once, after
    // the list has painted, and never before the view is shown.
    void firstPaintedOnceAfterThePaint()
    {
        m_model->setConversations({conversation(1, QStringLiteral("Ada Lovelace"), 5h)});
        sb::ConversationListView &view = *m_panel->listView();
        PaintCounter paints;
        view.viewport()->installEventFilter(&paints);
        int paintsAtSignal = -1;
        connect(&view, &sb::ConversationListView::firstPainted, this,
                [&] { paintsAtSignal = paints.count; });
        QSignalSpy painted(&view, &sb::ConversationListView::firstPainted);
        QCoreApplication::processEvents();
        QCOMPARE(painted.count(), 0);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QTRY_COMPARE(painted.count(), 1);
        QVERIFY(paintsAtSignal >= 1);
        view.viewport()->repaint();
        m_panel->hide();
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QTRY_VERIFY(paints.count > paintsAtSignal + 1);
        QCoreApplication::processEvents();
        QCOMPARE(painted.count(), 1);
    }

private:
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<sb::ConversationListPanel> m_panel;
};

QTEST_MAIN(TestConversationList)
#include "tst_conversationlist.moc"
