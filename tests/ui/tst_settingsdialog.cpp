// Preferences: values survive in QSettings, the dialog changes nothing until OK/Apply, and then
// every change is announced once.
#include "DesktopSettings.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void defaultsAndPersistence()
    {
        {
            sb::DesktopSettings settings(m_settings.get());
            QCOMPARE(settings.closingSoonThreshold(), 60min);
            QCOMPARE(settings.readReceiptPolicy(), sb::ReadReceiptPolicy::OnReply);
            QVERIFY(settings.notifyNewMessages());
            QVERIFY(settings.notifyClosingWindows());
            QVERIFY(!settings.doNotDisturb());
            settings.setAgentName(QStringLiteral("  Maria "));
            settings.setClosingSoonThreshold(90min);
            settings.setReadReceiptPolicy(sb::ReadReceiptPolicy::Never);
            settings.setNotifyNewMessages(false);
            settings.setDoNotDisturb(true);
        }
        sb::DesktopSettings again(m_settings.get());
        QCOMPARE(again.agentName(), QStringLiteral("Maria"));
        QCOMPARE(again.closingSoonThreshold(), 90min);
        QCOMPARE(again.readReceiptPolicy(), sb::ReadReceiptPolicy::Never);
        QVERIFY(!again.notifyNewMessages());
        QVERIFY(again.doNotDisturb());
    }

    void badStoredValuesAreClamped()
    {
        m_settings->setValue(QStringLiteral("inbox/closingSoonMinutes"), 99999);
        m_settings->setValue(QStringLiteral("privacy/readReceipts"), QStringLiteral("sometimes"));
        sb::DesktopSettings settings(m_settings.get());
        QCOMPARE(settings.closingSoonThreshold().count(),
                 sb::DesktopSettings::MaxClosingSoonMinutes);
        QCOMPARE(settings.readReceiptPolicy(), sb::ReadReceiptPolicy::OnReply);
        settings.setClosingSoonThreshold(-5min);
        QCOMPARE(settings.closingSoonThreshold(), 0min);
    }

    void nothingChangesUntilApplied()
    {
        sb::DesktopSettings settings(m_settings.get());
        QSignalSpy threshold(&settings, &sb::DesktopSettings::closingSoonThresholdChanged);
        QSignalSpy receipts(&settings, &sb::DesktopSettings::readReceiptPolicyChanged);
        QSignalSpy dnd(&settings, &sb::DesktopSettings::doNotDisturbChanged);
        sb::SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.closingSoonSpin()->value(), 60);
        QCOMPARE(dialog.shownReadReceiptPolicy(), sb::ReadReceiptPolicy::OnReply);

        dialog.closingSoonSpin()->setValue(120);
        dialog.showReadReceiptPolicy(sb::ReadReceiptPolicy::OnOpen);
        dialog.doNotDisturbCheck()->setChecked(true);
        QCOMPARE(threshold.size(), 0);
        QCOMPARE(settings.closingSoonThreshold(), 60min);

        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(threshold.size(), 1);
        QCOMPARE(threshold.at(0).at(0).toInt(), 120);
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(dnd.size(), 1);
        QCOMPARE(settings.readReceiptPolicy(), sb::ReadReceiptPolicy::OnOpen);
        QVERIFY(dialog.isVisible());

        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(threshold.size(), 1); // unchanged values are not announced again
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelKeepsEverything()
    {
        sb::DesktopSettings settings(m_settings.get());
        sb::SettingsDialog dialog(&settings);
        dialog.agentNameEdit()->setText(QStringLiteral("Someone"));
        dialog.newMessagesCheck()->setChecked(false);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(settings.agentName(), QString());
        QVERIFY(settings.notifyNewMessages());
    }

    void restoreDefaultsKeepsTheName()
    {
        sb::DesktopSettings settings(m_settings.get());
        settings.setAgentName(QStringLiteral("Maria"));
        settings.setClosingSoonThreshold(15min);
        settings.setNotifyClosingWindows(false);
        sb::SettingsDialog dialog(&settings);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults),
                          Qt::LeftButton);
        QCOMPARE(dialog.closingSoonSpin()->value(), 60);
        QVERIFY(dialog.closingWindowsCheck()->isChecked());
        QCOMPARE(dialog.agentNameEdit()->text(), QStringLiteral("Maria"));
        QCOMPARE(settings.closingSoonThreshold(), 15min); // shown, not yet applied
    }

    void closingWarningNeedsAThreshold()
    {
        sb::DesktopSettings settings(m_settings.get());
        sb::SettingsDialog dialog(&settings);
        QVERIFY(dialog.closingWindowsCheck()->isEnabled());
        dialog.closingSoonSpin()->setValue(0);
        QCOMPARE(dialog.closingSoonSpin()->text(), QStringLiteral("Off"));
        QVERIFY(!dialog.closingWindowsCheck()->isEnabled());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
