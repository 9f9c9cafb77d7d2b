#pragma once

// Shared set-up of the composer tests (tst_composer, tst_composerinput).
#include "Clock.h"
#include "Composer.h"
#include "ComposerEditor.h"
#include "FreeFormPanel.h"
#include "ServiceWindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <chrono>

namespace sbtest {

using namespace std::chrono_literals;

inline const QDateTime kStart(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
inline const QString kTo = QStringLiteral("+4915112345678");

inline sb::ComposerContact maria()
{
    sb::ComposerContact contact;
    contact.name = QStringLiteral("Maria");
    contact.to = kTo;
    return contact;
}

// A window whose deadline is `left` after kStart.
inline sb::WindowInputs windowClosingIn(std::chrono::milliseconds left)
{
    sb::WindowInputs inputs;
    inputs.lastInbound = kStart.addMSecs((left - sb::ServiceWindow::Length).count());
    return inputs;
}

inline void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

inline QString writePng(const QTemporaryDir &dir, const QString &name)
{
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(QColor(0x25, 0xD3, 0x66));
    const QString path = dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

// A composer on conversation 7 with Maria, the window open for two more hours by default.
struct Fixture
{
    sb::ManualClock clock{kStart};
    sb::Composer composer;

    explicit Fixture(const sb::WindowInputs &window = windowClosingIn(2h))
    {
        composer.setClock(&clock);
        composer.setConversation(7, window, maria(), QStringLiteral("wamid.IN1"));
        composer.resize(720, 420);
    }
    sb::ComposerEditor *editor() const { return composer.freeForm()->editor(); }
};

} // namespace sbtest
