#pragma once

#include "AccountSummary.h"

#include <QMainWindow>

class QLabel;

namespace sb {

class ChatView;
class Composer;
class ConversationListPanel;

// The application's main window: the conversation list on the left, the open conversation (its
// chat view above its composer, in a splitter) on the right. The composition root feeds both and
// handles their signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(bool sandbox, QWidget *parent = nullptr);

    ConversationListPanel *conversations() const { return m_conversations; }
    Composer *composer() const { return m_composer; }
    // The open conversation's messages, above the composer; the composition root sets its model.
    ChatView *chatView() const { return m_chat; }

    void showAccount(const AccountSummary &account);
    void showAccountError(const QString &explanation);
    // The open conversation's heading: the customer's name and number.
    void showConversation(const QString &title, const QString &subtitle);

    // Puts the keyboard in the composer (its text, or the template search in template mode).
    // Returns false while no conversation is open.
    bool focusComposer();
    // Help > Keyboard Shortcuts, listing the menus' actions.
    void showKeyboardShortcuts();

Q_SIGNALS:
    // Edit > Preferences: the composition root opens the dialog with its settings.
    void preferencesRequested();
    // File › Connect a number… / Forget this account… (the latter only for a connected account).
    void connectNumberRequested();
    void forgetAccountRequested();

private:
    void buildMenus(bool sandbox);

    QLabel *m_account = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ConversationListPanel *m_conversations = nullptr;
    ChatView *m_chat = nullptr;
    Composer *m_composer = nullptr;
};

} // namespace sb
