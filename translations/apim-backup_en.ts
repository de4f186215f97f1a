<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPresenter</name>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="19"/>
        <source>Service principal %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="25"/>
        <source>Service principal %1 (client ID %2) in %3, tenant %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="26"/>
        <source>without a known name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="28"/>
        <source>%1 in %2, tenant %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="30"/>
        <source>Not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::AccountCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="207"/>
        <source>Show who is signed in, where, and where secrets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="212"/>
        <source>Also get a token, to prove the sign-in still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="226"/>
        <source>Signed in:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="227"/>
        <source>Method:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="228"/>
        <source>Tenant:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="230"/>
        <source>Home:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="231"/>
        <source>Client ID:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="232"/>
        <source>Cloud:      %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="234"/>
        <source>Since:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="237"/>
        <source>Not signed in (cloud %1). Run &apos;apim-backup-cli login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::AuthCommands</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="43"/>
        <source>browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="45"/>
        <source>device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="47"/>
        <source>service principal (client secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="49"/>
        <source>Azure CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="51"/>
        <source>environment (AZURE_CLIENT_ID/SECRET)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="20"/>
        <source>Back up one service, or many at a time (waits for the end unless --no-wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="27"/>
        <source>Back up every service of the --subscription whose tier has backup; the others are reported as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="30"/>
        <source>With --all: the subscription whose services are backed up; repeat it for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="33"/>
        <source>With several services: how many are backed up at a time, 1 to %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="38"/>
        <source>With --all: list per subscription instead of one Resource Graph query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="74"/>
        <source>--notify reports how the backup ended, so it does not go with --no-wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="123"/>
        <source>These subscriptions could not be listed, so their services were not backed up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="133"/>
        <source>The backup ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="147"/>
        <source>--parallel takes a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="154"/>
        <source>--name names one backup. With several services each backup is named by the naming pattern (by default {service}-{yyyyMMdd-HHmmss}): leave --name out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="157"/>
        <source>--no-wait goes with one service: a batch follows each backup to its end, so that no more than --parallel run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="160"/>
        <source>--print-command shows the commands of one backup: run it for each --service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="163"/>
        <source>--subscription goes with --all (every service of the subscription); name single services with --service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="166"/>
        <source>--all needs --subscription ID: the subscription whose services are backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="175"/>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="203"/>
        <source>Listing the services of %n subscription(s)...</source>
        <translation>
            <numerusform>Listing the services of %n subscription...</numerusform>
            <numerusform>Listing the services of %n subscriptions...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="237"/>
        <source>Backing up %n service(s), at most %1 at a time...</source>
        <translation>
            <numerusform>Backing up %n service, at most %1 at a time...</numerusform>
            <numerusform>Backing up %n services, at most %1 at a time...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="254"/>
        <source>checking the service and the storage account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="258"/>
        <source>warning (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="260"/>
        <source>backup %1 started, to %2/%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="264"/>
        <source>succeeded after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="267"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="270"/>
        <source>skipped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="286"/>
        <source>Batch backup: %1 (%n service(s)).</source>
        <translation>
            <numerusform>Batch backup: %1 (%n service).</numerusform>
            <numerusform>Batch backup: %1 (%n services).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="301"/>
        <source>Subscription %1 could not be listed: its services were not backed up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::BackupsCommand</name>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="159"/>
        <source>List the backups in a container: age and whether they can still be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="164"/>
        <source>Storage account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="165"/>
        <source>Container name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="167"/>
        <source>Subscription of the storage account (default: the service&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="169"/>
        <source>Only backups of this service (resource id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="183"/>
        <source>backups needs --account NAME, --container NAME and --subscription ID (or --service RESOURCE_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="233"/>
        <source>not a backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="237"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="234"/>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="234"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="241"/>
        <source>Restorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="41"/>
        <source>To sign in, open this address in a browser on this machine:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="56"/>
        <source>Could not start the browser from $BROWSER (%1): open the address yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="151"/>
        <source>--proxy and --no-proxy cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="158"/>
        <source>--proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="179"/>
        <source>--ca-file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="200"/>
        <source>Unknown --auth &quot;%1&quot;: use env, cli, device, browser or sp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="234"/>
        <source>--auth %1 signs in interactively: run &apos;apim-backup-cli login --auth %1&apos; first; later commands use the saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="257"/>
        <source>--auth sp needs the client secret in AZURE_CLIENT_SECRET (never on the command line), and --tenant and --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="277"/>
        <source>You are not signed in. Run &apos;apim-backup-cli login&apos; first, or give --auth env, cli or sp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::DrillCommand</name>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="44"/>
        <source>Restore a backup into a standby service, measure the RTO and compare it with the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="50"/>
        <source>Resource id of the source service (with --list: only its drills).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="52"/>
        <source>Resource id of the standby service the backup is restored into (same tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="55"/>
        <source>Storage account of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="56"/>
        <source>Container of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="57"/>
        <source>The backup blob to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="59"/>
        <source>Subscription of the storage account (default: the source&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="61"/>
        <source>How the standby reaches the storage: key or identity (default key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="63"/>
        <source>Client id of the standby&apos;s user-assigned identity (with --access-type identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="65"/>
        <source>Do not ask for confirmation (needed when stdin is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="66"/>
        <source>Write the report as Markdown to this file (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="69"/>
        <source>Write the report as CSV to this file (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="70"/>
        <source>List the past drills with their RTO, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="72"/>
        <source>Show one past drill (its id or a unique prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="128"/>
        <source>drill needs %1 (or --list, or --show ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="133"/>
        <source>--access-type must be key or identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="149"/>
        <source>A drill replaces the configuration of the standby %1 with the backup&apos;s. Confirm with --yes when running without a terminal; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="155"/>
        <source>The drill replaces the APIs, products, policies and users of the standby %1 with those in %2.
Type the name of the standby (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="160"/>
        <source>Not confirmed; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="172"/>
        <source>Drill %1: restore operation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="189"/>
        <source>refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="202"/>
        <source>Drill %1 of %2 into %3: %4, RTO %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="205"/>
        <source>Restore %1 accepted at %2, standby ready at %3 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="209"/>
        <source>The standby holds what the source holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="214"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="214"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="216"/>
        <source>The differences could not be explained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="240"/>
        <location filename="../app/cli/DrillCommand.cpp" line="276"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="268"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="268"/>
        <source>Restore operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::EngineCommand</name>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="101"/>
        <source>Subscription %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="177"/>
        <source> - %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="179"/>
        <source>, next check in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="189"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="189"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="190"/>
        <source>%1 %2 of %3: %4 after %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="194"/>
        <source>Backup file: %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="198"/>
        <source>These configuration changes were made while the backup ran and may be missing from it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="205"/>
        <source>No configuration changes were made while the backup ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="209"/>
        <source>Could not read the Activity Log for changes made during the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="213"/>
        <source>The operation ended as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="235"/>
        <source>Interrupted (%1). Nothing is left running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="238"/>
        <source>Interrupted (%1): stopped following %2. The operation goes on in Azure and its state is saved; follow it to its end with: apim-backup-cli wait %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::JobNotifier</name>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="17"/>
        <source>Post the result to this webhook (saved with &apos;notify set NAME&apos;, or APIM_BACKUP_WEBHOOK_&lt;NAME&gt; in the job&apos;s credentials file). The URL itself is never an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="21"/>
        <source>When to notify: failure (default: anything but success) or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="33"/>
        <source>--notify-on takes failure or always, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="39"/>
        <source>--notify-on goes with --notify NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="46"/>
        <source>--notify takes the name of a saved webhook, not its URL: save the URL with &apos;apim-backup-cli notify set NAME&apos; (it reads it from standard input) and pass --notify NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="70"/>
        <source>warning: notifications are off for this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="108"/>
        <source>Notified webhook %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="110"/>
        <source>warning: webhook %1 was not notified: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::LocationCommand</name>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="31"/>
        <source>List, add or remove the backup containers that readiness always reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="37"/>
        <source>list, add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="39"/>
        <source>With add and remove: SUBSCRIPTION/ACCOUNT/CONTAINER, the storage account&apos;s subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="57"/>
        <source>location needs an action: list, add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="58"/>
        <source>Unknown location action &quot;%1&quot;: use list, add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="62"/>
        <source>location list takes no more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="63"/>
        <source>location %1 needs one SUBSCRIPTION/ACCOUNT/CONTAINER, e.g. 00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="81"/>
        <source>%1 is not among the added locations; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="86"/>
        <source>It is the default backup location of subscription %1: change that in the app&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="104"/>
        <source>%1 was already added; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="105"/>
        <source>Added %1: readiness and the app&apos;s Recovery page look for backups there from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="108"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="121"/>
        <source>added (every service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="127"/>
        <source>default of subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="134"/>
        <source>No backup location was added or remembered. Add one with: location add SUBSCRIPTION/ACCOUNT/CONTAINER. The containers that backups in the journal went to are read as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="138"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="138"/>
        <source>Read for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::LoginCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="75"/>
        <source>Sign in and remember the sign-in (--auth device|browser|sp|cli|env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="81"/>
        <source>Read the service principal&apos;s client secret from standard input (--auth sp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="82"/>
        <source>Give up a browser sign-in after &lt;seconds&gt; (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="83"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="96"/>
        <source>A client secret on the command line is visible to every user through &apos;ps&apos;. Pipe it in with --client-secret-stdin, or set AZURE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="114"/>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="123"/>
        <source>Client secret (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="128"/>
        <source>--auth sp needs --tenant, --client-id and the client secret: pipe it in with --client-secret-stdin, or set AZURE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="139"/>
        <source>Waiting for the sign-in to be completed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="149"/>
        <source>Signed in as %1 (tenant %2, cloud %3) with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="152"/>
        <source>The sign-in is saved: later commands use it until &apos;apim-backup-cli logout&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="155"/>
        <source>Secrets are session-only: nothing was saved, so this sign-in ends with this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="160"/>
        <source>Signed in, but the sign-in could not be saved, so later commands will not find it: %1 Fix the keychain and log in again, or give --auth env|cli|sp to each command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::LogoutCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="176"/>
        <source>Forget the saved sign-in and storage keys (settings and keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="194"/>
        <source>Signed out %1. Its saved sign-in is gone from the settings and the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="197"/>
        <source>Nobody was signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::NotifyCommand</name>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="21"/>
        <source>Save (set), list, forget or test the webhooks that unattended backups notify (URL read from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="26"/>
        <source>set, list, forget or test, then the webhook&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="29"/>
        <source>With set: the JSON the webhook takes - teams, slack or generic (default auto: from the URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="51"/>
        <source>notify list takes no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="60"/>
        <source>notify needs an action: set, list, forget or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="61"/>
        <source>Unknown notify action &quot;%1&quot;: use set, list, forget or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="69"/>
        <source>notify %1 needs the webhook&apos;s name, e.g. notify %1 ops-teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="70"/>
        <source>notify %1 takes one name. The URL is read from standard input, never from the command line, where other users could see it with &apos;ps&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="87"/>
        <source>Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a webhook saved now would be gone when this command ends. Run notify %1 without session-only secrets to use the keychain, or put the URL in the job&apos;s credentials file as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="106"/>
        <source>--format takes teams, slack, generic or auto, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="112"/>
        <source>Paste the URL of webhook %1 and press Enter (the input is hidden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="115"/>
        <source>No URL on standard input. Pipe it in (for example from a secret manager) or paste it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="131"/>
        <source>Webhook %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="141"/>
        <source>Saved webhook %1 (%2) in the keychain. Try it with: apim-backup-cli notify test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="155"/>
        <source>Webhook %1 could not be forgotten: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="163"/>
        <source>Forgot webhook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="163"/>
        <source>No webhook named %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="182"/>
        <source>No webhooks saved. Add one with: apim-backup-cli notify set NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="188"/>
        <source>%1 (overrides the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="189"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="190"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="190"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="190"/>
        <source>URL from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="208"/>
        <source>The test notification to %1 (%2) was not delivered: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="219"/>
        <source>Delivered a test notification to %1 (%2): HTTP %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::OperationCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="54"/>
        <source>Resource id of the API Management service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="56"/>
        <source>Storage account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="57"/>
        <source>Container name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="59"/>
        <source>Backup blob name (default: {service}-{yyyyMMdd-HHmmss}.apimbackup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="60"/>
        <source>The backup blob to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="63"/>
        <source>Subscription of the storage account (default: the service&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="65"/>
        <source>How the service reaches the storage: key, system-identity or user-identity (default key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="68"/>
        <source>Client id of the user-assigned identity (with --access-type user-identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="70"/>
        <source>Return once Azure has accepted the request; follow it later with &apos;wait&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="72"/>
        <source>Print the equivalent az commands and exit without running anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="74"/>
        <source>Replace a backup blob of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="77"/>
        <source>Do not ask for confirmation (needed when stdin is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="97"/>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="123"/>
        <source>--access-type must be key, system-identity or user-identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="53"/>
        <source>Resource id of the API Management service; repeat it to back up several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="127"/>
        <source>--access-type user-identity needs --identity-client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="143"/>
        <source># With az rest (any access type):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="147"/>
        <source># %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="149"/>
        <source># With az apim %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="172"/>
        <source>A restore replaces the configuration of %1. Confirm with --yes when running without a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="178"/>
        <source>Checking %1 and the storage account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="195"/>
        <source>refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="197"/>
        <source>warning (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="206"/>
        <source>Operation %1, started earlier by this tool, is still running on %2. Follow it with: apim-backup-cli wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="227"/>
        <source>Not confirmed; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="237"/>
        <source>The restore replaces the APIs, products, policies and users of %1 with those in %2. Changes made meanwhile will be lost.
Type the name of the service (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="258"/>
        <source>Operation %1: %2 of %3 %4 %5/%6/%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="260"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="260"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="278"/>
        <source>Accepted. Follow it with: apim-backup-cli wait %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::OperationsCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="293"/>
        <source>List the backups and restores this tool started (the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="315"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Blob</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ProxyPasswordCommand</name>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="18"/>
        <source>Save (set) or forget the proxy&apos;s password in the keychain (password read from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="23"/>
        <source>set or forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="37"/>
        <source>proxy-password takes one action (set or forget). The password is read from standard input, never from the command line, where other users could see it with &apos;ps&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="45"/>
        <source>proxy-password needs an action: set or forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="46"/>
        <source>Unknown proxy-password action &quot;%1&quot;: use set or forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="54"/>
        <source>No proxy is used to reach %1: give it with --proxy http://USER@host:port, HTTPS_PROXY or the app&apos;s Network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="64"/>
        <source>The proxy %1 has no user name: give it in the proxy address (--proxy http://USER@%1) or in the app&apos;s Network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="72"/>
        <source>Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a password saved now would be gone when this command ends. Run proxy-password %1 without session-only secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="82"/>
        <source>The password for %1 at %2 was not saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="83"/>
        <source>The password for %1 at %2 could not be forgotten: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="93"/>
        <source>Saved the password for %1 at the proxy %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="94"/>
        <source>Forgot the password for %1 at the proxy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="103"/>
        <source>Password for %1 at the proxy %2 (the input is hidden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="106"/>
        <source>No password on standard input. Pipe it in (for example from a secret manager) or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::PruneCommand</name>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="67"/>
        <source>Delete expired or old backups from a container, keeping the newest of each service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="72"/>
        <source>The storage account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="72"/>
        <location filename="../app/cli/PruneCommand.cpp" line="73"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="73"/>
        <source>The blob container with the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="75"/>
        <source>The storage account&apos;s subscription (default: search every subscription you can see).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="75"/>
        <location filename="../app/cli/PruneCommand.cpp" line="85"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="77"/>
        <source>Delete backups older than this, e.g. 30d, 720h or 4w (default: the expired ones, older than 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="79"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="81"/>
        <source>Always keep the newest &lt;n&gt; restorable backups of each service, and never delete a service&apos;s last backup unless &lt;n&gt; is 0 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="83"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="85"/>
        <source>Only the backups of this service (name or resource id); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="86"/>
        <source>Print what would be deleted; delete nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="87"/>
        <source>Delete without asking (for scripts and schedules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="103"/>
        <source>prune needs --account NAME and --container NAME: the storage account and container that hold the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="119"/>
        <source>--keep-last needs a number of backups, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="122"/>
        <source>--service needs a service name or resource id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="154"/>
        <source>The signed-in account sees no enabled subscription, so storage account %1 cannot be found. Check the account&apos;s role assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="177"/>
        <source>Looking for storage account %1 in subscription %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="195"/>
        <source>There is no storage account named %1 in the %n subscription(s) you can see. Check the name, or give its subscription with --subscription.</source>
        <translation>
            <numerusform>There is no storage account named %1 in the %n subscription you can see. Check the name, or give its subscription with --subscription.</numerusform>
            <numerusform>There is no storage account named %1 in the %n subscriptions you can see. Check the name, or give its subscription with --subscription.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="241"/>
        <source>Nothing was deleted: add --yes to delete these %n backup(s). (Standard input is not a terminal, so there is no one to ask.)</source>
        <translation>
            <numerusform>Nothing was deleted: add --yes to delete these %n backup. (Standard input is not a terminal, so there is no one to ask.)</numerusform>
            <numerusform>Nothing was deleted: add --yes to delete these %n backups. (Standard input is not a terminal, so there is no one to ask.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="249"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="264"/>
        <source>No backups of the given services in %1/%2 (%n of other services left alone).</source>
        <translation>
            <numerusform>No backups of the given services in %1/%2 (%n of other services left alone).</numerusform>
            <numerusform>No backups of the given services in %1/%2 (%n of other services left alone).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="267"/>
        <source>No backups in %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="272"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="272"/>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="279"/>
        <source>%n backup(s) of other services left alone.</source>
        <translation>
            <numerusform>%n backup of other services left alone.</numerusform>
            <numerusform>%n backups of other services left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="281"/>
        <source>Nothing to delete: %n backup(s) kept.</source>
        <translation>
            <numerusform>Nothing to delete: %n backup kept.</numerusform>
            <numerusform>Nothing to delete: %n backups kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="283"/>
        <source>Dry run: %n backup(s) (%1) would be deleted, %2 kept. Nothing was deleted.</source>
        <translation>
            <numerusform>Dry run: %n backup (%1) would be deleted, %2 kept. Nothing was deleted.</numerusform>
            <numerusform>Dry run: %n backups (%1) would be deleted, %2 kept. Nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="288"/>
        <source>To delete: %n backup(s) (%1); to keep: %2.</source>
        <translation>
            <numerusform>To delete: %n backup (%1); to keep: %2.</numerusform>
            <numerusform>To delete: %n backups (%1); to keep: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="296"/>
        <source>Delete %n backup(s) from %1/%2? This cannot be undone. Type yes to delete: </source>
        <translation>
            <numerusform>Delete %n backup from %1/%2? This cannot be undone. Type yes to delete: </numerusform>
            <numerusform>Delete %n backups from %1/%2? This cannot be undone. Type yes to delete: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="319"/>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="331"/>
        <source>Already gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="331"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="395"/>
        <source>Deleted %n backup(s) (%1).</source>
        <translation>
            <numerusform>Deleted %n backup (%1).</numerusform>
            <numerusform>Deleted %n backups (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="397"/>
        <source>%n could not be deleted; see the errors above.</source>
        <translation>
            <numerusform>%n could not be deleted; see the errors above.</numerusform>
            <numerusform>%n could not be deleted; see the errors above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ReadinessCommand</name>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="36"/>
        <source>Whether each service can be recovered now, against its target RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="42"/>
        <source>Only this subscription (repeatable). Default: all you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="44"/>
        <source>One target for every service, e.g. 24h, 2d (default: the targets set with &apos;rpo&apos;, else 24 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="51"/>
        <source>List per subscription instead of one Resource Graph query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="47"/>
        <source>Also look for backups in this container, this time (repeatable): SUBSCRIPTION/ACCOUNT/CONTAINER. &apos;location add&apos; keeps one for every run and for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="62"/>
        <source>--rpo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="70"/>
        <source>--location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="94"/>
        <source>The container %1 does not exist. If it was removed on purpose, stop reading it with: apim-backup-cli location remove %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="125"/>
        <source>%1 (RTO %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="127"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Age / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Last good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="135"/>
        <source>Last drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="135"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::RestoreCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="47"/>
        <source>Restore a service from a backup blob (asks to confirm unless --yes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::RpoCommand</name>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="209"/>
        <source>Show or set the target recovery point objective (RPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="215"/>
        <source>The target of this service (resource id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="216"/>
        <source>The default target of the services of this subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="218"/>
        <source>The new target, e.g. 12h, 1d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="219"/>
        <source>Remove the target: the next one up applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="228"/>
        <source>rpo takes --service or --subscription, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="234"/>
        <source>--subscription needs a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="236"/>
        <source>rpo takes --set or --clear, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="242"/>
        <source>--set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="260"/>
        <source>the global default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="264"/>
        <source>the service&apos;s own target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="265"/>
        <source>its subscription&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="269"/>
        <source>the subscription&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="276"/>
        <source>Target RPO: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ScheduleCommand</name>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="68"/>
        <source>An API Management service to back up (resource id); repeat for several, backed up one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="70"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="74"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="78"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="113"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="71"/>
        <source>The storage account for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="71"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="72"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="99"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="107"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="123"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="56"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="58"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="72"/>
        <source>The blob container for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="74"/>
        <source>The storage account&apos;s subscription, for the prune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="76"/>
        <source>How APIM reaches the storage: key, system-identity or user-identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="76"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="78"/>
        <source>The client id of the user-assigned identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="79"/>
        <source>daily, weekly, or a cron expression such as &quot;30 2 * * 1-5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="80"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="108"/>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="81"/>
        <source>Time of day (local) for daily and weekly, HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="81"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="83"/>
        <source>Day of the week for weekly: sun, mon, ... sat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="83"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="88"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="90"/>
        <source>After the backups, delete those older than this, e.g. 30d (default: the expired ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="90"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="92"/>
        <source>The prune keeps the newest &lt;n&gt; backups of each service (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="92"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="46"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="93"/>
        <source>Only back up; delete nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="95"/>
        <source>How the job signs in: env (a service principal in a credentials file you fill in; for servers) or stored (the sign-in saved by &apos;login&apos;; needs an unlocked keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="97"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="99"/>
        <source>Name of the units, task and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="101"/>
        <source>The apim-backup-cli the job runs (default: this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="101"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="103"/>
        <source>A command to run when the job fails (sh; cmd on Windows), e.g. to send a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="103"/>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="105"/>
        <source>Each backup posts its result to this webhook, saved with &apos;notify set NAME&apos; (the job names it; the URL stays in the keychain or the credentials file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="108"/>
        <source>With --notify: failure (default) or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="110"/>
        <source>Schedule a restore drill instead of backups: restore --backup of the one --service into --standby (apim-backup-cli drill ... --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="113"/>
        <source>With --drill: the standby service restored into (resource id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="114"/>
        <source>With --drill: the backup blob to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="114"/>
        <source>blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="428"/>
        <source>cron runs it from now on; &apos;apim-backup-cli schedule --list&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="484"/>
        <source>No schedules installed by apim-backup-cli on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="493"/>
        <source>, next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="495"/>
        <source>, last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="497"/>
        <source> (installed by an older version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="517"/>
        <source>No installed schedule is named &quot;%1&quot;: &apos;apim-backup-cli schedule --list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="535"/>
        <source>Removed %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="156"/>
        <source>schedule needs --service RESOURCE_ID (one or more), --account NAME and --container NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="160"/>
        <source>Unknown --access-type &quot;%1&quot;: use key, system-identity or user-identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="172"/>
        <source>--standby and --backup go with --drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="178"/>
        <source>schedule --drill needs --standby RESOURCE_ID and --backup BLOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="180"/>
        <source>A drill deletes nothing: --prune-older-than and --keep-last go with backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="194"/>
        <source>--at goes with --every daily or weekly; a cron expression carries its own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="197"/>
        <source>--at needs a time of day as HH:MM, e.g. 02:30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="206"/>
        <source>--keep-last needs a number of backups, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="221"/>
        <source>Unknown --job-auth &quot;%1&quot;: use env or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="336"/>
        <source>%1 ---- add to your crontab (crontab -e) ----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="338"/>
        <source>%1 ---- %2 (readable only by you; fill it in) ----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="340"/>
        <source>%1 ---- %2 (create it with mode 0600, then fill it in) ----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="342"/>
        <source>%1 ---- %2 ----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="345"/>
        <source>%1 ---- then ----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="348"/>
        <source># Save the files above (or run this command again with --install), then run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="352"/>
        <source># Create the credentials file readable only by you, e.g.: (umask 077; ${EDITOR:-vi} %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="354"/>
        <source># Then add the crontab line with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="357"/>
        <source>rem Save both files in %1, then run in cmd.exe (add /RU and /RP to run while logged off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="397"/>
        <source>Cannot create %1: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="382"/>
        <source>%1 can be read by other users: run chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="61"/>
        <source>Print or install a systemd timer, crontab line or Windows task for unattended backups or drills, or write a GitHub Actions or Azure Pipelines workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="86"/>
        <source>systemd (user service + timer), cron (a crontab line), windows (a script + schtasks), github-actions or azure-pipelines (a workflow file; its schedule is in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="117"/>
        <source>Write the systemd units to ~/.config/systemd/user, or the cron block into your crontab, and the credentials template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="121"/>
        <source>List the schedules installed on this machine (with --json too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="123"/>
        <source>Disable and delete the installed schedule of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="138"/>
        <source>Unknown --format &quot;%1&quot;: use systemd, cron, windows, github-actions or azure-pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="279"/>
        <source>--install writes systemd user units or a crontab block, which Windows does not have. Run again without --install and follow the printed steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="283"/>
        <source>--install writes systemd user units or a crontab block. For --format windows, copy the printed files yourself (run again without --install).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="384"/>
        <source>Kept %1 as it is (it may hold your secret already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="388"/>
        <source>Replaced the block %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="389"/>
        <source>Added the block %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="398"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="152"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="391"/>
        <source>Wrote %1 (mode 0600, no secret in it: fill it in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="393"/>
        <source>Replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="393"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="164"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="414"/>
        <source>Fill in AZURE_CLIENT_SECRET (and the ids, if empty) in %1 with an editor; keep it mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="417"/>
        <source>The job notifies webhook %1: save its URL with &apos;apim-backup-cli notify set %1&apos;%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="420"/>
        <source>, or put it in %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="424"/>
        <source>Then enable the timer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="42"/>
        <source>With --format github-actions or azure-pipelines: back up every service of this subscription (backup --all); repeat it for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="44"/>
        <source>subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="46"/>
        <source>With a workflow: how many services are backed up at a time (backup --parallel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="48"/>
        <source>With a workflow: the https:// address of the apim-backup .deb it installs (default: this version&apos;s release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="50"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="52"/>
        <source>With a workflow: the SHA-256 of that .deb; the workflow checks it with sha256sum -c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="52"/>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="54"/>
        <source>With --format azure-pipelines: the Azure Resource Manager service connection (workload identity federation) the steps sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="57"/>
        <source>With --format azure-pipelines: the branch the schedule runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="60"/>
        <source>With a workflow: write it to this file instead of printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="60"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="67"/>
        <source>--%1 goes with --format github-actions or azure-pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="79"/>
        <source>--%1 does not go with a workflow: it runs the released package, signs in through the engine and reports through the run&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="93"/>
        <source>A workflow needs --service RESOURCE_ID (one or more) or --all-in SUBSCRIPTION_ID, --account NAME and --container NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="109"/>
        <source>--parallel takes a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="117"/>
        <source>--service-connection and --branch go with --format azure-pipelines; GitHub Actions signs in with the repository variables AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="166"/>
        <source>Commit it as .github/workflows/%1; the comments at its top say what to set up once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="168"/>
        <source>Commit it and create a pipeline from it; the comments at its top say what to set up once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ServicesCommand</name>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="38"/>
        <source>List API Management services: tier, state and backup support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="44"/>
        <source>Only this subscription (repeatable). Default: all you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="46"/>
        <source>List per subscription instead of one Resource Graph query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="64"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="64"/>
        <source>no (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="71"/>
        <source>Listed per subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::StorageCommand</name>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="82"/>
        <source>List storage accounts and their containers (--subscription ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="87"/>
        <source>The subscription to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="94"/>
        <source>storage needs --subscription ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="125"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="125"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="126"/>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="126"/>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="129"/>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="129"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="143"/>
        <source>Containers of %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::StorageKeyCommand</name>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="20"/>
        <source>Save (set), forget or list pasted storage account keys (key read from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="26"/>
        <source>set, forget or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="27"/>
        <source>The storage account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="42"/>
        <source>storage-key takes one action (set, forget or list). The key is read from standard input, never from the command line, where other users could see it with &apos;ps&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="54"/>
        <source>storage-key needs an action: set, forget or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="55"/>
        <source>Unknown storage-key action &quot;%1&quot;: use set, forget or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="61"/>
        <source>storage-key %1 needs --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="96"/>
        <source>What was read is not a storage account key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="72"/>
        <source>Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a key saved now would be gone when this command ends. Run storage-key %1 without session-only secrets to use the keychain, or paste the key in the app for one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="88"/>
        <source>Paste key1 or key2 of storage account %1 and press Enter (the input is hidden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="91"/>
        <source>No key on standard input. Pipe it in (for example from a secret manager) or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="105"/>
        <source>The key for %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="113"/>
        <source>Saved the access key for %1 (%2) in the keychain. Backups and restores with an access key use it instead of listing the account&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="130"/>
        <source>The key for %1 could not be forgotten: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="138"/>
        <source>Forgot the pasted access key for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="139"/>
        <source>No pasted access key was saved for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="151"/>
        <source>No pasted storage account keys for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::TenantsCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="282"/>
        <source>List the tenants the signed-in account can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="311"/>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="311"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="311"/>
        <source>Default domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="155"/>
        <source>Check again that the backups this tool made are still there and unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="161"/>
        <source>Only backups of this service (resource id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="177"/>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Cli::WaitCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="328"/>
        <source>Follow an operation started earlier to its end (wait OPERATION_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="333"/>
        <source>The operation id (or a unique prefix of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="340"/>
        <source>wait needs one operation id; &apos;apim-backup-cli operations&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="370"/>
        <source>Following %1 (%2 of %3)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::AccountManager</name>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="94"/>
        <source>A sign-in is already in progress: finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="37"/>
        <source>Sign-in from the environment uses AZURE_TENANT_ID (%1), not the tenant &quot;%2&quot; given. Leave the tenant out, or set AZURE_TENANT_ID to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="39"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="111"/>
        <source>A service principal needs its client ID and a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="60"/>
        <source>Choose how to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="167"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="174"/>
        <source>The renewed sign-in could not be saved in the keychain, so the next start may ask you to sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="233"/>
        <source>Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SessionStore.cpp" line="96"/>
        <source>The saved sign-in belongs to the cloud %1, not %2. Sign in again, or choose the cloud %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SessionStore.cpp" line="114"/>
        <source>The saved sign-in of %1 has no secret in the keychain any more. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/SessionStore.cpp" line="123"/>
        <source>The saved sign-in of %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="331"/>
        <source>Saved storage keys could not all be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="316"/>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ActivityLogLookup</name>
    <message>
        <location filename="../app/core/operations/ActivityLogLookup.cpp" line="60"/>
        <source>the Activity Log&apos;s answer has no list of events (request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ApimService</name>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="50"/>
        <source>The Consumption tier has no backup and restore: APIM offers them only in the Developer, Basic, Standard and Premium tiers. Export the configuration with APIOps or templates instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="54"/>
        <source>The %1 tier (v2) does not support backup and restore: APIM offers them only in the classic Developer, Basic, Standard and Premium tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="59"/>
        <source>The Isolated tier is not covered by APIM backup and restore, which Microsoft documents only for the Developer, Basic, Standard and Premium tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="63"/>
        <source>The service&apos;s pricing tier is unknown, so backup support cannot be confirmed. Refresh the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="65"/>
        <source>The %1 tier is not known to support backup and restore (only Developer, Basic, Standard and Premium are).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::AppPaths</name>
    <message>
        <location filename="../app/core/settings/AppPaths.cpp" line="55"/>
        <source>Cannot create the folder %1: check its permissions or set APIM_BACKUP_HOME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ArmError</name>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="114"/>
        <source>Could not get a sign-in token: %1 Sign in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="117"/>
        <source>Could not reach Azure: %1. Check the network connection, VPN or proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="119"/>
        <source>The request may have reached Azure before the connection broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="122"/>
        <source>Azure did not answer in time (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="125"/>
        <source>Azure sent an answer that could not be read (%1). Try again; if it keeps happening, report it with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="130"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="137"/>
        <source>Azure did not accept the sign-in (%1). Sign in again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="139"/>
        <source>Permission denied: %1. Ask an owner of the subscription or resource for a role that allows this (for example API Management Service Contributor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="143"/>
        <source>Not found: %1. It may have been deleted or moved; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="145"/>
        <source>Another operation is running on this service: %1. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="149"/>
        <source>Azure refused because of a conflict: %1. Wait until other changes have finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="152"/>
        <source>Azure is throttling requests: %1. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="154"/>
        <source>Azure reported a server error (HTTP %1): %2. Try again in a few minutes; if it persists, contact Azure support with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="159"/>
        <source>Azure refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="165"/>
        <source>Details: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="167"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="169"/>
        <source>(correlation id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="171"/>
        <source>(client request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ArmJob</name>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="65"/>
        <source>Refused to send the sign-in token to %1: it is not the Azure Resource Manager endpoint of this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="90"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="104"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="119"/>
        <source>No access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/arm/ArmJob.cpp" line="195"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="199"/>
        <source>the connection closed before Azure answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="209"/>
        <source>the answer was cut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="218"/>
        <location filename="../app/core/arm/ArmJob.cpp" line="321"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="226"/>
        <source>unexpected redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="237"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ArmPager</name>
    <message>
        <location filename="../app/core/arm/ArmPager.cpp" line="50"/>
        <source>the list has no &quot;value&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmPager.cpp" line="64"/>
        <source>the list holds an entry that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmPager.cpp" line="93"/>
        <source>the list pages loop back on themselves (page %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::AuthorizationCodeFlow</name>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="37"/>
        <source>No answer came from the browser within %1 minutes, so the sign-in was stopped. Try again, or use device code sign-in on a machine without a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="64"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="64"/>
        <source>This address only receives the APIM Backup sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="66"/>
        <source>Sign-in already handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="66"/>
        <source>This sign-in is over. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="71"/>
        <source>A sign-in answer with a wrong state was refused; still waiting for the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="74"/>
        <source>Sign-in answer refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="75"/>
        <source>This answer does not belong to the sign-in that APIM Backup started (the state does not match), so it was ignored. Finish signing in in the tab that APIM Backup opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="84"/>
        <source>The sign-in was cancelled in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="86"/>
        <source>The sign-in failed in the browser: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="88"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="89"/>
        <source>APIM Backup could not sign you in: %1. You can close this tab and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="95"/>
        <source>Sign-in answer incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="95"/>
        <source>The answer carries no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="98"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="98"/>
        <source>APIM Backup received your sign-in. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="176"/>
        <source>The sign-in service refused to complete the browser sign-in: %1 Try signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="187"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::AzureCliCredential</name>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="38"/>
        <source>Azure CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="38"/>
        <source>%1 (Azure CLI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="50"/>
        <source>The Azure CLI printed something that is not an access token. Run &apos;az account get-access-token&apos; yourself to see what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="100"/>
        <source>&quot;%1&quot; is not a tenant ID or domain name (a GUID such as 00000000-0000-0000-0000-000000000000, or a name such as contoso.onmicrosoft.com). Correct the tenant and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="144"/>
        <source>The Azure CLI did not answer within %1 seconds. Run &apos;az account get-access-token&apos; yourself to see what it waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="153"/>
        <source>The Azure CLI (&apos;%1&apos;) was not found or could not be started: %2. Install it (https://aka.ms/InstallAzureCLI) or choose another sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="89"/>
        <source>The Azure CLI is not signed in, or its sign-in expired. Please run &apos;az login&apos;, then try again. (az said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="93"/>
        <source>The Azure CLI failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupCatalog</name>
    <message>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="81"/>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="107"/>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="137"/>
        <source>Sign in to list backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="87"/>
        <source>The storage account %1 has no Blob endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupLocation</name>
    <message>
        <location filename="../app/core/recovery/BackupLocation.cpp" line="19"/>
        <source>&quot;%1&quot; is not a backup location: write SUBSCRIPTION/ACCOUNT/CONTAINER, e.g. 00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/BackupLocation.cpp" line="24"/>
        <source>&quot;%1&quot; is not a subscription id: the storage account&apos;s subscription is a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupNaming</name>
    <message>
        <location filename="../app/core/operations/BackupNaming.cpp" line="63"/>
        <source>The naming pattern &quot;%1&quot; has no date or time, so every backup would get the same name. Add for example {yyyyMMdd-HHmmss}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupVerification</name>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="73"/>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="73"/>
        <source>Could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="75"/>
        <source>Verified: the file is there, %1, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="77"/>
        <source>The backup&apos;s file is gone from its container: it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="79"/>
        <source>The backup&apos;s file is empty: it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="81"/>
        <source>The backup&apos;s file was overwritten or changed since the backup: it is not counted as a recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupVerifier</name>
    <message>
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="103"/>
        <source>No backup made by this tool was found in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="104"/>
        <source>%n verified</source>
        <translation>
            <numerusform>%n verified</numerusform>
            <numerusform>%n verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="106"/>
        <source>%n no longer usable</source>
        <translation>
            <numerusform>%n no longer usable</numerusform>
            <numerusform>%n no longer usable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="108"/>
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="109"/>
        <source>%n backup(s) checked: %1.</source>
        <translation>
            <numerusform>%n backup checked: %1.</numerusform>
            <numerusform>%n backups checked: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="109"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchBackup</name>
    <message>
        <location filename="../app/core/batch/BatchBackup.cpp" line="106"/>
        <source>Not connected to Azure: sign in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchItem</name>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="66"/>
        <source>its tier has no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="68"/>
        <source>another operation runs on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="70"/>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="72"/>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchOutcome</name>
    <message>
        <location filename="../app/core/batch/BatchOutcome.cpp" line="64"/>
        <source>Operation %1 is still running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchOutcome.cpp" line="115"/>
        <source>The backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchOutcome.cpp" line="124"/>
        <source>The backup ended as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchSummary</name>
    <message>
        <location filename="../app/core/batch/BatchSummary.cpp" line="26"/>
        <source>%1 succeeded, %2 failed, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobBackupFileProbe</name>
    <message>
        <location filename="../app/core/operations/BlobBackupFileProbe.cpp" line="23"/>
        <source>no storage connection to look into the container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobClient</name>
    <message>
        <location filename="../app/core/storage/BlobClient.cpp" line="176"/>
        <source>there is neither an access key nor a signed-in account for the storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobClient.cpp" line="209"/>
        <source>The access key of storage account %1 is not valid base64; copy it again from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobClient.cpp" line="297"/>
        <source>the answer was cut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobEndpointPolicy</name>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="52"/>
        <source>There is no trusted Blob endpoint for this storage account (Azure listed none, or one outside this cloud&apos;s Blob service), so nothing was sent. Check the storage account in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="55"/>
        <source>The Blob endpoint %1 carries a user name; credentials are never sent to such an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="63"/>
        <source>The Blob endpoint %1 is neither https:// nor http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="66"/>
        <source>Refused to send storage credentials to %1: a Blob endpoint must use https:// (plain http is allowed only for loopback addresses such as Azurite). Check the storage account in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="79"/>
        <source>Refused to send storage credentials to %1: it is not a Blob endpoint of this cloud (expected https://&lt;account&gt;%2/). Check the storage account and the cloud you are signed in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="85"/>
        <source>Refused to send the credentials of storage account %1 to %2: that address belongs to another storage account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobListPage</name>
    <message>
        <location filename="../app/core/storage/BackupBlob.cpp" line="131"/>
        <source>a blob in the list has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupBlob.cpp" line="136"/>
        <source>the blob list is not valid XML (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupBlob.cpp" line="140"/>
        <source>the answer is not a blob list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::CatalogSnapshot</name>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="106"/>
        <source>The container %1 does not exist (any more), so no backup is kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="109"/>
        <source>Back the service up again to a container that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="144"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="156"/>
        <source>No backup location is known for this service: back it up once, set a default backup location for its subscription (the app&apos;s Settings), or add the container with: apim-backup-cli location add SUBSCRIPTION/ACCOUNT/CONTAINER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ClientSecretCredential</name>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="22"/>
        <source>A service principal needs its tenant: give the tenant ID (a GUID) or its domain with --tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="27"/>
        <source>A service principal signs in to one specific tenant, not &quot;%1&quot;: give the tenant ID (a GUID) or its domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="36"/>
        <source>&quot;%1&quot; is not a tenant ID or domain: give a GUID such as 00000000-0000-0000-0000-000000000000 or a domain such as contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="51"/>
        <source>A service principal needs a client ID and a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::CopyCommand</name>
    <message>
        <location filename="../app/core/operations/CopyCommand.cpp" line="69"/>
        <source>az apim %1 supports only access keys; use the az rest command for managed identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/CopyCommand.cpp" line="77"/>
        <source>Warning: az apim gets the storage key on its command line, where other users of this machine can read it (ps). Prefer a managed identity with the az rest command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::DeviceCodeFlow</name>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="71"/>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="110"/>
        <source>The code expired before the sign-in was completed. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="106"/>
        <source>The sign-in was declined. Start it again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="114"/>
        <source>The sign-in service did not recognise the device code. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="126"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillDifference</name>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="11"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="13"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="15"/>
        <source>Named value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="17"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="19"/>
        <source>Global policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="21"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="23"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="51"/>
        <source>%1: in the source, not in the standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="53"/>
        <source>%1: in the standby, not in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="55"/>
        <source>%1: revisions %2 in the source, %3 in the standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="57"/>
        <source>%1: differs (SHA-256 %2 in the source, %3 in the standby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="60"/>
        <source>%1: %2 in the source, %3 in the standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="68"/>
        <source>not explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="69"/>
        <source>%1 (%2) by %3 at %4, after the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="71"/>
        <source>an unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillExport</name>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="51"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="54"/>
        <source>APIs (revisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="56"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="57"/>
        <source>Named values (names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="58"/>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="59"/>
        <source>Global policy (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="60"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="62"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="77"/>
        <source>Restore drill %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="79"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="81"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="82"/>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="83"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="84"/>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="86"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="87"/>
        <source>Backup taken (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="88"/>
        <source>Restore operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="89"/>
        <source>Restore accepted (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="90"/>
        <source>Standby ready (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="92"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="94"/>
        <source>Source and standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="96"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="98"/>
        <source>None: the standby holds what the source holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="100"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="100"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="106"/>
        <source>The source&apos;s Activity Log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillRecord</name>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="106"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="113"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="115"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="117"/>
        <source>differences found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="119"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillRequest</name>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="66"/>
        <source>The source must be the resource id of an API Management service, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="68"/>
        <source>The standby must be the resource id of an API Management service, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="71"/>
        <source>Name the backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="162"/>
        <source>not a drill record (format, id or state missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillStore</name>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="39"/>
        <source>The drill id &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="44"/>
        <source>Could not create the folder %1 for the drill reports. Check its permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="51"/>
        <source>Could not write %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="59"/>
        <source>Could not save %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="70"/>
        <source>&quot;%1&quot; is not a drill id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="76"/>
        <source>There is no drill %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="83"/>
        <source>The drill report %1 is damaged (%2); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="92"/>
        <source>The file %1 is not a drill report (%2); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="133"/>
        <source>The drill was stopped before its restore started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="134"/>
        <source>The drill was stopped before it ended (the window or the command was closed). Its restore, operation %1, may have gone on in Azure: &apos;apim-backup-cli wait %1&apos; follows it. Run the drill again to measure the recovery time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="187"/>
        <source>There is no drill %1; &apos;apim-backup-cli drill --list&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="188"/>
        <source>&quot;%1&quot; matches several drills: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::EntraClient</name>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="100"/>
        <source>Entra ID rejected the client credentials: the client secret is wrong or expired, or the client ID does not belong to this tenant. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="106"/>
        <source>Entra ID does not accept this client ID here: check the client ID and the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="109"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="112"/>
        <source>The sign-in service is temporarily unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="117"/>
        <source>Sign-in failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="119"/>
        <source>The sign-in service answered HTTP %1 without saying why. Check the cloud settings (--cloud) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="127"/>
        <source>The sign-in service at %1 sent an answer that was not read: %2. Check the cloud settings (--cloud) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="135"/>
        <source>Could not reach the sign-in service at %1: %2. Check the network connection, proxy or firewall, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="216"/>
        <source>The sign-in service at %1 answered without an access token. Check the cloud settings (--cloud) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="269"/>
        <source>The sign-in service at %1 answered the device code request without a code. Check the cloud settings (--cloud) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="273"/>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ForwardingCredential</name>
    <message>
        <location filename="../app/core/auth/ForwardingCredential.cpp" line="20"/>
        <source>You are not signed in. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::Inventory</name>
    <message>
        <location filename="../app/core/inventory/Inventory.cpp" line="113"/>
        <source>the service description has no id or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::InventoryReader</name>
    <message>
        <location filename="../app/core/recovery/InventoryReader.cpp" line="22"/>
        <source>not connected to Azure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="22"/>
        <source>No Secret Service is running (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, or continue in session-only mode. (The keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="37"/>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="41"/>
        <source>The keychain refused access (%1). It may be locked: unlock it and retry, or continue in session-only mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="50"/>
        <source>The keychain could not delete the entry: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="86"/>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty), so the Secret Service (gnome-keyring or KWallet) cannot be reached. Run inside a desktop session, or start one with &apos;dbus-run-session&apos; and unlock gnome-keyring; or continue in session-only mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="118"/>
        <source>The keychain did not answer within %1 seconds. It may be locked and waiting for a password prompt that nobody sees: unlock it (for example in Passwords and Keys or KWallet) and retry, or continue in session-only mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="127"/>
        <source>The keychain has still not answered an earlier request, so this one was not sent. Unlock the keychain and retry, or continue in session-only mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="234"/>
        <source>The keychain entry %1 is incomplete (part %2 of %3 is missing). Remove it by signing out, then sign in or enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::LoopbackReceiver</name>
    <message>
        <location filename="../app/core/auth/LoopbackReceiver.cpp" line="73"/>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer: %1. Use device code sign-in instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::MemorySecretStore</name>
    <message>
        <location filename="../app/core/secrets/MemorySecretStore.cpp" line="30"/>
        <source>No secret is stored under %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::NetworkErrorText</name>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="51"/>
        <source>Certificate: subject %1; issuer %2; SHA-256 fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="168"/>
        <source>The TLS certificate presented for %1 is for another host name (%2): check the address, or whether something between you and the server answers in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="173"/>
        <source>The TLS certificate of %1 is not trusted: your organisation&apos;s CA is not trusted. Add it in Settings → Trusted certificates, or with --ca-file (SSL_CERT_FILE and REQUESTS_CA_BUNDLE work too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="179"/>
        <source>The TLS certificate of %1 is outside its validity period (valid %2 to %3): check the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="185"/>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="188"/>
        <source>Not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="204"/>
        <source>The TLS handshake with %1 failed: %2. If your organisation inspects TLS traffic, add its CA in Settings → Trusted certificates, or with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="225"/>
        <source>Could not reach %1 through the proxy %2: %3. Check the proxy address (--proxy, HTTPS_PROXY or Settings → Network), or whether the proxy allows this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="234"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="240"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407 Proxy Authentication Required) to reach %2. Give the user name in the proxy address (http://USER@%1) or in Settings → Network, and save the password in the keychain with &apos;apim-backup-cli proxy-password set&apos; or in Settings → Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="245"/>
        <source>The proxy %1 refused the user name and password of %2 (HTTP 407 Proxy Authentication Required) to reach %3. Save the right password in the keychain with &apos;apim-backup-cli proxy-password set&apos; or in Settings → Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="250"/>
        <source>The proxy %1 refused the connection (to reach %2): check the proxy address (--proxy, HTTPS_PROXY or Settings → Network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="254"/>
        <source>The proxy host %1 was not found (to reach %2): check the proxy address (--proxy, HTTPS_PROXY or Settings → Network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="258"/>
        <source>The proxy %1 did not answer in time (to reach %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="260"/>
        <source>The proxy %1 closed the connection to %2 (it may not allow that address or port): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="263"/>
        <source>The proxy %1 failed to reach %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::NotificationEvent</name>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="41"/>
        <source>APIM backup succeeded: %n service(s)</source>
        <translation>
            <numerusform>APIM backup succeeded: %n service</numerusform>
            <numerusform>APIM backup succeeded: %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="45"/>
        <source>APIM backup: %n service(s) skipped</source>
        <translation>
            <numerusform>APIM backup: %n service skipped</numerusform>
            <numerusform>APIM backup: %n services skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="49"/>
        <source>APIM backup failed for %n service(s)</source>
        <translation>
            <numerusform>APIM backup failed for %n service</numerusform>
            <numerusform>APIM backup failed for %n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="54"/>
        <source>The services whose turn had not come were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="83"/>
        <source>APIM backup succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="84"/>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="130"/>
        <source>APIM backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="99"/>
        <source>Backup file: %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="125"/>
        <source>APIM backup refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="125"/>
        <source>APIM backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="129"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="130"/>
        <source>APIM backup refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="142"/>
        <source>APIM Backup test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="143"/>
        <source>This webhook works: failed unattended backups on %1 will be reported here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationJournal</name>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="60"/>
        <source>The operation id &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="66"/>
        <source>Could not create the folder %1 for the operation journal. Check its permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="188"/>
        <source>Could not write %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="197"/>
        <source>Could not save %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="307"/>
        <source>&quot;%1&quot; is not an operation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="313"/>
        <location filename="../app/core/operations/OperationJournal.cpp" line="367"/>
        <source>There is no operation %1 in the journal (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="320"/>
        <source>The journal file %1 is damaged (%2); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="330"/>
        <source>The journal file %1 is not an operation record (%2); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="366"/>
        <source>&quot;%1&quot; matches %2 operations; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationLauncher</name>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="50"/>
        <source>no storage service to get the access key from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="51"/>
        <source>Nothing was started: the storage account key could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="60"/>
        <source>Nothing was started: the storage account %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="67"/>
        <source>Nothing was started: the access key of %1 could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="84"/>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="113"/>
        <source>not connected to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="103"/>
        <source>Nothing was started: the operation journal could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="143"/>
        <source>Azure accepted the request without a status URL; following the service&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="162"/>
        <source>Azure gave no clear answer to the start request (%1); checking the service&apos;s state instead of sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="170"/>
        <source>Azure refused to start the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationManager</name>
    <message>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="93"/>
        <source>Another operation (%1) is still running on %2. APIM runs one backup or restore per service at a time: wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="128"/>
        <source>Nothing was started: the operation journal could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="139"/>
        <source>Checking whether the earlier operation %1 on %2 is still running before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="189"/>
        <source>Nothing was started: whether the earlier operation %1 on %2 is still running could not be checked. Follow it with: apim-backup-cli wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="200"/>
        <source>Another operation (%1) is still running on %2: the service is %3. APIM runs one backup or restore per service at a time. Follow it with: apim-backup-cli wait %1 - and start again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="207"/>
        <source>Nothing was started: the earlier operation %1 is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="228"/>
        <source>The operation %1 is not in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="406"/>
        <source>The previous session ended before the start request was sent: nothing was started. Start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="456"/>
        <source>Stopped before the start request was sent: nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="178"/>
        <source>not connected to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="52"/>
        <source>Operation %1 was started in the cloud %2 (tenant %3), not in the one signed in now. Sign in to that cloud and tenant to follow it, e.g. apim-backup-cli --cloud %2 --tenant %3 wait %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="55"/>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="56"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="378"/>
        <source>There is no operation journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="425"/>
        <source>The previous session ended before Azure answered the start request; checking the service&apos;s state instead of sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationRecord</name>
    <message>
        <location filename="../app/core/operations/OperationRecord.cpp" line="48"/>
        <source>backup of %1 to %2/%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRecord.cpp" line="49"/>
        <source>restore of %1 from %2/%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationRequest</name>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="71"/>
        <source>Correct the service id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="73"/>
        <source>Correct the storage account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="75"/>
        <source>Correct the container name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="78"/>
        <source>Correct the backup name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="89"/>
        <source>A user-assigned managed identity needs its client id; pick one of the identities attached to the service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationTracker</name>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="28"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="29"/>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="93"/>
        <source>The %1 was still running after %2 hours, so tracking stopped. Check the service in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="156"/>
        <source>Azure reported the %1 as %2 without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="194"/>
        <source>Azure did not allow reading the operation&apos;s status (HTTP 403: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="195"/>
        <source>Azure no longer knows the operation&apos;s status URL (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="266"/>
        <source>Tracking is paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="229"/>
        <source>Could not read the status (%1); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="131"/>
        <source>the status answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="186"/>
        <source>The operation&apos;s status URL is not on this cloud&apos;s Resource Manager, so it was not asked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="209"/>
        <source>Azure&apos;s answer about the %1 could not be read %2 times in a row (%3), so tracking stopped. The %1 may still be running: check the service in the Azure portal, or run &apos;wait&apos; later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="237"/>
        <source>Azure could not report the operation&apos;s status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="297"/>
        <source>The service no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="308"/>
        <source>Reading the service&apos;s state failed too (%1); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="322"/>
        <source>The service is %1, so the %2 is running; following the service&apos;s state until it is ready again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="328"/>
        <source>The service&apos;s provisioning state is Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="341"/>
        <source>The service was updating and is ready again, so the %1 has succeeded as far as can be told. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="343"/>
        <source>Check that the backup file is in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="344"/>
        <location filename="../app/core/operations/OperationTracker.cpp" line="352"/>
        <source>Check the service&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="351"/>
        <source>The service shows no operation in progress, so the %1 has ended, but its result is unknown. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationWitnesses</name>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="18"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="18"/>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="31"/>
        <source>no answer to the start request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="78"/>
        <source>no storage connection to look into the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="98"/>
        <source>The service never showed the backup in progress, but its file %1 was written at %2, after the backup was requested: it ran and ended between two checks. Nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="114"/>
        <source>Whether the backup ran is unknown: the service never showed it in progress and the container could not be checked (%1). Look for %2; nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="129"/>
        <source>Azure gave no clear answer to the start request, the service never showed an operation in progress and no backup file %1 was written: the backup did not start. Nothing was sent twice; start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="139"/>
        <source>The service shows no operation in progress, so the backup has ended, but no file %1 written by it is in the container: it probably failed. Start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="150"/>
        <source>Azure gave no clear answer to the start request and the service never showed the restore in progress. A short restore can begin and end between two checks, so whether it ran is unknown: check the service&apos;s configuration (APIs, products, policies) to see whether it was restored. Nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="187"/>
        <source>No backup file %1 was written; the Activity Log could not be read (%2), asking it again (correlation id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="190"/>
        <source>Azure gave no clear answer to the start request, the service never showed the backup in progress and no backup file %1 was written: the backup did not start (the Activity Log could not be read to confirm it: %2; correlation id %3). Nothing was sent twice; start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="201"/>
        <source>Azure gave no clear answer to the start request, the service never showed the %1 in progress, and the Activity Log could not be read (%2). Whether the %1 ran is unknown: look for correlation id %3 in the service&apos;s Activity Log, or check its configuration. Nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="205"/>
        <source>Whether the backup ran is unknown: the service never showed it in progress, the container could not be checked (%1) and the Activity Log could not be read (%2). Look for %3, or for correlation id %4 in the service&apos;s Activity Log; nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="218"/>
        <source>The answer to the start request was lost, but the Activity Log shows that Azure accepted the %1 (correlation id %2) and that it succeeded at %3. Nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="225"/>
        <source>the Activity Log records the %1 as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="229"/>
        <source>The answer to the start request was lost; the Activity Log shows that Azure accepted the %1 (correlation id %2) and that it failed at %3. Nothing was sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="235"/>
        <source>The answer to the start request was lost, but the Activity Log shows that Azure accepted the %1 (correlation id %2); following it until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="243"/>
        <source>Looking for the %1 in the Activity Log (correlation id %2), where Azure records what it accepted within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="248"/>
        <source>Azure gave no clear answer to the start request, the service never showed the backup in progress, no backup file %1 was written, and after %n minute(s) the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</source>
        <translation>
            <numerusform>Azure gave no clear answer to the start request, the service never showed the backup in progress, no backup file %1 was written, and after %n minute the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</numerusform>
            <numerusform>Azure gave no clear answer to the start request, the service never showed the backup in progress, no backup file %1 was written, and after %n minutes the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="257"/>
        <source>Azure gave no clear answer to the start request, the service never showed the %1 in progress, and after %n minute(s) the Activity Log holds no record of it under correlation id %2: the %1 did not start. Nothing was sent twice; start it again when ready.</source>
        <translation>
            <numerusform>Azure gave no clear answer to the start request, the service never showed the %1 in progress, and after %n minute the Activity Log holds no record of it under correlation id %2: the %1 did not start. Nothing was sent twice; start it again when ready.</numerusform>
            <numerusform>Azure gave no clear answer to the start request, the service never showed the %1 in progress, and after %n minutes the Activity Log holds no record of it under correlation id %2: the %1 did not start. Nothing was sent twice; start it again when ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="262"/>
        <source>Azure gave no clear answer to the start request, the service never showed the backup in progress, its container could not be checked (%1), and after %n minute(s) the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</source>
        <translation>
            <numerusform>Azure gave no clear answer to the start request, the service never showed the backup in progress, its container could not be checked (%1), and after %n minute the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</numerusform>
            <numerusform>Azure gave no clear answer to the start request, the service never showed the backup in progress, its container could not be checked (%1), and after %n minutes the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Core::Preflight</name>
    <message>
        <location filename="../app/core/operations/Preflight.cpp" line="72"/>
        <source>&quot;%1&quot; is not the resource id of an API Management service (/subscriptions/…/resourceGroups/…/providers/Microsoft.ApiManagement/service/&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Preflight.cpp" line="81"/>
        <location filename="../app/core/operations/Preflight.cpp" line="132"/>
        <source>Not connected to Azure: sign in, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Preflight.cpp" line="120"/>
        <source>the service description has no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::PreflightRules</name>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="53"/>
        <source>Could not read the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="54"/>
        <source>Check the service id and your access to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="61"/>
        <source>Pick a service in the Developer, Basic, Standard or Premium tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="64"/>
        <source>The service %1 is %2, not Succeeded: another operation (update, scaling, backup or restore) is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="67"/>
        <source>Wait until the service shows Succeeded, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="84"/>
        <source>The service %1 has no system-assigned managed identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="85"/>
        <source>Turn on the system-assigned identity of the service and give it the Storage Blob Data Contributor role on the storage account, or use an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="91"/>
        <source>No client id was given for the user-assigned managed identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="92"/>
        <source>Choose one of the identities attached to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="100"/>
        <source>No user-assigned identity with client id %1 is attached to the service %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="102"/>
        <source>Attach a user-assigned identity to the service first, or use an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="103"/>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="72"/>
        <source>Restoring replaces the configuration of %1 (APIs, products, policies, users) with the backup&apos;s; changes made during the restore may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="75"/>
        <source>Make sure nobody changes the service while the restore runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="113"/>
        <source>Check the storage account name and its subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="116"/>
        <source>Could not check the storage account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="117"/>
        <source>The operation may still work; if it fails, check the account and your access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="123"/>
        <source>The storage account %1 does not allow access keys (Shared Key), but the %2 would use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="125"/>
        <source>Use the service&apos;s managed identity with the Storage Blob Data Contributor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="132"/>
        <source>The storage account %1 has a firewall that denies access by default; APIM may not reach it with an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="135"/>
        <source>Use the system-assigned managed identity and allow trusted Azure services on the storage firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="138"/>
        <source>The storage account %1 has a firewall that does not let trusted Azure services through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="140"/>
        <source>Allow trusted Azure services (bypass AzureServices) on the storage firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="162"/>
        <source>You may not list the access keys of the storage account %1: Azure refused the permission to list keys (%2), so the %3 cannot use an access key from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="165"/>
        <source>Use a pasted key: paste key1 or key2 of %1 from its &quot;Access keys&quot; page (&quot;Use a pasted key…&quot; in the dialog, or apim-backup-cli storage-key set --account %1). Or let the service reach the storage with its managed identity (it needs the Storage Blob Data Contributor role on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="171"/>
        <source>Could not get an access key for the storage account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="172"/>
        <source>The operation asks for the key again when it starts; if that fails too, paste a key or use a managed identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="183"/>
        <source>The container %1 does not exist yet; APIM creates it during the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="184"/>
        <source>Create it now if you want to set its access policy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="186"/>
        <source>The container %1 does not exist, so there is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="187"/>
        <source>Pick the container that holds the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="197"/>
        <source>A backup named %1 already exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="199"/>
        <source>A backup named %1 already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="200"/>
        <source>Choose another name, or confirm that the existing backup may be overwritten (--overwrite in the CLI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="213"/>
        <source>Pick an existing backup from the list (apim-backup-cli backups --account %1 --container %2 lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="212"/>
        <source>There is no backup named %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="220"/>
        <source>The backup %1 is %2 days old; APIM refuses to restore backups older than 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="223"/>
        <source>Pick a backup younger than 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="41"/>
        <source>Could not list the backups in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="43"/>
        <source>An existing backup with the same name would be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="44"/>
        <source>The backup&apos;s age and tier could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ProxyConfig</name>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="48"/>
        <source>The proxy address is empty: give it as http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="50"/>
        <source>&quot;%1&quot; is not a proxy address: give it as http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="53"/>
        <source>The proxy address contains a password. Give the address with the user name only (http://USER@host:port) and save the password in the keychain: &apos;apim-backup-cli proxy-password set&apos; reads it from standard input, or use Settings → Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="58"/>
        <source>Proxies of type &quot;%1&quot; are not supported: use an http:// or socks5:// proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ReadinessSummary</name>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="60"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="62"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="63"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::RecoveryOverview</name>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="128"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="130"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="132"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="134"/>
        <source>No backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="136"/>
        <source>Only expired backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="138"/>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="140"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="149"/>
        <source>- of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="150"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="158"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::RecoveryReadiness</name>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="48"/>
        <source>The backups could not be listed: %1</source>
        <translation>The backups could not be listed: %1</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="64"/>
        <source>Every backup is older than the %1 days API Management restores.</source>
        <translation>Every backup is older than the %1 days API Management restores.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="65"/>
        <source>No backup was found.</source>
        <translation>No backup was found.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="74"/>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="80"/>
        <source>The newest backup is %1 h old; the target is %2 h.</source>
        <translation>The newest backup is %1 h old; the target is %2 h.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="77"/>
        <source>The newest backup is %1 h old, close to the %2 h target.</source>
        <translation>The newest backup is %1 h old, close to the %2 h target.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::RecoverySettings</name>
    <message>
        <location filename="../app/core/recovery/RecoverySettings.cpp" line="47"/>
        <source>&quot;%1&quot; is not a target RPO: write a whole number of hours, days or weeks above zero, e.g. 12h, 2d or 1w.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::RefreshTokenSession</name>
    <message>
        <location filename="../app/core/auth/RefreshTokenSession.cpp" line="31"/>
        <source>You are not signed in. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ReplySizeLimit</name>
    <message>
        <location filename="../app/core/util/ReplySizeLimit.cpp" line="51"/>
        <source>the answer is compressed to an implausible degree (a compression bomb that would inflate far beyond any answer this tool expects), so it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/util/ReplySizeLimit.cpp" line="58"/>
        <source>the answer is larger than %1 MB, far more than any answer this tool expects, so it was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ResourceId</name>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="83"/>
        <source>An API Management service id looks like /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.ApiManagement/service/&lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="86"/>
        <source>Enter the resource id of the API Management service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="88"/>
        <source>The service id &quot;%1&quot; contains &quot;%2&quot;, which a resource id never has: use only the id&apos;s letters, digits, hyphens, underscores, periods and slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="95"/>
        <source>The service id &quot;%1&quot; has a &quot;%2&quot; segment; give the id itself, without relative parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="102"/>
        <source>&quot;%1&quot; is not the resource id of an API Management service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="106"/>
        <source>&quot;%1&quot; is not an API Management service name: use 1 to 50 letters, digits and hyphens, starting with a letter and not ending with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="110"/>
        <source>&quot;%1&quot; is not a resource group name: at most 90 characters, not ending with a period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::RestoreDrill</name>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="68"/>
        <source>This drill has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="74"/>
        <source>The standby is the source service itself: a drill would overwrite %1. Pick another service of the same tier as the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="79"/>
        <source>A drill replaces the whole configuration of the standby %1 with the backup&apos;s. Confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="82"/>
        <source>Not connected to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="99"/>
        <source>Checking the standby %1, the source %2 and the backup %3...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="126"/>
        <source>The backup %1 is %2 days old; APIM refuses to restore backups older than 30 days. Pick a newer backup of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="153"/>
        <source>The standby %1 could not be read, so nothing was restored into it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="157"/>
        <source>The source %1 could not be read, so nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="184"/>
        <source>Restoring %1 into %2 (operation %3)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="200"/>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="201"/>
        <source>The restore into %1 ended %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="205"/>
        <source>Restore done; waiting for %1 to answer Succeeded...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="223"/>
        <source>The standby %1 could not be read after the restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="230"/>
        <source>%1 is ready: RTO %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="235"/>
        <source>The standby %1 did not answer Succeeded within %2 minutes of the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="243"/>
        <source>Reading what %1 and %2 hold...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="269"/>
        <source>The restore worked (RTO %1), but what %2 holds could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="282"/>
        <source>the time of the backup is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="285"/>
        <source>Reading the Activity Log of %1 since the backup...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::SecretStoreProbe</name>
    <message>
        <location filename="../app/core/secrets/SecretStoreProbe.cpp" line="50"/>
        <source>The keychain gave back a different value than was written to it, so it cannot be trusted with secrets. Continue in session-only mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::SecretsManager</name>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="33"/>
        <source>Secrets: OS keychain (not checked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="35"/>
        <source>Secrets: OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="37"/>
        <source>Secrets: session only (forgotten when the app quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="39"/>
        <source>Secrets: keychain unavailable - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="100"/>
        <source>The keychain is unavailable. Retry it, or continue in session-only mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::ServiceListing</name>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="109"/>
        <source>the Resource Graph answer&apos;s data is neither a list of rows nor a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="110"/>
        <source>the Resource Graph answer has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="127"/>
        <source>Resource Graph sent the same page token twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="128"/>
        <source>Resource Graph sent more than %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::Settings</name>
    <message>
        <location filename="../app/core/settings/Settings.cpp" line="61"/>
        <source>Cannot write the settings file %1: check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageCredentialResolver</name>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="42"/>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="48"/>
        <source>No storage service is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="59"/>
        <source>Listing the keys of storage account %1 was refused (%2). Paste an access key for it (in the backup or restore dialog, or with apim-backup-cli storage-key set --account %1), or use a managed identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="90"/>
        <source>The account refuses access keys; using your sign-in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="96"/>
        <source>No access key (%1); using your sign-in instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageError</name>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="22"/>
        <source>The storage account does not allow access keys (Shared Key). Use your sign-in (Microsoft Entra ID) with the Storage Blob Data Reader role, or a managed identity for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="25"/>
        <source>The storage account rejected the credentials (%1). If the access key was rotated, fetch it again; check the computer&apos;s clock; a storage firewall may also block this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="29"/>
        <source>Your account may not read blobs in this storage account. Ask for the Storage Blob Data Reader (or Contributor) role, or use an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="32"/>
        <source>The container does not exist. Create it, or pick another container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="34"/>
        <source>The backup file does not exist (any more). Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="38"/>
        <source>Could not reach the storage account: %1. Check the network, VPN or proxy; a storage firewall may block this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="43"/>
        <source>The storage account did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="46"/>
        <source>Could not get a storage sign-in token: %1. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="49"/>
        <source>The storage account sent an answer that could not be read (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="55"/>
        <source>The storage service refused the request (HTTP %1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="60"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageKeyStore</name>
    <message>
        <location filename="../app/core/secrets/StorageKeyStore.cpp" line="63"/>
        <source>The key for %1 was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageNames</name>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="24"/>
        <source>Enter a container name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="26"/>
        <source>The container name &quot;%1&quot; has %2 characters; use 3 to 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="29"/>
        <source>The container name &quot;%1&quot; contains &quot;%2&quot;; use only lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="33"/>
        <source>The container name &quot;%1&quot; starts with a hyphen; start it with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="35"/>
        <source>The container name &quot;%1&quot; ends with a hyphen; end it with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="37"/>
        <source>The container name &quot;%1&quot; has two hyphens in a row; use single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="44"/>
        <source>Enter a backup (blob) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="46"/>
        <source>The backup name has %1 characters; use at most 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="48"/>
        <source>The backup name &quot;%1&quot; starts with a slash; start it with the first folder or the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="51"/>
        <source>The backup name &quot;%1&quot; ends with &quot;%2&quot;; blob names may not end with a dot or a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="54"/>
        <source>The backup name &quot;%1&quot; contains a backslash; use &quot;/&quot; for folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="57"/>
        <source>The backup name contains a control character; use printable characters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="60"/>
        <source>The backup name has too many &quot;/&quot; folder levels; use fewer than 254.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="64"/>
        <source>The backup name &quot;%1&quot; has two slashes in a row; use single slashes between folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="66"/>
        <source>The backup name &quot;%1&quot; has a &quot;%2&quot; folder; folders named &quot;.&quot; or &quot;..&quot; are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="70"/>
        <source>The backup name &quot;%1&quot; starts or ends with a space; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="77"/>
        <source>Copy key1 or key2 from the storage account&apos;s &quot;Access keys&quot; page: 88 characters of letters, digits, &quot;+&quot; and &quot;/&quot;, ending in &quot;==&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="80"/>
        <source>Enter the storage account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="83"/>
        <source>A storage account key has 88 characters, this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="90"/>
        <source>A storage account key is base64 and has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="97"/>
        <source>This is not a storage account key (64 bytes in base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="104"/>
        <source>Enter a storage account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="106"/>
        <source>The storage account name &quot;%1&quot; has %2 characters; storage account names have 3 to 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="111"/>
        <source>The storage account name &quot;%1&quot; contains &quot;%2&quot;; storage account names have only lowercase letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageService</name>
    <message>
        <location filename="../app/core/storage/StorageService.cpp" line="64"/>
        <source>There is no storage account named &quot;%1&quot; in subscription %2 that you can see. Check the name and the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageService.cpp" line="133"/>
        <source>Azure listed no usable access key for storage account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::TierCompatibility</name>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="24"/>
        <source>The pricing tier of backup %1 is unknown; a restore works only into a service of the same tier (%2 here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="27"/>
        <source>Make sure the backup was taken from a %1 service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="32"/>
        <source>The backup was taken from a %1 service, but %2 is %3; APIM restores only into the same tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="34"/>
        <source>Restore into a %1 service, or change the tier of %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::TrustedCertificateStore</name>
    <message>
        <location filename="../app/core/net/TrustedCertificateStore.cpp" line="52"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificateStore.cpp" line="58"/>
        <source>Cannot save the certificate in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificateStore.cpp" line="70"/>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::TrustedCertificates</name>
    <message>
        <location filename="../app/core/net/TrustedCertificates.cpp" line="62"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificates.cpp" line="73"/>
        <source>%1 holds no certificate: give a PEM file (-----BEGIN CERTIFICATE-----) or a DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificates.cpp" line="106"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::UserCredential</name>
    <message>
        <location filename="../app/core/auth/UserCredential.cpp" line="37"/>
        <source>You are not signed in. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserCredential.cpp" line="55"/>
        <source>signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookFormat</name>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="88"/>
        <source>This is not a webhook URL: it needs to look like https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="90"/>
        <source>A webhook URL with a user name or password in it is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="97"/>
        <source>The webhook on %1 uses http://, which would send the notification (and the webhook&apos;s secret address) unencrypted. Use its https:// URL; plain http is accepted for this machine (localhost) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="102"/>
        <source>A webhook URL starts with https:// (not %1:).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookPayload</name>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="112"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="164"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="113"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="114"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="165"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="115"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="166"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="116"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="167"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/WebhookPayload.cpp" line="130"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="175"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="184"/>
        <source>apim-backup-cli on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookSender</name>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="52"/>
        <source>No network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="111"/>
        <source>the webhook on %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="112"/>
        <source>the webhook on %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="114"/>
        <source>the webhook on %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="116"/>
        <source>the host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="118"/>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="120"/>
        <source>the TLS handshake with %1 failed (certificate not trusted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="122"/>
        <source>no answer from %1 (network error %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookStore</name>
    <message>
        <location filename="../app/core/notify/WebhookStore.cpp" line="36"/>
        <source>&quot;%1&quot; cannot name a webhook: use up to 40 letters, digits, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookStore.cpp" line="143"/>
        <source>No webhook named &quot;%1&quot;: save its URL with &apos;apim-backup-cli notify set %1&apos;, or set %2 in the job&apos;s credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookStore.cpp" line="147"/>
        <source>The URL of webhook &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::AccessTypeWidget</name>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="13"/>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="17"/>
        <source>Storage access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="18"/>
        <source>Storage account access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="20"/>
        <source>Service&apos;s system-assigned managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="21"/>
        <source>Service&apos;s user-assigned managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="23"/>
        <source>User-assigned identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="30"/>
        <source>Storage acc&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="49"/>
        <source>%1 (client ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="77"/>
        <source>The key is read from the storage account when the operation starts and sent to the service only; it is never saved in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="82"/>
        <source>The service&apos;s identity needs the Storage Blob Data Contributor role on the account. Works with storage firewalls that allow trusted Azure services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="84"/>
        <source>This service has no system-assigned identity. Turn it on under Managed identities in the portal, or choose another access type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="89"/>
        <source>This service has no user-assigned identity. Assign one in the portal, or choose another access type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="91"/>
        <source>The chosen identity needs the Storage Blob Data Contributor role on the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::AppController</name>
    <message>
        <location filename="../ui/main/AppController.cpp" line="128"/>
        <source>Cannot use this cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/AppController.cpp" line="176"/>
        <source>The new language applies when APIM Backup restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BackupDialog</name>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="32"/>
        <source>Remember this account and container for the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="33"/>
        <source>Replace the existing backup of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="35"/>
        <source>Cop&amp;y as command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="36"/>
        <source>&amp;Start backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="40"/>
        <source>Back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 × %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="51"/>
        <source>Backup name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="63"/>
        <source>Backup &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="73"/>
        <source>Copy the equivalent az rest command, without the storage key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="168"/>
        <source>Enter a name for the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BackupExclusionsBox</name>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="12"/>
        <source>Usage and analytics data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="12"/>
        <source>Custom domain and CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="12"/>
        <source>Virtual network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="13"/>
        <source>Managed identity configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="13"/>
        <source>Azure Monitor diagnostic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="14"/>
        <source>Protocol and cipher settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="14"/>
        <source>Developer portal content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="18"/>
        <source>Not included in a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="18"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="35"/>
        <source>While the backup runs, do not change the configuration, the tier or the hostnames of the service: changes made during a backup may be missing from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="38"/>
        <source>Configuration changes made to the target service during the restore will be overwritten. Custom hostnames and managed identity configuration are not restored: set them up again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BackupListWidget</name>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="24"/>
        <source>Backups in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="49"/>
        <source>Listing the backups in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="85"/>
        <source>%1
Not an API Management backup: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="86"/>
        <source>%1 (not a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="92"/>
        <source>%1
Expired: API Management does not restore backups older than 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="94"/>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="98"/>
        <source>%1 (from a %2 service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="105"/>
        <source>This container holds no backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BannerWidget</name>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="124"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="127"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="130"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="133"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BatchBackupController</name>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="59"/>
        <source>A batch backup is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/BatchBackupController.cpp" line="208"/>
        <source>Backing up %n service(s), at most %1 at a time</source>
        <translation>
            <numerusform>Backing up %n service, at most %1 at a time</numerusform>
            <numerusform>Backing up %n services, at most %1 at a time</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="216"/>
        <source>Batch backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="223"/>
        <source>Batch backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="223"/>
        <source>Batch backup did not fully succeed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BatchBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="74"/>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="76"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="74"/>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="76"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="76"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="80"/>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="281"/>
        <source>&amp;Start backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="81"/>
        <source>Cancel &amp;pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="82"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="86"/>
        <source>Back up %n service(s)</source>
        <translation>
            <numerusform>Back up %n service</numerusform>
            <numerusform>Back up %n services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="97"/>
        <source>Each service is backed up to the same container, named by the pattern. A service that cannot be backed up is skipped, and the others go on when one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="103"/>
        <source>Naming pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="104"/>
        <source>{service}, {sku}, {resourceGroup}, {subscription}; anything else in braces is a UTC date and time format such as {yyyyMMdd-HHmmss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="110"/>
        <source>&amp;Naming pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="115"/>
        <source>Services of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="116"/>
        <source>Skipped services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="117"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="133"/>
        <source>Skip the services whose backup has not started; started ones run to their end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="281"/>
        <source>&amp;Start %n backup(s)</source>
        <translation>
            <numerusform>&amp;Start %n backup</numerusform>
            <numerusform>&amp;Start %n backups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="295"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="296"/>
        <source>The backups go on; the operations panel follows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="318"/>
        <source>%1 of %2 services finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="351"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="351"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BatchPresenter</name>
    <message numerus="yes">
        <location filename="../ui/models/BatchPresenter.cpp" line="32"/>
        <source>Concerns %n service(s): %1.</source>
        <translation>
            <numerusform>Concerns %n service: %1.</numerusform>
            <numerusform>Concerns %n services: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="45"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="47"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="49"/>
        <source>Running (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="49"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="51"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="53"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="55"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="82"/>
        <source>Batch backup ended, pending ones cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="83"/>
        <source>Batch backup finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="87"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="89"/>
        <source>%1 skipped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::CoreBackupLister</name>
    <message>
        <location filename="../ui/main/CoreBackupLister.cpp" line="23"/>
        <source>Sign in to list backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::DeviceCodePanel</name>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="21"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="22"/>
        <source>&amp;Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="26"/>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="71"/>
        <source>Open %1 on any device, sign in, and enter this code. This window continues by itself once you are done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::DrillDialog</name>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="35"/>
        <source>&amp;Start drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="36"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="41"/>
        <source>Restore drill of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="42"/>
        <source>Restores a backup of %1 (%2) into a standby service of the same tier, measures how long the standby takes to serve again (RTO) and compares it with %1 as it is now. %1 itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="51"/>
        <source>Type the standby service name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="59"/>
        <source>Drill progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="60"/>
        <source>The drill&apos;s steps appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="66"/>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="109"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="70"/>
        <source>S&amp;tandby:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="71"/>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="72"/>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="95"/>
        <source>No other service of the %1 tier is loaded: a drill needs a standby of the same tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="98"/>
        <source>No backup of %1 was found in its backup locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="112"/>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="114"/>
        <source>%1 (changed since it was made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="138"/>
        <source>The configuration of %1 will be replaced by the backup&apos;s. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="140"/>
        <source>Choose a standby service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="188"/>
        <source>Starting the drill into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="196"/>
        <source>Not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="203"/>
        <source>Drill not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="209"/>
        <source>Drill ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::DrillResultWidget</name>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="24"/>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="32"/>
        <source>Differences between the standby and the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="35"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="35"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="58"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="62"/>
        <source>Drill succeeded. RTO %1: %2 holds what %3 holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="66"/>
        <source>Drill ended with %n difference(s), %1 not explained. RTO %2.</source>
        <translation>
            <numerusform>Drill ended with %n difference, %1 not explained. RTO %2.</numerusform>
            <numerusform>Drill ended with %n differences, %1 not explained. RTO %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="25"/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="72"/>
        <source>Drill failed (RTO %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="75"/>
        <source>The drill did not end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="95"/>
        <source>Export the drill as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="95"/>
        <source>Export the drill as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="96"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="96"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="102"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="102"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::FindingsWidget</name>
    <message>
        <location filename="../ui/widgets/FindingsWidget.cpp" line="15"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FindingsWidget.cpp" line="16"/>
        <source>Checks passed: nothing found that would stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FindingsWidget.cpp" line="19"/>
        <source>Checks before starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::HistoryWidget</name>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="30"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="34"/>
        <source>Filter by service, storage account, backup name or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="35"/>
        <source>Filter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="37"/>
        <source>Clear the history filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="40"/>
        <source>Sh&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="43"/>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="44"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="45"/>
        <source>Restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="46"/>
        <source>Failed or canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="47"/>
        <source>Backups with changes while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="72"/>
        <source>Operation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="107"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="116"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="116"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::InventoryTreeAdapter</name>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="81"/>
        <source>Loading subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="116"/>
        <source>This account sees no subscriptions. Check that it has at least Reader access, or switch to another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="120"/>
        <source>No subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="139"/>
        <source>Subscription is %1: its services are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="145"/>
        <source>Loading API Management services in %n subscription(s)…</source>
        <translation>
            <numerusform>Loading API Management services in %n subscription…</numerusform>
            <numerusform>Loading API Management services in %n subscriptions…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="151"/>
        <source>Could not list subscriptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="153"/>
        <source>Could not list subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="208"/>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="239"/>
        <source>Could not list services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="224"/>
        <source>%1 of %n API Management service(s)</source>
        <comment>shown of all, when a filter hides some</comment>
        <translation>
            <numerusform>%1 of %n API Management service</numerusform>
            <numerusform>%1 of %n API Management services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="225"/>
        <source>%n API Management service(s)</source>
        <translation>
            <numerusform>%n API Management service</numerusform>
            <numerusform>%n API Management services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="227"/>
        <source>; %n subscription(s) could not be listed</source>
        <translation>
            <numerusform>; %n subscription could not be listed</numerusform>
            <numerusform>; %n subscriptions could not be listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="229"/>
        <source> (listed per subscription: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="243"/>
        <source>Could not list services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="65"/>
        <source>APIM Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="101"/>
        <location filename="../ui/main/MainWindow.cpp" line="106"/>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="103"/>
        <source>Sign in, or sign in again with another account or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="110"/>
        <source>Switch &amp;directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="112"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="115"/>
        <source>Reload tenants, subscriptions and services (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="116"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="119"/>
        <source>Back up the selected service (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="120"/>
        <location filename="../ui/main/MainWindow.cpp" line="530"/>
        <source>Back up selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="124"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="127"/>
        <source>Restore a backup into the selected service (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="128"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="134"/>
        <source>&amp;Find service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="137"/>
        <source>Copy resource &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="139"/>
        <source>Open in Azure &amp;portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="141"/>
        <source>S&amp;ervices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="144"/>
        <source>Re&amp;covery readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="147"/>
        <source>Can each service be recovered now, to what point, how fast? (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="148"/>
        <source>Sc&amp;hedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="151"/>
        <source>The backups that run unattended on this computer (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="195"/>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="202"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="211"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="222"/>
        <source>More toolbar actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="245"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="247"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="252"/>
        <source>&amp;Retry keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="254"/>
        <source>Use &amp;session-only mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="294"/>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <location filename="../ui/main/MainWindow.cpp" line="365"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="305"/>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="334"/>
        <source>The OS keychain cannot be used, so nothing can be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="429"/>
        <source>Sign in to see your API Management services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="472"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="530"/>
        <source>Back up selected (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="532"/>
        <source>Back up the selected services, or every service of the selected subscriptions (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="560"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="570"/>
        <source>Could not open a browser; the address is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::NetworkSettingsWidget</name>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="23"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="32"/>
        <source>System proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="33"/>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="34"/>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="35"/>
        <source>System: HTTPS_PROXY and NO_PROXY on Linux, the system settings on Windows and macOS. Loopback addresses never go through a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="38"/>
        <source>http://proxy.example.com:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="40"/>
        <source>Only if the proxy asks for a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="43"/>
        <source>Kept in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="44"/>
        <source>&amp;Trusted certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="48"/>
        <source>P&amp;roxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="50"/>
        <source>Proxy &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="51"/>
        <source>Proxy pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="83"/>
        <source>Proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="87"/>
        <source>Proxy: a password needs the proxy user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="114"/>
        <source>Proxy password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="115"/>
        <source>The proxy password is used until the app closes, but the keychain did not keep it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::OperationsController</name>
    <message numerus="yes">
        <location filename="../ui/main/OperationsController.cpp" line="117"/>
        <source>Following %n operation(s) started before the restart</source>
        <translation>
            <numerusform>Following %n operation started before the restart</numerusform>
            <numerusform>Following %n operations started before the restart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="144"/>
        <source>Backup of %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="144"/>
        <source>Restore of %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="145"/>
        <source>Backup of %1 did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="145"/>
        <source>Restore of %1 did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="148"/>
        <source>Backup of %1 may be missing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="187"/>
        <source>Backup not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="187"/>
        <source>Restore not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="209"/>
        <source>Operation running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="210"/>
        <source>An operation is already running on %1. Wait for it to end before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="262"/>
        <source>Checking %1 before the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="271"/>
        <source>Back up %1 now to %2/%3 as %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="276"/>
        <source>Do not change the configuration, tier or hostnames of the service until the backup ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="278"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="278"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="355"/>
        <source>Copied the az rest command (the storage key is looked up by the command itself)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::OperationsDock</name>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="27"/>
        <location filename="../ui/widgets/OperationsDock.cpp" line="37"/>
        <location filename="../ui/widgets/OperationsDock.cpp" line="76"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="33"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="45"/>
        <source>Running and recent operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="55"/>
        <source>Operation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="56"/>
        <source>Select an operation to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="77"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::OperationsModel</name>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="105"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="105"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="122"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="124"/>
        <source>Running (resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="124"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/OperationsModel.cpp" line="128"/>
        <source>Succeeded, %n change(s) while running</source>
        <translation>
            <numerusform>Succeeded, %n change while running</numerusform>
            <numerusform>Succeeded, %n changes while running</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="129"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="131"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="131"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="133"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="135"/>
        <source>Unknown: check the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="185"/>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="186"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="115"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="110"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="230"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="232"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="234"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="236"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="238"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="240"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="242"/>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ReadinessModel</name>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="176"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="178"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="180"/>
        <source>Last good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="182"/>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="184"/>
        <source>Last drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="186"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RecoveryController</name>
    <message>
        <location filename="../ui/main/RecoveryController.cpp" line="124"/>
        <source>Sign in to see whether your services can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecoveryController.cpp" line="131"/>
        <source>No API Management services are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecoveryController.cpp" line="279"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RecoveryView</name>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="31"/>
        <source>Sign in to see whether your services can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="35"/>
        <source>Needs &amp;attention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="39"/>
        <source>Read every backup location again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="37"/>
        <source>R&amp;eload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="40"/>
        <source>Ver&amp;ify backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="42"/>
        <source>Check that the backups this tool made are still there and unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="58"/>
        <source>Recovery readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="102"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="122"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="104"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="125"/>
        <source>Run &amp;drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="106"/>
        <source>Restore a backup into a standby service of the same tier and measure the recovery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="107"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="128"/>
        <source>Set target &amp;RPO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="109"/>
        <source>How old the newest backup of this service may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="135"/>
        <source>Back up the selected service to its remembered location (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="160"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="173"/>
        <source>%1 (reading backups…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="172"/>
        <source>Reading every backup location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="189"/>
        <source>Attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="199"/>
        <source>Checking the backups this tool made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="234"/>
        <source>Select a service to see why it is in its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="237"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="240"/>
        <source>Drills: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="42"/>
        <source>Cop&amp;y as command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="43"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="48"/>
        <source>Restore into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="52"/>
        <source>Target service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="55"/>
        <source>This service: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="56"/>
        <source>%1 (%2, %3, resource group %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="62"/>
        <source>Type the target service name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="71"/>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="73"/>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="86"/>
        <source>&lt;b&gt;Source&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="87"/>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="191"/>
        <source>Could not list the backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="202"/>
        <source>To confirm, type the name of the service the backup will overwrite: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RpoTargetDialog</name>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="34"/>
        <source>Target RPO of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="35"/>
        <source>How old may the newest backup be before %1 counts as breached? A backup older than 80 % of the target is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="40"/>
        <source>For this &amp;service only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="42"/>
        <source>For every service of its s&amp;ubscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="50"/>
        <source>e.g. 12h, 2d, 1w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="52"/>
        <source>Use the &amp;default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="60"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="102"/>
        <source>The target must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ScheduleDialog</name>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="44"/>
        <source>Edit schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="44"/>
        <source>New schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="49"/>
        <source>systemd user timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="50"/>
        <source>crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="51"/>
        <source>Windows Task Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="67"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="67"/>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="98"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="102"/>
        <source>Names the timer, crontab block and files: letters, digits, dots, hyphens, underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="105"/>
        <source>One resource id per line, backed up in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="113"/>
        <source>Optional: the prune searches every subscription without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="116"/>
        <source>Default (storage account key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="117"/>
        <source>Storage account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="118"/>
        <source>System-assigned managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="119"/>
        <source>User-assigned managed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="122"/>
        <source>Client id of the user-assigned identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="123"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="124"/>
        <source>Ser&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="125"/>
        <source>Storage &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="126"/>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="127"/>
        <source>Storage s&amp;ubscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="128"/>
        <source>Access t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="129"/>
        <source>&amp;Identity client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="135"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="139"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="140"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="141"/>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="147"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="148"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="148"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="149"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="149"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="150"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="150"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="155"/>
        <source>minute hour day month weekday, e.g. 30 2 * * 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="156"/>
        <source>After the backups, &amp;delete old ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="160"/>
        <source>e.g. 30d; empty: the expired ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="164"/>
        <source>Default (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="165"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="166"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="167"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="168"/>
        <source>Cron e&amp;xpression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="170"/>
        <source>Delete &amp;older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="171"/>
        <source>&amp;Keep at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="177"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="181"/>
        <source>Service principal from a credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="182"/>
        <source>The sign-in saved by the command-line tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="183"/>
        <source>A credentials file suits servers: you fill in the secret, readable only by you. The saved sign-in needs an unlocked keychain when the job runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="187"/>
        <source>When a backup fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="188"/>
        <source>After every backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="189"/>
        <source>Save &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="191"/>
        <source>Keep the webhook&apos;s URL in the keychain: it is a secret, so no job file holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="197"/>
        <source>Optional command run when the job fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="198"/>
        <source>Sc&amp;heduler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="199"/>
        <source>Si&amp;gn-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="200"/>
        <source>Notify &amp;webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="205"/>
        <source>Notify webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="206"/>
        <source>N&amp;otify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="207"/>
        <source>On &amp;failure run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="298"/>
        <source>Name at least one service (its resource id), the storage account and the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="300"/>
        <source>No scheduler was found on this computer: install systemd or cron, or use the command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ScheduleTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/ScheduleTableModel.cpp" line="48"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="54"/>
        <source>Never ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="60"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="63"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="66"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="69"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="72"/>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="129"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="75"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="84"/>
        <source>Installed by an older version: it can be deleted and created again here, not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="86"/>
        <source>Its description cannot be read: delete it and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="96"/>
        <source>systemd timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="98"/>
        <source>crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="100"/>
        <source>Windows task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="119"/>
        <source>%1 (drill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="126"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="127"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="182"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="184"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="186"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="188"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="190"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="192"/>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SchedulesController</name>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="127"/>
        <source>Neither systemd nor cron was found on this computer: schedules cannot be installed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="195"/>
        <source>Cannot edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="197"/>
        <source>%1

Delete it and create it again with New….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="198"/>
        <source>It was installed by an older version, which did not keep its settings in it. Delete it and create it again with New….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="234"/>
        <source>Replace %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="235"/>
        <source>A schedule named %1 is installed already. Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="236"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="253"/>
        <source>Installed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="261"/>
        <source>Delete the schedule %1? It stops running and its files are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="263"/>
        <source>Its credentials file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="264"/>
        <source>Delete schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="264"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="276"/>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="289"/>
        <source>The schedule was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="311"/>
        <location filename="../ui/main/SchedulesController.cpp" line="316"/>
        <source>Cannot run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="312"/>
        <source>What this schedule runs cannot be told from its files. Delete it and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="317"/>
        <source>%1 could not be started. Check that it is installed, or run the job yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="322"/>
        <source>Started %1. Its result shows under Last result once the backups end: choose Reload then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="336"/>
        <source>The keychain is not available here: save the URL with &apos;apim-backup-cli notify set %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="339"/>
        <source>Webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="340"/>
        <source>The incoming webhook&apos;s URL (Microsoft Teams, Slack or any HTTPS address). It is kept in the keychain; the job&apos;s files only name it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SchedulesView</name>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="26"/>
        <source>Backups that run unattended on this computer, through the command-line tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="36"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="47"/>
        <source>No schedules are installed on this computer.

Choose New… to back up services unattended: every day, every week or on a cron schedule. Select the services in the Services page first to have them filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="88"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="90"/>
        <source>Schedule backups of services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="91"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="93"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="95"/>
        <source>Disable the schedule and delete its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="96"/>
        <source>R&amp;un now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="98"/>
        <source>Start the job now, as the scheduler would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="99"/>
        <location filename="../ui/widgets/SchedulesView.cpp" line="142"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="101"/>
        <source>Read the installed schedules again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="142"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="180"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="182"/>
        <source>Change the selected schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SecretsStatusButton</name>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="14"/>
        <source>Where secrets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="21"/>
        <source>&amp;Retry the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="23"/>
        <source>Continue in &amp;session-only mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="38"/>
        <source>Secrets: checking keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="39"/>
        <source>Checking whether the OS keychain can be used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="44"/>
        <source>Secrets: OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="45"/>
        <source>Sign-ins and keys are kept in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="50"/>
        <source>Secrets: Session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="51"/>
        <source>You chose to keep secrets in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="52"/>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="60"/>
        <source>The OS keychain cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="53"/>
        <source>Secrets are kept in memory only and forgotten when the app closes; you will sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="59"/>
        <source>Secrets: keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="61"/>
        <source>Nothing can be remembered until the keychain works again or you choose session-only mode.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ServiceBrowser</name>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="23"/>
        <source>Find a service by name, resource group, region or tier (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="24"/>
        <source>Find service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="31"/>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="34"/>
        <source>Tenants, subscriptions and services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ServiceDetailsPane</name>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="23"/>
        <source>Service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="25"/>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="140"/>
        <source>Select an API Management service to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="80"/>
        <source>Tier and capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="81"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="82"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="83"/>
        <source>Managed identities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="84"/>
        <source>Platform version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="85"/>
        <source>Backup and restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="86"/>
        <source>Latest backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="87"/>
        <source>Expired backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="96"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="98"/>
        <source>Back up this service (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="99"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="101"/>
        <source>Restore a backup into this service (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="151"/>
        <source>Resource group %1 · subscription %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="152"/>
        <source>%1, %n unit(s)</source>
        <translation>
            <numerusform>%1, %n unit</numerusform>
            <numerusform>%1, %n units</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="158"/>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="206"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="159"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="160"/>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="160"/>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="164"/>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="177"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="181"/>
        <source>Looking in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="185"/>
        <source>No default backup location for this subscription yet: back up once and the account and container you choose are remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="187"/>
        <source>Not known: there is no default backup location to look in. Back up once with &quot;Remember this account and container&quot; ticked to set one; Settings lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="191"/>
        <source>Could not list the backups in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="199"/>
        <source>%1, %2 (%3) in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="203"/>
        <source>No usable backup in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="207"/>
        <source>%n backup(s) older than 30 days can no longer be restored; delete them from the container to save storage.</source>
        <translation>
            <numerusform>%n backup older than 30 days can no longer be restored; delete them from the container to save storage.</numerusform>
            <numerusform>%n backups older than 30 days can no longer be restored; delete them from the container to save storage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ServiceTreeModel</name>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="27"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="130"/>
        <source>Default directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="198"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="272"/>
        <source>No API Management services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="420"/>
        <source>Subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="422"/>
        <source>Directory (tenant) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="436"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="438"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="440"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="442"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="444"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SessionController</name>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="73"/>
        <source>Your last session could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="83"/>
        <source>Finish signing in in your browser. If no browser opened, open this address: &lt;a href=&quot;%1&quot;&gt;sign-in page&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="90"/>
        <source>Your sign-in has expired: %1 Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="91"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="187"/>
        <source>Asking for a device code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="187"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="224"/>
        <source>Sign-in failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="228"/>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="235"/>
        <source>Signed out, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="236"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="258"/>
        <source>Switch directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="258"/>
        <source>Directory (tenant) to switch to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="46"/>
        <source>Show a desktop notification when a backup or restore ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="51"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="112"/>
        <source>Custom (az cloud show file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="114"/>
        <source>Path of the custom cloud&apos;s JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="116"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="117"/>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="118"/>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="119"/>
        <source>Azure CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="121"/>
        <source>{service}, {sku}, {resourceGroup}, {subscription}; anything else in braces is a UTC date and time format such as {yyyyMMdd-HHmmss}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="129"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="129"/>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="129"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="138"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="143"/>
        <source>OS keychain (remembered across restarts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="144"/>
        <source>Session only (forgotten when the app closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="55"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="57"/>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="59"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="61"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="63"/>
        <source>&amp;Naming pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="65"/>
        <source>&amp;Parallel backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="66"/>
        <source>Forget selected default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="68"/>
        <source>Default location per subscription (used by Back up now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="72"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="75"/>
        <source>A new language applies when the app restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="77"/>
        <source>&amp;Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="81"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="82"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="126"/>
        <source>When several services are backed up at once: how many run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="188"/>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="213"/>
        <source>Naming pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="218"/>
        <source>Custom cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="227"/>
        <source>Default location of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="32"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="37"/>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="41"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="44"/>
        <source>Sign in to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="109"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="110"/>
        <source>Azure (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="111"/>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="112"/>
        <source>Azure China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="113"/>
        <source>Custom cloud from an `az cloud show` file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="115"/>
        <source>Custom cloud file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="116"/>
        <source>Path of the JSON that `az cloud show` prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="120"/>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="121"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="122"/>
        <source>Device code (for machines without a browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="123"/>
        <source>Service principal (client secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="124"/>
        <source>Azure CLI (use `az login`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="126"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="128"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="130"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="52"/>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="54"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="55"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="56"/>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="67"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="187"/>
        <source>Choose the JSON file of the custom cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="195"/>
        <source>A service principal signs in to one tenant: enter its tenant ID or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="202"/>
        <source>Enter the application (client) ID of the service principal, a GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="204"/>
        <source>Enter the client secret of the service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="206"/>
        <source>The client ID is a GUID; leave it empty to use the Azure CLI&apos;s public client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="223"/>
        <source>Required: tenant ID or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="223"/>
        <source>Optional: organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="225"/>
        <source>Required: application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="225"/>
        <source>Optional: the Azure CLI&apos;s public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="228"/>
        <source>Your browser opens the Microsoft sign-in page; come back here when it says you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="232"/>
        <source>You get a code to enter on any device with a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="235"/>
        <source>The secret is kept in the OS keychain (or in memory only in session-only mode), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="239"/>
        <source>Uses the account you signed in with `az login`; the Azure CLI must be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="254"/>
        <source>Custom cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="254"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::StorageTargetWidget</name>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="25"/>
        <source>New container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="26"/>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="260"/>
        <source>Use a pasted key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="27"/>
        <source>Forget pasted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="32"/>
        <source>Subscription of the storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="33"/>
        <source>A central backup storage account may live in another subscription of the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="35"/>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="44"/>
        <source>Storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="42"/>
        <source>Type to search storage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="46"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="51"/>
        <source>For an account whose keys you may not list: paste key1 or key2 from its &quot;Access keys&quot; page. It is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="74"/>
        <source>Storage s&amp;ubscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="76"/>
        <source>Storage &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="78"/>
        <source>&amp;Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="114"/>
        <source>%1 (the service&apos;s subscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="190"/>
        <source>Sign in to list storage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="193"/>
        <source>Loading storage accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="201"/>
        <source>Could not list storage accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="205"/>
        <source>This subscription has no storage accounts. Choose another subscription, or create an account in the Azure portal (in the same region as the service if you can) and reopen this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="347"/>
        <source>Access key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="348"/>
        <source>Paste key1 or key2 of the storage account %1 (Azure portal: the account&apos;s &quot;Access keys&quot; page). It is saved in the keychain (or kept for this session when secrets are session-only) and used instead of asking Azure for the account&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="354"/>
        <source>Saving the access key for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="360"/>
        <source>The access key for %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="379"/>
        <source>The pasted key for %1 could not be forgotten: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="218"/>
        <source>%1 · %2 · resource group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="260"/>
        <source>Replace pasted key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="263"/>
        <source>Using the access key you pasted for %1 (not asking Azure for the account&apos;s keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="292"/>
        <source>Could not list the containers of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="295"/>
        <source>%1 has no containers yet: create one with New container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="317"/>
        <source>New container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="318"/>
        <source>Name of the new container in %1 (lowercase letters, digits and hyphens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="329"/>
        <source>Creating container %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="334"/>
        <source>Could not create container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Apim::Ui::TrayNotifier</name>
    <message>
        <location filename="../ui/support/TrayNotifier.cpp" line="21"/>
        <location filename="../ui/support/TrayNotifier.cpp" line="63"/>
        <source>APIM Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/TrayNotifier.cpp" line="50"/>
        <source>APIM Backup: %n operation(s) need your attention</source>
        <translation>
            <numerusform>APIM Backup: %n operation needs your attention</numerusform>
            <numerusform>APIM Backup: %n operations need your attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Ui::TrustedCertificatesDialog</name>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="27"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="31"/>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="33"/>
        <source>Certificate authorities trusted in addition to the system&apos;s, for example your organisation&apos;s CA when its proxy inspects TLS traffic. Certificates are always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="49"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="55"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="65"/>
        <source>Import a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="66"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="105"/>
        <source>Certificate not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="109"/>
        <source>%1 holds no certificate that is not trusted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="110"/>
        <source>Imported %n certificate(s) from %1.</source>
        <translation>
            <numerusform>Imported %n certificate from %1.</numerusform>
            <numerusform>Imported %n certificates from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="124"/>
        <source>Remove trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="125"/>
        <source>Stop trusting %1? Connections whose certificates it issued will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="125"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="129"/>
        <source>Certificate not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="132"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureTerms</name>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="13"/>
        <source>Australia Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="14"/>
        <source>Australia Central 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="15"/>
        <source>Australia East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="16"/>
        <source>Australia Southeast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="17"/>
        <source>Brazil South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="18"/>
        <source>Brazil Southeast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="19"/>
        <source>Canada Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="20"/>
        <source>Canada East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="21"/>
        <source>Central India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="22"/>
        <source>Central US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="23"/>
        <source>East Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="24"/>
        <source>East US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="25"/>
        <source>East US 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="26"/>
        <source>France Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="27"/>
        <source>France South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="28"/>
        <source>Germany North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="29"/>
        <source>Germany West Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="30"/>
        <source>Israel Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="31"/>
        <source>Italy North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="32"/>
        <source>Japan East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="33"/>
        <source>Japan West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="34"/>
        <source>Jio India Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="35"/>
        <source>Jio India West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="36"/>
        <source>Korea Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="37"/>
        <source>Korea South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="38"/>
        <source>Mexico Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="39"/>
        <source>New Zealand North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="40"/>
        <source>North Central US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="41"/>
        <source>North Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="42"/>
        <source>Norway East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="43"/>
        <source>Norway West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="44"/>
        <source>Poland Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="45"/>
        <source>Qatar Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="46"/>
        <source>South Africa North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="47"/>
        <source>South Africa West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="48"/>
        <source>South Central US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="49"/>
        <source>Southeast Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="50"/>
        <source>South India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="51"/>
        <source>Spain Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="52"/>
        <source>Sweden Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="53"/>
        <source>Switzerland North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="54"/>
        <source>Switzerland West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="55"/>
        <source>UAE Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="56"/>
        <source>UAE North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="57"/>
        <source>UK South</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="58"/>
        <source>UK West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="59"/>
        <source>West Central US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="60"/>
        <source>West Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="61"/>
        <source>West India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="62"/>
        <source>West US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="63"/>
        <source>West US 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="64"/>
        <source>West US 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="65"/>
        <source>USGov Arizona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="66"/>
        <source>USGov Texas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="67"/>
        <source>USGov Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="68"/>
        <source>China East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="69"/>
        <source>China East 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="70"/>
        <source>China East 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="71"/>
        <source>China North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="72"/>
        <source>China North 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="73"/>
        <source>China North 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="78"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="79"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="80"/>
        <location filename="../ui/support/AzureTerms.cpp" line="81"/>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="82"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="83"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="84"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="85"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="86"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="87"/>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="88"/>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="89"/>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="90"/>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="91"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="92"/>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="93"/>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="94"/>
        <source>Transient failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="95"/>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="96"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="97"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="132"/>
        <source>%1 (%2)</source>
        <comment>a region or state as shown, then as Azure writes it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="164"/>
        <source>the cloud definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="174"/>
        <source>%1 is not valid JSON (%2 at offset %3). Save the output of &apos;az cloud show&apos; to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="178"/>
        <source>%1 must be a JSON object in the shape that &apos;az cloud show&apos; prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="183"/>
        <source>%1 has no &quot;endpoints&quot; object. Save the output of &apos;az cloud show&apos; to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="127"/>
        <source>%1: %2 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="132"/>
        <source>%1 lacks %2, which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="137"/>
        <source>%1: %2 is not an absolute URL: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="144"/>
        <source>%1: %2 uses plain http:// for &quot;%3&quot;. Only https:// is allowed, except for loopback addresses (127.0.0.1, ::1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="151"/>
        <source>%1: %2 must be an https:// URL, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="155"/>
        <source>%1: %2 must not carry a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="201"/>
        <source>%1 lacks endpoints.activeDirectoryResourceId (e.g. &quot;https://management.core.windows.net/&quot;), which names the ARM token audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="206"/>
        <source>%1: endpoints.activeDirectoryResourceId is not a valid URI: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="211"/>
        <source>%1: &quot;suffixes&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="218"/>
        <source>%1: suffixes.storageEndpoint must be a DNS suffix such as &quot;core.windows.net&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="224"/>
        <source>%1: &quot;name&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="229"/>
        <source>%1: the cloud name must not contain &apos;/&apos;: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="238"/>
        <source>Cannot read the cloud file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="256"/>
        <source>Unknown cloud &quot;%1&quot;. Use one of %2, or the path of a JSON file saved from &apos;az cloud show&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../ui/models/CsvExporter.cpp" line="57"/>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CsvExporter.cpp" line="63"/>
        <source>Could not save %1: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentCredential</name>
    <message>
        <location filename="../app/core/auth/EnvironmentCredential.cpp" line="25"/>
        <source>%1 is not set. Sign-in from the environment needs AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, as the Azure SDKs read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EnvironmentCredential.cpp" line="28"/>
        <source>%1 are not set. Sign-in from the environment needs AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, as the Azure SDKs read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/auth/EnvironmentCredential.cpp" line="33"/>
        <source>Certificate sign-in (AZURE_CLIENT_CERTIFICATE_PATH) is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="12"/>
        <source>unknown age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="15"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/Formatting.cpp" line="17"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/Formatting.cpp" line="19"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/Formatting.cpp" line="20"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="28"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="30"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="31"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="42"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="44"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="46"/>
        <source>Updating: another operation is changing the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="48"/>
        <source>Failed: the last change to the service did not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationDetailsFormatter</name>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="35"/>
        <source>A backup of this service is running. Configuration changes made now (APIs, policies, products, the developer portal) may be missing from the backup. Do not change the tier, scale or hostnames until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="39"/>
        <source>A restore into this service is running. Configuration changes made now will be overwritten by the restore. Do not change the tier, scale or hostnames until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="45"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="45"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="50"/>
        <source>The backup of %1 may be missing changes: the configuration changed while it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="53"/>
        <source>Saved as %1 in %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="55"/>
        <source>Back up again once nobody is changing the service, so that a backup holds these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="59"/>
        <source>Backup of %1 succeeded: %2 in %3/%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="65"/>
        <source>Restore of %1 into %2 succeeded. Custom hostnames and managed identity configuration were not restored: check them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="69"/>
        <source>%1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="73"/>
        <source>%1 of %2 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="75"/>
        <source>The outcome of the %1 of %2 is unknown: check the service&apos;s state in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="78"/>
        <source>%1 of %2 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="85"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="86"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="87"/>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="89"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="90"/>
        <source>Backup name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="91"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="92"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="23"/>
        <source>Service state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="22"/>
        <source>Service state before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="26"/>
        <source>%1 (read %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="95"/>
        <source>Request IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="99"/>
        <source>Error as the service reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="103"/>
        <source>Configuration changes made while the backup ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="112"/>
        <source>Operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="112"/>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="113"/>
        <source>Storage: %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="114"/>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="115"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="117"/>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="119"/>
        <source>Request IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="121"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="123"/>
        <source>Changes during the backup:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationPresenter</name>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="50"/>
        <source>Could not read the Activity Log to check for changes made during the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="55"/>
        <source>No configuration changes were made while the backup ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/OperationPresenter.cpp" line="56"/>
        <source>%n configuration change(s) were made while the backup ran and may be missing from it:</source>
        <translation>
            <numerusform>%n configuration change was made while the backup ran and may be missing from it:</numerusform>
            <numerusform>%n configuration changes were made while the backup ran and may be missing from it:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="61"/>
        <source>• %1 %2 on %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="63"/>
        <source>unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="86"/>
        <source>start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="88"/>
        <source>correlation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="90"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPresenter</name>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="40"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="45"/>
        <source>%1, did not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="47"/>
        <source>%1, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ReadinessPresenter.cpp" line="49"/>
        <source>%1, RTO %2, %n difference(s)</source>
        <translation>
            <numerusform>%1, RTO %2, %n difference</numerusform>
            <numerusform>%1, RTO %2, %n differences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="54"/>
        <source>%1, RTO %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="62"/>
        <source>RTO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="68"/>
        <source>%1 (previous %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="75"/>
        <source>set for this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="77"/>
        <source>set for its subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="81"/>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="90"/>
        <source>Last good backup: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="92"/>
        <source>Target RPO: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="96"/>
        <source>Drills: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="106"/>
        <source>&quot;%1&quot; is not an age: write a number of days, hours or weeks, e.g. 30d, 720h or 4w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="118"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="120"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="122"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="123"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="175"/>
        <source>kept: it names its service only as &quot;%1&quot;, and more than one service of that name could be meant (%2); whose backup it is cannot be told, so it is never deleted. Delete it by hand if it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="133"/>
        <source>kept: its creation time is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="80"/>
        <source>it is empty (0 bytes); an API Management backup never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="82"/>
        <source>it is a text file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="84"/>
        <source>no service in its metadata, and its name does not follow {service}-{yyyyMMdd-HHmmss}.apimbackup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="142"/>
        <source>kept: not older than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="143"/>
        <source>kept: still restorable (expires in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="146"/>
        <source>kept: the newest restorable backup of this service (--keep-last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/Retention.cpp" line="147"/>
        <source>kept: one of the %n newest restorable backups of this service (--keep-last)</source>
        <translation>
            <numerusform>kept: one of the %n newest restorable backups of this service (--keep-last)</numerusform>
            <numerusform>kept: one of the %n newest restorable backups of this service (--keep-last)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="151"/>
        <source>expired: older than 30 days, APIM will not restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="152"/>
        <source>older than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="160"/>
        <source>kept: the last backup of this service (--keep-last 0 would delete it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="229"/>
        <source>kept: not recognised as a backup (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTemplate</name>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="28"/>
        <source>&quot;%1&quot; in the cron expression has no systemd equivalent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="39"/>
        <source>&quot;%1&quot; in the cron expression is out of range (%2-%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="44"/>
        <source>&quot;%1&quot; in the cron expression is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="46"/>
        <source>&quot;%1&quot;: a range with a step has no systemd equivalent; list the values instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="93"/>
        <source>&quot;%1&quot; is not a day of the week (0-7 or sun-sat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="78"/>
        <source>--notify-on goes with --notify NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="80"/>
        <source>--notify takes the name of a saved webhook, not its URL: an installed job&apos;s files are no place for it. Save the URL with &apos;apim-backup-cli notify set NAME&apos; and pass --notify NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="85"/>
        <source>--notify goes with backup jobs; a drill job reports through its exit code and --on-failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="87"/>
        <source>--notify-on takes failure or always, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="96"/>
        <source>A backup to restore goes with a drill: add --standby RESOURCE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="98"/>
        <source>A drill restores a backup of one service: give exactly one --service, the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="100"/>
        <source>&quot;%1&quot; is not the resource id of an API Management service to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="102"/>
        <source>The standby is the source itself: a drill would overwrite it. Pick another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="104"/>
        <source>Name the backup the drill restores with --backup BLOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="112"/>
        <source>&quot;%1&quot; cannot name the job: use up to 64 letters, digits, dots, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="114"/>
        <source>The path of apim-backup-cli is unknown: give it with --program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="116"/>
        <source>The job needs the absolute path of apim-backup-cli, not &quot;%1&quot;: schedulers do not search PATH the way your shell does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="120"/>
        <source>Name at least one service to back up with --service RESOURCE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="123"/>
        <source>&apos;apim-backup-cli services&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="127"/>
        <source>A service is listed twice: each --service once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="135"/>
        <source>Unknown access type &quot;%1&quot;: use key, system-identity or user-identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="137"/>
        <source>A user-assigned identity needs its client id: add --identity-client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="141"/>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="107"/>
        <source>The time of day is not valid: write it as HH:MM, e.g. 02:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="153"/>
        <source>&quot;%1&quot; is not a day of the week: use sun, mon, tue, wed, thu, fri or sat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="145"/>
        <source>The credentials file needs an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="159"/>
        <source>A value contains a line break, which no scheduler file can hold: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="166"/>
        <source>&quot;%1&quot; is not a tenant id or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="168"/>
        <source>&quot;%1&quot; is not a client id (a GUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="19"/>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="128"/>
        <source>&quot;%1&quot; is neither daily, weekly nor a cron expression of five fields (minute hour day-of-month month day-of-week), e.g. &quot;30 2 * * 1-5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="113"/>
        <source>A cron expression with both a day of the month and a day of the week means &quot;either&quot; to cron but &quot;both&quot; to systemd: use one of them, or --format cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="217"/>
        <source>Windows Task Scheduler takes daily or weekly here, not a cron expression: use --every daily or weekly with --at HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="18"/>
        <source>Restores the backup %1/%2/%3 of %4 into the standby %5 and compares them (a restore drill); it fails when the drill fails or finds differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/schedule/ScheduleText.cpp" line="23"/>
        <source>Backs up %n API Management service(s) to %1/%2, one after the other</source>
        <translation>
            <numerusform>Backs up %n API Management service to %1/%2, one after the other</numerusform>
            <numerusform>Backs up %n API Management services to %1/%2, one after the other</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="27"/>
        <source>, then deletes their expired backups (older than 30 days; the newest is always kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="28"/>
        <source>, then deletes their backups older than %1 (the newest is always kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="48"/>
        <source>Generated by &apos;apim-backup-cli schedule&apos; on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="49"/>
        <source>Generated by &apos;apim-backup-cli schedule&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="23"/>
        <source>Credentials of the scheduled APIM Backup job &quot;%1&quot; (apim-backup-cli --auth env).
apim-backup-cli created this file WITHOUT any secret. Fill in a service principal
(app registration) that may back up the services (API Management Service
Contributor) and list the storage account&apos;s keys, or that has Storage Blob Data
Contributor on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="31"/>
        <source>Only you may read this file. Remove inherited access with:
  icacls &quot;%LOCALAPPDATA%\apim-backup\%1.env.cmd&quot; /inheritance:r /grant:r &quot;%USERNAME%:F&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="38"/>
        <source>A Workflows URL holds %: write each % as %% here, or cmd.exe will eat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="43"/>
        <source>Keep it private: mode 0600 (chmod 600 %1). Put a value in single quotes
if it contains spaces, $ or quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="50"/>
        <source>Put it in single quotes: a Workflows URL holds &amp; and %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="60"/>
        <source>The URL of webhook &quot;%1&quot;, which the job notifies (--notify %1). Leave it empty to
use the one saved in the keychain with &apos;apim-backup-cli notify set %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="45"/>
        <source>
Started by %1.timer. The ExecStart= lines run one after the other. The first that fails
stops the job (the prune runs only when every backup succeeded) and marks this unit
failed, so that &apos;systemctl --user list-units --failed&apos; shows it. The output is in:
  journalctl --user -u %1.service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="52"/>
        <source>To be told of a failure, add OnFailure=&lt;a unit that notifies you&gt; under
[Unit], or generate this file again with --on-failure COMMAND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="56"/>
        <source>When it fails, %1-failure.service runs your --on-failure command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="60"/>
        <source>Authentication: --auth env. The job reads AZURE_TENANT_ID, AZURE_CLIENT_ID and
AZURE_CLIENT_SECRET from the EnvironmentFile below, which only you may read (mode 0600)
and which you fill in yourself: apim-backup-cli never writes a secret. No keychain is
used (APIM_BACKUP_SECRETS=session), so a locked keyring cannot stall the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="66"/>
        <source>Authentication: the sign-in saved by &apos;apim-backup-cli login&apos; (in your keychain). The
keychain must be unlocked when the timer fires, which on a desktop means while you are
logged in. For a server, generate the job with --job-auth env instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="82"/>
        <source>A backup of a large service can take an hour; a stuck job must still end, and fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="107"/>
        <source>starts %1.service at %2 (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="111"/>
        <source>Persistent=true: a run missed while the computer was off happens at the next start.
Your user&apos;s timers run only while you are logged in, unless lingering is on:
  loginctl enable-linger &quot;$USER&quot;
Check the next run with: systemctl --user list-timers %1.timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="126"/>
        <source>runs when %1.service fails: your --on-failure command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="128"/>
        <source>APIM_BACKUP_JOB names the failed unit, for a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="35"/>
        <source>Add it with &apos;crontab -e&apos;. The commands run one after the other; the first that fails
stops the job (the prune runs only when every backup succeeded) with a non-zero exit
code. cron mails what the job prints to MAILTO, if this computer can send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="40"/>
        <source>Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET
read from %1, which only you may read (mode 0600) and which you fill in
yourself: apim-backup-cli never writes a secret. No keychain is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="46"/>
        <source>Authentication: the sign-in saved by &apos;apim-backup-cli login&apos; (in your keychain), which
cron can reach only if the keychain is unlocked; for a server use --job-auth env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WindowsTaskSchedule.cpp" line="42"/>
        <source>Task Scheduler runs it (schtasks /Create, printed with this file). The commands run one
after the other; the first that fails stops the job (the prune runs only when every
backup succeeded) and its exit code becomes the task&apos;s &quot;Last Run Result&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WindowsTaskSchedule.cpp" line="47"/>
        <source>Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET
set by %1.env.cmd next to this script, which you fill in yourself (apim-backup-cli
never writes a secret) and which only you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WindowsTaskSchedule.cpp" line="53"/>
        <source>Authentication: the sign-in saved by &apos;apim-backup-cli login&apos; (Windows Credential Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="34"/>
        <source>Commit it to the branch %1 and create a pipeline from it (Pipelines &gt; New pipeline &gt; Existing Azure Pipelines YAML file). Run it by hand with Run pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="38"/>
        <source>Sign-in: the Azure Resource Manager service connection &quot;%1&quot; with workload identity federation, no secret in this file; its identity needs the roles the README lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="43"/>
        <source>The webhook URL comes from the secret pipeline variable %1 (Edit &gt; Variables, &quot;Keep this value secret&quot;); this file names it only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="96"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="60"/>
        <source>Install apim-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="98"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="66"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="101"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="74"/>
        <source>Prune old backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="102"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="78"/>
        <source>Check recovery readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="110"/>
        <source>Publish the JSON summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="38"/>
        <source>The crontab cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="43"/>
        <source>crontab could not be run (%1): is cron installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="48"/>
        <source>crontab -l failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="60"/>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="304"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="66"/>
        <source>The crontab cannot be written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="72"/>
        <source>crontab refused the new table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="32"/>
        <source>Save it as .github/workflows/%1 in the repository that runs the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="34"/>
        <source>Sign-in: OpenID Connect federation, no secret in this file. Set the repository variables AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID (Settings &gt; Secrets and variables &gt; Actions &gt; Variables) to an app registration or user-assigned identity with a federated credential for this repository and branch, with the roles the README lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="40"/>
        <source>The webhook URL comes from the repository secret %1 (Settings &gt; Secrets and variables &gt; Actions &gt; Secrets); this file names it only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="52"/>
        <source>Sign in to Azure (OpenID Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="81"/>
        <source>Upload the JSON summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="112"/>
        <source>daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="114"/>
        <source>weekly on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="231"/>
        <source>crontab line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="294"/>
        <source>Windows tasks are registered with schtasks: install them with &apos;apim-backup-cli schedule --format windows&apos; and the commands it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="303"/>
        <source>Cannot create %1: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="309"/>
        <source>Fill in AZURE_CLIENT_SECRET in %1 (mode 0600, no secret in it yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="311"/>
        <source>%1 can be read by other users: run chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="330"/>
        <source>The units are in place, but the timer could not be enabled (%1): run &apos;systemctl --user daemon-reload&apos; and &apos;systemctl --user enable --now %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="358"/>
        <source>systemctl could not stop %1 (%2); its files are deleted all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="364"/>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="407"/>
        <source>Cannot delete %1: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="372"/>
        <source>Kept the credentials file %1: it may hold a secret. Delete it yourself when no job needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="389"/>
        <source>%1 is no longer in %2: reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="403"/>
        <source>schtasks could not delete the task (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="62"/>
        <source>The schedule was written by another version of APIM Backup (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="73"/>
        <source>Unknown scheduler &quot;%1&quot; in the schedule&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="103"/>
        <source>The schedule&apos;s description lacks its name or services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="125"/>
        <source>Its description line is damaged (%1): it can be deleted, or installed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="56"/>
        <source>&quot;%1&quot; in the cron expression is not something GitHub Actions and Azure Pipelines both accept (%2-%3, *, lists, ranges and steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="76"/>
        <source>&quot;%1&quot;: write Sunday as 0 in a day-of-week range with a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowQuoting.cpp" line="62"/>
        <source>A value contains a line break or a control character, which a workflow cannot hold: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowQuoting.cpp" line="67"/>
        <source>&quot;%1&quot; contains %2, which GitHub Actions or Azure Pipelines would expand as an expression: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="67"/>
        <source>A workflow runs backups, a prune and the readiness check; schedule a drill with --format systemd, cron or windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="70"/>
        <source>--on-failure does not go with a workflow: the run fails and the engine tells you; for a message of your own add --notify NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="74"/>
        <source>A workflow can name a built-in cloud only (%1), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="77"/>
        <source>Name the services with --service RESOURCE_ID, or every service of a subscription with --all-in SUBSCRIPTION_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="81"/>
        <source>--all-in takes a subscription id (a GUID), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="85"/>
        <source>A subscription is listed twice: each --all-in once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="87"/>
        <source>--parallel takes a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="96"/>
        <source>--deb-url needs an https:// address of the .deb, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="99"/>
        <source>--deb-sha256 takes the 64 hexadecimal digits that sha256sum prints, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="101"/>
        <source>Name the Azure service connection with --service-connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="104"/>
        <source>&quot;%1&quot; is not a branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="37"/>
        <source>Generated by &apos;apim-backup-cli schedule --format %1&apos; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="39"/>
        <source>Generated by &apos;apim-backup-cli schedule --format %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/schedule/WorkflowText.cpp" line="43"/>
        <source>%n API Management service(s)</source>
        <translation>
            <numerusform>%n API Management service</numerusform>
            <numerusform>%n API Management services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="45"/>
        <source>every API Management service of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="46"/>
        <source>Backs up %1 to %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="46"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="49"/>
        <source>, deletes the expired backups (the newest is always kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="50"/>
        <source>, deletes the backups older than %1 (the newest is always kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="51"/>
        <source>, checks recovery readiness, and keeps each step&apos;s JSON summary as the artifact %1. The run fails when a step fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="58"/>
        <source>The schedule is in UTC: &quot;%1&quot; is every day at %2 at UTC%3, the local time where this file was generated. After a daylight-saving change it runs an hour off: generate it again or edit the cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="62"/>
        <source>The schedule is in UTC: &quot;%1&quot; is every %2 at %3 at UTC%4, the local time where this file was generated. After a daylight-saving change it runs an hour off: generate it again or edit the cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="66"/>
        <source>The schedule is in UTC: the cron expression &quot;%1&quot; is read in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePresenter</name>
    <message>
        <location filename="../ui/models/ServicePresenter.cpp" line="37"/>
        <source>System-assigned (principal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ServicePresenter.cpp" line="39"/>
        <source>User-assigned %1 (client ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>AzureCloud, AzureUSGovernment, AzureChinaCloud, or the path of a JSON file from &apos;az cloud show&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34"/>
        <source>How to sign in: env, cli, device, browser or sp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Tenant ID or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>App registration (client) ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="40"/>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Log every request (secrets redacted) to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>Language of messages: en or ko (default: the system&apos;s, from LANGUAGE or LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>Keep secrets in memory only: nothing is saved (also APIM_BACKUP_SECRETS=session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Send requests through this proxy (http://[USER@]host:port); the password comes from the keychain (proxy-password set). Default: HTTPS_PROXY/NO_PROXY, else the app&apos;s Network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Connect directly, whatever HTTPS_PROXY or the settings say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>Also trust the CA certificates in this PEM file (may be repeated; SSL_CERT_FILE, SSL_CERT_DIR and REQUESTS_CA_BUNDLE are read too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="96"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="107"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>Run &apos;apim-backup-cli --help&apos; for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="146"/>
        <source>--lang takes en or ko, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="152"/>
        <source>Back up and restore Azure API Management services.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="159"/>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="179"/>
        <source>Unknown command &quot;%1&quot;.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="119"/>
        <source>Back up and restore Azure API Management services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Azure cloud: AzureCloud, AzureUSGovernment, AzureChinaCloud or the path of an `az cloud show` JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="105"/>
        <source>Sign in at start: env, sp (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET), device, browser or cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Language: en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="112"/>
        <source>Quit once the main window has painted (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Quit once the services are listed (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="225"/>
        <source>APIM Backup cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="167"/>
        <source>Cloud not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>%1

APIM Backup uses the global Azure cloud instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
