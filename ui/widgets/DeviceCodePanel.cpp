#include "ui/widgets/DeviceCodePanel.h"

#include "ui/support/Icons.h"
#include "util/UrlOpener.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Apim::Ui {

DeviceCodePanel::DeviceCodePanel(Core::UrlOpener *urlOpener, QWidget *parent)
    : QWidget(parent)
    , m_urlOpener(urlOpener)
    , m_code(new QLabel(this))
    , m_message(new QLabel(this))
    , m_copy(new QPushButton(Icons::copy(), tr("&Copy code"), this))
    , m_open(new QPushButton(Icons::portal(), tr("&Open sign-in page"), this))
{
    setObjectName(QStringLiteral("deviceCodeWidget"));
    m_code->setObjectName(QStringLiteral("deviceCodeLabel"));
    m_code->setAccessibleName(tr("Device code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAlignment(Qt::AlignCenter);
    QFont font = m_code->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    font.setStyleHint(QFont::Monospace);
    font.setFamily(QStringLiteral("monospace"));
    m_code->setFont(font);
    m_message->setObjectName(QStringLiteral("deviceCodeMessageLabel"));
    m_message->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyDeviceCodeButton"));
    m_open->setObjectName(QStringLiteral("openDeviceLoginButton"));

    auto *buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_code);
    layout->addLayout(buttons);

    // The link goes through the UrlOpener seam, not straight to the desktop.
    m_message->setOpenExternalLinks(false);
    connect(m_message, &QLabel::linkActivated, this, [this](const QString &) {
        if (m_urlOpener)
            m_urlOpener->openUrl(m_url);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_userCode); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_urlOpener && m_url.isValid())
            m_urlOpener->openUrl(m_url);
    });
    hide();
}

void DeviceCodePanel::showCode(const QString &userCode, const QUrl &verificationUrl, const QString &message)
{
    m_userCode = userCode;
    m_url = verificationUrl;
    m_code->setTextFormat(Qt::PlainText);
    m_code->setText(userCode);
    m_message->setText(
        tr("Open %1 on any device, sign in, and enter this code. This window continues by itself "
           "once you are done.")
            .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(verificationUrl.toString().toHtmlEscaped(), verificationUrl.toString().toHtmlEscaped())));
    m_message->setToolTip(Qt::convertFromPlainText(message, Qt::WhiteSpaceNormal)); // Entra's words, shown as written
    show();
}

} // namespace Apim::Ui
