#pragma once

#include <QWidget>

namespace Apim::Ui {

// A page of the main window that makes its widgets the first time it shows or is first
// asked about, not when the window is built: the window's first frame shows one page, and
// each of the others cost it milliseconds. A subclass makes its widgets in build() and
// reaches them through built(), which makes them first when needed.
class LazyPage : public QWidget
{
public:
    using QWidget::QWidget;

    void setVisible(bool visible) override
    {
        if (visible)
            ensureBuilt();
        QWidget::setVisible(visible);
    }

protected:
    virtual void build() = 0;

    void ensureBuilt() const
    {
        if (m_built)
            return;
        m_built = true;
        auto *self = const_cast<LazyPage *>(this);
        self->build();
        self->placeInFocusChain();
    }

    template<typename T>
    T *built(T *const &widget) const
    {
        ensureBuilt();
        return widget;
    }

private:
    // Where Tab reaches the widgets build() made (FocusChain::placeInside).
    void placeInFocusChain();

    mutable bool m_built = false;
};

} // namespace Apim::Ui
