#include "AttachmentChip.h"
#include "ComposerTestSupport.h"
#include "EmojiPicker.h"

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace sb;
using namespace sbtest;

// Typing, sending, formatting, emoji, replies and attachments of the free-text composer.
class TestComposerInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterSendsTheExactMessage()
    {
        Fixture f;
        QSignalSpy spy(&f.composer, &Composer::sendRequested);
        QTest::keyClicks(f.editor(), QStringLiteral("Hello *there*"));
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Message>(), makeText(kTo, QStringLiteral("Hello *there*")));
        QCOMPARE(spy.at(0).at(1).toString(), QString());
        QVERIFY(f.editor()->toPlainText().isEmpty());

        // Links ask for a preview; an empty editor sends nothing.
        QTest::keyClicks(f.editor(), QStringLiteral("See https://example.com"));
        QTest::keyClick(f.editor(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<Message>(),
                 makeText(kTo, QStringLiteral("See https://example.com"), true));
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(spy.size(), 2);
    }

    void shiftEnterBreaksTheLine()
    {
        Fixture f;
        QSignalSpy spy(&f.composer, &Composer::sendRequested);
        QTest::keyClicks(f.editor(), QStringLiteral("first"));
        QTest::keyClick(f.editor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(f.editor(), QStringLiteral("second"));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(f.editor()->toPlainText(), QStringLiteral("first\nsecond"));
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Message>().as<TextContent>()->body,
                 QStringLiteral("first\nsecond"));
    }

    void tooLongTextBlocksSending()
    {
        Fixture f;
        QSignalSpy spy(&f.composer, &Composer::sendRequested);
        f.composer.setText(QString(4096, u'a'));
        QVERIFY(f.composer.freeForm()->canSend());
        QCOMPARE(f.composer.freeForm()->counterText(), QStringLiteral("4096/4096"));
        f.composer.setText(QString(4097, u'a'));
        QVERIFY(!f.composer.freeForm()->canSend());
        QVERIFY(f.composer.freeForm()->firstError().startsWith(QStringLiteral("Message: ")));
        QVERIFY(f.composer.freeForm()->firstError().contains(QStringLiteral("4096")));
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(spy.size(), 0);
    }

    void formattingPreviewInTheEditor()
    {
        Fixture f;
        QTest::keyClicks(f.editor(), QStringLiteral("a *bold* b"));
        const QList<QTextLayout::FormatRange> formats =
            f.editor()->document()->firstBlock().layout()->formats();
        bool boldWord = false;
        bool dimMarker = false;
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start == 3 && range.length == 4 && range.format.fontWeight() == QFont::Bold)
                boldWord = true;
            if (range.start == 2 && range.length == 1 && range.format.fontWeight() != QFont::Bold)
                dimMarker = true;
        }
        QVERIFY(boldWord);
        QVERIFY(dimMarker);
        // The editor keeps the markers: what is typed is what is sent.
        QCOMPARE(f.editor()->toPlainText(), QStringLiteral("a *bold* b"));
    }

    void emojiInsertsAtTheCursor()
    {
        Fixture f;
        f.composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.composer));
        f.composer.setText(QStringLiteral("Thanks !"));
        QTextCursor cursor = f.editor()->textCursor();
        cursor.setPosition(7);
        f.editor()->setTextCursor(cursor);
        auto *button = f.composer.findChild<QToolButton *>(QStringLiteral("emojiButton"));
        QVERIFY(button);
        button->click();
        auto *picker = f.composer.findChild<EmojiPicker *>();
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        const QList<QToolButton *> choices = picker->findChildren<QToolButton *>();
        QCOMPARE(choices.size(), EmojiPicker::commonEmoji().size());
        const QString emoji = choices.constFirst()->text();
        choices.constFirst()->click();
        QVERIFY(!picker->isVisible());
        QCOMPARE(f.editor()->toPlainText(), QStringLiteral("Thanks ") + emoji + u'!');
    }

    void replyToQuotesAndEscCancels()
    {
        Fixture f;
        QSignalSpy spy(&f.composer, &Composer::sendRequested);
        f.composer.setReplyTo(QStringLiteral("wamid.Q1"), QStringLiteral("Where is my order?"));
        QCOMPARE(f.composer.freeForm()->replyToId(), QStringLiteral("wamid.Q1"));
        QTest::keyClick(f.editor(), Qt::Key_Escape);
        QVERIFY(f.composer.freeForm()->replyToId().isEmpty());

        f.composer.setReplyTo(QStringLiteral("wamid.Q1"), QStringLiteral("Where is my order?"));
        QTest::keyClicks(f.editor(), QStringLiteral("On its way"));
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        Message expected = makeText(kTo, QStringLiteral("On its way"));
        expected.context = ReplyContext{QStringLiteral("wamid.Q1"), {}, {}, {}};
        QCOMPARE(spy.at(0).at(0).value<Message>(), expected);
        QVERIFY(f.composer.freeForm()->replyToId().isEmpty());
    }

    void droppedPngBecomesAChipAndSends()
    {
        QTemporaryDir dir;
        const QString png = writePng(dir, QStringLiteral("receipt.png"));
        QVERIFY(!png.isEmpty());
        Fixture f;
        dropFiles(&f.composer, {png});
        QCOMPARE(f.composer.freeForm()->attachments().size(), 1);
        QVERIFY(f.composer.freeForm()->attachmentMessage().isEmpty());
        AttachmentChip *chip = f.composer.freeForm()->attachments().constFirst();
        QCOMPARE(chip->fileName(), QStringLiteral("receipt.png"));
        QVERIFY(chip->takesCaption());
        chip->setCaption(QStringLiteral("Your receipt"));

        QSignalSpy spy(&f.composer, &Composer::sendRequested);
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        MediaContent media;
        media.kind = MediaKind::Image;
        media.mimeType = QStringLiteral("image/png");
        media.fileSize = QFileInfo(png).size();
        media.caption = QStringLiteral("Your receipt");
        QCOMPARE(spy.at(0).at(0).value<Message>(), makeMedia(kTo, media));
        QCOMPARE(spy.at(0).at(1).toString(), png);
        QVERIFY(f.composer.freeForm()->attachments().isEmpty());
    }

    void oversizeJpegIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("holiday.jpg"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000"));
            QVERIFY(file.resize(6 * 1000 * 1000 + 123)); // sparse: no real 6 MB written
        }
        Fixture f;
        dropFiles(&f.composer, {path});
        QVERIFY(f.composer.freeForm()->attachments().isEmpty());
        QCOMPARE(f.composer.freeForm()->attachmentMessage(),
                 QStringLiteral("holiday.jpg is 6 MB: images can be at most 5 MB. Compress or "
                                "scale it down."));
        QVERIFY(!f.composer.freeForm()->canSend());
    }

    void captionTooLongBlocksSending()
    {
        QTemporaryDir dir;
        const QString png = writePng(dir, QStringLiteral("photo.png"));
        Fixture f;
        f.composer.attachFiles({png});
        f.composer.freeForm()->attachments().constFirst()->setCaption(QString(1025, u'x'));
        QVERIFY(!f.composer.freeForm()->canSend());
        QVERIFY(f.composer.freeForm()->firstError().startsWith(
            QStringLiteral("Caption of photo.png: ")));
    }

    void pastedFileUrlAndImageAttach()
    {
        QTemporaryDir dir;
        const QString png = writePng(dir, QStringLiteral("pasted.png"));
        Fixture f;
        f.composer.freeForm()->setPasteDirectory(dir.filePath(QStringLiteral("clips")));

        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(png)});
        QGuiApplication::clipboard()->setMimeData(mime);
        f.editor()->paste();
        QCOMPARE(f.composer.freeForm()->attachments().size(), 1);
        QCOMPARE(f.composer.freeForm()->attachments().constFirst()->localPath(), png);
        QVERIFY(f.editor()->toPlainText().isEmpty());

        QImage shot(40, 30, QImage::Format_ARGB32);
        shot.fill(Qt::blue);
        QGuiApplication::clipboard()->setImage(shot);
        f.editor()->paste();
        QCOMPARE(f.composer.freeForm()->attachments().size(), 2);
        const AttachmentChip *pasted = f.composer.freeForm()->attachments().at(1);
        QVERIFY(pasted->localPath().startsWith(dir.filePath(QStringLiteral("clips"))));
        QCOMPARE(pasted->media().mimeType, QStringLiteral("image/png"));

        // Plain text still pastes as text.
        QGuiApplication::clipboard()->setText(QStringLiteral("tracking 123"));
        f.editor()->paste();
        QCOMPARE(f.editor()->toPlainText(), QStringLiteral("tracking 123"));
    }
};

QTEST_MAIN(TestComposerInput)
#include "tst_composerinput.moc"
