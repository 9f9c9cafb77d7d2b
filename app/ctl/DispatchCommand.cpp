#include "AlertRepository.h"
#include "Clock.h"
#include "Commands.h"
#include "CtlDatabase.h"
#include "CtlIo.h"
#include "DispatcherSet.h"
#include "GraphApi.h"
#include "GraphClient.h"
#include "OutboxRepository.h"
#include "PhoneNumberRepository.h"
#include "QuitSignals.h"
#include "SecretProvider.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

// The token comes from the environment only: a flag value would land in shell history and `ps`.
class EnvironmentToken final : public TokenProvider
{
public:
    QString accessToken() const override { return qEnvironmentVariable("SB_ACCESS_TOKEN"); }
};

QString errorText(const ErrorInfo &info)
{
    const QString code = info.code != 0 ? QStringLiteral("%1 ").arg(info.code) : QString();
    return code + info.explanation;
}

struct Tally
{
    int accepted = 0;
    int failed = 0;
    int unknown = 0;
    int retries = 0;
    QStringList paused;
};

// Prints what each dispatcher does and counts the outcomes.
void report(Dispatcher *d, Tally &tally, const std::function<void()> &changed)
{
    const QString number = d->phoneNumberId();
    QObject::connect(d, &Dispatcher::sent, d,
                     [&tally, changed](const QString &id, const QString &wamid) {
                         ++tally.accepted;
                         out(QStringLiteral("sent %1 %2").arg(id, wamid));
                         changed();
                     });
    QObject::connect(d, &Dispatcher::failed, d,
                     [&tally, changed](const QString &id, const ErrorInfo &info) {
                         ++tally.failed;
                         out(QStringLiteral("failed %1: %2").arg(id, errorText(info)));
                         changed();
                     });
    QObject::connect(d, &Dispatcher::outcomeUnknown, d,
                     [&tally, changed](const QString &id, const QString &reason) {
                         ++tally.unknown;
                         out(QStringLiteral("unknown %1: %2").arg(id, reason));
                         changed();
                     });
    QObject::connect(
        d, &Dispatcher::retryScheduled, d,
        [&tally, changed](const QString &id, const QDateTime &at, const ErrorInfo &info) {
            ++tally.retries;
            out(QStringLiteral("retry %1 at %2: %3").arg(id, isoTime(at), errorText(info)));
            changed();
        });
    QObject::connect(
        d, &Dispatcher::paused, d,
        [&tally, number, changed](PauseReason, const QString &text, const ErrorInfo &) {
            tally.paused.append(number);
            err(tr("paused %1: %2").arg(number, text));
            changed();
        });
    QObject::connect(d, &Dispatcher::storeFailed, d, [](const QString &message) {
        err(tr("database: %1 (retrying)").arg(message));
    });
    QObject::connect(d, &Dispatcher::drained, d, changed);
}

} // namespace

int dispatchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends the outbox through the Graph API within each number's throughput, pair-rate "
           "and messaging limits: --once until the queue is empty, --follow until interrupted. "
           "The access token is read from the SB_ACCESS_TOKEN environment variable."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption once(
        QStringLiteral("once"),
        tr("Send what is queued, then stop (exit 0 when everything was sent)."));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    tr("Keep sending, also what is queued later, until SIGINT or "
                                       "SIGTERM."));
    const QCommandLineOption graphUrl(QStringLiteral("graph-url"),
                                      tr("The Graph API base URL (default $SB_GRAPH_URL, else %1).")
                                          .arg(QString::fromLatin1(graph::kDefaultBaseUrl)),
                                      QStringLiteral("url"));
    const QCommandLineOption number(QStringLiteral("phone-number-id"),
                                    tr("Only this business phone number (default: all)."),
                                    QStringLiteral("id"));
    const QCommandLineOption maxWait(
        QStringLiteral("max-wait"),
        tr("With --once: stop when the next due message is further away than this (default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({db, once, follow, graphUrl, number, maxWait});
    const QString usage = tr("usage: SB_ACCESS_TOKEN=… switchboardctl dispatch [--db PATH|URL] "
                             "(--once [--max-wait SECONDS] | --follow) [--graph-url URL] "
                             "[--phone-number-id ID]");
    int maxWaitSeconds = 0;
    QUrl baseUrl;
    if (const auto code = parseArguments(parser, arguments, usage, [&] {
            bool ok = false;
            maxWaitSeconds = parser.value(maxWait).toInt(&ok);
            const QString url = parser.isSet(graphUrl)
                ? parser.value(graphUrl)
                : qEnvironmentVariable("SB_GRAPH_URL", QString::fromLatin1(graph::kDefaultBaseUrl));
            baseUrl = QUrl(url, QUrl::StrictMode);
            const bool urlOk = baseUrl.isValid() && !baseUrl.host().isEmpty()
                && (baseUrl.scheme() == u"https" || baseUrl.scheme() == u"http");
            if (!urlOk)
                err(tr("--graph-url %1 is not an http(s) URL").arg(url));
            return ok && maxWaitSeconds >= 0 && urlOk && parser.isSet(once) != parser.isSet(follow)
                && parser.positionalArguments().isEmpty();
        }))
        return *code;
    if (qEnvironmentVariable("SB_ACCESS_TOKEN").isEmpty()) {
        err(tr("set SB_ACCESS_TOKEN to the access token; it is read from the environment so "
               "that it stays out of shell history and the process list"));
        return Usage;
    }

    const std::unique_ptr<Database> database = openDatabase(parser, db, OpenMode::Existing);
    if (!database)
        return Unreadable;
    QStringList numbers;
    MessagingTier tier = MessagingTier::NotSet;
    try {
        for (const PhoneNumberRecord &n : PhoneNumberRepository(*database).list()) {
            if (n.phoneNumberId.isEmpty()
                || (parser.isSet(number) && n.phoneNumberId != parser.value(number)))
                continue;
            numbers.append(n.phoneNumberId);
            // The limit is the portfolio's: any number's known tier stands for it.
            if (tier == MessagingTier::NotSet && !n.messagingTier.isEmpty())
                tier = messagingTierFromString(n.messagingTier);
        }
    } catch (const StoreException &e) {
        return storeFailure(tr("cannot read the phone numbers"), e.error());
    }
    if (numbers.isEmpty()) {
        err(parser.isSet(number)
                ? tr("the phone number %1 is not in the database").arg(parser.value(number))
                : tr("nothing to dispatch: no business phone number in the database"));
        return parser.isSet(number) ? Usage : Ok;
    }

    SystemClock clock;
    OutboxRepository outbox(*database);
    AlertRepository alerts(*database);
    QNetworkAccessManager network;
    EnvironmentToken token;
    GraphClientConfig graphConfig;
    graphConfig.baseUrl = baseUrl;
    GraphClient client(&network, &token, graphConfig);
    QRandomGenerator random(QRandomGenerator::global()->generate());
    DispatcherSet set(outbox, client, clock, tier, [&random] { return random.generate(); });
    set.setAlerts(&alerts);

    Tally tally;
    QEventLoop loop;
    bool stopping = false;
    const auto settled = [&] {
        const QDateTime horizon = clock.now().addSecs(maxWaitSeconds);
        for (const QString &id : std::as_const(numbers)) {
            const Dispatcher *d = set.dispatcher(id);
            if (d->inFlight() > 0)
                return false;
            if (stopping || d->isPaused() || outbox.queueDepth(id) == 0)
                continue;
            if (d->nextWakeAt().isValid() && d->nextWakeAt() <= horizon)
                return false;
        }
        return true;
    };
    const auto check = [&] {
        if (!parser.isSet(follow) || stopping) {
            // Queued: the signal that called this may come before the dispatcher's own update.
            QTimer::singleShot(0, &loop, [&] {
                try {
                    if (settled())
                        loop.quit();
                } catch (const StoreException &e) {
                    err(tr("database: %1").arg(e.error().toString()));
                    loop.exit(1);
                }
            });
        }
    };
    for (const QString &id : std::as_const(numbers))
        report(set.add(id), tally, check);

    QuitSignals quit;
    QObject::connect(&quit, &QuitSignals::quitRequested, &loop, [&] {
        stopping = true;
        set.stop(); // answers on their way are still recorded
        check();
    });
    // Another process may queue rows at any time (this one cannot hear its signals): in
    // --follow every dispatcher looks once a second; in --once it is the safety net of check().
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (parser.isSet(follow) && !stopping) {
            for (const QString &id : std::as_const(numbers))
                set.dispatcher(id)->wakeUp();
        }
        check();
    });
    tick.start(1000);

    const int recovered = set.start();
    if (recovered > 0)
        err(tr("%1 sends of an earlier run may have left: their outcome is unknown")
                .arg(recovered));
    check();
    const int loopResult = loop.exec();
    set.stop();

    int remaining = 0;
    try {
        for (const QString &id : std::as_const(numbers))
            remaining += outbox.queueDepth(id);
    } catch (const StoreException &e) {
        return storeFailure(tr("cannot count the queue"), e.error());
    }
    out(tr("dispatched: %1 accepted, %2 failed, %3 unknown outcome, %4 retries; %5 still queued")
            .arg(tally.accepted)
            .arg(tally.failed)
            .arg(tally.unknown)
            .arg(tally.retries)
            .arg(remaining));
    if (loopResult != 0)
        return StoreFailed;
    if (parser.isSet(follow))
        return Ok;
    if (remaining > 0 || !tally.paused.isEmpty())
        return DispatchStopped;
    return tally.failed > 0 || tally.unknown > 0 ? Invalid : Ok;
}

} // namespace sb::ctl
