#include "ui/support/DeferredIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <memory>

namespace Apim::Ui {

namespace {

// Stands in for one standard icon and asks the base style for it on first use. The
// copies QIcon makes share the one real icon.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(
        const DeferredIconStyle *style, QStyle::StandardPixmap which, const QStyleOption *option, const QWidget *widget)
        : m_state(std::make_shared<State>())
    {
        m_state->style = const_cast<DeferredIconStyle *>(style);
        m_state->which = which;
        m_state->widget = const_cast<QWidget *>(widget);
        // What the styles read from the option for these icons (the layout direction);
        // the widget's own option type is not kept.
        if (option)
            m_state->option = std::make_unique<QStyleOption>(*option);
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // size is in device pixels here, as QIcon::pixmap() asks its engine.
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    // Answered without loading: Qt's styles have all the icons deferred here, and widgets
    // ask (to reserve room for an icon) long before they draw one.
    bool isNull() override { return false; }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }
    QString key() const override { return QStringLiteral("apim-deferred"); }

private:
    struct State
    {
        QPointer<DeferredIconStyle> style;
        QStyle::StandardPixmap which = QStyle::SP_CustomBase;
        QPointer<QWidget> widget;
        std::unique_ptr<QStyleOption> option;
        QIcon icon;
        bool loaded = false;
    };

    DeferredIconEngine(const DeferredIconEngine &other) = default;

    const QIcon &icon()
    {
        if (!m_state->loaded) {
            m_state->loaded = true;
            // The base style made the icon the widget would have had; without the proxy
            // (replaced since), whatever style the application has now.
            const QWidget *widget = m_state->widget;
            const QStyleOption *option = m_state->option.get();
            if (m_state->style && m_state->style->baseStyle())
                m_state->icon = m_state->style->baseStyle()->standardIcon(m_state->which, option, widget);
            else
                m_state->icon = QApplication::style()->standardIcon(m_state->which, option, widget);
        }
        return m_state->icon;
    }

    std::shared_ptr<State> m_state;
};

} // namespace

DeferredIconStyle *DeferredIconStyle::wrapApplicationStyle()
{
    const QString name = QApplication::style()->name();
    QStyle *base = name.isEmpty() ? nullptr : QStyleFactory::create(name);
    return base ? new DeferredIconStyle(base) : nullptr;
}

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{ }

bool DeferredIconStyle::isDeferred(StandardPixmap standardIcon)
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}

QIcon DeferredIconStyle::standardIcon(
    StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    if (!isDeferred(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    return QIcon(new DeferredIconEngine(this, standardIcon, option, widget));
}

} // namespace Apim::Ui
