#pragma once

#include "ActivityLog.h"
#include "ApimEndpoints.h"
#include "ArmGuard.h"
#include "AzuriteClient.h"
#include "AzuriteSeeder.h"
#include "BackupRestoreEndpoints.h"
#include "ChildEndpoints.h"
#include "ControlEndpoints.h"
#include "EntraEndpoints.h"
#include "MetadataEndpoint.h"
#include "OperationManager.h"
#include "RequestLog.h"
#include "ResourceGraphEndpoint.h"
#include "Router.h"
#include "SimContext.h"
#include "SimHttpServer.h"
#include "SimOptions.h"
#include "StorageEndpoints.h"
#include "SubscriptionEndpoints.h"

#include <QObject>

#include <functional>

namespace Apim::Sim {

// The composition root of azure-sim: builds the state and the endpoint groups, listens,
// puts the seed's containers and existing backups into Azurite, then reports its URL.
class SimServer : public QObject
{
    Q_OBJECT

public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);

    // Loads the seed, applies options, listens and seeds Azurite; calls ready(url) or failed(error).
    void start();
    QString url() const { return m_url; }

signals:
    void ready(const QString &url);
    void failed(const QString &error);

private:
    QString loadSeed();
    QString listen();
    void seedAzurite(std::function<void()> done);
    QString writeUrlFile() const;

    SimOptions m_options;
    SimContext m_context;
    RequestLog m_requestLog;
    Router m_router;
    ArmGuard m_guard;
    ActivityLog m_activity;
    AzuriteClient m_azurite;
    AzuriteSeeder m_seeder;
    OperationManager m_operations;
    EntraEndpoints m_entra;
    SubscriptionEndpoints m_subscriptions;
    MetadataEndpoint m_metadata;
    ResourceGraphEndpoint m_resourceGraph;
    ApimEndpoints m_apim;
    ChildEndpoints m_children;
    BackupRestoreEndpoints m_backupRestore;
    StorageEndpoints m_storage;
    ControlEndpoints m_control;
    SimHttpServer m_http;
    QString m_url;
};

} // namespace Apim::Sim
