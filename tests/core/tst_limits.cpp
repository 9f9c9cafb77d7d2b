#include "LimitCases.h"
#include "LimitCasesInteractive.h"
#include "LimitCasesMessages.h"
#include "LimitCasesTemplates.h"
#include "Limits.h"
#include "PlatformText.h"
#include "SpecNumbers.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

// "{a,b}[*].c" -> ^(?:a|b)\[\d+\]\.c$
QRegularExpression pathPattern(const char *pattern)
{
    const QString text = QString::fromLatin1(pattern);
    QString regex = u"^"_s;
    bool inGroup = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.mid(i, 3) == u"[*]") {
            regex += u"\\[\\d+\\]"_s;
            i += 2;
        } else if (text[i] == u'{') {
            regex += u"(?:"_s;
            inGroup = true;
        } else if (text[i] == u'}') {
            regex += u')';
            inGroup = false;
        } else if (text[i] == u',' && inGroup) {
            regex += u'|';
        } else {
            regex += QRegularExpression::escape(QString(text[i]));
        }
    }
    return QRegularExpression(regex + u'$');
}

// Exactly `count` code points of one kind of script, cycling through a few characters.
QString sample(qint64 count, Flavour flavour)
{
    static const QList<char32_t> ascii{U'a', U'b', U'c', U'x', U'y', U'z'};
    static const QList<char32_t> emoji{0x1F600, 0x1F1E9, 0x1F1EA, 0x1F468,
                                       0x200D,  0x1F469, 0x1F44D, 0x1F3FD};
    static const QList<char32_t> combining{U'e', 0x0301, U'a', 0x0308, U'o', 0x0302};
    static const QList<char32_t> rtl{0x05E9, 0x05DC, 0x05D5, 0x05DD, 0x200F,
                                     0x0645, 0x0631, 0x062D, 0x0628, 0x0627};
    const QList<char32_t> &set = flavour == Emoji ? emoji
        : flavour == Combining                    ? combining
        : flavour == Rtl                          ? rtl
                                                  : ascii;
    QString text;
    for (qint64 i = 0; i < count; ++i) {
        const char32_t c = set[i % set.size()];
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

QString describe(const QList<Violation> &violations)
{
    return violations.isEmpty() ? u"no violations"_s : toText(violations);
}

// Empty when `violations` is exactly one violation of `entry` (plus the declared companions),
// with the case's path, one of `rules`, and a fix with no unfilled placeholder.
QString checkOne(const QList<Violation> &violations, const LimitEntry &entry,
                 const BoundaryCase &boundary, const QStringList &rules,
                 const QList<LimitId> &companions = {})
{
    QList<Violation> ours;
    QList<LimitId> others;
    for (const auto &violation : violations) {
        if (violation.limitId == entry.id)
            ours.append(violation);
        else if (violation.limitId)
            others.append(*violation.limitId);
        else
            return u"violation without a limit id: "_s + toText(violation);
    }
    if (ours.size() != 1)
        return u"expected exactly one violation of %1, got: %2"_s.arg(QLatin1String(entry.key),
                                                                      describe(violations));
    QList<LimitId> expected = companions;
    std::sort(others.begin(), others.end());
    std::sort(expected.begin(), expected.end());
    if (others != expected)
        return u"unexpected other violations: "_s + describe(violations);
    const Violation &v = ours.front();
    if (v.path != boundary.path)
        return u"path %1, expected %2"_s.arg(v.path, boundary.path);
    if (!pathPattern(entry.path).match(v.path).hasMatch())
        return u"path %1 does not fit the table pattern %2"_s.arg(v.path,
                                                                  QLatin1String(entry.path));
    if (!rules.contains(v.rule))
        return u"rule %1, expected one of %2"_s.arg(v.rule, rules.join(u", "));
    if (v.severity != entry.severity)
        return u"severity differs from the table"_s;
    static const QRegularExpression placeholder(u"%\\d"_s);
    if (v.fix.isEmpty() || v.fix.contains(placeholder))
        return u"bad fix sentence: "_s + v.fix;
    return {};
}

QString checkClean(const QList<Violation> &violations)
{
    return violations.isEmpty() ? QString()
                                : u"expected no violations, got: "_s + describe(violations);
}

const CaseMap &allCases()
{
    static const CaseMap cases = [] {
        CaseMap map;
        addMessageCases(map);
        addInteractiveCases(map);
        addTemplateCases(map);
        return map;
    }();
    return cases;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsWellFormed()
    {
        const auto table = limitTable();
        QCOMPARE(qsizetype(table.size()), qsizetype(LimitId::Count));
        QSet<QString> keys;
        for (std::size_t i = 0; i < table.size(); ++i) {
            const LimitEntry &entry = table[i];
            const QString key = QLatin1String(entry.key);
            QCOMPARE(std::size_t(entry.id), i);
            QCOMPARE(&limit(entry.id), &entry);
            QVERIFY2(!key.isEmpty() && !keys.contains(key), entry.key);
            keys.insert(key);
            QVERIFY2(entry.path && *entry.path, entry.key);
            QVERIFY2(pathPattern(entry.path).isValid(), entry.key);
            QVERIFY2(entry.rule && *entry.rule, entry.key);
            QVERIFY2(entry.source && *entry.source, entry.key);
            QVERIFY2(entry.noun && !limitNoun(entry).isEmpty(), entry.key);
            QVERIFY2(entry.min <= entry.max, entry.key);
            if (entry.unit == LimitUnit::Items)
                QVERIFY2(entry.nounPlural != nullptr, entry.key);
            if (entry.pattern)
                QVERIFY2(QRegularExpression(QLatin1String(entry.pattern)).isValid(), entry.key);
            if (entry.unit != LimitUnit::Rule)
                QVERIFY2(entry.min > 0 || entry.max != kUnbounded, entry.key);
        }
    }

    void numbersMatchTheSpec()
    {
        QSet<LimitId> listed;
        for (const auto &spec : kSpecNumbers) {
            const LimitEntry &entry = limit(spec.id);
            QVERIFY2(entry.min == spec.min && entry.max == spec.max, entry.key);
            listed.insert(spec.id);
        }
        for (const auto &entry : limitTable()) {
            const bool numeric = entry.unit != LimitUnit::Rule;
            QVERIFY2(numeric == listed.contains(entry.id), entry.key);
        }
    }

    void everyEntryHasABoundaryCase()
    {
        QStringList missing;
        for (const auto &entry : limitTable()) {
            if (!allCases().count(entry.id))
                missing.append(QLatin1String(entry.key));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"no boundary case for: "_s + missing.join(u", ")));
    }

    void boundaries_data()
    {
        QTest::addColumn<LimitId>("id");
        QTest::addColumn<int>("flavour");
        for (const auto &entry : limitTable()) {
            if (entry.unit != LimitUnit::Characters) {
                QTest::newRow(entry.key) << entry.id << int(Ascii);
                continue;
            }
            for (const auto &[flavour, name] :
                 {std::pair{Ascii, "ascii"}, std::pair{Emoji, "emoji"},
                  std::pair{Combining, "combining"}, std::pair{Rtl, "rtl"}}) {
                const auto found = allCases().find(entry.id);
                if (found != allCases().end() && !(found->second.flavours & flavour))
                    continue; // e.g. template names allow a-z, 0-9 and _ only
                QTest::addRow("%s/%s", entry.key, name) << entry.id << int(flavour);
            }
        }
    }

    // At the limit: no violation. One past it: exactly one, with the table's id and the path.
    void boundaries()
    {
        QFETCH(LimitId, id);
        QFETCH(int, flavour);
        const LimitEntry &entry = limit(id);
        const auto found = allCases().find(id);
        QVERIFY2(found != allCases().end(),
                 qPrintable(u"no boundary case for "_s + QLatin1String(entry.key)));
        const BoundaryCase &boundary = found->second;
        const bool hasMax = entry.max != kUnbounded;

        switch (entry.unit) {
        case LimitUnit::Characters: {
            QVERIFY(boundary.text);
            const auto f = static_cast<Flavour>(flavour);
            const auto run = [&](qint64 n) {
                const QString value = sample(n, f);
                [&] { QCOMPARE(platformLength(value), n); }();
                return boundary.text(value);
            };
            if (hasMax) {
                QVERIFY2(checkClean(run(entry.max)).isEmpty(),
                         qPrintable(checkClean(run(entry.max))));
                const auto over = run(entry.max + 1);
                const QString error =
                    checkOne(over, entry, boundary, {u"too_long"_s}, boundary.companionsOver);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QCOMPARE(over.front().actual.toLongLong(), entry.max + 1);
            }
            if (entry.min >= 1) {
                QVERIFY2(checkClean(run(entry.min)).isEmpty(),
                         qPrintable(checkClean(run(entry.min))));
                const QString error =
                    checkOne(run(entry.min - 1), entry, boundary, {u"required"_s, u"too_short"_s});
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            break;
        }
        case LimitUnit::Items:
        case LimitUnit::Bytes:
        case LimitUnit::Index: {
            QVERIFY(boundary.amount);
            const QStringList overRules{u"too_many"_s, u"too_large"_s, u"out_of_range"_s};
            if (hasMax) {
                QVERIFY2(checkClean(boundary.amount(entry.max)).isEmpty(),
                         qPrintable(checkClean(boundary.amount(entry.max))));
                const QString error = checkOne(boundary.amount(entry.max + 1), entry, boundary,
                                               overRules, boundary.companionsOver);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            if (entry.min >= 1 || entry.unit == LimitUnit::Index) {
                QVERIFY2(checkClean(boundary.amount(entry.min)).isEmpty(),
                         qPrintable(checkClean(boundary.amount(entry.min))));
                const QString error = checkOne(boundary.amount(entry.min - 1), entry, boundary,
                                               {u"too_few"_s, u"out_of_range"_s});
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            break;
        }
        case LimitUnit::Degrees: {
            QVERIFY(boundary.degrees);
            const double min = double(entry.min);
            const double max = double(entry.max);
            for (double inside : {min, max, 0.0}) {
                QVERIFY2(checkClean(boundary.degrees(inside)).isEmpty(),
                         qPrintable(checkClean(boundary.degrees(inside))));
            }
            for (double outside : {std::nextafter(max, 1000.0), std::nextafter(min, -1000.0),
                                   max + 1, min - 1, double(NAN), double(INFINITY)}) {
                const QString error =
                    checkOne(boundary.degrees(outside), entry, boundary, {u"out_of_range"_s});
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            break;
        }
        case LimitUnit::Rule: {
            QVERIFY(boundary.rule);
            QVERIFY2(checkClean(boundary.rule(false)).isEmpty(),
                     qPrintable(checkClean(boundary.rule(false))));
            const QList<Violation> broken = boundary.rule(true);
            QVERIFY(!broken.isEmpty());
            const QString error = checkOne(broken, entry, boundary, {broken.front().rule});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!broken.front().rule.isEmpty());
            break;
        }
        }
    }

    void mediaTypesAreData()
    {
        QCOMPARE(allowedMimeTypes(MediaKind::Image),
                 (QStringList{u"image/jpeg"_s, u"image/png"_s}));
        QCOMPARE(allowedMimeTypes(MediaKind::Sticker), QStringList{u"image/webp"_s});
        QCOMPARE(allowedMimeTypes(MediaKind::Video),
                 (QStringList{u"video/3gpp"_s, u"video/mp4"_s}));
        QCOMPARE(allowedMimeTypes(MediaKind::Audio).size(), 5);
        QCOMPARE(allowedMimeTypes(MediaKind::Document).size(), 8);
        QVERIFY(isAllowedMimeType(MediaKind::Audio, u"Audio/OGG; codecs=opus"));
        QVERIFY(!isAllowedMimeType(MediaKind::Image, u"image/webp"));
        QVERIFY(!isAllowedMimeType(MediaKind::Image, u""));
        QCOMPARE(mediaSizeLimit(MediaKind::Sticker, true), LimitId::StickerAnimatedFileSize);
        QCOMPARE(mediaSizeLimit(MediaKind::Sticker, false), LimitId::StickerStaticFileSize);
        QCOMPARE(limit(LimitId::StickerStaticFileSize).max, 100'000);
        QCOMPARE(limit(LimitId::StickerAnimatedFileSize).max, 500'000);
        QCOMPARE(limit(LimitId::ImageFileSize).max, 5'000'000);
        QCOMPARE(limit(LimitId::DocumentFileSize).max, 100'000'000);
    }

    // The product brief's numbers that §4 overrules stay overruled.
    void currentDocsWinOverTheBrief()
    {
        QCOMPARE(limit(LimitId::ListRowsTotal).max, 10);
        QCOMPARE(QLatin1String(limit(LimitId::ListRowsTotal).path),
                 QLatin1String("interactive.action.sections"));
        QCOMPARE(limit(LimitId::ListBody).max, 4096);
        QCOMPARE(limit(LimitId::TemplateButtonLabel).max, 25);
        QCOMPARE(limit(LimitId::ReplyButtonTitle).max, 20);
    }
};

QTEST_APPLESS_MAIN(TestLimits)
#include "tst_limits.moc"
