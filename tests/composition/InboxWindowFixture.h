#pragma once

// The real main window wired to a real sandbox session (in-process sandbox, the app's receiver
// and store, dispatcher, Graph client, all over loopback HTTP) on the offscreen platform.

#include "ChatController.h"
#include "ChatView.h"
#include "ConversationListModel.h"
#include "InboxService.h"
#include "InboxWiring.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "Sandbox.h"
#include "SandboxSession.h"
#include "SettingsDraftStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sbtest {

inline constexpr int kUiWaitMs = 20000;

struct InboxWindow
{
    explicit InboxWindow(sb::SandboxScenarioKind scenario = sb::SandboxScenarioKind::Empty,
                         std::function<void(sb::SandboxConfig &)> adjust = {})
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , drafts(&settings)
        , window(true)
        , session(sb::SandboxSession::Options{7, scenario, {}, [adjust](sb::SandboxConfig &c) {
                                                  // Quiet customers; nothing fails by chance.
                                                  c.customersReply = false;
                                                  c.undeliverableProbability = 0;
                                                  c.marketingCapProbability = 0;
                                                  if (adjust)
                                                      adjust(c);
                                              }})
    {
    }

    // Starts the session, wires the window, shows it. False (with a warning) on failure.
    bool start()
    {
        QString error;
        if (!session.start(&error)) {
            qWarning() << "session:" << error;
            return false;
        }
        inbox = std::make_unique<sb::InboxWiring>(window, session, model, drafts);
        inbox->chat().setUrlOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
        window.resize(1100, 760);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    sb::Sandbox &sandbox() { return *session.sandbox(); }
    sb::ChatView *chatView() { return window.chatView(); }
    sb::MessageListModel *chat() { return inbox->chat().model(); }
    sb::InboxService &service() { return inbox->service(); }

    // Plays a customer text; returns its wamid.
    QString customerWrites(const QString &waId, const QString &name, const QString &text,
                           const QString &phoneNumberId = {})
    {
        return customerSends(waId, name,
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                         {QStringLiteral("text"), text}},
                             phoneNumberId);
    }
    QString customerSends(const QString &waId, const QString &name, const QJsonObject &request,
                          const QString &phoneNumberId = {})
    {
        QString problem;
        const QString wamid = sandbox().playInbound(waId, name, request, &problem, phoneNumberId);
        if (wamid.isEmpty())
            qWarning() << "playInbound:" << problem;
        return wamid;
    }

    // The list row of a customer by name, once it is there (0 when it never comes).
    qint64 conversationNamed(const QString &name, int timeoutMs = kUiWaitMs)
    {
        qint64 id = 0;
        (void)QTest::qWaitFor(
            [&] {
                for (int row = 0; row < model.rowCount(); ++row) {
                    const QModelIndex index = model.index(row);
                    if (index.data(sb::ConversationListModel::ContactNameRole).toString() == name)
                        id = index.data(sb::ConversationListModel::IdRole).toLongLong();
                }
                return id != 0;
            },
            timeoutMs);
        return id;
    }

    // Waits until the store holds `count` messages of the conversation.
    bool storeHolds(qint64 conversationId, int count)
    {
        return QTest::qWaitFor(
            [&] {
                return service().messages(conversationId, count + 1).olderFirst.size() == count;
            },
            kUiWaitMs);
    }

    QString textAt(int row)
    {
        const auto *text = chat()->messageAt(row).message.as<sb::TextContent>();
        return text ? text->body : QString();
    }

    QTemporaryDir dir;
    QSettings settings;
    sb::SettingsDraftStore drafts;
    sb::ConversationListModel model;
    sb::MainWindow window;
    sb::SandboxSession session;
    std::unique_ptr<sb::InboxWiring> inbox;
    QList<QUrl> opened;
};

} // namespace sbtest
