#pragma once

#include <QMainWindow>

class QLabel;

namespace sb {

// The application's main window. At this stage a shell: the inbox, chat view and composer
// arrive with the inbox issue and plug into its central splitter.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(bool sandbox, QWidget *parent = nullptr);

private:
    void buildMenus();

    QLabel *m_placeholder = nullptr;
};

} // namespace sb
