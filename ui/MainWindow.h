#pragma once

#include "AccountSummary.h"

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace sb {

// The application's main window. At this stage a shell: the inbox, chat view and composer
// arrive with the inbox issue and plug into its central splitter.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(bool sandbox, QWidget *parent = nullptr);

    void showAccount(const AccountSummary &account);
    void showAccountError(const QString &explanation);
    // One line of live activity (newest first); the list keeps the last few hundred.
    void addActivity(const QString &line);

private:
    void buildMenus();

    QLabel *m_account = nullptr;
    QListWidget *m_activity = nullptr;
};

} // namespace sb
