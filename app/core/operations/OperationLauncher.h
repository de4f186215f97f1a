#pragma once

#include "arm/ArmError.h"
#include "arm/ArmRequest.h"
#include "arm/ArmResponse.h"
#include "operations/OperationRecord.h"
#include "operations/OperationRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class ArmClient;
class StorageCredentialResolver;
class StorageService;
struct PollSettings;

// Sends the start of one backup or restore exactly once: fetches the storage account's
// access key when the request needs one, then POSTs with a read-once body (a second POST
// would start a second operation). It keeps no records: the manager journals what it
// reports, and answered() turns Azure's answer into the record's next state.
class OperationLauncher : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool sent = false; // false: failed before the POST (error, note say why)
        ArmError error;
        QString note;
        ArmResponse response; // sent: Azure's answer
    };
    using Done = std::function<void(const Outcome &outcome)>;

    OperationLauncher(
        ArmClient *client, StorageService *storage, StorageCredentialResolver *credentials, QObject *parent = nullptr);

    void launch(const OperationRecord &record, const OperationRequest &request, Done done);
    // Nothing is sent any more (the app or CLI is quitting).
    void stop() { m_stopped = true; }
    // Asked just before the POST goes out, to journal that it may now run in Azure; the
    // POST leaves only once proceed(true) is called, and never after proceed(false, error):
    // a record that still said "not sent" after a crash would be taken for one that never
    // started. Asynchronous, so that the GUI thread does not wait for the disk meanwhile;
    // proceed does nothing once the launcher is stopped or gone.
    using Proceed = std::function<void(bool ok, const QString &error)>;
    using BeforePost = std::function<void(const QString &operationId, Proceed proceed)>;
    void setBeforePost(BeforePost beforePost) { m_beforePost = std::move(beforePost); }

    // The record once Azure answered its start: Running with its status URLs, Succeeded
    // (a synchronous 200), Failed, or, when the answer was lost, following the service's
    // state. *firstPollMs: when to look first; -1 when the record is finished.
    static OperationRecord answered(OperationRecord record, const ArmResponse &response, const PollSettings &poll,
        const QDateTime &now, int *firstPollMs);

signals:
    // Emitted just before the POST goes out: from here the operation may run in Azure.
    void posting(const QString &operationId);

private:
    void fetchKeyAndPost(const OperationRecord &record, const OperationRequest &request, Done done);
    void post(const QString &operationId, const QString &correlationId, const OperationRequest &request, Done done);
    void send(const QString &operationId, const ArmRequest &post, Done done);

    QPointer<ArmClient> m_client;
    QPointer<StorageService> m_storage;
    QPointer<StorageCredentialResolver> m_credentials;
    BeforePost m_beforePost;
    bool m_stopped = false;
};

} // namespace Apim::Core
