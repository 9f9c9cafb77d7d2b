#include "SettingsDialog.h"

#include "DesktopSettings.h"
#include "ServiceWindow.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>

namespace sb {

namespace {

constexpr std::array Policies{ReadReceiptPolicy::OnOpen, ReadReceiptPolicy::OnReply,
                              ReadReceiptPolicy::Never};

// A quieter line under a setting that says what it does.
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    QPalette palette = label->palette();
    QColor color = palette.color(QPalette::WindowText);
    color.setAlphaF(0.65f);
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(DesktopSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_agentName(new QLineEdit(this))
    , m_closingSoon(new QSpinBox(this))
    , m_readReceipts(new QButtonGroup(this))
    , m_newMessages(new QCheckBox(tr("New customer messages"), this))
    , m_closingWindows(
          new QCheckBox(tr("Windows about to close on conversations that need a reply"), this))
    , m_doNotDisturb(new QCheckBox(tr("Do not disturb"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    // Inbox
    auto *inbox = new QWidget(this);
    auto *inboxForm = new QFormLayout(inbox);
    inboxForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_agentName->setObjectName(QStringLiteral("agentName"));
    m_agentName->setPlaceholderText(tr("e.g. Maria"));
    m_agentName->setClearButtonEnabled(true);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_agentName);
    nameColumn->addWidget(
        hint(tr("Conversations assigned to this name are listed under Mine."), inbox));
    inboxForm->addRow(tr("Your &name:"), nameColumn);

    m_closingSoon->setObjectName(QStringLiteral("closingSoonMinutes"));
    m_closingSoon->setRange(0, DesktopSettings::MaxClosingSoonMinutes);
    m_closingSoon->setSingleStep(5);
    m_closingSoon->setSuffix(tr(" min", "minutes before the deadline"));
    m_closingSoon->setSpecialValueText(tr("Off", "closing-soon warning"));
    m_closingSoon->setAccelerated(true);
    auto *spinRow = new QHBoxLayout;
    spinRow->addWidget(m_closingSoon);
    spinRow->addWidget(new QLabel(tr("before the 24-hour window closes"), inbox), 1);
    auto *spinColumn = new QVBoxLayout;
    spinColumn->setSpacing(2);
    spinColumn->addLayout(spinRow);
    spinColumn->addWidget(hint(tr("From then on the window's countdown turns amber and, when the "
                                  "customer is still waiting for a reply, you are notified once."),
                               inbox));
    inboxForm->addRow(tr("&Closing soon:"), spinColumn);
    if (auto *label = qobject_cast<QLabel *>(inboxForm->labelForField(spinColumn)))
        label->setBuddy(m_closingSoon);
    if (auto *label = qobject_cast<QLabel *>(inboxForm->labelForField(nameColumn)))
        label->setBuddy(m_agentName);

    // Read receipts
    auto *receipts = new QWidget(this);
    auto *receiptsColumn = new QVBoxLayout(receipts);
    for (ReadReceiptPolicy policy : Policies) {
        auto *radio = new QRadioButton(readReceiptPolicyLabel(policy), receipts);
        radio->setObjectName(readReceiptPolicySettingsName(policy));
        m_readReceipts->addButton(radio, static_cast<int>(policy));
        receiptsColumn->addWidget(radio);
    }
    receiptsColumn->addWidget(
        hint(tr("A read receipt shows the customer blue ticks. Sending a typing indicator also "
                "marks their message as read."),
             receipts));

    // Notifications
    auto *notifications = new QWidget(this);
    auto *notificationsColumn = new QVBoxLayout(notifications);
    m_newMessages->setObjectName(QStringLiteral("notifyNewMessages"));
    m_closingWindows->setObjectName(QStringLiteral("notifyClosingWindows"));
    m_doNotDisturb->setObjectName(QStringLiteral("doNotDisturb"));
    notificationsColumn->addWidget(m_newMessages);
    notificationsColumn->addWidget(m_closingWindows);
    notificationsColumn->addSpacing(4);
    notificationsColumn->addWidget(m_doNotDisturb);
    notificationsColumn->addWidget(
        hint(tr("While on, nothing pops up; the tray icon still counts unread messages."),
             notifications));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(section(tr("Inbox"), inbox));
    layout->addWidget(section(tr("Read receipts"), receipts));
    layout->addWidget(section(tr("Notifications"), notifications));
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    connect(m_closingSoon, &QSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    load();
    setMinimumWidth(520);
}

QWidget *SettingsDialog::section(const QString &title, QWidget *content)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    auto *heading = new QLabel(title, box);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    heading->setFont(font);
    column->addWidget(heading);
    // Indented under its heading, as in the desktop's own settings.
    content->layout()->setContentsMargins(14, 2, 0, 0);
    column->addWidget(content);
    return box;
}

void SettingsDialog::load()
{
    m_agentName->setText(m_settings->agentName());
    m_closingSoon->setValue(static_cast<int>(m_settings->closingSoonThreshold().count()));
    showReadReceiptPolicy(m_settings->readReceiptPolicy());
    m_newMessages->setChecked(m_settings->notifyNewMessages());
    m_closingWindows->setChecked(m_settings->notifyClosingWindows());
    m_doNotDisturb->setChecked(m_settings->doNotDisturb());
    updateEnabled();
}

void SettingsDialog::apply()
{
    m_settings->setAgentName(m_agentName->text());
    m_settings->setClosingSoonThreshold(std::chrono::minutes(m_closingSoon->value()));
    m_settings->setReadReceiptPolicy(shownReadReceiptPolicy());
    m_settings->setNotifyNewMessages(m_newMessages->isChecked());
    m_settings->setNotifyClosingWindows(m_closingWindows->isChecked());
    m_settings->setDoNotDisturb(m_doNotDisturb->isChecked());
}

void SettingsDialog::restoreDefaults()
{
    m_closingSoon->setValue(static_cast<int>(ServiceWindow::DefaultClosingSoon.count()));
    showReadReceiptPolicy(ReadReceiptPolicy::OnReply);
    m_newMessages->setChecked(true);
    m_closingWindows->setChecked(true);
    m_doNotDisturb->setChecked(false);
}

ReadReceiptPolicy SettingsDialog::shownReadReceiptPolicy() const
{
    const int id = m_readReceipts->checkedId();
    return id < 0 ? ReadReceiptPolicy::OnReply : static_cast<ReadReceiptPolicy>(id);
}

void SettingsDialog::showReadReceiptPolicy(ReadReceiptPolicy policy)
{
    if (QAbstractButton *button = m_readReceipts->button(static_cast<int>(policy)))
        button->setChecked(true);
}

void SettingsDialog::updateEnabled()
{
    // Without a threshold there is no "closing soon" instant to warn at.
    const bool threshold = m_closingSoon->value() > 0;
    m_closingWindows->setEnabled(threshold);
    m_closingWindows->setToolTip(threshold ? QString()
                                           : tr("Set a closing-soon time above to use this."));
}

} // namespace sb
