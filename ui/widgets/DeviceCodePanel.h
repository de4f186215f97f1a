#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Apim::Core {
class UrlOpener;
}

namespace Apim::Ui {

// The device code shown large and selectable, with "Copy code" and "Open sign-in page",
// for signing in where this machine has no usable browser.
class DeviceCodePanel : public QWidget
{
    Q_OBJECT
public:
    DeviceCodePanel(Core::UrlOpener *urlOpener, QWidget *parent = nullptr);

    void showCode(const QString &userCode, const QUrl &verificationUrl, const QString &message);
    QString code() const { return m_userCode; }
    QUrl url() const { return m_url; }

private:
    Core::UrlOpener *m_urlOpener;
    QLabel *m_code;
    QLabel *m_message;
    QPushButton *m_copy;
    QPushButton *m_open;
    QString m_userCode;
    QUrl m_url;
};

} // namespace Apim::Ui
