#include "TrayIcon.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

#include <array>

namespace sb {

namespace {

constexpr std::array BadgeSizes{16, 22, 24, 32, 48, 64, 128};
constexpr int MaxBadgeCount = 99;

QColor badgeColor()
{
    return QColor(0xE5, 0x39, 0x35);
}

QPixmap basePixmap(const QIcon &base, int size)
{
    QPixmap pixmap = base.isNull() ? QPixmap() : base.pixmap(QSize(size, size));
    if (pixmap.isNull() || pixmap.width() != size) {
        QPixmap fitted(size, size);
        fitted.fill(Qt::transparent);
        if (!pixmap.isNull()) {
            QPainter painter(&fitted);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawPixmap(fitted.rect(), pixmap);
        }
        pixmap = fitted;
    }
    return pixmap;
}

QPixmap badgedPixmap(const QIcon &base, int size, const QString &text)
{
    QPixmap pixmap = basePixmap(base, size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Small tray sizes cannot carry readable digits: a dot says "something new" there.
    const bool digits = size >= 22;
    const qreal height = digits ? size * 0.56 : size * 0.5;
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(7, qRound(height * 0.72)));
    const QFontMetricsF fm(font);
    const qreal width =
        digits ? std::max(height, fm.horizontalAdvance(text) + height * 0.45) : height;
    const QRectF badge(size - width, 0, width, height);
    const qreal ring = std::max(1.0, size / 32.0);
    painter.setPen(QPen(Qt::white, ring));
    painter.setBrush(badgeColor());
    painter.drawRoundedRect(badge.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2), height / 2,
                            height / 2);
    if (digits) {
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
    }
    return pixmap;
}

} // namespace

TrayIcon::TrayIcon(const QIcon &appIcon, QObject *parent)
    : QObject(parent)
    , m_appIcon(appIcon)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_status(m_menu->addAction(QString()))
    , m_showHide(new QAction(this))
    , m_nextNeedingReply(new QAction(this))
    , m_doNotDisturb(new QAction(this))
    , m_quit(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_status->setObjectName(QStringLiteral("trayStatus"));
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_showHide->setObjectName(QStringLiteral("trayShowHide"));
    m_menu->addAction(m_showHide);
    m_menu->addAction(m_nextNeedingReply);
    m_nextNeedingReply->setObjectName(QStringLiteral("trayNextNeedingReply"));
    m_menu->addSeparator();
    m_doNotDisturb->setObjectName(QStringLiteral("trayDoNotDisturb"));
    m_doNotDisturb->setCheckable(true);
    m_menu->addAction(m_doNotDisturb);
    m_menu->addSeparator();
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    m_menu->addAction(m_quit);

    connect(m_showHide, &QAction::triggered, this, [this] {
        if (m_windowShown)
            Q_EMIT hideWindowRequested();
        else
            Q_EMIT showWindowRequested(0);
    });
    connect(m_nextNeedingReply, &QAction::triggered, this, &TrayIcon::nextNeedingReplyRequested);
    connect(m_doNotDisturb, &QAction::toggled, this, [this](bool on) {
        refresh();
        Q_EMIT doNotDisturbToggled(on);
    });
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    activate();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::activate);

    m_tray->setContextMenu(m_menu);
    retranslate();
    refresh();
    if (isAvailable())
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    m_tray->hide();
    delete m_menu; // a context menu has no parent
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setCounts(const InboxCounts &counts)
{
    if (counts == m_counts)
        return;
    const bool badgeChanged = counts.unreadMessages != m_counts.unreadMessages;
    m_counts = counts;
    m_nextNeedingReply->setEnabled(m_counts.needingReply > 0);
    if (badgeChanged)
        m_tray->setIcon(badged(m_appIcon, m_counts.unreadMessages));
    m_tray->setToolTip(toolTip());
    m_status->setText(statusLines().join(QStringLiteral(" · ")));
}

void TrayIcon::setDoNotDisturb(bool on)
{
    if (on == m_doNotDisturb->isChecked())
        return;
    const QSignalBlocker blocker(m_doNotDisturb);
    m_doNotDisturb->setChecked(on);
    refresh();
}

void TrayIcon::setWindowShown(bool shown)
{
    m_windowShown = shown;
    retranslate();
}

void TrayIcon::showNotification(const DesktopNotification &notification)
{
    m_notified = notification.conversationId;
    if (!isAvailable() || !QSystemTrayIcon::supportsMessages()) {
        Q_EMIT notificationUnavailable(notification);
        return;
    }
    if (notification.kind == NotificationKind::WindowClosing)
        m_tray->showMessage(notification.title, notification.body, QSystemTrayIcon::Warning,
                            MessageDurationMs);
    else
        m_tray->showMessage(notification.title, notification.body, m_appIcon, MessageDurationMs);
}

void TrayIcon::activate()
{
    const qint64 conversation = m_notified;
    m_notified = 0;
    Q_EMIT showWindowRequested(conversation);
}

QIcon TrayIcon::icon() const
{
    return m_tray->icon();
}

QStringList TrayIcon::statusLines() const
{
    QStringList lines;
    if (m_counts.unreadMessages == 0)
        lines << tr("No unread messages");
    else if (m_counts.unreadConversations <= 1)
        lines << tr("%n unread message(s)", nullptr, m_counts.unreadMessages);
    else
        lines << tr("%1 in %n conversation(s)", "%1 is the unread message count",
                    m_counts.unreadConversations)
                     .arg(tr("%n unread message(s)", nullptr, m_counts.unreadMessages));
    if (m_counts.needingReply > 0)
        lines << tr("%n customer(s) waiting for a reply", nullptr, m_counts.needingReply);
    if (m_doNotDisturb->isChecked())
        lines << tr("Do not disturb is on");
    return lines;
}

QString TrayIcon::toolTip() const
{
    return (QStringList{tr("Switchboard")} + statusLines()).join(QLatin1Char('\n'));
}

QIcon TrayIcon::badged(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon icon;
    const QString text = badgeText(count);
    for (int size : BadgeSizes)
        icon.addPixmap(badgedPixmap(base, size, text));
    return icon;
}

QString TrayIcon::badgeText(int count)
{
    return count > MaxBadgeCount ? QStringLiteral("%1+").arg(MaxBadgeCount)
                                 : QString::number(std::max(0, count));
}

void TrayIcon::retranslate()
{
    m_showHide->setText(m_windowShown ? tr("&Hide Switchboard") : tr("&Show Switchboard"));
    m_nextNeedingReply->setText(tr("&Next Conversation Needing a Reply"));
    m_doNotDisturb->setText(tr("&Do Not Disturb"));
    m_quit->setText(tr("&Quit"));
}

void TrayIcon::refresh()
{
    m_nextNeedingReply->setEnabled(m_counts.needingReply > 0);
    m_tray->setIcon(badged(m_appIcon, m_counts.unreadMessages));
    m_tray->setToolTip(toolTip());
    m_status->setText(statusLines().join(QStringLiteral(" · ")));
}

} // namespace sb
