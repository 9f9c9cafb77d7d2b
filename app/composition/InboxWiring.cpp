#include "InboxWiring.h"

#include "Composer.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "Database.h"
#include "GraphClient.h"
#include "InboxFeed.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxRepository.h"
#include "Sandbox.h"
#include "SandboxSession.h"
#include "ServiceWindow.h"
#include "TemplateDefinitionJson.h"
#include "Violation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QStatusBar>

namespace sb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::InboxWiring", text);
}

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

void wireSandboxInbox(MainWindow &window, SandboxSession &session, ConversationListModel &model,
                      DraftStore &drafts, std::unique_ptr<InboxFeed> &feed)
{
    const SandboxConfig &config = session.sandbox()->config();
    // The status bar speaks for the number new conversations start on.
    const QString primary = session.phoneNumberId();
    QObject::connect(&session, &Session::phoneNumberLoaded, &window,
                     [&window, primary](const PhoneNumberInfo &info) {
                         if (info.id != primary)
                             return;
                         window.showAccount({info.verifiedName, info.displayPhoneNumber,
                                             info.qualityRating, info.messagingLimitTier,
                                             info.throughputLevel, info.status});
                     });
    QObject::connect(&session, &Session::phoneNumberFailed, &window,
                     [&window, primary](const QString &number, const QString &explanation) {
                         if (number == primary)
                             window.showAccountError(explanation);
                     });
    model.setClock(&session.clock());
    window.conversations()->setClock(&session.clock());
    window.conversations()->setSourceModel(&model);
    feed =
        std::make_unique<InboxFeed>(*session.database(), &model, u'+' + config.displayPhoneNumber);
    feed->reloadAll();
    InboxFeed *inbox = feed.get();
    QObject::connect(
        &session, &SandboxSession::ingested, &model,
        [inbox](const IngestResult &result) { inbox->refresh(result.conversationIds); });
    // A send changes only its own conversation (last message, needs-reply): refresh that row.
    QObject::connect(&session, &SandboxSession::outboxChanged, &model,
                     [inbox, &session](const QString &localId) {
                         const auto row = session.outbox()->repository().byLocalId(localId);
                         if (row && row->conversationId)
                             inbox->refresh({*row->conversationId});
                     });

    Composer *composer = window.composer();
    composer->setClock(&session.clock());
    composer->setDraftStore(&drafts);
    session.graph()->listTemplates(
        session.wabaId(), composer, [composer](const GraphResult<QJsonArray> &result) {
            if (!result.ok())
                return;
            QList<TemplateDefinition> templates;
            for (const QJsonValue &value : result.value())
                templates << TemplateDefinitionJson::fromJson(value.toObject());
            composer->setTemplates(templates);
        });

    auto current = std::make_shared<qint64>(0);
    QObject::connect(window.conversations(), &ConversationListPanel::conversationActivated,
                     composer, [&window, composer, inbox, current](qint64 id) {
                         const auto summary = inbox->summary(id);
                         const auto contact = inbox->composerContact(id);
                         if (!summary || !contact)
                             return;
                         *current = id;
                         window.showConversation(contact->displayName(),
                                                 summary->contactPhone + QStringLiteral(" · ")
                                                     + summary->businessNumberLabel);
                         composer->setConversation(id, summary->window, *contact);
                     });
    QObject::connect(&model, &ConversationListModel::windowPhaseChanged, composer,
                     [composer, inbox, current](qint64 id) {
                         if (id != *current)
                             return;
                         if (const auto summary = inbox->summary(id))
                             composer->setWindow(summary->window);
                     });

    auto enqueue = [&window, &session, current](Message message) {
        OutboundMessage out;
        out.phoneNumberId = session.phoneNumberId();
        out.conversationId = *current;
        out.message = std::move(message);
        if (const auto *tmpl = out.message.as<TemplateContent>()) {
            Q_UNUSED(tmpl);
            out.businessInitiated = !window.composer()->windowState().canSendFreeForm();
        }
        const EnqueueResult result = session.outbox()->enqueue(out);
        if (!result.ok())
            window.statusBar()->showMessage(
                result.violations.isEmpty() ? result.error : toText(result.violations), 10000);
    };
    QObject::connect(
        composer, &Composer::sendRequested, composer,
        [&window, &session, enqueue](const Message &message, const QString &localFilePath) {
            if (localFilePath.isEmpty()) {
                enqueue(message);
                return;
            }
            const QFileInfo file(localFilePath);
            const MediaUploadRequest upload{
                localFilePath, QMimeDatabase().mimeTypeForFile(file).name(), file.fileName()};
            window.statusBar()->showMessage(tr("Uploading %1…").arg(file.fileName()));
            session.graph()->uploadMedia(
                session.phoneNumberId(), upload, &window,
                [&window, enqueue, toSend = Message(message),
                 name = file.fileName()](const GraphResult<UploadedMedia> &result) {
                    if (!result.ok()) {
                        window.statusBar()->showMessage(
                            tr("%1 was not sent: %2").arg(name, result.failure().explanation()),
                            15000);
                        return;
                    }
                    Message withMedia = toSend;
                    attachMediaId(withMedia, result.value().id);
                    window.statusBar()->clearMessage();
                    enqueue(std::move(withMedia));
                });
        });
    QObject::connect(composer, &Composer::markReadRequested, composer,
                     [&session](const QString &messageId, bool typing) {
                         const auto ignore = [](const GraphResult<GraphAck> &) {};
                         if (typing)
                             session.graph()->sendTypingIndicator(session.phoneNumberId(),
                                                                  messageId, nullptr, ignore);
                         else
                             session.graph()->markRead(session.phoneNumberId(), messageId, nullptr,
                                                       ignore);
                     });
}

} // namespace sb
