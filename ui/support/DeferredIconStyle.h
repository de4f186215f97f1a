#pragma once

#include <QProxyStyle>

namespace Apim::Ui {

// The application's style, unchanged, except that the standard icons Qt's widgets make
// at construction but rarely show - the tool bar's and menu bar's overflow arrows, the
// line edits' clear buttons - are loaded when first drawn. Loading the first of these
// PNGs makes Qt try every image format plugin (dlopen of the SVG, GIF, ICO and JPEG
// plugins and their libraries) before it falls back to its built-in PNG reader: a
// millisecond before the first frame for icons that are not on it.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps a new instance of the style the application would use; nullptr when that
    // style cannot be made again by name (then keep the application's style as it is).
    static DeferredIconStyle *wrapApplicationStyle();

    explicit DeferredIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    // Whether standardIcon() defers this icon.
    static bool isDeferred(StandardPixmap standardIcon);
};

} // namespace Apim::Ui
