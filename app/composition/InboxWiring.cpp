#include "InboxWiring.h"

#include "ChatController.h"
#include "ChatView.h"
#include "Composer.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "GraphClient.h"
#include "InboxFeed.h"
#include "InboxPresentation.h"
#include "InboxService.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Session.h"
#include "TemplateGraphJson.h"
#include "Violation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QSet>
#include <QStatusBar>

namespace sb {

namespace {

constexpr int kStatusMs = 15000;

// The uploaded media id goes where the attached file was meant to be: the media body, or the
// template's media header parameter.
void attachMediaId(Message &message, const QString &mediaId)
{
    if (auto *media = std::get_if<MediaContent>(&message.body)) {
        media->id = mediaId;
        media->link.clear();
        return;
    }
    if (auto *tmpl = std::get_if<TemplateContent>(&message.body)) {
        for (TemplateComponent &component : tmpl->components) {
            for (TemplateParameter &parameter : component.parameters) {
                if (parameter.kind == TemplateParameterKind::Image
                    || parameter.kind == TemplateParameterKind::Video
                    || parameter.kind == TemplateParameterKind::Document) {
                    parameter.media.id = mediaId;
                    parameter.media.link.clear();
                    return;
                }
            }
        }
    }
}

} // namespace

InboxWiring::InboxWiring(MainWindow &window, Session &session, ConversationListModel &model,
                         DraftStore &drafts, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_model(model)
    , m_drafts(drafts)
    , m_service(std::make_unique<InboxService>(*session.database(), *session.outbox(),
                                               session.clock(), session.graph()))
{
    m_service->setMediaCacheDir(session.mediaCacheDir());
    connect(&session, &Session::ingested, m_service.get(), &InboxService::noteIngested);
    connect(&session, &Session::outboxChanged, m_service.get(), &InboxService::noteOutboxChanged);
    connect(
        m_service.get(), &InboxService::storeFailed, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message, kStatusMs); });

    wireAccount();
    model.setClock(&session.clock());
    ConversationListPanel *list = window.conversations();
    list->setClock(&session.clock());
    list->setSourceModel(&model);
    list->setShowBusinessNumber(session.phoneNumberIds().size() > 1);
    m_feed = std::make_unique<InboxFeed>(*m_service, &model);
    // A first screen of rows now; the rest once the list has been painted.
    m_feed->setListView(list->listView());
    m_feed->reloadAll();
    connect(list, &ConversationListPanel::conversationActivated, this,
            &InboxWiring::openConversation);
    connect(list, &ConversationListPanel::searchRequested, this, &InboxWiring::search);

    m_chat = new ChatController(*m_service, window.chatView(), &session.clock(), this);
    connect(m_chat, &ChatController::mediaCached, m_feed.get(),
            [this](qint64 conversationId) { m_feed->refresh({conversationId}); });
    connect(m_chat, &ChatController::problem, &window,
            [&window](const QString &text) { window.statusBar()->showMessage(text, kStatusMs); });
    wireComposer();
}

InboxWiring::~InboxWiring() = default;

void InboxWiring::wireAccount()
{
    // The status bar speaks for the number new conversations start on.
    const QString primary = m_session.phoneNumberId();
    MainWindow *window = &m_window;
    connect(&m_session, &Session::phoneNumberLoaded, window,
            [window, primary](const PhoneNumberInfo &info) {
                if (info.id != primary)
                    return;
                window->showAccount({info.verifiedName, info.displayPhoneNumber, info.qualityRating,
                                     info.messagingLimitTier, info.throughputLevel, info.status});
            });
    connect(&m_session, &Session::phoneNumberFailed, window,
            [window, primary](const QString &number, const QString &explanation) {
                if (number == primary)
                    window->showAccountError(explanation);
            });
}

void InboxWiring::loadTemplates()
{
    if (!m_session.graph() || m_session.wabaId().isEmpty())
        return;
    m_session.graph()->listTemplates(
        m_session.wabaId(), this, [this](const GraphResult<QJsonArray> &result) {
            if (!result.ok())
                return;
            QList<TemplateDefinition> templates;
            for (const QJsonValue &value : result.value()) {
                QString problem;
                if (auto definition = templateFromGraphJson(value.toObject(), &problem))
                    templates << *definition;
                else
                    qCWarning(lcCloudApi) << "template skipped:" << problem;
            }
            m_window.composer()->setTemplates(templates);
            m_chat->setTemplates(templates);
        });
}

void InboxWiring::wireComposer()
{
    Composer *composer = m_window.composer();
    composer->setClock(&m_session.clock());
    composer->setDraftStore(&m_drafts);
    loadTemplates();
    connect(&m_model, &ConversationListModel::windowPhaseChanged, composer, [this](qint64 id) {
        if (id != m_current)
            return;
        if (const auto summary = m_feed->summary(id))
            m_window.composer()->setWindow(summary->window);
    });
    // A new customer message in the open conversation: the window and the receipt target move.
    connect(m_chat, &ChatController::lastInboundChanged, composer, [this](const QString &id) {
        if (m_current == 0 || m_opening)
            return; // openConversation() hands the composer the conversation's state itself
        // The agent is looking at the newest messages: this one is not unread for them.
        if (m_window.isVisible() && !m_window.isMinimized() && m_window.chatView()->isAtBottom())
            m_service->markRead(m_current);
        m_window.composer()->setLastInboundMessage(id);
        if (const auto summary = m_feed->summary(m_current))
            m_window.composer()->setWindow(summary->window);
    });
    connect(composer, &Composer::sendRequested, this, &InboxWiring::send);
    connect(composer, &Composer::markReadRequested, this,
            [this](const QString &messageId, bool typing) {
                m_service->sendReadReceipt(
                    m_current, messageId, typing, this, [this](bool ok, const QString &reason) {
                        if (!ok)
                            m_window.statusBar()->showMessage(
                                tr("The read receipt was not sent: %1").arg(reason), kStatusMs);
                    });
            });
}

void InboxWiring::openConversation(qint64 id)
{
    const auto summary = m_feed->summary(id);
    const auto contact = m_feed->composerContact(id);
    if (!summary || !contact)
        return;
    m_current = id;
    m_window.showConversation(contact->displayName(),
                              summary->contactPhone + QStringLiteral(" · ")
                                  + summary->businessNumberLabel);
    m_opening = true;
    m_chat->open(id);
    m_opening = false;
    // Opening shows the messages to the agent: they are no longer unread here. Whether the
    // customer is told is the composer's read-receipt policy.
    m_service->markRead(id);
    m_window.composer()->setConversation(id, summary->window, *contact,
                                         m_chat->lastInboundMessageId());
}

void InboxWiring::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_window.conversations()->setTextMatches({}, text);
        return;
    }
    const InboxSearchResult result = m_service->search(text, 200);
    QSet<qint64> ids;
    for (qint64 id : result.conversationIds) {
        ids.insert(id);
        // A match beyond the loaded rows joins the list so it can be shown.
        if (m_model.rowOf(id) < 0)
            m_feed->refresh({id});
    }
    m_window.conversations()->setTextMatches(ids, text);
}

void InboxWiring::enqueue(qint64 conversationId, const Message &message)
{
    const auto conversation = m_service->conversation(conversationId);
    if (!conversation)
        return;
    OutboundMessage out;
    // The conversation's own number: a customer who wrote to our second number gets the
    // answer from it.
    out.phoneNumberId = conversation->record.phoneNumberId;
    out.conversationId = conversationId;
    out.message = message;
    if (out.message.as<TemplateContent>())
        out.businessInitiated = !conversation->window.canSendFreeForm();
    const EnqueueResult result = m_service->send(out);
    if (!result.ok())
        m_window.statusBar()->showMessage(
            result.violations.isEmpty() ? result.error : toText(result.violations), kStatusMs);
}

void InboxWiring::send(const Message &message, const QString &localFilePath)
{
    if (localFilePath.isEmpty()) {
        enqueue(m_current, message);
        return;
    }
    const auto conversation = m_service->conversation(m_current);
    if (!conversation || !m_session.graph())
        return;
    const QFileInfo file(localFilePath);
    const MediaUploadRequest upload{localFilePath, QMimeDatabase().mimeTypeForFile(file).name(),
                                    file.fileName()};
    m_window.statusBar()->showMessage(tr("Uploading %1…").arg(file.fileName()));
    const qint64 conversationId = m_current;
    m_session.graph()->uploadMedia(
        conversation->record.phoneNumberId, upload, this,
        [this, conversationId, toSend = message,
         name = file.fileName()](const GraphResult<UploadedMedia> &result) {
            if (!result.ok()) {
                m_window.statusBar()->showMessage(
                    tr("%1 was not sent: %2").arg(name, result.failure().explanation()), kStatusMs);
                return;
            }
            Message withMedia = toSend;
            attachMediaId(withMedia, result.value().id);
            m_window.statusBar()->clearMessage();
            // To the conversation it was attached in, even if the agent moved on meanwhile.
            enqueue(conversationId, withMedia);
        });
}

} // namespace sb
