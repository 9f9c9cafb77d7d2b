#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;
class QGridLayout;

namespace sb {

// A row of key caps ("Ctrl" "↓"  or  "Alt" "↓"), one group per key sequence.
class KeyCaps final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCaps)

public:
    explicit KeyCaps(const QList<QKeySequence> &sequences, QWidget *parent = nullptr);

    QList<QKeySequence> sequences() const { return m_sequences; }
    // The caps of one sequence as painted: "Ctrl+Down" gives {"Ctrl", "↓"}.
    static QStringList capsOf(const QKeySequence &sequence);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Piece
    {
        QString text;
        bool cap; // a key cap, else the "or" between sequences
        int width;
    };
    QList<Piece> pieces() const;

    QList<QKeySequence> m_sequences;
};

// Help > Keyboard Shortcuts: every shortcut of the window, grouped, read from the actions
// themselves so the list cannot drift from what the keys really do.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)

public:
    explicit KeyboardShortcutsDialog(QWidget *parent = nullptr);

    void addSection(const QString &title);
    // The action's text (without its mnemonic) and every one of its shortcuts; skipped when it
    // has none.
    void addAction(const QAction *action);
    void addKeys(const QString &description, const QList<QKeySequence> &keys);

    // "Description: Ctrl+Down, Alt+Down" per row, in order (for tests and accessibility).
    QStringList rows() const { return m_rows; }

private:
    QGridLayout *m_grid;
    QStringList m_rows;
    int m_nextRow = 0;
};

} // namespace sb
