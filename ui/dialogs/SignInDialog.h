#pragma once

#include "auth/AccountInfo.h"
#include "cloud/CloudEnvironment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Apim::Core {
class UrlOpener;
}

namespace Apim::Ui {

class BannerWidget;
class DeviceCodePanel;
class DialogProvider;

// Sign-in: the cloud (a built-in one or a custom `az cloud show` JSON file), the method
// (browser, device code, service principal, Azure CLI), tenant and client id, and the
// secret of a service principal in a masked field. While a device code sign-in waits,
// the code is shown large, copyable, with the link opened in the browser.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(DialogProvider *dialogs, Core::UrlOpener *urlOpener, QWidget *parent = nullptr);

    // cloud: a built-in name or a file path.
    void setInitial(const QString &cloud, Core::SignInMethod method, const QString &tenant, const QString &clientId);
    QString cloudChoice() const;
    // The chosen cloud, or an invalid one with *error saying why.
    Core::CloudEnvironment cloud(QString *error = nullptr) const;
    Core::SignInOptions options() const;
    // What is missing before Sign in can be pressed (empty: ready).
    QString problem() const;

    // text is plain unless format says it is HTML composed with its parts escaped.
    void setBusy(bool busy, const QString &text = {}, Qt::TextFormat format = Qt::PlainText);
    void showDeviceCode(const QString &userCode, const QUrl &verificationUrl, const QString &message);
    void showError(const QString &text);
    DeviceCodePanel *deviceCodePanel() const { return m_device; }

signals:
    void signInRequested();
    void cancelRequested();

private:
    void followContent();
    // Names, choices and accessible names of every field (the layout is the constructor's).
    void setUpFields();
    void updateFields();
    void browseCloudFile();

    DialogProvider *m_dialogs;
    QComboBox *m_cloud;
    QLineEdit *m_cloudFile;
    QPushButton *m_browse;
    QComboBox *m_method;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_secretLabel;
    QLabel *m_methodHint;
    DeviceCodePanel *m_device;
    BannerWidget *m_banner;
    QPushButton *m_signIn;
    bool m_busy = false;
    int m_fittedHeight = 0; // the height last fitted to the content
};

} // namespace Apim::Ui
