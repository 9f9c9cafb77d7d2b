#pragma once

#include <QObject>

class QSocketNotifier;

namespace sb::ctl {

// Turns SIGINT and SIGTERM into a Qt signal, so a long-running command (dispatch --follow) can
// stop cleanly: record the answers in flight, close the database. The C handler only writes a
// byte to a socket pair (async-signal-safe); the event loop reads it. One instance at a time.
class QuitSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitSignals)

public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sb::ctl
