#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target (corpus/<target>/seed-*): the answers of
the official Azure REST examples (tests/data, a copy of the azure-rest-api-specs
examples) and inputs in the shapes the unit tests use. Run it again after adding an
example; inputs that once broke a target (regress-*) are kept as they are."""
import json, os, glob

here = os.path.dirname(os.path.abspath(__file__))
examples = os.path.join(here, '..', 'data')

def write(target, name, data):
    folder = os.path.join(here, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=1)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(folder, 'seed-' + name), 'wb') as f:
        f.write(data)

def bodies(example):
    with open(os.path.join(examples, example)) as f:
        spec = json.load(f)
    for status, answer in spec.get('responses', {}).items():
        if 'body' in answer:
            yield status, answer['body']

for example in ['ApiManagementServiceGetService.json', 'ApiManagementListServiceBySubscription.json',
                'ApiManagementBackupWithAccessKey.json', 'ApiManagementBackupWithUserAssignedManagedIdentity.json']:
    for status, body in bodies(example):
        write('arm_service', f'{example[:-5]}-{status}.json', body)
for example in ['StorageAccountList.json', 'BlobContainersList.json']:
    for status, body in bodies(example):
        write('arm_storage', f'{example[:-5]}-{status}.json', body)
for example in ['ResourcesBasicQuery.json', 'ResourcesFirstPageQuery.json', 'ResourcesNextPageQuery.json']:
    for status, body in bodies(example):
        write('resource_graph', f'{example[:-5]}-{status}.json', body)
# A page of APIM services, as the projection of ServiceListing returns them, and as a table.
services = list(bodies('ApiManagementListServiceBySubscription.json'))[0][1]['value'][:2]
write('resource_graph', 'apim-objectArray.json', {'count': 2, 'data': services, '$skipToken': 'token-2'})
write('resource_graph', 'apim-table.json', {'data': {
    'columns': [{'name': 'id', 'type': 'string'}, {'name': 'name', 'type': 'string'}, {'name': 'sku', 'type': 'object'}],
    'rows': [[s['id'], s['name'], s['sku']] for s in services]}})
write('resource_graph', 'not-rows.json', {'data': 17})

write('arm_error', 'conflict.json', {'error': {'code': 'Conflict', 'message': 'The service is updating.',
    'target': 'service', 'details': [{'code': 'ServiceUpdating', 'message': 'Try again later.',
    'details': [{'code': 'Inner', 'message': 'inner'}]}]}})
write('arm_error', 'bare.json', {'code': 'AuthorizationFailed', 'message': 'The client does not have authorization.'})
write('arm_error', 'throttled.json', '\x1d{"error":{"code":"TooManyRequests","message":"Rate limit."}}')
write('arm_error', 'not-json.txt', '<html>502 Bad Gateway</html>')

for example, prefix in [('ApiManagementGetOperationStatus.json', b'\x10'), ('ApiManagementGetOperationResult.json', b'\x10')]:
    for status, body in bodies(example):
        write('operation_status', f'{example[:-5]}-{status}', prefix + json.dumps(body).encode())
write('operation_status', 'failed-async', b'\x10' + json.dumps({'status': 'Failed', 'error': {'code': 'BackupFailed',
    'message': 'The storage account refused the write.', 'details': [{'code': 'Inner', 'message': 'x'}]}}).encode())
write('operation_status', 'location-202', b'\x02')
write('operation_status', 'location-200-service', b'\x00' + json.dumps(list(bodies('ApiManagementServiceGetService.json'))[0][1]).encode())
write('operation_status', 'percent', b'\x11{"status":"InProgress","percentComplete":42.5}')

write('blob_list', 'two-blobs.xml', '''<?xml version="1.0" encoding="utf-8"?>
<EnumerationResults ServiceEndpoint="http://127.0.0.1:10000/acct/" ContainerName="apim-backups">
  <MaxResults>2</MaxResults>
  <Blobs>
    <Blob><Name>contoso-prod-apim-20250101-101010.apimbackup</Name>
      <Properties><Creation-Time>Wed, 01 Jan 2025 10:10:12 GMT</Creation-Time><Last-Modified>Thu, 02 Jan 2025 10:10:12 GMT</Last-Modified>
        <Content-Length>2048</Content-Length><Content-Type>application/octet-stream</Content-Type><Etag>"0x8D"</Etag><Content-MD5>1B2M2Y8AsgTpgAmY7PhCfg==</Content-MD5><BlobType>BlockBlob</BlobType></Properties>
      <Metadata><SKU>Premium</SKU><service>contoso-prod-apim</service><createdat>2024-12-31T10:00:00.000Z</createdat></Metadata>
    </Blob>
    <Blob><Name>old-Standard-backup.apimbackup</Name>
      <Properties><Last-Modified>Mon, 02 Dec 2024 08:00:00 GMT</Last-Modified><Content-Length>10</Content-Length></Properties>
    </Blob>
  </Blobs>
  <NextMarker>2!80!MDAwMDE2</NextMarker>
</EnumerationResults>''')
write('blob_list', 'empty.xml', '<?xml version="1.0"?><EnumerationResults><Blobs/></EnumerationResults>')
write('blob_list', 'no-name.xml', '<EnumerationResults><Blobs><Blob><Properties/></Blob></Blobs></EnumerationResults>')

write('cloud', 'azurestack.json', {'name': 'Stack', 'endpoints': {
    'activeDirectory': 'https://login.local.azurestack.external/',
    'activeDirectoryResourceId': 'https://management.adfs.azurestack.local/0000',
    'resourceManager': 'https://management.local.azurestack.external/', 'portal': 'https://portal.local.azurestack.external/'},
    'suffixes': {'storageEndpoint': 'local.azurestack.external'}})
write('cloud', 'simulator.json', {'name': 'Simulator', 'endpoints': {'activeDirectory': 'http://127.0.0.1:8443/',
    'activeDirectoryResourceId': 'http://127.0.0.1:8443/', 'resourceManager': 'http://127.0.0.1:8443/'},
    'suffixes': {'storageEndpoint': 'core.windows.net'}})
write('cloud', 'http-remote.json', {'name': 'Bad', 'endpoints': {'activeDirectory': 'http://login.example.com/',
    'resourceManager': 'http://management.example.com/'}})

record = {'formatVersion': 1, 'id': '0f8fad5b-d9cb-469f-a165-70867728950e', 'kind': 'backup',
    'serviceId': '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso',
    'serviceName': 'contoso', 'subscriptionId': '00000000-0000-0000-0000-000000000001', 'resourceGroup': 'rg',
    'serviceSku': 'Premium', 'storageAccount': 'contosobackups', 'storageSubscriptionId': '00000000-0000-0000-0000-000000000001',
    'container': 'apim-backups', 'blobName': 'contoso-20261201-013000.apimbackup', 'accessType': 'AccessKey',
    'identityClientId': '', 'cloud': 'AzureCloud', 'armEndpoint': 'https://management.azure.com/', 'tenantId': 'contoso.onmicrosoft.com',
    'state': 'Running', 'serviceStatus': 'InProgress', 'serviceStatusAt': '2026-12-01T01:31:00.000Z',
    'locationUrl': 'https://management.azure.com/subscriptions/x/providers/Microsoft.ApiManagement/locations/westeurope/operationResults/y?api-version=2024-05-01',
    'asyncOperationUrl': '', 'trackingByServiceState': False, 'sawServiceUpdating': True, 'serviceChecks': 0,
    'createdAt': '2026-12-01T01:30:00.000Z', 'acceptedAt': '2026-12-01T01:30:01.000Z', 'updatedAt': '2026-12-01T01:31:00.000Z',
    'finishedAt': '', 'nextPollAt': '2026-12-01T01:32:00.000Z', 'percentComplete': 10, 'pollCount': 2,
    'consecutivePollFailures': 0, 'note': '', 'startRequestId': 'r1', 'startCorrelationId': 'c1',
    'changesChecked': False, 'changesError': '', 'changes': [{'time': '2026-11-30T10:00:00.000Z',
    'operationName': 'Microsoft.ApiManagement/service/apis/write', 'displayName': 'Create API', 'resourceId': '/x',
    'caller': 'a@b', 'status': 'Succeeded'}]}
write('journal', 'running-backup.json', record)
failed = dict(record, state='Failed', kind='restore', finishedAt='2026-12-01T02:00:00.000Z',
    error={'kind': 'http', 'httpStatus': 500, 'code': 'InternalError', 'message': 'Oops', 'details': [{'code': 'x', 'message': 'y'}]},
    verification={'state': 'verified', 'size': 2048, 'etag': '"0x8D"', 'checkedAt': '2026-12-01T02:00:00.000Z'})
write('journal', 'failed-restore.json', failed)
write('journal', 'damaged.json', json.dumps(record)[:200])

spec = {'v': 1, 'format': 'cron', 'name': 'apim-backup', 'program': '/usr/bin/apim-backup-cli',
    'services': ['/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso'],
    'account': 'contosobackups', 'container': 'apim-backups', 'every': 'weekly', 'at': '02:30', 'weekday': 'sun',
    'auth': 'env', 'environmentFile': '/home/u/.config/apim-backup/schedule.env', 'prune': True, 'keepLast': 5}
crontab = ('MAILTO=""\n# BEGIN apim-backup-schedule apim-backup\n# apim-backup-schedule: ' + json.dumps(spec, separators=(',', ':'))
    + '\n30 2 * * 0 . /home/u/.config/apim-backup/schedule.env && apim-backup-cli backup --batch\n# END apim-backup-schedule apim-backup\n')
write('schedule', 'crontab', crontab)
write('schedule', 'systemd-unit', '[Unit]\nDescription=APIM Backup\n# apim-backup-schedule: ' + json.dumps(dict(spec, format='systemd', every='daily'))
    + '\n[Service]\nExecStart=/usr/bin/apim-backup-cli backup\n')
write('schedule', 'cron-times', '30 2 * * 1-5\n*/15 0-6,22-23 1,15 */2 mon-fri\n0 0 29 2 *\n')
write('schedule', 'custom-every', '# apim-backup-schedule: ' + json.dumps(dict(spec, every='0 */6 * * *')) + '\n')
write('schedule', 'damaged', 'rem apim-backup-schedule: {"v":1,\n')
