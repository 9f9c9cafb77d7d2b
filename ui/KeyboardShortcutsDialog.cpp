#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace sb {

namespace {

constexpr int CapPadding = 7; // horizontal, inside a cap
constexpr int CapGap = 4; // between caps of one sequence
constexpr int GroupGap = 8; // around the "or" between sequences
constexpr int CapHeightExtra = 8;

QString plainText(const QAction *action)
{
    QString text = action->text();
    // Drop the mnemonic marker but keep a literal "&&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

} // namespace

KeyCaps::KeyCaps(const QList<QKeySequence> &sequences, QWidget *parent)
    : QWidget(parent)
    , m_sequences(sequences)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QStringList spoken;
    for (const QKeySequence &sequence : sequences)
        spoken << sequence.toString(QKeySequence::NativeText);
    setAccessibleName(spoken.join(tr(" or ", "between alternative shortcuts")));
}

QStringList KeyCaps::capsOf(const QKeySequence &sequence)
{
    QStringList caps;
    if (sequence.isEmpty())
        return caps;
    // Only the first chord: every shortcut of this app is a single chord.
    const QKeyCombination chord = sequence[0];
    const Qt::KeyboardModifiers mods = chord.keyboardModifiers();
    // Qt's own (translated) modifier names, as it writes them in "Ctrl+Alt+A".
    const QString prefix = QKeySequence(QKeyCombination(mods, Qt::Key_A))
                               .toString(QKeySequence::NativeText)
                               .chopped(1);
    caps = prefix.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    const auto name = [](Qt::Key key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    switch (chord.key()) {
    case Qt::Key_Up:
        caps << QStringLiteral("↑");
        break;
    case Qt::Key_Down:
        caps << QStringLiteral("↓");
        break;
    case Qt::Key_Left:
        caps << QStringLiteral("←");
        break;
    case Qt::Key_Right:
        caps << QStringLiteral("→");
        break;
    default:
        caps << name(chord.key());
        break;
    }
    return caps;
}

QList<KeyCaps::Piece> KeyCaps::pieces() const
{
    QList<Piece> out;
    const QFontMetrics fm(font());
    for (qsizetype i = 0; i < m_sequences.size(); ++i) {
        if (i > 0) {
            const QString word = tr("or", "between alternative shortcuts");
            out.append({word, false, fm.horizontalAdvance(word) + 2 * GroupGap});
        }
        const QStringList caps = capsOf(m_sequences.at(i));
        for (const QString &cap : caps) {
            const int width = std::max(fm.horizontalAdvance(cap) + 2 * CapPadding, fm.height() + 6);
            out.append({cap, true, width});
        }
    }
    return out;
}

QSize KeyCaps::sizeHint() const
{
    int width = 0;
    const QList<Piece> all = pieces();
    for (qsizetype i = 0; i < all.size(); ++i) {
        width += all.at(i).width;
        if (i + 1 < all.size() && all.at(i).cap && all.at(i + 1).cap)
            width += CapGap;
    }
    return {width + 2, fontMetrics().height() + CapHeightExtra + 2};
}

void KeyCaps::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QColor face = pal.color(QPalette::Base);
    QColor edge = pal.color(QPalette::Mid);
    QColor shadow = pal.color(QPalette::Dark);
    shadow.setAlphaF(0.35f);
    QColor muted = pal.color(QPalette::WindowText);
    muted.setAlphaF(0.6f);
    const int capHeight = fontMetrics().height() + CapHeightExtra;
    const QList<Piece> all = pieces();
    qreal x = 1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Piece &piece = all.at(i);
        const QRectF rect(x, 1, piece.width, capHeight);
        if (piece.cap) {
            // A raised cap: a darker lip under the face.
            painter.setPen(Qt::NoPen);
            painter.setBrush(shadow);
            painter.drawRoundedRect(rect.translated(0, 1.5), 4, 4);
            painter.setPen(QPen(edge, 1));
            painter.setBrush(face);
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(rect, Qt::AlignCenter, piece.text);
        } else {
            painter.setPen(muted);
            painter.drawText(rect, Qt::AlignCenter, piece.text);
        }
        x += piece.width;
        if (i + 1 < all.size() && piece.cap && all.at(i + 1).cap)
            x += CapGap;
    }
}

void KeyCaps::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_grid->setHorizontalSpacing(28);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(0, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    layout->addSpacing(8);
    layout->addWidget(buttons);
}

void KeyboardShortcutsDialog::addSection(const QString &title)
{
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    if (m_nextRow > 0)
        m_grid->setRowMinimumHeight(m_nextRow++, 8); // breathing space above a new group
    m_grid->addWidget(heading, m_nextRow++, 0, 1, 2);
}

void KeyboardShortcutsDialog::addAction(const QAction *action)
{
    if (action && !action->shortcuts().isEmpty())
        addKeys(plainText(action), action->shortcuts());
}

void KeyboardShortcutsDialog::addKeys(const QString &description, const QList<QKeySequence> &keys)
{
    auto *label = new QLabel(description, this);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(12, 0, 0, 0);
    auto *caps = new KeyCaps(keys, this);
    label->setBuddy(caps);
    m_grid->addWidget(label, m_nextRow, 0, Qt::AlignVCenter);
    m_grid->addWidget(caps, m_nextRow, 1, Qt::AlignLeft | Qt::AlignVCenter);
    ++m_nextRow;
    QStringList spoken;
    for (const QKeySequence &key : keys)
        spoken << key.toString(QKeySequence::PortableText);
    m_rows << description + QStringLiteral(": ") + spoken.join(QStringLiteral(", "));
}

} // namespace sb
