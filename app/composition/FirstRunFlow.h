#pragma once

#include "AccountFields.h"
#include "FirstRunDialog.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace sb {

class AccountVault;
class ConnectionTester;

// The first-run dialog with its answers: "Test connection" runs the ConnectionTester, "Save and
// connect" stores the account through the AccountVault (keychain first, then settings) and
// closes the dialog only when that worked; otherwise the dialog says why and stays open.
class FirstRunFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunFlow)

public:
    struct Start
    {
        bool connectForm = false; // skip the welcome page (File › Connect a number…)
        // The saved account (secrets left empty), or just a Graph base URL override.
        std::optional<AccountConfig> prefill;
        std::optional<WebhookListen> ownWebhook; // a running session listens there already
    };

    FirstRunFlow(AccountVault &vault, const Start &start, QWidget *parent = nullptr);
    ~FirstRunFlow() override;

    FirstRunDialog &dialog() const { return *m_dialog; }
    ConnectionTester &tester() const { return *m_tester; }
    // What was saved when the dialog closed with Choice::Connect.
    const std::optional<AccountConfig> &savedAccount() const { return m_saved; }

private:
    AccountVault &m_vault;
    QPointer<FirstRunDialog> m_dialog; // a child of the parent window, if any
    ConnectionTester *m_tester;
    std::optional<AccountConfig> m_saved;
};

} // namespace sb
