#pragma once

#include <QIconEngine>
#include <QString>

#include <memory>

class QSvgRenderer;

namespace Apim::Ui {

// Draws one SVG file, parsing it on first use instead of when the icon is made, and
// rendering each size once (QPixmapCache). Qt's own SVG icon engine (the iconengines
// plugin) parses every file when the QIcon is constructed, again for each size it
// renders, and renders just to answer actualSize(): at startup that was most of the cost
// of the twenty icons the window creates, though only a few are on its first frame.
// Disabled and other modes come from the style, as for any pixmap icon.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &path);
    SvgIconEngine(const SvgIconEngine &other);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    QString path() const { return m_path; }

private:
    // The parsed file, shared by the copies QIcon makes when it detaches.
    struct Document;
    QSvgRenderer *renderer();
    QSize sizeFor(const QSize &size);

    QString m_path;
    std::shared_ptr<Document> m_document;
};

} // namespace Apim::Ui
