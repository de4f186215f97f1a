// Text from Azure (service names, error messages, notes, change reports) that tries to be
// markup or terminal control is shown as written in the app: the operation details (rich
// text) hold no image, link or formatting that came from it, and the banners that show an
// outcome are plain text. No network: the formatter and the widgets are fed directly.
#include "ui/models/OperationView.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/OperationDetailsFormatter.h"

#include <QLabel>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

using namespace Apim::Ui;

namespace {
// An image that would be fetched, a link that would be followed, formatting, an ANSI escape.
const QString kHostile = QStringLiteral("<img src=\"http://evil.example/x.png\"><a href=\"http://evil.example/\">"
                                        "click</a><b>bold</b><script>x</script>\x1b[2K\r\x1b[32mSucceeded");

OperationView hostileOperation()
{
    OperationView op;
    op.id = QStringLiteral("op-1");
    op.kind = OperationView::Kind::Backup;
    op.status = OperationView::Status::Failed;
    op.serviceName = kHostile;
    op.serviceResourceId
        = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/") + kHostile;
    op.storageAccount = QStringLiteral("acct");
    op.container = kHostile;
    op.backupName = kHostile;
    op.statusText = kHostile;
    op.requestIds = QStringList { kHostile };
    op.errorText = kHostile;
    op.errorSummary = kHostile;
    op.changeReport = kHostile;
    return op;
}

// Everything in the document that is not plain text: images, anchors, bold.
QStringList markupIn(const QTextDocument &document)
{
    QStringList found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                found << QStringLiteral("an image");
            if (format.isAnchor())
                found << QStringLiteral("a link: ") + fragment.text();
            if (format.fontWeight() > QFont::Normal && fragment.text().contains(QLatin1String("bold")))
                found << QStringLiteral("bold text: ") + fragment.text();
        }
    }
    return found;
}
} // namespace

class TestUiHostileText : public QObject
{
    Q_OBJECT
private slots:
    void operationDetails_showAzureTextAsWritten()
    {
        QTextBrowser browser; // as the operations panel shows them
        browser.setHtml(OperationDetailsFormatter::html(hostileOperation()));
        const QStringList markup = markupIn(*browser.document());
        QVERIFY2(markup.isEmpty(), qPrintable(markup.join(QStringLiteral(", "))));
        const QString shown = browser.document()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("<img src=\"http://evil.example/x.png\">")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("<script>x</script>")), qPrintable(shown));
    }

    void outcomeBanner_isPlainText()
    {
        BannerWidget banner;
        banner.setText(OperationDetailsFormatter::outcome(hostileOperation()));
        auto *label = banner.findChild<QLabel *>(QStringLiteral("bannerTextLabel"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->text().contains(QLatin1String("<img src=")));
    }
};

QTEST_MAIN(TestUiHostileText)
#include "tst_uihostiletext.moc"
