#include "Composer.h"

#include "ComposerEditor.h"
#include "DraftStore.h"
#include "FreeFormPanel.h"
#include "TemplateForm.h"
#include "TemplatePicker.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb {

namespace {
constexpr int kDraftDebounceMs = 600;
// The platform drops "typing…" after 25 s; refresh it a little before while the agent types.
constexpr qint64 kTypingRefreshMs = 20'000;
} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("windowBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_keptDraft = new QLabel(this);
    m_keptDraft->setObjectName(QStringLiteral("keptDraft"));
    m_keptDraft->setTextFormat(Qt::PlainText);
    m_keptDraft->setStyleSheet(QStringLiteral(
        "#keptDraft { background: palette(alternate-base); border: 1px dashed palette(mid); "
        "border-radius: 6px; padding: 4px 8px; color: #54656F; }"));
    m_keptDraft->hide();
    layout->addWidget(m_keptDraft);

    m_pages = new QStackedWidget(this);
    m_freeForm = new FreeFormPanel(m_pages);
    m_pages->addWidget(m_freeForm);
    m_pages->addWidget(buildTemplatePage());
    layout->addWidget(m_pages, 1);

    connect(m_freeForm, &FreeFormPanel::sendRequested, this, &Composer::onOutgoing);
    connect(m_freeForm, &FreeFormPanel::sent, this, &Composer::onFreeFormSent);
    connect(m_freeForm, &FreeFormPanel::textEdited, this, &Composer::onTextEdited);
    connect(m_freeForm, &FreeFormPanel::templateRequested, this, &Composer::openTemplatePicker);
    connect(m_freeForm, &FreeFormPanel::typingIndicatorToggled, this,
            &Composer::typingIndicatorToggled);

    m_templatePickerAction = new QAction(tr("Templates…"), this);
    m_templatePickerAction->setObjectName(QStringLiteral("openTemplatePicker"));
    m_templatePickerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    // Window-wide, so it also works from the conversation list (a menu shows it).
    m_templatePickerAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_templatePickerAction, &QAction::triggered, this, &Composer::openTemplatePicker);
    addAction(m_templatePickerAction);

    m_windowTimer.setSingleShot(true);
    m_windowTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_windowTimer, &QTimer::timeout, this, &Composer::checkWindowNow);
    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, this, &Composer::refreshBanner);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDebounceMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &Composer::saveDraftNow);

    setAcceptDrops(true);
    setReadReceiptPolicy(m_policy);
    clearConversation();
}

Composer::~Composer()
{
    saveDraftNow();
}

QWidget *Composer::buildTemplatePage()
{
    m_templatePage = new QSplitter(Qt::Horizontal, m_pages);
    m_templatePage->setChildrenCollapsible(false);
    m_picker = new TemplatePicker(m_templatePage);
    m_picker->setMinimumWidth(220);
    m_form = new TemplateForm(m_templatePage);
    m_templatePage->addWidget(m_picker);
    m_templatePage->addWidget(m_form);
    m_templatePage->setStretchFactor(0, 2);
    m_templatePage->setStretchFactor(1, 5);
    m_templatePage->setSizes({320, 660});
    connect(m_picker, &TemplatePicker::templateSelected, m_form, &TemplateForm::setTemplate);
    connect(m_picker, &TemplatePicker::selectionCleared, m_form, &TemplateForm::clear);
    connect(m_form, &TemplateForm::sendRequested, this, &Composer::onTemplateSent);
    connect(m_form, &TemplateForm::backRequested, this, &Composer::closeTemplatePicker);
    return m_templatePage;
}

QDateTime Composer::now() const
{
    return m_clock->now();
}

void Composer::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
    m_form->setClock(m_clock);
    checkWindowNow();
}

void Composer::setDraftStore(DraftStore *store)
{
    m_drafts = store;
}

void Composer::setClosingSoonThreshold(std::chrono::minutes threshold)
{
    m_closingSoon = threshold;
    checkWindowNow();
}

void Composer::setTemplates(const QList<TemplateDefinition> &templates)
{
    m_picker->setTemplates(templates);
}

void Composer::setReadReceiptPolicy(ReadReceiptPolicy policy)
{
    m_policy = policy;
    // "typing…" always carries a read receipt, so it cannot be offered when receipts are off.
    QWidget *typing = m_freeForm->findChild<QWidget *>(QStringLiteral("typingIndicator"));
    if (typing) {
        typing->setEnabled(policy != ReadReceiptPolicy::Never);
        if (policy == ReadReceiptPolicy::Never)
            typing->setToolTip(tr("Off because read receipts are set to Never: WhatsApp only "
                                  "shows “typing…” together with a read receipt."));
        else
            typing->setToolTip(
                tr("Shows the customer that you are typing. WhatsApp only shows this together "
                   "with a read receipt, so it also marks the chat as read. It disappears after "
                   "25 seconds or when you send."));
    }
}

void Composer::setTypingIndicatorEnabled(bool enabled)
{
    m_freeForm->setTypingIndicatorEnabled(enabled);
}

bool Composer::typingIndicatorEnabled() const
{
    return m_freeForm->typingIndicatorEnabled() && m_policy != ReadReceiptPolicy::Never;
}

void Composer::clearConversation()
{
    saveDraftNow();
    m_draftTimer.stop();
    m_conversationId = -1;
    m_contact = {};
    m_window = {};
    m_lastInbound.clear();
    m_lastTypingAt = {};
    m_restoring = true;
    m_freeForm->setText(QString());
    m_freeForm->clearAttachments();
    m_freeForm->clearReplyTo();
    m_restoring = false;
    m_freeForm->setRecipient(QString());
    m_freeForm->editor()->setPlaceholderText(tr("Choose a conversation to write"));
    m_form->setContact({});
    setEnabled(false);
    checkWindowNow();
}

void Composer::setConversation(qint64 conversationId, const WindowInputs &window,
                               const ComposerContact &contact, const QString &lastInboundMessageId)
{
    if (conversationId != m_conversationId) {
        saveDraftNow();
        m_draftTimer.stop();
        m_lastTypingAt = {};
        m_pickerRequested = false;
        m_restoring = true;
        m_freeForm->clearAttachments();
        m_freeForm->clearReplyTo();
        m_freeForm->setText(m_drafts ? m_drafts->load(conversationId) : QString());
        m_restoring = false;
        m_picker->clearSelection();
    }
    m_conversationId = conversationId;
    m_window = window;
    m_freeForm->editor()->setPlaceholderText(tr("Type a message"));
    setEnabled(true);
    setContact(contact);
    checkWindowNow();
    m_lastInbound.clear();
    setLastInboundMessage(lastInboundMessageId);
}

void Composer::setWindow(const WindowInputs &window)
{
    m_window = window;
    checkWindowNow();
}

void Composer::setLastInboundMessage(const QString &messageId)
{
    if (messageId == m_lastInbound)
        return;
    m_lastInbound = messageId;
    if (m_policy == ReadReceiptPolicy::OnOpen && !messageId.isEmpty()
        && m_markedRead.value(m_conversationId) != messageId) {
        markRead(messageId, false);
    }
}

void Composer::setContact(const ComposerContact &contact)
{
    m_contact = contact;
    m_freeForm->setRecipient(contact.to);
    m_form->setContact(contact);
}

void Composer::setReplyTo(const QString &messageId, const QString &quotedPreview)
{
    m_freeForm->setReplyTo(messageId, quotedPreview);
}

void Composer::attachFiles(const QStringList &localPaths)
{
    m_freeForm->attachFiles(localPaths);
}

QString Composer::text() const
{
    return m_freeForm->text();
}

void Composer::setText(const QString &text)
{
    m_freeForm->setText(text);
}

void Composer::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_drafts || m_conversationId < 0)
        return;
    m_drafts->save(m_conversationId, m_freeForm->text());
    Q_EMIT draftSaved(m_conversationId);
}

void Composer::onTextEdited()
{
    if (m_restoring)
        return;
    m_draftTimer.start();
    if (isTemplateMode())
        refreshBanner();
    if (!typingIndicatorEnabled() || m_lastInbound.isEmpty() || m_forcedTemplates
        || m_freeForm->text().trimmed().isEmpty()) {
        return;
    }
    const QDateTime at = now();
    if (!m_lastTypingAt.isValid() || m_lastTypingAt.msecsTo(at) >= kTypingRefreshMs) {
        m_lastTypingAt = at;
        markRead(m_lastInbound, true);
    }
}

void Composer::markRead(const QString &messageId, bool typing)
{
    m_markedRead.insert(m_conversationId, messageId);
    Q_EMIT markReadRequested(messageId, typing);
}

void Composer::onOutgoing(const Message &message, const QString &localFilePath)
{
    // Replying is reading: with OnReply the receipt goes out before the first reply.
    if (m_policy == ReadReceiptPolicy::OnReply && !m_lastInbound.isEmpty()
        && m_markedRead.value(m_conversationId) != m_lastInbound) {
        markRead(m_lastInbound, false);
    }
    Q_EMIT sendRequested(message, localFilePath);
}

void Composer::onFreeFormSent()
{
    m_draftTimer.stop();
    if (m_drafts && m_conversationId >= 0)
        m_drafts->remove(m_conversationId);
    m_lastTypingAt = {}; // a reply dismisses "typing…"
}

void Composer::onTemplateSent(const Message &message, const QString &headerMediaPath)
{
    onOutgoing(message, headerMediaPath);
    m_lastTypingAt = {};
    m_picker->clearSelection();
    if (!m_forcedTemplates)
        closeTemplatePicker();
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const bool files = !ComposerEditor::localFiles(mime).isEmpty();
    // While templates show, only a media header can take a file.
    const bool usable = isTemplateMode()
        ? files && m_form->field(QStringLiteral("header.link")) != nullptr
        : files || (mime && mime->hasImage());
    if (usable)
        event->acceptProposedAction();
    else
        event->ignore();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList files = ComposerEditor::localFiles(mime);
    if (isTemplateMode()) {
        if (!files.isEmpty() && m_form->setHeaderMediaFile(files.constFirst())) {
            event->acceptProposedAction();
            return;
        }
        event->ignore();
        return;
    }
    if (!files.isEmpty())
        m_freeForm->attachFiles(files);
    else if (mime && mime->hasImage())
        m_freeForm->attachImage(qvariant_cast<QImage>(mime->imageData()));
    else {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

} // namespace sb
