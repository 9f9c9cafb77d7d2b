#include "FirstRunDialog.h"

#include "FirstRunField.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

namespace {

constexpr int kWidth = 680;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString checkHtml(const ConnectionCheck &check)
{
    // A passed check stays green inside a red panel, so the one thing to fix stands out.
    QString html = QStringLiteral("<p style='margin:6px 0 0 0'><b><span style='color:%1'>%2</span> "
                                  "%3</b><br>%4")
                       .arg(check.ok ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                            check.ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                            check.subject.toHtmlEscaped(), check.text.toHtmlEscaped());
    if (!check.fix.isEmpty())
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(FirstRunDialog::tr("What to do: %1").arg(check.fix).toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

} // namespace

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setWindowTitle(tr("Welcome to Switchboard"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildWelcomePage());
    m_pages->addWidget(buildConnectPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->setMinimumWidth(kWidth);
    showPage(0);
    revalidate();
}

void FirstRunDialog::showPage(int index)
{
    // A stacked widget is as tall as its tallest page: size the dialog to the shown one only.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(index);
    fitHeight();
}

void FirstRunDialog::fitHeight()
{
    // Wrapped hints, problems and the result panel need their full height at this width.
    const int w = std::max(width(), kWidth);
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w)
                                                : layout()->totalSizeHint().height();
    if (h > height() || m_pages->currentIndex() == 0)
        resize(w, h);
}

FirstRunDialog::~FirstRunDialog() = default;

QWidget *FirstRunDialog::buildWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 28, 32, 20);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(page);
    icon->setPixmap(QApplication::windowIcon().pixmap(56, 56));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(heading(tr("Welcome to Switchboard"), page));
    titles->addWidget(
        paragraph(tr("A calm, fast inbox for your WhatsApp Business conversations. How would you "
                     "like to start?"),
                  page));
    top->addLayout(titles, 1);
    top->setSpacing(16);
    layout->addLayout(top);
    layout->addSpacing(12);

    auto *sandbox = new QCommandLinkButton(
        tr("Explore with the built-in sandbox"),
        tr("A simulated business account with demo customers, running on this computer. "
           "Nothing reaches WhatsApp; no Meta account needed."),
        page);
    sandbox->setObjectName(QStringLiteral("chooseSandbox"));
    auto *connectNumber = new QCommandLinkButton(
        tr("Connect a number"),
        tr("Use your WhatsApp Business Platform account: access token, App Secret, phone number "
           "IDs and WABA ID. Secrets are kept in the system keychain, never in a file."),
        page);
    connectNumber->setObjectName(QStringLiteral("chooseConnect"));
    layout->addWidget(sandbox);
    layout->addWidget(connectNumber);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *later =
        new QLabel(tr("You can connect a number later from File › Connect a number…"), page);
    later->setStyleSheet(QStringLiteral("color: #6b7378;"));
    buttons->addWidget(later);
    buttons->addStretch(1);
    auto *quit = new QPushButton(tr("Quit"), page);
    buttons->addWidget(quit);
    layout->addLayout(buttons);

    connect(sandbox, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Sandbox;
        accept();
    });
    connect(connectNumber, &QCommandLinkButton::clicked, this,
            [this] { showConnectForm(std::nullopt); });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *FirstRunDialog::buildConnectPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 20);
    layout->setSpacing(8);
    layout->addWidget(heading(tr("Connect a WhatsApp Business number"), page));
    auto *intro = paragraph(
        tr("You find these values in the Meta App Dashboard under WhatsApp › API Setup and in "
           "Business Settings › System users."),
        page);
    layout->addWidget(intro);
    layout->addSpacing(6);

    m_token = new FirstRunField(tr("A system user token with the WhatsApp permissions."),
                                &AccountFields::checkAccessToken, page);
    m_token->setObjectName(QStringLiteral("accessToken"));
    m_appSecret = new FirstRunField(tr("App settings › Basic. Proves webhooks come from Meta."),
                                    &AccountFields::checkAppSecret, page);
    m_appSecret->setObjectName(QStringLiteral("appSecret"));
    m_phoneIds = new FirstRunField(
        tr("One or more, separated by commas."),
        [](const QString &text) { return AccountFields::parsePhoneNumberIds(text, nullptr); },
        page);
    m_phoneIds->setObjectName(QStringLiteral("phoneNumberIds"));
    m_phoneIds->edit()->setPlaceholderText(tr("e.g. 106540352242922, 106540352242923"));
    m_waba = new FirstRunField(QString(), &AccountFields::checkWabaId, page);
    m_waba->setObjectName(QStringLiteral("wabaId"));
    m_waba->edit()->setPlaceholderText(tr("e.g. 102290129340398"));
    m_webhook = new FirstRunField(
        tr("Meta calls public HTTPS only: point your proxy or tunnel here."),
        [](const QString &text) { return AccountFields::parseWebhookListen(text, nullptr); }, page);
    m_webhook->setObjectName(QStringLiteral("webhookListen"));
    m_webhook->setText(WebhookListen().toString());
    m_verifyToken = new FirstRunField(tr("Enter it in App Dashboard › WhatsApp › Configuration."),
                                      &AccountFields::checkVerifyToken, page);
    m_verifyToken->setObjectName(QStringLiteral("verifyToken"));
    m_verifyToken->setText(AccountFields::generateVerifyToken());

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(14);
    form->addRow(tr("Access token"), m_token);
    form->addRow(tr("App Secret"), m_appSecret);
    form->addRow(tr("Phone number IDs"), m_phoneIds);
    form->addRow(tr("WhatsApp Business Account ID"), m_waba);
    form->addRow(tr("Webhook listen address"), m_webhook);
    form->addRow(tr("Webhook verify token"), m_verifyToken);
    m_showSecrets = new QCheckBox(tr("Show secrets"), page);
    form->addRow(QString(), m_showSecrets);
    layout->addLayout(form);

    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), page);
    m_test = new QPushButton(tr("Test connection"), page);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connect = new QPushButton(tr("Save and connect"), page);
    m_connect->setObjectName(QStringLiteral("saveAndConnect"));
    m_connect->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_connect);
    layout->addLayout(buttons);

    const auto secret = [this](bool shown) {
        for (FirstRunField *field : {m_token, m_appSecret})
            field->setSecret(!shown);
    };
    secret(false);
    connect(m_showSecrets, &QCheckBox::toggled, this, secret);
    for (FirstRunField *field :
         {m_token, m_appSecret, m_phoneIds, m_waba, m_webhook, m_verifyToken}) {
        connect(field, &FirstRunField::changed, this, [this] {
            clearResult();
            revalidate();
        });
    }
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(0); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (!isComplete()) {
            showAllProblems();
            return;
        }
        Q_EMIT testConnectionRequested(accountConfig(), accountSecrets());
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!isComplete()) {
            showAllProblems();
            return;
        }
        m_busy = true;
        revalidate();
        Q_EMIT connectRequested(accountConfig(), accountSecrets());
    });
    return page;
}

void FirstRunDialog::prefill(const AccountConfig &account)
{
    m_phoneIds->setText(account.phoneNumberIds.join(QStringLiteral(", ")));
    m_waba->setText(account.wabaId);
    if (account.webhook.port != 0)
        m_webhook->setText(account.webhook.toString());
    m_graphBaseUrl = account.graphBaseUrl;
    clearResult();
    revalidate();
}

void FirstRunDialog::showConnectForm(const std::optional<AccountConfig> &account)
{
    if (account)
        prefill(*account);
    setWindowTitle(tr("Connect a number"));
    showPage(1);
    clearResult();
    revalidate();
    m_token->edit()->setFocus();
}

AccountConfig FirstRunDialog::accountConfig() const
{
    AccountConfig config;
    config.wabaId = m_waba->text();
    AccountFields::parsePhoneNumberIds(m_phoneIds->text(), &config.phoneNumberIds);
    AccountFields::parseWebhookListen(m_webhook->text(), &config.webhook);
    config.graphBaseUrl = m_graphBaseUrl;
    return config;
}

AccountSecrets FirstRunDialog::accountSecrets() const
{
    return {m_token->text(), m_appSecret->text(), m_verifyToken->text()};
}

bool FirstRunDialog::isComplete() const
{
    for (const FirstRunField *field :
         {m_token, m_appSecret, m_phoneIds, m_waba, m_webhook, m_verifyToken}) {
        if (!field->isValid())
            return false;
    }
    return true;
}

void FirstRunDialog::showTestRunning()
{
    m_busy = true;
    showResultPanel(true, tr("Testing the connection with Meta…").toHtmlEscaped());
    revalidate();
}

void FirstRunDialog::showTestResult(const ConnectionTestResult &result)
{
    m_busy = false;
    QString html = QStringLiteral("<b>%1</b>").arg(result.summary.toHtmlEscaped());
    for (const ConnectionCheck &check : result.checks)
        html += checkHtml(check);
    showResultPanel(result.ok, html);
    revalidate();
}

void FirstRunDialog::acceptConnected()
{
    m_busy = false;
    m_choice = Choice::Connect;
    accept();
}

void FirstRunDialog::showSaveProblem(const QString &problem)
{
    m_busy = false;
    showResultPanel(false,
                    QStringLiteral("<b>%1</b><p style='margin:6px 0 0 0'>%2</p>")
                        .arg(tr("The account was not saved.").toHtmlEscaped(),
                             problem.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    revalidate();
}

void FirstRunDialog::revalidate()
{
    m_test->setEnabled(!m_busy);
    m_connect->setEnabled(!m_busy && isComplete());
    m_back->setEnabled(!m_busy);
}

void FirstRunDialog::showAllProblems()
{
    for (FirstRunField *field :
         {m_token, m_appSecret, m_phoneIds, m_waba, m_webhook, m_verifyToken})
        field->reveal();
}

void FirstRunDialog::showResultPanel(bool ok, const QString &html)
{
    m_result->setText(html);
    m_result->setStyleSheet(
        ok ? QStringLiteral("QLabel { background: #e8f5e9; color: #1b4d20; border: 1px solid "
                            "#a5d6a7; border-radius: 6px; padding: 10px; }")
           : QStringLiteral("QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid "
                            "#f5b7b1; border-radius: 6px; padding: 10px; }"));
    m_result->setVisible(true);
    fitHeight();
}

void FirstRunDialog::clearResult()
{
    if (m_busy)
        return;
    m_result->clear();
    m_result->setVisible(false);
}

} // namespace sb
