#pragma once

#include "AccountFields.h"
#include "ConnectionTestResult.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sb {

class FirstRunField;

// What the app shows when no account is saved (and from File › Connect a number…): explore the
// built-in sandbox, or connect a number with its access token, App Secret, phone number IDs,
// WABA ID and webhook listen address. Fields are checked as the user types. The dialog never
// talks to the network or the keychain: it asks (testConnectionRequested, connectRequested) and
// the composition root answers (showTestResult, acceptConnected or showSaveProblem).
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    enum class Choice { None, Sandbox, Connect };

    explicit FirstRunDialog(QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // Opens straight on the connect form, filled from a saved account (secrets stay empty).
    void showConnectForm(const std::optional<AccountConfig> &prefill = std::nullopt);
    // Fills the non-secret fields (and keeps its Graph base URL) without changing the page.
    void prefill(const AccountConfig &account);

    Choice choice() const { return m_choice; }
    // What the fields say; meaningful when isComplete().
    AccountConfig accountConfig() const;
    AccountSecrets accountSecrets() const;
    bool isComplete() const;

public Q_SLOTS:
    void showTestRunning();
    void showTestResult(const sb::ConnectionTestResult &result);
    // The account was saved: close with Choice::Connect.
    void acceptConnected();
    void showSaveProblem(const QString &problem);

Q_SIGNALS:
    void testConnectionRequested(const sb::AccountConfig &config,
                                 const sb::AccountSecrets &secrets);
    void connectRequested(const sb::AccountConfig &config, const sb::AccountSecrets &secrets);

private:
    QWidget *buildWelcomePage();
    QWidget *buildConnectPage();
    void showPage(int index);
    void fitHeight();
    void revalidate();
    void showAllProblems();
    void showResultPanel(bool ok, const QString &html);
    void clearResult();

    QStackedWidget *m_pages = nullptr;
    FirstRunField *m_token = nullptr;
    FirstRunField *m_appSecret = nullptr;
    FirstRunField *m_phoneIds = nullptr;
    FirstRunField *m_waba = nullptr;
    FirstRunField *m_webhook = nullptr;
    FirstRunField *m_verifyToken = nullptr;
    QCheckBox *m_showSecrets = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QUrl m_graphBaseUrl;
    Choice m_choice = Choice::None;
    bool m_busy = false;
};

} // namespace sb
