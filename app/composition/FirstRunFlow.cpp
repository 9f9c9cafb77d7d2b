#include "FirstRunFlow.h"

#include "AccountVault.h"
#include "ConnectionTester.h"

namespace sb {

FirstRunFlow::FirstRunFlow(AccountVault &vault, const Start &start, QWidget *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_dialog(new FirstRunDialog(parent))
    , m_tester(new ConnectionTester(this))
{
    m_tester->setOwnWebhook(start.ownWebhook);
    if (start.prefill)
        m_dialog->prefill(*start.prefill);
    if (start.connectForm)
        m_dialog->showConnectForm();
    connect(m_dialog, &FirstRunDialog::testConnectionRequested, this,
            [this](const AccountConfig &config, const AccountSecrets &secrets) {
                m_dialog->showTestRunning();
                m_tester->test(config, secrets);
            });
    connect(m_tester, &ConnectionTester::finished, m_dialog, &FirstRunDialog::showTestResult);
    connect(m_dialog, &FirstRunDialog::connectRequested, this,
            [this](const AccountConfig &config, const AccountSecrets &secrets) {
                m_vault.save(config, secrets, m_dialog,
                             [this, config](const std::optional<QString> &problem) {
                                 if (problem) {
                                     m_dialog->showSaveProblem(*problem);
                                     return;
                                 }
                                 m_saved = config;
                                 m_dialog->acceptConnected();
                             });
            });
}

FirstRunFlow::~FirstRunFlow()
{
    delete m_dialog;
}

} // namespace sb
