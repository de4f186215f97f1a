#include "ui/widgets/BackupExclusionsBox.h"

#include "ui/widgets/BannerWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Apim::Ui {

QStringList BackupExclusionsBox::exclusions()
{
    return { tr("Usage and analytics data"), tr("Custom domain and CA certificates"), tr("Virtual network settings"),
        tr("Managed identity configuration"), tr("Azure Monitor diagnostic settings"),
        tr("Protocol and cipher settings"), tr("Developer portal content") };
}

BackupExclusionsBox::BackupExclusionsBox(Kind kind, QWidget *parent)
    : QGroupBox(kind == Kind::Backup ? tr("Not included in a backup") : tr("Not restored"), parent)
{
    setObjectName(QStringLiteral("exclusionsGroupBox"));
    auto *layout = new QVBoxLayout(this);
    QString list = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &item : exclusions())
        list += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    list += QStringLiteral("</ul>");
    auto *label = new QLabel(list, this);
    label->setObjectName(QStringLiteral("exclusionsLabel"));
    label->setWordWrap(true);
    layout->addWidget(label);

    auto *warning = new BannerWidget(this);
    warning->setObjectName(QStringLiteral("runningWarningBannerWidget"));
    warning->setKind(BannerWidget::Kind::Warning);
    if (kind == Kind::Backup) {
        warning->setText(tr("While the backup runs, do not change the configuration, the tier or the hostnames "
                            "of the service: changes made during a backup may be missing from it."));
    } else {
        warning->setText(tr("Configuration changes made to the target service during the restore will be "
                            "overwritten. Custom hostnames and managed identity configuration are not restored: "
                            "set them up again afterwards."));
    }
    layout->addWidget(warning);
}

} // namespace Apim::Ui
