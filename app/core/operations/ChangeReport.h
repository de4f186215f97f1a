#pragma once

#include "arm/ArmError.h"
#include "operations/ChangeEvent.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class ArmClient;

// Reads the Activity Log of a service for configuration changes (writes, deletes and
// actions on the service and its child resources) made inside an operation's window,
// leaving out the backup/restore itself and reads. A backup that ran while someone
// changed an API may be missing that change; this is how the user learns of it.
class ChangeReport : public QObject
{
    Q_OBJECT
public:
    static inline const QString kApiVersion = QStringLiteral("2015-04-01");
    using Callback = std::function<void(const QList<ChangeEvent> &, const ArmError &)>;

    explicit ChangeReport(ArmClient *client, QObject *parent = nullptr);

    void read(
        const QString &serviceId, const QDateTime &from, const QDateTime &to, QObject *context, Callback callback);

    // The filtering, public for tests: raw Activity Log events -> the changes worth telling.
    static QList<ChangeEvent> changesFrom(const QJsonArray &events, const QString &serviceId);
    static QString filterFor(const QString &serviceId, const QDateTime &from, const QDateTime &to);

private:
    QPointer<ArmClient> m_client;
};

} // namespace Apim::Core
