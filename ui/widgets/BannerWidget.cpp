#include "ui/widgets/BannerWidget.h"

#include "ui/support/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Apim::Ui {

namespace {
// Semantic colours only; they are blended into the palette's window colour.
QColor accentFor(BannerWidget::Kind kind)
{
    switch (kind) {
    case BannerWidget::Kind::Warning:
        return QColor(0xf2, 0xb0, 0x1e);
    case BannerWidget::Kind::Error:
        return QColor(0xd1, 0x34, 0x38);
    case BannerWidget::Kind::Success:
        return QColor(0x10, 0x7c, 0x10);
    case BannerWidget::Kind::Information:
        break;
    }
    return QColor(0x0f, 0x6c, 0xbd);
}

QColor blend(const QColor &base, const QColor &accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
        base.greenF() * (1 - amount) + accent.greenF() * amount, base.blueF() * (1 - amount) + accent.blueF() * amount);
}
} // namespace

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setObjectName(QStringLiteral("bannerIconLabel"));
    m_text->setObjectName(QStringLiteral("bannerTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(true);

    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    updateLook();
}

void BannerWidget::setKind(Kind kind)
{
    m_kind = kind;
    updateLook();
}

void BannerWidget::setText(const QString &text, Qt::TextFormat format)
{
    m_text->setTextFormat(format);
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString BannerWidget::text() const
{
    return m_text->text();
}

void BannerWidget::setActionText(const QString &text)
{
    if (!m_action) {
        if (text.isEmpty())
            return;
        m_action = new QPushButton(this);
        m_action->setObjectName(QStringLiteral("bannerActionButton"));
        // Right after the text, before any button added with addButton().
        m_layout->insertWidget(m_layout->indexOf(m_text) + 1, m_action, 0, Qt::AlignVCenter);
        connect(m_action, &QPushButton::clicked, this, &BannerWidget::actionTriggered);
    }
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QPushButton *BannerWidget::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_layout->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void BannerWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // setPalette in updateLook() sends another PaletteChange: do not recurse.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_updating) {
        m_updating = true;
        updateLook();
        m_updating = false;
    }
}

void BannerWidget::showEvent(QShowEvent *event)
{
    if (m_iconStale)
        updateIcon();
    QFrame::showEvent(event);
}

void BannerWidget::updateAccessibleName()
{
    // Named by what it is: without a name of its own a banner inside a group box is read
    // as the group's title.
    QString name;
    switch (m_kind) {
    case Kind::Information:
        name = tr("Information");
        break;
    case Kind::Warning:
        name = tr("Warning");
        break;
    case Kind::Error:
        name = tr("Error");
        break;
    case Kind::Success:
        name = tr("Success");
        break;
    }
    if (accessibleName().isEmpty() || accessibleName() == m_kindName)
        setAccessibleName(name);
    m_kindName = name;
}

void BannerWidget::updateLook()
{
    updateAccessibleName();
    // The icon is rendered when the banner is on screen; the hidden ones (most, most of
    // the time) cost nothing at startup.
    m_iconStale = true;
    if (isVisible())
        updateIcon();

    QPalette pal = palette();
    const QColor window
        = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, blend(window, accentFor(m_kind), 0.18));
    setPalette(pal);
}

void BannerWidget::updateIcon()
{
    m_iconStale = false;
    QIcon icon;
    switch (m_kind) {
    case Kind::Information:
        icon = Icons::info();
        break;
    case Kind::Warning:
        icon = Icons::warning();
        break;
    case Kind::Error:
        icon = Icons::error();
        break;
    case Kind::Success:
        icon = Icons::success();
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace Apim::Ui
