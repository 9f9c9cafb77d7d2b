// Full-text search latency on a large SQLite inbox: generates N messages (default 1,000,000)
// into a SQLite file through the store's schema (reused when it already holds them), then
// times SearchRepository::search() for a mix of common, rare, two-word and prefix queries and
// prints p50 and p95. Usage: bench_search [file=$TMPDIR/sb_bench_search.sqlite]
//                                         [messages=1000000] [queries=400]
#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "SearchRepository.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

constexpr int Conversations = 2000;
constexpr int Vocabulary = 5000;

const QStringList CommonWords{
    QStringLiteral("order"),  QStringLiteral("delivery"), QStringLiteral("hello"),
    QStringLiteral("thanks"), QStringLiteral("payment"),  QStringLiteral("refund"),
    QStringLiteral("size"),   QStringLiteral("blue"),     QStringLiteral("today"),
    QStringLiteral("please"), QStringLiteral("tracking"), QStringLiteral("address")};

// Pseudo-words with a Zipf-like frequency: a handful are everywhere, most are rare.
QString word(int rank)
{
    if (rank < CommonWords.size())
        return CommonWords.at(rank);
    static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa"};
    QString w;
    for (int n = rank; n > 0 || w.isEmpty(); n /= 10)
        w += QLatin1String(syllables[n % 10]);
    return w;
}

int zipfRank(QRandomGenerator &random)
{
    const double u = random.generateDouble();
    return std::min(Vocabulary - 1, static_cast<int>(std::pow(Vocabulary, u)) - 1);
}

qint64 messageCount(sb::Database &db)
{
    sb::SqlStatement q(db, QStringLiteral("SELECT COUNT(*) FROM messages"));
    return q.execScalar().value_or(0);
}

void generate(sb::Database &db, qint64 wanted, QTextStream &out)
{
    QRandomGenerator random(20260401);
    QList<qint64> conversations;
    {
        sb::Transaction tx(db);
        sb::ContactRepository contacts(db);
        sb::ConversationRepository repo(db);
        for (int i = 0; i < Conversations; ++i) {
            const qint64 contact =
                contacts
                    .upsert(sb::ContactIdentity{
                        {}, {}, QStringLiteral("4915%1").arg(i, 8, 10, QLatin1Char('0')), {}})
                    .id;
            conversations.append(repo.ensure(contact, QStringLiteral("106540352242922")));
        }
        tx.commit();
    }
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = messageCount(db); done < wanted;) {
        sb::Transaction tx(db);
        for (int i = 0; i < 10000 && done < wanted; ++i, ++done) {
            QStringList words;
            const int length = 4 + static_cast<int>(random.bounded(16));
            for (int w = 0; w < length; ++w)
                words.append(word(zipfRank(random)));
            sb::SqlStatement q(
                db,
                QStringLiteral("INSERT INTO messages (conversation_id, direction, kind, "
                               "platform_id, content_json, body_text, created_at, "
                               "updated_at) VALUES (?, ?, 'text', ?, '{}', ?, ?, ?)"));
            const qint64 at = start.addSecs(done * 30).toMSecsSinceEpoch();
            q.bind(conversations.at(static_cast<int>(random.bounded(Conversations))))
                .bind(done % 2 ? QStringLiteral("out") : QStringLiteral("in"))
                .bind(QStringLiteral("wamid.search.%1").arg(done))
                .bind(words.join(u' '))
                .bind(at)
                .bind(at)
                .exec();
        }
        tx.commit();
        if (done % 100000 == 0 || done == wanted) {
            out << "  generated " << done << " messages (" << timer.elapsed() / 1000 << " s)\n";
            out.flush();
        }
    }
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const int index = std::clamp(static_cast<int>(std::ceil(p * values.size())) - 1, 0,
                                 static_cast<int>(values.size()) - 1);
    return values.at(index);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.size() > 1
        ? args.at(1)
        : QDir::temp().filePath(QStringLiteral("sb_bench_search.sqlite"));
    const qint64 wanted = args.size() > 2 ? std::max(1LL, args.at(2).toLongLong()) : 1000000;
    const int queries = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 400;
    QTextStream out(stdout);

    sb::Database::OpenResult opened = sb::Database::open(path);
    if (!opened.database) {
        out << "cannot open " << path << ": " << opened.error.toString() << "\n";
        return 1;
    }
    sb::Database &db = *opened.database;
    const qint64 present = messageCount(db);
    if (present < wanted) {
        out << "generating " << wanted - present << " messages into " << path << "\n";
        out.flush();
        generate(db, wanted, out);
    } else {
        out << "reusing " << path << " (" << present << " messages)\n";
    }

    QRandomGenerator random(7);
    sb::SearchRepository search(db);
    struct Kind
    {
        const char *name;
        QList<double> ms;
    };
    QList<Kind> kinds{{"common word", {}}, {"rare word", {}}, {"two words", {}}, {"prefix", {}}};
    QList<double> all;
    for (int i = 0; i < queries; ++i) {
        const int k = i % kinds.size();
        QString text;
        switch (k) {
        case 0:
            text = CommonWords.at(
                static_cast<int>(random.bounded(static_cast<int>(CommonWords.size()))));
            break;
        case 1:
            text = word(2000 + static_cast<int>(random.bounded(Vocabulary - 2000)));
            break;
        case 2:
            text = CommonWords.at(
                       static_cast<int>(random.bounded(static_cast<int>(CommonWords.size()))))
                + u' ' + word(100 + static_cast<int>(random.bounded(900)));
            break;
        default:
            text = word(200 + static_cast<int>(random.bounded(2000))).left(4);
            break;
        }
        QElapsedTimer timer;
        timer.start();
        const QList<sb::SearchHit> hits = search.search({text, {}, {}, 50, {}});
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        Q_UNUSED(hits);
        kinds[k].ms.append(ms);
        all.append(ms);
    }
    out << "search over " << std::max(present, wanted) << " messages, " << queries
        << " queries, 50 newest hits each:\n";
    for (const Kind &kind : kinds) {
        out << "  " << kind.name << ": p50 " << QString::number(percentile(kind.ms, 0.5), 'f', 2)
            << " ms, p95 " << QString::number(percentile(kind.ms, 0.95), 'f', 2) << " ms\n";
    }
    out << "all queries: p50 " << QString::number(percentile(all, 0.5), 'f', 2) << " ms, p95 "
        << QString::number(percentile(all, 0.95), 'f', 2) << " ms\n";
    return 0;
}
