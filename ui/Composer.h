#pragma once

#include "Clock.h"
#include "ComposerContact.h"
#include "Message.h"
#include "ReadReceiptPolicy.h"
#include "ServiceWindow.h"
#include "Template.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace sb {

class DraftStore;
class FreeFormPanel;
class TemplateForm;
class TemplatePicker;

// The message composer of one conversation. While the customer-service window is open it
// offers free text and attachments; the moment the window closes (one timer armed at the
// window's next change) it switches to templates, live, even mid-typing, keeping the typed text
// as the draft. Drafts are kept per conversation, read receipts follow the agent's setting.
//
// It never sends anything itself: sendRequested and markReadRequested are wired by the
// composition root to the engine.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override; // saves the current draft

    // Borrowed; both must outlive the composer. Without a clock the system clock is used.
    void setClock(const Clock *clock);
    void setDraftStore(DraftStore *store);
    void setClosingSoonThreshold(std::chrono::minutes threshold);
    void setTemplates(const QList<TemplateDefinition> &templates);
    void setReadReceiptPolicy(ReadReceiptPolicy policy);
    ReadReceiptPolicy readReceiptPolicy() const { return m_policy; }
    void setTypingIndicatorEnabled(bool enabled);
    bool typingIndicatorEnabled() const;

    // Switches to a conversation: saves the previous draft, restores this one's, evaluates the
    // window and, with ReadReceiptPolicy::OnOpen, marks `lastInboundMessageId` read. Pass the
    // newest customer message not yet marked read (empty when there is none).
    void setConversation(qint64 conversationId, const WindowInputs &window,
                         const ComposerContact &contact, const QString &lastInboundMessageId = {});
    void clearConversation();
    qint64 conversationId() const { return m_conversationId; }
    // Live updates of the open conversation (a new customer message reopens the window).
    void setWindow(const WindowInputs &window);
    void setLastInboundMessage(const QString &messageId);
    void setContact(const ComposerContact &contact);

    void setReplyTo(const QString &messageId, const QString &quotedPreview);
    void attachFiles(const QStringList &localPaths);
    QString text() const;
    void setText(const QString &text);
    void saveDraftNow();

    // Re-evaluates the window now (the timer calls this at the window's next change).
    void checkWindowNow();
    WindowState windowState() const { return m_state; }
    QDateTime scheduledWindowCheck() const { return m_scheduledCheck; }
    // Templates only: the window is closed or was never opened.
    bool isWindowClosed() const { return m_forcedTemplates; }
    // The template page is showing (window closed, or the agent chose a template).
    bool isTemplateMode() const;
    QString bannerText() const;
    // The collapsed "Your draft is kept" line shown while templates are showing.
    QString keptDraftText() const;

    // Keyboard shortcut hook (Ctrl+T anywhere in the window): the same picker as when closed.
    void openTemplatePicker();
    // The Ctrl+T action, for the window's menus.
    QAction *templatePickerAction() const { return m_templatePickerAction; }
    // Back to free text; does nothing while the window is closed.
    void closeTemplatePicker();

    FreeFormPanel *freeForm() const { return m_freeForm; }
    TemplatePicker *templatePicker() const { return m_picker; }
    TemplateForm *templateForm() const { return m_form; }

Q_SIGNALS:
    void sendRequested(const sb::Message &message, const QString &localFilePath);
    // With `withTypingIndicator` the customer also sees "typing…" (the platform only sends it
    // together with a read receipt).
    void markReadRequested(const QString &messageId, bool withTypingIndicator);
    void templateModeChanged(bool templateMode);
    void draftSaved(qint64 conversationId);
    void typingIndicatorToggled(bool enabled);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildTemplatePage();
    void applyWindowState();
    void armWindowTimer();
    void refreshBanner();
    void updatePages();
    void onTextEdited();
    void onOutgoing(const Message &message, const QString &localFilePath);
    void onFreeFormSent();
    void onTemplateSent(const Message &message, const QString &headerMediaPath);
    void markRead(const QString &messageId, bool typing);
    QDateTime now() const;

    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    DraftStore *m_drafts = nullptr;
    std::chrono::minutes m_closingSoon = ServiceWindow::DefaultClosingSoon;
    ReadReceiptPolicy m_policy = ReadReceiptPolicy::OnReply;

    qint64 m_conversationId = -1;
    WindowInputs m_window;
    WindowState m_state;
    ComposerContact m_contact;
    QString m_lastInbound;
    QHash<qint64, QString> m_markedRead; // per conversation: the last message marked read
    QDateTime m_lastTypingAt;
    bool m_forcedTemplates = true;
    bool m_pickerRequested = false;
    bool m_restoring = false;
    bool m_lastTemplateMode = false;

    QTimer m_windowTimer; // one timer, armed at the window's next change
    QTimer m_bannerTimer; // only re-words the banner ("closed 3 min ago")
    QTimer m_draftTimer; // debounces draft saving while typing
    QDateTime m_scheduledCheck;

    QAction *m_templatePickerAction = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_keptDraft = nullptr;
    QStackedWidget *m_pages = nullptr;
    FreeFormPanel *m_freeForm = nullptr;
    QSplitter *m_templatePage = nullptr;
    TemplatePicker *m_picker = nullptr;
    TemplateForm *m_form = nullptr;
};

} // namespace sb
