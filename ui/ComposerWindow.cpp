// Composer: the customer-service window, the switch to templates and the banner.
#include "Composer.h"
#include "ComposerEditor.h"
#include "FreeFormPanel.h"
#include "TemplateForm.h"
#include "TemplatePicker.h"
#include "WhatsAppMarkup.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

#include <algorithm>
#include <limits>

namespace sb {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kKeptDraftChars = 80;

// Milliseconds until `elapsed` next crosses a multiple of `unit` (the text then changes).
qint64 untilNextMultiple(qint64 elapsed, qint64 unit)
{
    const qint64 rest = elapsed % unit;
    return (rest == 0 ? unit : unit - rest) + 1;
}

QString bannerStyle(bool closed)
{
    return closed ? QStringLiteral("#windowBanner { background: #FDECEA; color: #8A1C1C; "
                                   "border-radius: 6px; padding: 6px 10px; }")
                  : QStringLiteral("#windowBanner { background: #FFF4D6; color: #6B4E00; "
                                   "border-radius: 6px; padding: 6px 10px; }");
}

} // namespace

bool Composer::isTemplateMode() const
{
    return m_forcedTemplates || m_pickerRequested;
}

void Composer::checkWindowNow()
{
    m_state = ServiceWindow::evaluate(m_window, now(), m_closingSoon);
    applyWindowState();
    armWindowTimer();
}

void Composer::armWindowTimer()
{
    m_windowTimer.stop();
    m_scheduledCheck = m_conversationId >= 0 ? m_state.nextChange : QDateTime();
    if (!m_scheduledCheck.isValid())
        return;
    // Evaluating again at the instant itself is what switches modes; a timer that fires early
    // (or a clock that did not move) simply re-arms for the rest.
    const qint64 wait =
        std::clamp<qint64>(now().msecsTo(m_scheduledCheck), 0, std::numeric_limits<int>::max());
    m_windowTimer.start(int(wait));
}

void Composer::applyWindowState()
{
    const bool wasForced = m_forcedTemplates;
    m_forcedTemplates = m_conversationId >= 0 && !m_state.canSendFreeForm();
    if (m_forcedTemplates && !wasForced) {
        // Keystrokes must not land in the hidden editor, nor spill into the search box: the
        // template list takes the focus, where stray keys only move the highlight.
        if (m_freeForm->editor()->hasFocus())
            m_picker->list()->setFocus();
    } else if (!m_forcedTemplates && wasForced && !m_pickerRequested) {
        if (m_picker->isAncestorOf(focusWidget()) || m_form->isAncestorOf(focusWidget()))
            m_freeForm->editor()->setFocus();
    }
    m_form->setWindowState(m_state);
    m_form->setBackVisible(!m_forcedTemplates);
    updatePages();
    refreshBanner();
}

void Composer::updatePages()
{
    const bool templates = isTemplateMode();
    const int index = templates ? 1 : 0;
    // A stacked widget is as large as its largest page; the hidden page must not count, or the
    // one-line free-text composer would be as tall as the template picker.
    for (int i = 0; i < m_pages->count(); ++i) {
        const QSizePolicy::Policy policy =
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentIndex(index);
    setSizePolicy(QSizePolicy::Preferred,
                  templates ? QSizePolicy::Preferred : QSizePolicy::Maximum);
    updateGeometry();
    if (templates != m_lastTemplateMode) {
        m_lastTemplateMode = templates;
        Q_EMIT templateModeChanged(templates);
    }
}

QString Composer::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString Composer::keptDraftText() const
{
    return m_keptDraft->isHidden() ? QString() : m_keptDraft->text();
}

void Composer::refreshBanner()
{
    m_bannerTimer.stop();
    if (m_conversationId < 0) {
        m_banner->hide();
        m_keptDraft->hide();
        return;
    }
    // Re-evaluated for the words only; mode switches wait for the window timer.
    const WindowState state = ServiceWindow::evaluate(m_window, now(), m_closingSoon);
    QString text;
    qint64 refreshIn = -1;
    switch (state.phase) {
    case WindowPhase::Never:
        text = tr("%1 has not written to you yet: only approved templates can be sent.")
                   .arg(m_contact.displayName());
        break;
    case WindowPhase::Closed: {
        text = tr("The 24-hour window %1: only approved templates can be sent.")
                   .arg(ServiceWindow::formatRemaining(state));
        const qint64 closedFor = state.closedFor.count();
        refreshIn = closedFor < kHourMs ? untilNextMultiple(closedFor, kMinuteMs)
            : closedFor < 48 * kHourMs  ? untilNextMultiple(closedFor, kHourMs)
                                        : untilNextMultiple(closedFor, kDayMs);
        break;
    }
    case WindowPhase::ClosingSoon: {
        text = tr("The 24-hour window closes in %1: after that only approved templates can be "
                  "sent.")
                   .arg(ServiceWindow::formatRemaining(state));
        const qint64 remaining = state.remaining.count();
        const qint64 secondsFrom = std::chrono::duration_cast<std::chrono::milliseconds>(
                                       ServiceWindow::DefaultSecondsDisplay)
                                       .count();
        refreshIn = remaining <= secondsFrom ? untilNextMultiple(remaining, kSecondMs)
                                             : untilNextMultiple(remaining, kMinuteMs);
        break;
    }
    case WindowPhase::Open:
        break;
    }
    if (state.freeEntryPointActive && state.freeEntryPointUntil && !text.isEmpty())
        text += QLatin1Char(' ')
            + tr("Messages stay free until %1 (free entry point).")
                  .arg(QLocale().toString(state.freeEntryPointUntil->toLocalTime(),
                                          QLocale::ShortFormat));
    m_banner->setText(text);
    m_banner->setStyleSheet(bannerStyle(state.phase != WindowPhase::ClosingSoon));
    m_banner->setVisible(!text.isEmpty());
    if (refreshIn > 0)
        m_bannerTimer.start(int(std::min<qint64>(refreshIn, std::numeric_limits<int>::max())));

    const QString full = m_freeForm->text().trimmed();
    const QString draft = WhatsAppMarkup::toPlainText(full.section(u'\n', 0, 0)).simplified();
    const bool showKept = isTemplateMode() && !full.isEmpty();
    if (showKept) {
        const bool cut = draft.size() > kKeptDraftChars || full.contains(u'\n');
        const QString excerpt =
            draft.left(kKeptDraftChars) + (cut ? QString(QChar(0x2026)) : QString());
        m_keptDraft->setText(m_forcedTemplates
                                 ? tr("Your draft is kept and returns when %1 writes again: “%2”")
                                       .arg(m_contact.displayName(), excerpt)
                                 : tr("Your draft is kept: “%1”").arg(excerpt));
        m_keptDraft->setToolTip(m_freeForm->text());
    }
    m_keptDraft->setVisible(showKept);
}

void Composer::openTemplatePicker()
{
    if (m_conversationId < 0)
        return;
    m_pickerRequested = true;
    updatePages();
    refreshBanner();
    m_picker->focusSearch();
}

void Composer::closeTemplatePicker()
{
    if (!m_pickerRequested)
        return;
    m_pickerRequested = false;
    updatePages();
    refreshBanner();
    if (!m_forcedTemplates)
        m_freeForm->editor()->setFocus();
}

} // namespace sb
