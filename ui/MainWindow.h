#pragma once

#include "AccountSummary.h"

#include <QMainWindow>

class QLabel;

namespace sb {

class Composer;
class ConversationListPanel;

// The application's main window: the conversation list on the left, the open conversation with
// its composer on the right. The composition root feeds both and handles their signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(bool sandbox, QWidget *parent = nullptr);

    ConversationListPanel *conversations() const { return m_conversations; }
    Composer *composer() const { return m_composer; }

    void showAccount(const AccountSummary &account);
    void showAccountError(const QString &explanation);
    // The open conversation's heading: the customer's name and number.
    void showConversation(const QString &title, const QString &subtitle);

Q_SIGNALS:
    // File › Connect a number… / Forget this account… (the latter only for a connected account).
    void connectNumberRequested();
    void forgetAccountRequested();

private:
    void buildMenus(bool sandbox);

    QLabel *m_account = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ConversationListPanel *m_conversations = nullptr;
    Composer *m_composer = nullptr;
};

} // namespace sb
