#pragma once

#include "ReadReceiptPolicy.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sb {

class DesktopSettings;

// Edit > Preferences: the agent's name, the closing-soon threshold, the read-receipt policy and
// notifications. Nothing changes until OK or Apply; then DesktopSettings announces each change
// and the inbox follows live.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `settings` is borrowed and must outlive the dialog.
    explicit SettingsDialog(DesktopSettings *settings, QWidget *parent = nullptr);

    // Writes the shown values to the settings (OK and Apply do this).
    void apply();
    // Shows the defaults (not yet applied); the agent's name is kept.
    void restoreDefaults();

    QLineEdit *agentNameEdit() const { return m_agentName; }
    QSpinBox *closingSoonSpin() const { return m_closingSoon; }
    QCheckBox *newMessagesCheck() const { return m_newMessages; }
    QCheckBox *closingWindowsCheck() const { return m_closingWindows; }
    QCheckBox *doNotDisturbCheck() const { return m_doNotDisturb; }
    ReadReceiptPolicy shownReadReceiptPolicy() const;
    void showReadReceiptPolicy(ReadReceiptPolicy policy);
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void load();
    void updateEnabled();
    QWidget *section(const QString &title, QWidget *content);

    DesktopSettings *m_settings;
    QLineEdit *m_agentName;
    QSpinBox *m_closingSoon;
    QButtonGroup *m_readReceipts;
    QCheckBox *m_newMessages;
    QCheckBox *m_closingWindows;
    QCheckBox *m_doNotDisturb;
    QDialogButtonBox *m_buttons;
};

} // namespace sb
