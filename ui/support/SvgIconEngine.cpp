#include "ui/support/SvgIconEngine.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace Apim::Ui {

struct SvgIconEngine::Document
{
    std::unique_ptr<QSvgRenderer> renderer;
    bool loaded = false;
};

SvgIconEngine::SvgIconEngine(const QString &path)
    : m_path(path)
    , m_document(std::make_shared<Document>())
{ }

SvgIconEngine::SvgIconEngine(const SvgIconEngine &other)
    : QIconEngine(other)
    , m_path(other.m_path)
    , m_document(other.m_document)
{ }

QSvgRenderer *SvgIconEngine::renderer()
{
    if (!m_document->loaded) {
        m_document->loaded = true;
        m_document->renderer = std::make_unique<QSvgRenderer>(m_path);
    }
    return m_document->renderer->isValid() ? m_document->renderer.get() : nullptr;
}

QSize SvgIconEngine::sizeFor(const QSize &size)
{
    QSvgRenderer *svg = renderer();
    if (!svg || size.isEmpty())
        return {};
    QSize natural = svg->defaultSize();
    if (natural.isEmpty())
        return size;
    natural.scale(size, Qt::KeepAspectRatio);
    return natural;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // From the document's aspect ratio: no need to render, as Qt's engine does.
    return sizeFor(size);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const QSize target = sizeFor(size);
    if (target.isEmpty())
        return {};
    const QString cacheKey
        = QStringLiteral("apim-svg:%1:%2x%3:%4").arg(m_path).arg(target.width()).arg(target.height()).arg(int(mode));
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer()->render(&painter);
    painter.end();
    result = QPixmap::fromImage(image);
    // Disabled (greyed) and selected looks from the style, as Qt does for SVG icons.
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, result, &option);
        if (!generated.isNull())
            result = generated;
    }
    QPixmapCache::insert(cacheKey, result);
    return result;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    QSize pixels = rect.size();
    if (painter->device())
        pixels *= painter->device()->devicePixelRatio();
    painter->drawPixmap(rect, pixmap(pixels, mode, state));
}

QList<QSize> SvgIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return {}; // scalable: any size
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("apim-svg");
}

bool SvgIconEngine::isNull()
{
    // Icons only makes engines for files that exist; parsing here would undo the point.
    return m_path.isEmpty();
}

} // namespace Apim::Ui
