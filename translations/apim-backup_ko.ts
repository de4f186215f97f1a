<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountPresenter</name>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="19"/>
        <source>Service principal %1…</source>
        <translation>서비스 주체 %1…</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="25"/>
        <source>Service principal %1 (client ID %2) in %3, tenant %4</source>
        <translation>%3의 서비스 주체 %1(클라이언트 ID %2), 테넌트 %4</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="26"/>
        <source>without a known name</source>
        <translation>알려진 이름 없음</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="28"/>
        <source>%1 in %2, tenant %3</source>
        <translation>%2의 %1, 테넌트 %3</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountPresenter.cpp" line="30"/>
        <source>Not remembered: %1</source>
        <translation>기억되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::AccountCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="207"/>
        <source>Show who is signed in, where, and where secrets are kept</source>
        <translation>로그인한 사용자, 위치, 비밀 보관 위치를 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="212"/>
        <source>Also get a token, to prove the sign-in still works.</source>
        <translation>로그인이 아직 유효한지 확인하기 위해 토큰도 받습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="226"/>
        <source>Signed in:  %1</source>
        <translation>로그인:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="227"/>
        <source>Method:     %1</source>
        <translation>방식:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="228"/>
        <source>Tenant:     %1</source>
        <translation>테넌트:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="230"/>
        <source>Home:       %1</source>
        <translation>홈 테넌트:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="231"/>
        <source>Client ID:  %1</source>
        <translation>클라이언트 ID: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="232"/>
        <source>Cloud:      %1 (%2)</source>
        <translation>클라우드:    %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="234"/>
        <source>Since:      %1</source>
        <translation>로그인 시각: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="237"/>
        <source>Not signed in (cloud %1). Run &apos;apim-backup-cli login&apos;.</source>
        <translation>로그인하지 않았습니다(클라우드 %1). &apos;apim-backup-cli login&apos;을 실행하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::AuthCommands</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="43"/>
        <source>browser sign-in</source>
        <translation>브라우저 로그인</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="45"/>
        <source>device code</source>
        <translation>장치 코드</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="47"/>
        <source>service principal (client secret)</source>
        <translation>서비스 주체(클라이언트 비밀)</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="49"/>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="51"/>
        <source>environment (AZURE_CLIENT_ID/SECRET)</source>
        <translation>환경 변수(AZURE_CLIENT_ID/SECRET)</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="20"/>
        <source>Back up one service, or many at a time (waits for the end unless --no-wait)</source>
        <translation>서비스 하나 또는 여러 개를 한꺼번에 백업합니다(--no-wait가 없으면 끝날 때까지 기다림)</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="27"/>
        <source>Back up every service of the --subscription whose tier has backup; the others are reported as skipped.</source>
        <translation>--subscription에 속한 서비스 중 계층이 백업을 지원하는 서비스를 모두 백업합니다. 나머지는 건너뜀으로 보고합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="30"/>
        <source>With --all: the subscription whose services are backed up; repeat it for several.</source>
        <translation>--all과 함께 사용: 서비스를 백업할 구독. 여러 구독이면 반복해서 지정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="33"/>
        <source>With several services: how many are backed up at a time, 1 to %1 (default %2).</source>
        <translation>서비스가 여러 개일 때 한 번에 백업할 개수, 1에서 %1까지(기본값 %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="38"/>
        <source>With --all: list per subscription instead of one Resource Graph query.</source>
        <translation>--all과 함께 사용: Resource Graph 쿼리 하나 대신 구독별로 나열합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="74"/>
        <source>--notify reports how the backup ended, so it does not go with --no-wait.</source>
        <translation>--notify는 백업이 어떻게 끝났는지 알리므로 --no-wait와 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="123"/>
        <source>These subscriptions could not be listed, so their services were not backed up: %1.</source>
        <translation>다음 구독을 나열하지 못해 그 서비스를 백업하지 않았습니다: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="133"/>
        <source>The backup ended with exit code %1.</source>
        <translation>백업이 종료 코드 %1(으)로 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="147"/>
        <source>--parallel takes a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--parallel에는 &quot;%2&quot;이 아니라 1에서 %1 사이의 정수가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="154"/>
        <source>--name names one backup. With several services each backup is named by the naming pattern (by default {service}-{yyyyMMdd-HHmmss}): leave --name out.</source>
        <translation>--name은 백업 하나의 이름입니다. 서비스가 여러 개이면 각 백업의 이름은 이름 패턴(기본값 {service}-{yyyyMMdd-HHmmss})으로 정해지므로 --name을 빼세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="157"/>
        <source>--no-wait goes with one service: a batch follows each backup to its end, so that no more than --parallel run at a time.</source>
        <translation>--no-wait는 서비스 하나일 때만 씁니다. 일괄 백업은 한 번에 --parallel개보다 많이 실행되지 않도록 각 백업을 끝까지 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="160"/>
        <source>--print-command shows the commands of one backup: run it for each --service.</source>
        <translation>--print-command는 백업 하나의 명령을 보여 줍니다. --service마다 따로 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="163"/>
        <source>--subscription goes with --all (every service of the subscription); name single services with --service.</source>
        <translation>--subscription은 --all(구독의 모든 서비스)과 함께 씁니다. 서비스를 하나씩 지정하려면 --service를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="166"/>
        <source>--all needs --subscription ID: the subscription whose services are backed up.</source>
        <translation>--all에는 --subscription ID(서비스를 백업할 구독)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="175"/>
        <source>%1 needs %2.</source>
        <translation>%1에는 %2이(가) 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="203"/>
        <source>Listing the services of %n subscription(s)...</source>
        <translation>
            <numerusform>구독 %n개의 서비스를 나열하는 중...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="237"/>
        <source>Backing up %n service(s), at most %1 at a time...</source>
        <translation>
            <numerusform>서비스 %n개를 백업하는 중(한 번에 최대 %1개)...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="254"/>
        <source>checking the service and the storage account...</source>
        <translation>서비스와 스토리지 계정을 확인하는 중...</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="258"/>
        <source>warning (%1): %2</source>
        <translation>경고(%1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="260"/>
        <source>backup %1 started, to %2/%3/%4</source>
        <translation>백업 %1 시작됨, 대상 %2/%3/%4</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="264"/>
        <source>succeeded after %1 s</source>
        <translation>%1초 후 성공</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="267"/>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="270"/>
        <source>skipped (%1): %2</source>
        <translation>건너뜀(%1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="286"/>
        <source>Batch backup: %1 (%n service(s)).</source>
        <translation>
            <numerusform>일괄 백업: %1 (서비스 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="299"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="301"/>
        <source>Subscription %1 could not be listed: its services were not backed up.</source>
        <translation>구독 %1을(를) 나열하지 못해 그 서비스를 백업하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::BackupsCommand</name>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="159"/>
        <source>List the backups in a container: age and whether they can still be restored</source>
        <translation>컨테이너의 백업을 나열합니다: 경과 시간과 복원 가능 여부</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="164"/>
        <source>Storage account name.</source>
        <translation>스토리지 계정 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="165"/>
        <source>Container name.</source>
        <translation>컨테이너 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="167"/>
        <source>Subscription of the storage account (default: the service&apos;s).</source>
        <translation>스토리지 계정의 구독(기본값: 서비스의 구독).</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="169"/>
        <source>Only backups of this service (resource id or name).</source>
        <translation>이 서비스의 백업만(리소스 ID 또는 이름).</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="183"/>
        <source>backups needs --account NAME, --container NAME and --subscription ID (or --service RESOURCE_ID).</source>
        <translation>backups에는 --account NAME, --container NAME, --subscription ID(또는 --service RESOURCE_ID)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="233"/>
        <source>not a backup: %1</source>
        <translation>백업이 아님: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="237"/>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="234"/>
        <source>EXPIRED</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="234"/>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Created (UTC)</source>
        <translation>생성 시각(UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Age</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="241"/>
        <source>Restorable</source>
        <translation>복원 가능</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="240"/>
        <source>Tier</source>
        <translation>계층</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="41"/>
        <source>To sign in, open this address in a browser on this machine:
  %1</source>
        <translation>로그인하려면 이 컴퓨터의 브라우저에서 다음 주소를 여세요:
  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="56"/>
        <source>Could not start the browser from $BROWSER (%1): open the address yourself.</source>
        <translation>$BROWSER(%1)로 브라우저를 시작하지 못했습니다. 주소를 직접 여세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="151"/>
        <source>--proxy and --no-proxy cannot be used together.</source>
        <translation>--proxy와 --no-proxy는 함께 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="158"/>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="179"/>
        <source>--ca-file: %1</source>
        <translation>--ca-file: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="200"/>
        <source>Unknown --auth &quot;%1&quot;: use env, cli, device, browser or sp.</source>
        <translation>알 수 없는 --auth &quot;%1&quot;: env, cli, device, browser, sp 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="234"/>
        <source>--auth %1 signs in interactively: run &apos;apim-backup-cli login --auth %1&apos; first; later commands use the saved sign-in.</source>
        <translation>--auth %1은(는) 대화형으로 로그인합니다. 먼저 &apos;apim-backup-cli login --auth %1&apos;을 실행하세요. 이후 명령은 저장된 로그인을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="257"/>
        <source>--auth sp needs the client secret in AZURE_CLIENT_SECRET (never on the command line), and --tenant and --client-id.</source>
        <translation>--auth sp에는 AZURE_CLIENT_SECRET의 클라이언트 비밀(명령줄에는 절대 넣지 마세요)과 --tenant, --client-id가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="277"/>
        <source>You are not signed in. Run &apos;apim-backup-cli login&apos; first, or give --auth env, cli or sp.</source>
        <translation>로그인하지 않았습니다. 먼저 &apos;apim-backup-cli login&apos;을 실행하거나 --auth env, cli, sp를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::DrillCommand</name>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="44"/>
        <source>Restore a backup into a standby service, measure the RTO and compare it with the source</source>
        <translation>백업을 대기 서비스로 복원하여 RTO를 측정하고 원본과 비교합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="50"/>
        <source>Resource id of the source service (with --list: only its drills).</source>
        <translation>원본 서비스의 리소스 ID(--list와 함께 쓰면 이 서비스의 훈련만).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="52"/>
        <source>Resource id of the standby service the backup is restored into (same tier).</source>
        <translation>백업을 복원할 대기 서비스의 리소스 ID(같은 계층).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="55"/>
        <source>Storage account of the backup.</source>
        <translation>백업이 있는 스토리지 계정.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="56"/>
        <source>Container of the backup.</source>
        <translation>백업이 있는 컨테이너.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="57"/>
        <source>The backup blob to restore.</source>
        <translation>복원할 백업 Blob.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="59"/>
        <source>Subscription of the storage account (default: the source&apos;s).</source>
        <translation>스토리지 계정의 구독(기본값: 원본 서비스의 구독).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="61"/>
        <source>How the standby reaches the storage: key or identity (default key).</source>
        <translation>대기 서비스가 스토리지에 접근하는 방식: key 또는 identity(기본값 key).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="63"/>
        <source>Client id of the standby&apos;s user-assigned identity (with --access-type identity).</source>
        <translation>대기 서비스의 사용자 할당 ID의 클라이언트 ID(--access-type identity와 함께 사용).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="65"/>
        <source>Do not ask for confirmation (needed when stdin is not a terminal).</source>
        <translation>확인을 묻지 않습니다(stdin이 터미널이 아닐 때 필요).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="66"/>
        <source>Write the report as Markdown to this file (- for stdout).</source>
        <translation>보고서를 Markdown으로 이 파일에 씁니다(-는 stdout).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="69"/>
        <source>Write the report as CSV to this file (- for stdout).</source>
        <translation>보고서를 CSV로 이 파일에 씁니다(-는 stdout).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="70"/>
        <source>List the past drills with their RTO, oldest first.</source>
        <translation>지난 훈련을 RTO와 함께 오래된 순서로 나열합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="72"/>
        <source>Show one past drill (its id or a unique prefix).</source>
        <translation>지난 훈련 하나를 표시합니다(ID 또는 고유한 접두사).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="128"/>
        <source>drill needs %1 (or --list, or --show ID).</source>
        <translation>drill에는 %1이(가) 필요합니다(또는 --list나 --show ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="133"/>
        <source>--access-type must be key or identity.</source>
        <translation>--access-type은 key 또는 identity여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="149"/>
        <source>A drill replaces the configuration of the standby %1 with the backup&apos;s. Confirm with --yes when running without a terminal; nothing was restored.</source>
        <translation>훈련은 대기 서비스 %1의 구성을 백업의 구성으로 바꿉니다. 터미널 없이 실행할 때는 --yes로 확인하세요. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="155"/>
        <source>The drill replaces the APIs, products, policies and users of the standby %1 with those in %2.
Type the name of the standby (%1) to confirm:</source>
        <translation>훈련하면 대기 서비스 %1의 API, 제품, 정책, 사용자가 %2의 내용으로 바뀝니다.
확인하려면 대기 서비스 이름(%1)을 입력하세요:</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="160"/>
        <source>Not confirmed; nothing was restored.</source>
        <translation>확인하지 않아 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="172"/>
        <source>Drill %1: restore operation %2.</source>
        <translation>훈련 %1: 복원 작업 %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="189"/>
        <source>refused (%1): %2</source>
        <translation>거부됨(%1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="202"/>
        <source>Drill %1 of %2 into %3: %4, RTO %5.</source>
        <translation>훈련 %1(%2 → %3): %4, RTO %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="205"/>
        <source>Restore %1 accepted at %2, standby ready at %3 (UTC).</source>
        <translation>복원 %1: %2에 접수, 대기 서비스는 %3에 준비됨(UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="209"/>
        <source>The standby holds what the source holds.</source>
        <translation>대기 서비스의 내용이 원본과 같습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="214"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="214"/>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="216"/>
        <source>The differences could not be explained: %1</source>
        <translation>차이의 원인을 설명하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="240"/>
        <location filename="../app/cli/DrillCommand.cpp" line="276"/>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Drill</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Started (UTC)</source>
        <translation>시작(UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Standby</source>
        <translation>대기 서비스</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="267"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="268"/>
        <source>Differences</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../app/cli/DrillCommand.cpp" line="268"/>
        <source>Restore operation</source>
        <translation>복원 작업</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::EngineCommand</name>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="101"/>
        <source>Subscription %1 could not be listed: %2</source>
        <translation>구독 %1을(를) 나열하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="177"/>
        <source> - %1 s</source>
        <translation> - %1초</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="179"/>
        <source>, next check in %1 s</source>
        <translation>, 다음 확인까지 %1초</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="189"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="189"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="190"/>
        <source>%1 %2 of %3: %4 after %5 s.</source>
        <translation>%3의 %1 %2: %5초 후 %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="194"/>
        <source>Backup file: %1/%2/%3</source>
        <translation>백업 파일: %1/%2/%3</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="198"/>
        <source>These configuration changes were made while the backup ran and may be missing from it:</source>
        <translation>백업하는 동안 다음 구성 변경이 있었으며 백업에서 빠졌을 수 있습니다:</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Time (UTC)</source>
        <translation>시각(UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>By</source>
        <translation>수행자</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="203"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="205"/>
        <source>No configuration changes were made while the backup ran.</source>
        <translation>백업하는 동안 구성 변경이 없었습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="209"/>
        <source>Could not read the Activity Log for changes made during the backup: %1</source>
        <translation>백업 중 변경 사항에 대한 활동 로그를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="213"/>
        <source>The operation ended as %1.</source>
        <translation>작업이 %1(으)로 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="235"/>
        <source>Interrupted (%1). Nothing is left running.</source>
        <translation>중단되었습니다(%1). 실행 중인 작업은 남아 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="238"/>
        <source>Interrupted (%1): stopped following %2. The operation goes on in Azure and its state is saved; follow it to its end with: apim-backup-cli wait %2</source>
        <translation>중단되었습니다(%1). %2 추적을 중지했습니다. 작업은 Azure에서 계속 진행되며 상태는 저장되었습니다. 다음 명령으로 끝까지 따라가세요: apim-backup-cli wait %2</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::JobNotifier</name>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="17"/>
        <source>Post the result to this webhook (saved with &apos;notify set NAME&apos;, or APIM_BACKUP_WEBHOOK_&lt;NAME&gt; in the job&apos;s credentials file). The URL itself is never an argument.</source>
        <translation>결과를 이 웹후크로 보냅니다(&apos;notify set NAME&apos;으로 저장하거나 작업의 자격 증명 파일에 APIM_BACKUP_WEBHOOK_&lt;NAME&gt;으로 지정). URL 자체는 절대 인수로 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="21"/>
        <source>When to notify: failure (default: anything but success) or always.</source>
        <translation>알릴 때: failure(기본값, 성공이 아닌 모든 결과) 또는 always.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="33"/>
        <source>--notify-on takes failure or always, not &quot;%1&quot;.</source>
        <translation>--notify-on에는 &quot;%1&quot;이 아니라 failure 또는 always를 지정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="39"/>
        <source>--notify-on goes with --notify NAME.</source>
        <translation>--notify-on은 --notify NAME과 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="46"/>
        <source>--notify takes the name of a saved webhook, not its URL: save the URL with &apos;apim-backup-cli notify set NAME&apos; (it reads it from standard input) and pass --notify NAME.</source>
        <translation>--notify에는 URL이 아니라 저장된 웹후크의 이름을 지정합니다. &apos;apim-backup-cli notify set NAME&apos;으로 URL을 저장한 뒤(URL은 표준 입력에서 읽음) --notify NAME을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="70"/>
        <source>warning: notifications are off for this run: %1</source>
        <translation>경고: 이번 실행에서는 알림을 보내지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="108"/>
        <source>Notified webhook %1 (%2).</source>
        <translation>웹후크 %1(%2)에 알렸습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobNotifier.cpp" line="110"/>
        <source>warning: webhook %1 was not notified: %2</source>
        <translation>경고: 웹후크 %1에 알리지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::LocationCommand</name>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="31"/>
        <source>List, add or remove the backup containers that readiness always reads</source>
        <translation>readiness가 항상 읽는 백업 컨테이너를 나열, 추가 또는 제거합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="37"/>
        <source>list, add or remove.</source>
        <translation>list, add 또는 remove.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="39"/>
        <source>With add and remove: SUBSCRIPTION/ACCOUNT/CONTAINER, the storage account&apos;s subscription.</source>
        <translation>add와 remove에서 사용: SUBSCRIPTION/ACCOUNT/CONTAINER(SUBSCRIPTION은 스토리지 계정의 구독).</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="57"/>
        <source>location needs an action: list, add or remove.</source>
        <translation>location에는 동작이 필요합니다: list, add 또는 remove.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="58"/>
        <source>Unknown location action &quot;%1&quot;: use list, add or remove.</source>
        <translation>알 수 없는 location 동작 &quot;%1&quot;: list, add, remove 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="62"/>
        <source>location list takes no more arguments.</source>
        <translation>location list에는 인수를 더 지정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="63"/>
        <source>location %1 needs one SUBSCRIPTION/ACCOUNT/CONTAINER, e.g. 00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.</source>
        <translation>location %1에는 SUBSCRIPTION/ACCOUNT/CONTAINER 하나가 필요합니다. 예: 00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="81"/>
        <source>%1 is not among the added locations; nothing was removed.</source>
        <translation>%1은(는) 추가된 위치가 아니므로 아무것도 제거하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="86"/>
        <source>It is the default backup location of subscription %1: change that in the app&apos;s Settings.</source>
        <translation>이 위치는 구독 %1의 기본 백업 위치입니다. 앱의 설정에서 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="104"/>
        <source>%1 was already added; nothing changed.</source>
        <translation>%1은(는) 이미 추가되어 있어 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="105"/>
        <source>Added %1: readiness and the app&apos;s Recovery page look for backups there from now on.</source>
        <translation>%1을(를) 추가했습니다. 이제부터 readiness와 앱의 복구 페이지가 이곳에서도 백업을 찾습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="108"/>
        <source>Removed %1.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="121"/>
        <source>added (every service)</source>
        <translation>추가됨(모든 서비스)</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="127"/>
        <source>default of subscription %1</source>
        <translation>구독 %1의 기본값</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="134"/>
        <source>No backup location was added or remembered. Add one with: location add SUBSCRIPTION/ACCOUNT/CONTAINER. The containers that backups in the journal went to are read as well.</source>
        <translation>추가되었거나 기억된 백업 위치가 없습니다. 다음 명령으로 추가하세요: location add SUBSCRIPTION/ACCOUNT/CONTAINER. 저널에 기록된 백업이 저장된 컨테이너도 함께 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="138"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../app/cli/LocationCommand.cpp" line="138"/>
        <source>Read for</source>
        <translation>읽는 대상</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::LoginCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="75"/>
        <source>Sign in and remember the sign-in (--auth device|browser|sp|cli|env)</source>
        <translation>로그인하고 로그인 정보를 기억합니다(--auth device|browser|sp|cli|env)</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="81"/>
        <source>Read the service principal&apos;s client secret from standard input (--auth sp).</source>
        <translation>서비스 주체의 클라이언트 비밀을 표준 입력에서 읽습니다(--auth sp).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="82"/>
        <source>Give up a browser sign-in after &lt;seconds&gt; (default 300).</source>
        <translation>&lt;seconds&gt;초가 지나면 브라우저 로그인을 포기합니다(기본값 300).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="83"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="96"/>
        <source>A client secret on the command line is visible to every user through &apos;ps&apos;. Pipe it in with --client-secret-stdin, or set AZURE_CLIENT_SECRET.</source>
        <translation>명령줄의 클라이언트 비밀은 &apos;ps&apos;로 모든 사용자에게 보입니다. --client-secret-stdin으로 파이프하거나 AZURE_CLIENT_SECRET을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="114"/>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout에는 초 단위 숫자가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="123"/>
        <source>Client secret (not shown): </source>
        <translation>클라이언트 비밀(표시되지 않음): </translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="128"/>
        <source>--auth sp needs --tenant, --client-id and the client secret: pipe it in with --client-secret-stdin, or set AZURE_CLIENT_SECRET.</source>
        <translation>--auth sp에는 --tenant, --client-id와 클라이언트 비밀이 필요합니다. 비밀은 --client-secret-stdin으로 파이프하거나 AZURE_CLIENT_SECRET에 설정하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="139"/>
        <source>Waiting for the sign-in to be completed...</source>
        <translation>로그인이 완료되기를 기다리는 중...</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="149"/>
        <source>Signed in as %1 (tenant %2, cloud %3) with %4.</source>
        <translation>%1(으)로 로그인했습니다(테넌트 %2, 클라우드 %3, 방식 %4).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="152"/>
        <source>The sign-in is saved: later commands use it until &apos;apim-backup-cli logout&apos;.</source>
        <translation>로그인 정보가 저장되었습니다. &apos;apim-backup-cli logout&apos; 전까지 이후 명령이 이를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="155"/>
        <source>Secrets are session-only: nothing was saved, so this sign-in ends with this command.</source>
        <translation>비밀이 세션 전용입니다. 아무것도 저장되지 않았으므로 이 로그인은 이 명령과 함께 끝납니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="160"/>
        <source>Signed in, but the sign-in could not be saved, so later commands will not find it: %1 Fix the keychain and log in again, or give --auth env|cli|sp to each command.</source>
        <translation>로그인했지만 로그인 정보를 저장하지 못해 이후 명령에서 찾을 수 없습니다: %1 키체인을 고친 뒤 다시 로그인하거나, 각 명령에 --auth env|cli|sp를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::LogoutCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="176"/>
        <source>Forget the saved sign-in and storage keys (settings and keychain)</source>
        <translation>저장된 로그인과 스토리지 키를 삭제합니다(설정 및 키체인)</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="194"/>
        <source>Signed out %1. Its saved sign-in is gone from the settings and the keychain.</source>
        <translation>%1에서 로그아웃했습니다. 저장된 로그인 정보가 설정과 키체인에서 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="197"/>
        <source>Nobody was signed in.</source>
        <translation>로그인한 사용자가 없었습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::NotifyCommand</name>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="21"/>
        <source>Save (set), list, forget or test the webhooks that unattended backups notify (URL read from stdin)</source>
        <translation>무인 백업이 알림을 보내는 웹후크를 저장(set), 나열(list), 삭제(forget) 또는 테스트(test)합니다(URL은 표준 입력에서 읽음)</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="26"/>
        <source>set, list, forget or test, then the webhook&apos;s name.</source>
        <translation>set, list, forget 또는 test와 웹후크 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="29"/>
        <source>With set: the JSON the webhook takes - teams, slack or generic (default auto: from the URL).</source>
        <translation>set과 함께 사용: 웹후크가 받는 JSON - teams, slack 또는 generic(기본값 auto: URL로 판단).</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="51"/>
        <source>notify list takes no name.</source>
        <translation>notify list에는 이름을 지정하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="60"/>
        <source>notify needs an action: set, list, forget or test.</source>
        <translation>notify에는 동작이 필요합니다: set, list, forget 또는 test.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="61"/>
        <source>Unknown notify action &quot;%1&quot;: use set, list, forget or test.</source>
        <translation>알 수 없는 notify 동작 &quot;%1&quot;: set, list, forget, test 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="69"/>
        <source>notify %1 needs the webhook&apos;s name, e.g. notify %1 ops-teams.</source>
        <translation>notify %1에는 웹후크 이름이 필요합니다. 예: notify %1 ops-teams.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="70"/>
        <source>notify %1 takes one name. The URL is read from standard input, never from the command line, where other users could see it with &apos;ps&apos;.</source>
        <translation>notify %1에는 이름 하나만 지정합니다. URL은 표준 입력에서 읽으며, 다른 사용자가 &apos;ps&apos;로 볼 수 있는 명령줄에서는 절대 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="87"/>
        <source>Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a webhook saved now would be gone when this command ends. Run notify %1 without session-only secrets to use the keychain, or put the URL in the job&apos;s credentials file as %2.</source>
        <translation>여기서는 비밀이 세션 전용이므로(--session-only-secrets 또는 APIM_BACKUP_SECRETS=session) 지금 저장한 웹후크는 이 명령이 끝나면 사라집니다. 키체인을 사용하려면 세션 전용 비밀 없이 notify %1을(를) 실행하거나, 작업의 자격 증명 파일에 URL을 %2(으)로 넣으세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="106"/>
        <source>--format takes teams, slack, generic or auto, not &quot;%1&quot;.</source>
        <translation>--format에는 &quot;%1&quot;이 아니라 teams, slack, generic, auto 중 하나를 지정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="112"/>
        <source>Paste the URL of webhook %1 and press Enter (the input is hidden):</source>
        <translation>웹후크 %1의 URL을 붙여 넣고 Enter 키를 누르세요(입력 내용은 표시되지 않음):</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="115"/>
        <source>No URL on standard input. Pipe it in (for example from a secret manager) or paste it at the prompt.</source>
        <translation>표준 입력에 URL이 없습니다. 파이프로 전달하거나(예: 비밀 관리자에서) 프롬프트에 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="131"/>
        <source>Webhook %1 was not saved: %2</source>
        <translation>웹후크 %1을(를) 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="141"/>
        <source>Saved webhook %1 (%2) in the keychain. Try it with: apim-backup-cli notify test %1</source>
        <translation>웹후크 %1(%2)을(를) 키체인에 저장했습니다. 다음 명령으로 시험해 보세요: apim-backup-cli notify test %1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="155"/>
        <source>Webhook %1 could not be forgotten: %2</source>
        <translation>웹후크 %1을(를) 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="163"/>
        <source>Forgot webhook %1.</source>
        <translation>웹후크 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="163"/>
        <source>No webhook named %1 was saved.</source>
        <translation>이름이 %1인 웹후크는 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="182"/>
        <source>No webhooks saved. Add one with: apim-backup-cli notify set NAME</source>
        <translation>저장된 웹후크가 없습니다. 다음 명령으로 추가하세요: apim-backup-cli notify set NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="188"/>
        <source>%1 (overrides the keychain)</source>
        <translation>%1(키체인보다 우선)</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="189"/>
        <source>keychain</source>
        <translation>키체인</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="190"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="190"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="190"/>
        <source>URL from</source>
        <translation>URL 출처</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="208"/>
        <source>The test notification to %1 (%2) was not delivered: %3</source>
        <translation>웹후크 %1(%2)에 테스트 알림을 전달하지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommand.cpp" line="219"/>
        <source>Delivered a test notification to %1 (%2): HTTP %3.</source>
        <translation>웹후크 %1(%2)에 테스트 알림을 전달했습니다: HTTP %3.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::OperationCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="54"/>
        <source>Resource id of the API Management service.</source>
        <translation>API Management 서비스의 리소스 ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="56"/>
        <source>Storage account name.</source>
        <translation>스토리지 계정 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="57"/>
        <source>Container name.</source>
        <translation>컨테이너 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="59"/>
        <source>Backup blob name (default: {service}-{yyyyMMdd-HHmmss}.apimbackup).</source>
        <translation>백업 Blob 이름(기본값: {service}-{yyyyMMdd-HHmmss}.apimbackup).</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="60"/>
        <source>The backup blob to restore.</source>
        <translation>복원할 백업 Blob.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="63"/>
        <source>Subscription of the storage account (default: the service&apos;s).</source>
        <translation>스토리지 계정의 구독(기본값: 서비스의 구독).</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="65"/>
        <source>How the service reaches the storage: key, system-identity or user-identity (default key).</source>
        <translation>서비스가 스토리지에 접근하는 방식: key, system-identity, user-identity(기본값 key).</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="68"/>
        <source>Client id of the user-assigned identity (with --access-type user-identity).</source>
        <translation>사용자 할당 ID의 클라이언트 ID(--access-type user-identity와 함께 사용).</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="70"/>
        <source>Return once Azure has accepted the request; follow it later with &apos;wait&apos;.</source>
        <translation>Azure가 요청을 수락하면 바로 돌아옵니다. 나중에 &apos;wait&apos;로 따라가세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="72"/>
        <source>Print the equivalent az commands and exit without running anything.</source>
        <translation>동일한 az 명령을 출력하고 아무것도 실행하지 않은 채 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="74"/>
        <source>Replace a backup blob of the same name.</source>
        <translation>같은 이름의 백업 Blob을 교체합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="77"/>
        <source>Do not ask for confirmation (needed when stdin is not a terminal).</source>
        <translation>확인을 묻지 않습니다(stdin이 터미널이 아닐 때 필요).</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="97"/>
        <source>%1 needs %2.</source>
        <translation>%1에는 %2이(가) 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="123"/>
        <source>--access-type must be key, system-identity or user-identity.</source>
        <translation>--access-type은 key, system-identity, user-identity 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="53"/>
        <source>Resource id of the API Management service; repeat it to back up several.</source>
        <translation>API Management 서비스의 리소스 ID. 여러 서비스를 백업하려면 반복해서 지정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="127"/>
        <source>--access-type user-identity needs --identity-client-id.</source>
        <translation>--access-type user-identity에는 --identity-client-id가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="143"/>
        <source># With az rest (any access type):</source>
        <translation># az rest 사용(모든 액세스 방식):</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="147"/>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="149"/>
        <source># With az apim %1:</source>
        <translation># az apim %1 사용:</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="172"/>
        <source>A restore replaces the configuration of %1. Confirm with --yes when running without a terminal.</source>
        <translation>복원은 %1의 구성을 교체합니다. 터미널 없이 실행할 때는 --yes로 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="178"/>
        <source>Checking %1 and the storage account...</source>
        <translation>%1과(와) 스토리지 계정을 확인하는 중...</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="195"/>
        <source>refused (%1): %2</source>
        <translation>거부됨(%1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="197"/>
        <source>warning (%1): %2</source>
        <translation>경고(%1): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="206"/>
        <source>Operation %1, started earlier by this tool, is still running on %2. Follow it with: apim-backup-cli wait %1</source>
        <translation>이 도구가 앞서 시작한 작업 %1이(가) %2에서 아직 실행 중입니다. 다음 명령으로 따라가세요: apim-backup-cli wait %1</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="227"/>
        <source>Not confirmed; nothing was restored.</source>
        <translation>확인하지 않아 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="237"/>
        <source>The restore replaces the APIs, products, policies and users of %1 with those in %2. Changes made meanwhile will be lost.
Type the name of the service (%1) to confirm:</source>
        <translation>복원하면 %1의 API, 제품, 정책, 사용자가 %2의 내용으로 바뀝니다. 그동안 한 변경은 사라집니다.
확인하려면 서비스 이름(%1)을 입력하세요:</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="258"/>
        <source>Operation %1: %2 of %3 %4 %5/%6/%7</source>
        <translation>작업 %1: %3의 %2, %4 %5/%6/%7</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="260"/>
        <source>to</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="260"/>
        <source>from</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="278"/>
        <source>Accepted. Follow it with: apim-backup-cli wait %1</source>
        <translation>수락되었습니다. 다음 명령으로 따라가세요: apim-backup-cli wait %1</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::OperationsCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="293"/>
        <source>List the backups and restores this tool started (the journal)</source>
        <translation>이 도구가 시작한 백업과 복원을 나열합니다(저널)</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="315"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Started (UTC)</source>
        <translation>시작(UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Took</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="318"/>
        <source>Blob</source>
        <translation>Blob</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ProxyPasswordCommand</name>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="18"/>
        <source>Save (set) or forget the proxy&apos;s password in the keychain (password read from stdin)</source>
        <translation>프록시 암호를 키체인에 저장(set)하거나 삭제(forget)합니다(암호는 stdin에서 읽음)</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="23"/>
        <source>set or forget.</source>
        <translation>set 또는 forget.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="37"/>
        <source>proxy-password takes one action (set or forget). The password is read from standard input, never from the command line, where other users could see it with &apos;ps&apos;.</source>
        <translation>proxy-password는 하나의 작업(set 또는 forget)을 받습니다. 암호는 다른 사용자가 &apos;ps&apos;로 볼 수 있는 명령줄이 아니라 항상 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="45"/>
        <source>proxy-password needs an action: set or forget.</source>
        <translation>proxy-password에는 작업이 필요합니다: set 또는 forget.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="46"/>
        <source>Unknown proxy-password action &quot;%1&quot;: use set or forget.</source>
        <translation>알 수 없는 proxy-password 작업 &quot;%1&quot;: set 또는 forget을 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="54"/>
        <source>No proxy is used to reach %1: give it with --proxy http://USER@host:port, HTTPS_PROXY or the app&apos;s Network settings.</source>
        <translation>%1에 연결하는 데 사용되는 프록시가 없습니다: --proxy http://USER@host:port, HTTPS_PROXY 또는 앱의 네트워크 설정에서 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="64"/>
        <source>The proxy %1 has no user name: give it in the proxy address (--proxy http://USER@%1) or in the app&apos;s Network settings.</source>
        <translation>프록시 %1에 사용자 이름이 없습니다: 프록시 주소(--proxy http://USER@%1) 또는 앱의 네트워크 설정에서 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="72"/>
        <source>Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a password saved now would be gone when this command ends. Run proxy-password %1 without session-only secrets.</source>
        <translation>여기서는 비밀이 세션 전용이므로(--session-only-secrets 또는 APIM_BACKUP_SECRETS=session) 지금 저장한 암호는 이 명령이 끝나면 사라집니다. 세션 전용 비밀 없이 proxy-password %1을(를) 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="82"/>
        <source>The password for %1 at %2 was not saved: %3</source>
        <translation>%2의 %1 암호를 저장하지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="83"/>
        <source>The password for %1 at %2 could not be forgotten: %3</source>
        <translation>%2의 %1 암호를 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="93"/>
        <source>Saved the password for %1 at the proxy %2 in the keychain.</source>
        <translation>프록시 %2의 %1 암호를 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="94"/>
        <source>Forgot the password for %1 at the proxy %2.</source>
        <translation>프록시 %2의 %1 암호를 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="103"/>
        <source>Password for %1 at the proxy %2 (the input is hidden):</source>
        <translation>프록시 %2의 %1 암호(입력 내용은 표시되지 않음):</translation>
    </message>
    <message>
        <location filename="../app/cli/ProxyPasswordCommand.cpp" line="106"/>
        <source>No password on standard input. Pipe it in (for example from a secret manager) or type it at the prompt.</source>
        <translation>표준 입력에 암호가 없습니다. 파이프로 전달하거나(예: 비밀 관리자에서) 프롬프트에 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::PruneCommand</name>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="67"/>
        <source>Delete expired or old backups from a container, keeping the newest of each service</source>
        <translation>만료되었거나 오래된 백업을 컨테이너에서 삭제하고 서비스별 최신 백업은 남깁니다</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="72"/>
        <source>The storage account.</source>
        <translation>스토리지 계정.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="72"/>
        <location filename="../app/cli/PruneCommand.cpp" line="73"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="73"/>
        <source>The blob container with the backups.</source>
        <translation>백업이 들어 있는 Blob 컨테이너.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="75"/>
        <source>The storage account&apos;s subscription (default: search every subscription you can see).</source>
        <translation>스토리지 계정의 구독(기본값: 볼 수 있는 모든 구독에서 검색).</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="75"/>
        <location filename="../app/cli/PruneCommand.cpp" line="85"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="77"/>
        <source>Delete backups older than this, e.g. 30d, 720h or 4w (default: the expired ones, older than 30 days).</source>
        <translation>이보다 오래된 백업을 삭제합니다. 예: 30d, 720h, 4w(기본값: 30일이 지나 만료된 백업).</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="79"/>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="81"/>
        <source>Always keep the newest &lt;n&gt; restorable backups of each service, and never delete a service&apos;s last backup unless &lt;n&gt; is 0 (default 1).</source>
        <translation>서비스마다 복원 가능한 최신 백업 &lt;n&gt;개를 항상 남기고, &lt;n&gt;이 0이 아니면 서비스의 마지막 백업은 절대 삭제하지 않습니다(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="83"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="85"/>
        <source>Only the backups of this service (name or resource id); repeatable.</source>
        <translation>이 서비스의 백업만(이름 또는 리소스 ID). 반복 가능.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="86"/>
        <source>Print what would be deleted; delete nothing.</source>
        <translation>삭제될 항목을 출력만 하고 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="87"/>
        <source>Delete without asking (for scripts and schedules).</source>
        <translation>묻지 않고 삭제합니다(스크립트와 예약 작업용).</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="103"/>
        <source>prune needs --account NAME and --container NAME: the storage account and container that hold the backups.</source>
        <translation>prune에는 --account NAME과 --container NAME(백업이 들어 있는 스토리지 계정과 컨테이너)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="119"/>
        <source>--keep-last needs a number of backups, 0 or more.</source>
        <translation>--keep-last에는 0 이상의 백업 개수가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="122"/>
        <source>--service needs a service name or resource id.</source>
        <translation>--service에는 서비스 이름이나 리소스 ID가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="154"/>
        <source>The signed-in account sees no enabled subscription, so storage account %1 cannot be found. Check the account&apos;s role assignments.</source>
        <translation>로그인한 계정에서 보이는 활성 구독이 없어 스토리지 계정 %1을(를) 찾을 수 없습니다. 계정의 역할 할당을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="177"/>
        <source>Looking for storage account %1 in subscription %2...</source>
        <translation>구독 %2에서 스토리지 계정 %1을(를) 찾는 중...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="195"/>
        <source>There is no storage account named %1 in the %n subscription(s) you can see. Check the name, or give its subscription with --subscription.</source>
        <translation>
            <numerusform>볼 수 있는 구독 %n개에 이름이 %1인 스토리지 계정이 없습니다. 이름을 확인하거나 --subscription으로 구독을 지정하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="241"/>
        <source>Nothing was deleted: add --yes to delete these %n backup(s). (Standard input is not a terminal, so there is no one to ask.)</source>
        <translation>
            <numerusform>아무것도 삭제하지 않았습니다. 이 백업 %n개를 삭제하려면 --yes를 추가하세요. (표준 입력이 터미널이 아니어서 물어볼 사람이 없습니다.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="249"/>
        <source>Nothing was deleted.</source>
        <translation>아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="264"/>
        <source>No backups of the given services in %1/%2 (%n of other services left alone).</source>
        <translation>
            <numerusform>%1/%2에 지정한 서비스의 백업이 없습니다(다른 서비스의 백업 %n개는 그대로 둠).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="267"/>
        <source>No backups in %1/%2.</source>
        <translation>%1/%2에 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="272"/>
        <source>delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="272"/>
        <source>keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>ACTION</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>BACKUP</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>SERVICE</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>AGE</source>
        <translation>경과</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>SIZE</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="276"/>
        <source>WHY</source>
        <translation>이유</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="279"/>
        <source>%n backup(s) of other services left alone.</source>
        <translation>
            <numerusform>다른 서비스의 백업 %n개는 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="281"/>
        <source>Nothing to delete: %n backup(s) kept.</source>
        <translation>
            <numerusform>삭제할 것이 없습니다. 백업 %n개를 유지합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="283"/>
        <source>Dry run: %n backup(s) (%1) would be deleted, %2 kept. Nothing was deleted.</source>
        <translation>
            <numerusform>시험 실행: 백업 %n개(%1)가 삭제되고 %2개가 유지됩니다. 아무것도 삭제하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="288"/>
        <source>To delete: %n backup(s) (%1); to keep: %2.</source>
        <translation>
            <numerusform>삭제 대상: 백업 %n개(%1), 유지: %2개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="296"/>
        <source>Delete %n backup(s) from %1/%2? This cannot be undone. Type yes to delete: </source>
        <translation>
            <numerusform>%1/%2에서 백업 %n개를 삭제할까요? 되돌릴 수 없습니다. 삭제하려면 yes를 입력하세요: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="319"/>
        <source>Could not delete %1: %2</source>
        <translation>%1을(를) 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="331"/>
        <source>Already gone: %1</source>
        <translation>이미 없음: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="331"/>
        <source>Deleted %1</source>
        <translation>삭제함: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="395"/>
        <source>Deleted %n backup(s) (%1).</source>
        <translation>
            <numerusform>백업 %n개를 삭제했습니다(%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PruneCommand.cpp" line="397"/>
        <source>%n could not be deleted; see the errors above.</source>
        <translation>
            <numerusform>%n개를 삭제하지 못했습니다. 위의 오류를 확인하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ReadinessCommand</name>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="36"/>
        <source>Whether each service can be recovered now, against its target RPO</source>
        <translation>각 서비스를 지금 복구할 수 있는지 목표 RPO에 비추어 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="42"/>
        <source>Only this subscription (repeatable). Default: all you can see.</source>
        <translation>이 구독만(반복 가능). 기본값: 볼 수 있는 모든 구독.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="44"/>
        <source>One target for every service, e.g. 24h, 2d (default: the targets set with &apos;rpo&apos;, else 24 h).</source>
        <translation>모든 서비스에 적용할 하나의 목표. 예: 24h, 2d(기본값: &apos;rpo&apos;로 설정한 목표, 없으면 24시간).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="51"/>
        <source>List per subscription instead of one Resource Graph query.</source>
        <translation>Resource Graph 쿼리 하나 대신 구독별로 나열합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="47"/>
        <source>Also look for backups in this container, this time (repeatable): SUBSCRIPTION/ACCOUNT/CONTAINER. &apos;location add&apos; keeps one for every run and for the app.</source>
        <translation>이번 실행에서만 이 컨테이너에서도 백업을 찾습니다(반복 가능): SUBSCRIPTION/ACCOUNT/CONTAINER. 모든 실행과 앱에서 계속 쓰려면 &apos;location add&apos;로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="62"/>
        <source>--rpo: %1</source>
        <translation>--rpo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="70"/>
        <source>--location: %1</source>
        <translation>--location: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="94"/>
        <source>The container %1 does not exist. If it was removed on purpose, stop reading it with: apim-backup-cli location remove %2</source>
        <translation>컨테이너 %1이(가) 없습니다. 일부러 삭제했다면 다음 명령으로 더 이상 읽지 않게 하세요: apim-backup-cli location remove %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="125"/>
        <source>%1 (RTO %2)</source>
        <translation>%1 (RTO %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="127"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Age / target</source>
        <translation>경과 / 목표</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Expires in</source>
        <translation>만료까지</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="134"/>
        <source>Last good backup</source>
        <translation>마지막 정상 백업</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="135"/>
        <source>Last drill</source>
        <translation>마지막 훈련</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="135"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::RestoreCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="47"/>
        <source>Restore a service from a backup blob (asks to confirm unless --yes)</source>
        <translation>백업 Blob에서 서비스를 복원합니다(--yes가 없으면 확인을 물음)</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::RpoCommand</name>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="209"/>
        <source>Show or set the target recovery point objective (RPO)</source>
        <translation>목표 복구 시점(RPO)을 표시하거나 설정합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="215"/>
        <source>The target of this service (resource id).</source>
        <translation>이 서비스의 목표(리소스 ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="216"/>
        <source>The default target of the services of this subscription.</source>
        <translation>이 구독에 속한 서비스의 기본 목표.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="218"/>
        <source>The new target, e.g. 12h, 1d.</source>
        <translation>새 목표. 예: 12h, 1d.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="219"/>
        <source>Remove the target: the next one up applies.</source>
        <translation>목표를 제거합니다. 그러면 한 단계 위의 목표가 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="228"/>
        <source>rpo takes --service or --subscription, not both.</source>
        <translation>rpo에는 --service와 --subscription 중 하나만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="234"/>
        <source>--subscription needs a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000).</source>
        <translation>--subscription에는 구독 ID(00000000-0000-0000-0000-000000000000 같은 GUID)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="236"/>
        <source>rpo takes --set or --clear, not both.</source>
        <translation>rpo에는 --set과 --clear 중 하나만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="242"/>
        <source>--set: %1</source>
        <translation>--set: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="260"/>
        <source>the global default</source>
        <translation>전역 기본값</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="264"/>
        <source>the service&apos;s own target</source>
        <translation>서비스 자체의 목표</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="265"/>
        <source>its subscription&apos;s target</source>
        <translation>서비스가 속한 구독의 목표</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="269"/>
        <source>the subscription&apos;s target</source>
        <translation>구독의 목표</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="276"/>
        <source>Target RPO: %1 (%2)</source>
        <translation>목표 RPO: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ScheduleCommand</name>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="68"/>
        <source>An API Management service to back up (resource id); repeat for several, backed up one after the other.</source>
        <translation>백업할 API Management 서비스(리소스 ID). 여러 개면 반복하며, 하나씩 차례로 백업합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="70"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="74"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="78"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="113"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="71"/>
        <source>The storage account for the backups.</source>
        <translation>백업용 스토리지 계정.</translation>
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
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="72"/>
        <source>The blob container for the backups.</source>
        <translation>백업용 Blob 컨테이너.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="74"/>
        <source>The storage account&apos;s subscription, for the prune.</source>
        <translation>정리(prune)에 쓸 스토리지 계정의 구독.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="76"/>
        <source>How APIM reaches the storage: key, system-identity or user-identity.</source>
        <translation>APIM이 스토리지에 접근하는 방식: key, system-identity, user-identity.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="76"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="78"/>
        <source>The client id of the user-assigned identity.</source>
        <translation>사용자 할당 ID의 클라이언트 ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="79"/>
        <source>daily, weekly, or a cron expression such as &quot;30 2 * * 1-5&quot;.</source>
        <translation>daily, weekly 또는 &quot;30 2 * * 1-5&quot; 같은 cron 식.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="80"/>
        <location filename="../app/cli/ScheduleCommand.cpp" line="108"/>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="81"/>
        <source>Time of day (local) for daily and weekly, HH:MM.</source>
        <translation>daily와 weekly의 실행 시각(현지 시간), HH:MM.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="81"/>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="83"/>
        <source>Day of the week for weekly: sun, mon, ... sat.</source>
        <translation>weekly의 요일: sun, mon, ... sat.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="83"/>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="88"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="90"/>
        <source>After the backups, delete those older than this, e.g. 30d (default: the expired ones).</source>
        <translation>백업 후 이보다 오래된 백업을 삭제합니다. 예: 30d(기본값: 만료된 백업).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="90"/>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="92"/>
        <source>The prune keeps the newest &lt;n&gt; backups of each service (default 1).</source>
        <translation>정리할 때 서비스마다 최신 백업 &lt;n&gt;개를 남깁니다(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="92"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="46"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="93"/>
        <source>Only back up; delete nothing.</source>
        <translation>백업만 하고 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="95"/>
        <source>How the job signs in: env (a service principal in a credentials file you fill in; for servers) or stored (the sign-in saved by &apos;login&apos;; needs an unlocked keychain).</source>
        <translation>작업의 로그인 방식: env(직접 채우는 자격 증명 파일의 서비스 주체, 서버용) 또는 stored(&apos;login&apos;으로 저장한 로그인, 키체인 잠금 해제 필요).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="97"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="99"/>
        <source>Name of the units, task and files.</source>
        <translation>유닛, 작업, 파일의 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="101"/>
        <source>The apim-backup-cli the job runs (default: this one).</source>
        <translation>작업이 실행할 apim-backup-cli(기본값: 지금 이 프로그램).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="101"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="103"/>
        <source>A command to run when the job fails (sh; cmd on Windows), e.g. to send a message.</source>
        <translation>작업이 실패하면 실행할 명령(sh, Windows에서는 cmd). 예: 메시지 보내기.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="103"/>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="105"/>
        <source>Each backup posts its result to this webhook, saved with &apos;notify set NAME&apos; (the job names it; the URL stays in the keychain or the credentials file).</source>
        <translation>각 백업이 결과를 이 웹후크로 보냅니다. 웹후크는 &apos;notify set NAME&apos;으로 저장합니다(작업에는 이름만 들어가고 URL은 키체인이나 자격 증명 파일에 남음).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="108"/>
        <source>With --notify: failure (default) or always.</source>
        <translation>--notify와 함께 사용: failure(기본값) 또는 always.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="110"/>
        <source>Schedule a restore drill instead of backups: restore --backup of the one --service into --standby (apim-backup-cli drill ... --yes).</source>
        <translation>백업 대신 복원 훈련을 예약합니다. --service로 지정한 서비스 하나의 --backup을 --standby로 복원합니다(apim-backup-cli drill ... --yes).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="113"/>
        <source>With --drill: the standby service restored into (resource id).</source>
        <translation>--drill과 함께 사용: 백업을 복원할 대기 서비스(리소스 ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="114"/>
        <source>With --drill: the backup blob to restore.</source>
        <translation>--drill과 함께 사용: 복원할 백업 Blob.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="114"/>
        <source>blob</source>
        <translation>blob</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="428"/>
        <source>cron runs it from now on; &apos;apim-backup-cli schedule --list&apos; shows it.</source>
        <translation>이제부터 cron이 실행합니다. &apos;apim-backup-cli schedule --list&apos;로 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="484"/>
        <source>No schedules installed by apim-backup-cli on this machine.</source>
        <translation>이 컴퓨터에 apim-backup-cli가 설치한 일정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="493"/>
        <source>, next %1</source>
        <translation>, 다음 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="495"/>
        <source>, last %1</source>
        <translation>, 마지막 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="497"/>
        <source> (installed by an older version)</source>
        <translation> (이전 버전에서 설치됨)</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="517"/>
        <source>No installed schedule is named &quot;%1&quot;: &apos;apim-backup-cli schedule --list&apos; shows them.</source>
        <translation>&quot;%1&quot;(이)라는 설치된 일정이 없습니다: &apos;apim-backup-cli schedule --list&apos;로 일정을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="535"/>
        <source>Removed %1 (%2).</source>
        <translation>%1(%2)을(를) 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="156"/>
        <source>schedule needs --service RESOURCE_ID (one or more), --account NAME and --container NAME.</source>
        <translation>schedule에는 --service RESOURCE_ID(하나 이상), --account NAME, --container NAME이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="160"/>
        <source>Unknown --access-type &quot;%1&quot;: use key, system-identity or user-identity.</source>
        <translation>알 수 없는 --access-type &quot;%1&quot;: key, system-identity, user-identity 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="172"/>
        <source>--standby and --backup go with --drill.</source>
        <translation>--standby와 --backup은 --drill과 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="178"/>
        <source>schedule --drill needs --standby RESOURCE_ID and --backup BLOB.</source>
        <translation>schedule --drill에는 --standby RESOURCE_ID와 --backup BLOB이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="180"/>
        <source>A drill deletes nothing: --prune-older-than and --keep-last go with backups.</source>
        <translation>훈련은 아무것도 삭제하지 않습니다. --prune-older-than과 --keep-last는 백업과 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="194"/>
        <source>--at goes with --every daily or weekly; a cron expression carries its own time.</source>
        <translation>--at은 --every daily 또는 weekly와 함께 씁니다. cron 식에는 시각이 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="197"/>
        <source>--at needs a time of day as HH:MM, e.g. 02:30, not &quot;%1&quot;.</source>
        <translation>--at에는 &quot;%1&quot;이 아니라 HH:MM 형식의 시각(예: 02:30)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="206"/>
        <source>--keep-last needs a number of backups, 0 or more.</source>
        <translation>--keep-last에는 0 이상의 백업 개수가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="221"/>
        <source>Unknown --job-auth &quot;%1&quot;: use env or stored.</source>
        <translation>알 수 없는 --job-auth &quot;%1&quot;: env 또는 stored를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="336"/>
        <source>%1 ---- add to your crontab (crontab -e) ----</source>
        <translation>%1 ---- crontab에 추가(crontab -e) ----</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="338"/>
        <source>%1 ---- %2 (readable only by you; fill it in) ----</source>
        <translation>%1 ---- %2 (본인만 읽을 수 있음, 내용을 채우세요) ----</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="340"/>
        <source>%1 ---- %2 (create it with mode 0600, then fill it in) ----</source>
        <translation>%1 ---- %2 (모드 0600으로 만든 뒤 내용을 채우세요) ----</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="342"/>
        <source>%1 ---- %2 ----</source>
        <translation>%1 ---- %2 ----</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="345"/>
        <source>%1 ---- then ----</source>
        <translation>%1 ---- 그다음 ----</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="348"/>
        <source># Save the files above (or run this command again with --install), then run:</source>
        <translation># 위 파일을 저장한 뒤(또는 이 명령을 --install과 함께 다시 실행한 뒤) 다음을 실행하세요:</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="352"/>
        <source># Create the credentials file readable only by you, e.g.: (umask 077; ${EDITOR:-vi} %1)</source>
        <translation># 본인만 읽을 수 있는 자격 증명 파일을 만드세요. 예: (umask 077; ${EDITOR:-vi} %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="354"/>
        <source># Then add the crontab line with:</source>
        <translation># 그다음 crontab 줄을 추가하세요:</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="357"/>
        <source>rem Save both files in %1, then run in cmd.exe (add /RU and /RP to run while logged off):</source>
        <translation>rem 두 파일을 %1에 저장한 뒤 cmd.exe에서 실행하세요(로그오프 상태에서도 실행하려면 /RU와 /RP 추가):</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="397"/>
        <source>Cannot create %1: check its permissions.</source>
        <translation>%1을(를) 만들 수 없습니다. 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="382"/>
        <source>%1 can be read by other users: run chmod 600 %1</source>
        <translation>다른 사용자가 %1을(를) 읽을 수 있습니다. chmod 600 %1을 실행하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="61"/>
        <source>Print or install a systemd timer, crontab line or Windows task for unattended backups or drills, or write a GitHub Actions or Azure Pipelines workflow</source>
        <translation>무인 백업 또는 훈련을 위한 systemd 타이머, crontab 줄 또는 Windows 작업을 출력하거나 설치하거나, GitHub Actions 또는 Azure Pipelines 워크플로를 작성합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="86"/>
        <source>systemd (user service + timer), cron (a crontab line), windows (a script + schtasks), github-actions or azure-pipelines (a workflow file; its schedule is in UTC).</source>
        <translation>systemd(사용자 서비스 + 타이머), cron(crontab 줄), windows(스크립트 + schtasks), github-actions 또는 azure-pipelines(워크플로 파일, 일정은 UTC 기준).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="117"/>
        <source>Write the systemd units to ~/.config/systemd/user, or the cron block into your crontab, and the credentials template.</source>
        <translation>systemd 유닛을 ~/.config/systemd/user에 쓰거나 cron 블록을 crontab에 쓰고, 자격 증명 템플릿을 작성합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="121"/>
        <source>List the schedules installed on this machine (with --json too).</source>
        <translation>이 컴퓨터에 설치된 일정을 나열합니다(--json도 사용 가능).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="123"/>
        <source>Disable and delete the installed schedule of this name.</source>
        <translation>이 이름의 설치된 일정을 사용하지 않도록 설정하고 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="138"/>
        <source>Unknown --format &quot;%1&quot;: use systemd, cron, windows, github-actions or azure-pipelines.</source>
        <translation>알 수 없는 --format &quot;%1&quot;: systemd, cron, windows, github-actions 또는 azure-pipelines를 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="279"/>
        <source>--install writes systemd user units or a crontab block, which Windows does not have. Run again without --install and follow the printed steps.</source>
        <translation>--install은 systemd 사용자 유닛 또는 crontab 블록을 쓰는데, Windows에는 이것이 없습니다. --install 없이 다시 실행하고 출력된 단계를 따르십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="283"/>
        <source>--install writes systemd user units or a crontab block. For --format windows, copy the printed files yourself (run again without --install).</source>
        <translation>--install은 systemd 사용자 유닛 또는 crontab 블록을 씁니다. --format windows의 경우 출력된 파일을 직접 복사하십시오(--install 없이 다시 실행).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="384"/>
        <source>Kept %1 as it is (it may hold your secret already).</source>
        <translation>%1은(는) 그대로 두었습니다(이미 비밀이 들어 있을 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="388"/>
        <source>Replaced the block %1 in %2</source>
        <translation>%2의 블록 %1을(를) 교체했습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="389"/>
        <source>Added the block %1 to %2</source>
        <translation>블록 %1을(를) %2에 추가했습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="398"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="152"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="391"/>
        <source>Wrote %1 (mode 0600, no secret in it: fill it in)</source>
        <translation>%1을(를) 썼습니다(모드 0600, 비밀은 없음: 내용을 채우세요)</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="393"/>
        <source>Replaced %1</source>
        <translation>%1을(를) 교체했습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="393"/>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="164"/>
        <source>Wrote %1</source>
        <translation>%1을(를) 썼습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="414"/>
        <source>Fill in AZURE_CLIENT_SECRET (and the ids, if empty) in %1 with an editor; keep it mode 0600.</source>
        <translation>편집기로 %1에 AZURE_CLIENT_SECRET(비어 있으면 ID도)을 채우세요. 모드는 0600으로 유지하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="417"/>
        <source>The job notifies webhook %1: save its URL with &apos;apim-backup-cli notify set %1&apos;%2.</source>
        <translation>이 작업은 웹후크 %1에 알림을 보냅니다. &apos;apim-backup-cli notify set %1&apos;(으)로 URL을 저장하세요%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="420"/>
        <source>, or put it in %1 as %2</source>
        <translation>(또는 %1에 %2(으)로 넣으세요)</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="424"/>
        <source>Then enable the timer:</source>
        <translation>그다음 타이머를 켜세요:</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="42"/>
        <source>With --format github-actions or azure-pipelines: back up every service of this subscription (backup --all); repeat it for several.</source>
        <translation>--format github-actions 또는 azure-pipelines와 함께: 이 구독의 모든 서비스를 백업합니다(backup --all). 여러 구독에 대해 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="44"/>
        <source>subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="46"/>
        <source>With a workflow: how many services are backed up at a time (backup --parallel).</source>
        <translation>워크플로와 함께: 한 번에 백업할 서비스 수(backup --parallel).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="48"/>
        <source>With a workflow: the https:// address of the apim-backup .deb it installs (default: this version&apos;s release).</source>
        <translation>워크플로와 함께: 설치할 apim-backup .deb의 https:// 주소(기본값: 이 버전의 릴리스).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="50"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="52"/>
        <source>With a workflow: the SHA-256 of that .deb; the workflow checks it with sha256sum -c.</source>
        <translation>워크플로와 함께: 해당 .deb의 SHA-256. 워크플로에서 sha256sum -c로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="52"/>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="54"/>
        <source>With --format azure-pipelines: the Azure Resource Manager service connection (workload identity federation) the steps sign in with.</source>
        <translation>--format azure-pipelines와 함께: 단계에서 로그인에 사용하는 Azure Resource Manager 서비스 연결(워크로드 ID 페더레이션).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="57"/>
        <source>With --format azure-pipelines: the branch the schedule runs on.</source>
        <translation>--format azure-pipelines와 함께: 일정이 실행되는 분기.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="60"/>
        <source>With a workflow: write it to this file instead of printing it.</source>
        <translation>워크플로와 함께: 출력하는 대신 이 파일에 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="60"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="67"/>
        <source>--%1 goes with --format github-actions or azure-pipelines.</source>
        <translation>--%1은(는) --format github-actions 또는 azure-pipelines와 함께 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="79"/>
        <source>--%1 does not go with a workflow: it runs the released package, signs in through the engine and reports through the run&apos;s result.</source>
        <translation>--%1은(는) 워크플로와 함께 사용할 수 없습니다: 워크플로는 릴리스된 패키지를 실행하고, 엔진을 통해 로그인하며, 실행 결과를 통해 보고합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="93"/>
        <source>A workflow needs --service RESOURCE_ID (one or more) or --all-in SUBSCRIPTION_ID, --account NAME and --container NAME.</source>
        <translation>워크플로에는 --service RESOURCE_ID(하나 이상) 또는 --all-in SUBSCRIPTION_ID, --account NAME 및 --container NAME이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="109"/>
        <source>--parallel takes a whole number, 1 or more.</source>
        <translation>--parallel에는 1 이상의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="117"/>
        <source>--service-connection and --branch go with --format azure-pipelines; GitHub Actions signs in with the repository variables AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID.</source>
        <translation>--service-connection과 --branch는 --format azure-pipelines와 함께 사용합니다. GitHub Actions는 리포지토리 변수 AZURE_CLIENT_ID, AZURE_TENANT_ID 및 AZURE_SUBSCRIPTION_ID로 로그인합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="166"/>
        <source>Commit it as .github/workflows/%1; the comments at its top say what to set up once.</source>
        <translation>.github/workflows/%1(으)로 커밋하십시오. 파일 맨 위의 주석에 한 번만 설정할 항목이 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleWorkflow.cpp" line="168"/>
        <source>Commit it and create a pipeline from it; the comments at its top say what to set up once.</source>
        <translation>커밋한 다음 이를 사용하여 파이프라인을 만드십시오. 파일 맨 위의 주석에 한 번만 설정할 항목이 나와 있습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::ServicesCommand</name>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="38"/>
        <source>List API Management services: tier, state and backup support</source>
        <translation>API Management 서비스를 나열합니다: 계층, 상태, 백업 지원</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="44"/>
        <source>Only this subscription (repeatable). Default: all you can see.</source>
        <translation>이 구독만(반복 가능). 기본값: 볼 수 있는 모든 구독.</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="46"/>
        <source>List per subscription instead of one Resource Graph query.</source>
        <translation>Resource Graph 쿼리 하나 대신 구독별로 나열합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="64"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="64"/>
        <source>no (%1)</source>
        <translation>아니요(%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Tier</source>
        <translation>계층</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="67"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="71"/>
        <source>Listed per subscription: %1</source>
        <translation>구독별로 나열함: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::StorageCommand</name>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="82"/>
        <source>List storage accounts and their containers (--subscription ID)</source>
        <translation>스토리지 계정과 컨테이너를 나열합니다(--subscription ID)</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="87"/>
        <source>The subscription to list.</source>
        <translation>나열할 구독.</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="94"/>
        <source>storage needs --subscription ID.</source>
        <translation>storage에는 --subscription ID가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="125"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="125"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="126"/>
        <source>deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="126"/>
        <source>allow</source>
        <translation>허용</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="128"/>
        <source>Access keys</source>
        <translation>액세스 키</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="129"/>
        <source>Firewall</source>
        <translation>방화벽</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="129"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location filename="../app/cli/InventoryCommands.cpp" line="143"/>
        <source>Containers of %1 could not be listed: %2</source>
        <translation>%1의 컨테이너를 나열하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::StorageKeyCommand</name>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="20"/>
        <source>Save (set), forget or list pasted storage account keys (key read from stdin)</source>
        <translation>붙여 넣은 스토리지 계정 키를 저장(set), 삭제(forget) 또는 나열(list)합니다(키는 표준 입력에서 읽음)</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="26"/>
        <source>set, forget or list.</source>
        <translation>set, forget 또는 list.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="27"/>
        <source>The storage account name.</source>
        <translation>스토리지 계정 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="42"/>
        <source>storage-key takes one action (set, forget or list). The key is read from standard input, never from the command line, where other users could see it with &apos;ps&apos;.</source>
        <translation>storage-key에는 동작 하나(set, forget 또는 list)만 지정합니다. 키는 표준 입력에서 읽으며, 다른 사용자가 &apos;ps&apos;로 볼 수 있는 명령줄에서는 절대 읽지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="54"/>
        <source>storage-key needs an action: set, forget or list.</source>
        <translation>storage-key에는 동작이 필요합니다: set, forget 또는 list.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="55"/>
        <source>Unknown storage-key action &quot;%1&quot;: use set, forget or list.</source>
        <translation>알 수 없는 storage-key 동작 &quot;%1&quot;: set, forget 또는 list를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="61"/>
        <source>storage-key %1 needs --account NAME.</source>
        <translation>storage-key %1에는 --account NAME이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="96"/>
        <source>What was read is not a storage account key. %1</source>
        <translation>읽은 내용이 스토리지 계정 키가 아닙니다. %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="72"/>
        <source>Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a key saved now would be gone when this command ends. Run storage-key %1 without session-only secrets to use the keychain, or paste the key in the app for one session.</source>
        <translation>여기서는 비밀이 세션 전용이므로(--session-only-secrets 또는 APIM_BACKUP_SECRETS=session) 지금 저장한 키는 이 명령이 끝나면 사라집니다. 키체인을 사용하려면 세션 전용 비밀 없이 storage-key %1을(를) 실행하거나, 한 세션 동안 쓰려면 앱에서 키를 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="88"/>
        <source>Paste key1 or key2 of storage account %1 and press Enter (the input is hidden):</source>
        <translation>스토리지 계정 %1의 key1 또는 key2를 붙여 넣고 Enter 키를 누르세요(입력 내용은 표시되지 않음):</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="91"/>
        <source>No key on standard input. Pipe it in (for example from a secret manager) or type it at the prompt.</source>
        <translation>표준 입력에 키가 없습니다. 파이프로 전달하거나(예: 비밀 관리자에서) 프롬프트에 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="105"/>
        <source>The key for %1 was not saved: %2</source>
        <translation>%1의 키를 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="113"/>
        <source>Saved the access key for %1 (%2) in the keychain. Backups and restores with an access key use it instead of listing the account&apos;s keys.</source>
        <translation>%1(%2)의 액세스 키를 키체인에 저장했습니다. 액세스 키를 쓰는 백업과 복원은 계정 키를 나열하는 대신 이 키를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="130"/>
        <source>The key for %1 could not be forgotten: %2</source>
        <translation>%1의 키를 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="138"/>
        <source>Forgot the pasted access key for %1 (%2).</source>
        <translation>%1(%2)에 대해 붙여 넣은 액세스 키를 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="139"/>
        <source>No pasted access key was saved for %1 (%2).</source>
        <translation>%1(%2)에 대해 저장된 붙여 넣은 액세스 키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageKeyCommand.cpp" line="151"/>
        <source>No pasted storage account keys for %1.</source>
        <translation>%1에 붙여 넣은 스토리지 계정 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::TenantsCommand</name>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="282"/>
        <source>List the tenants the signed-in account can reach</source>
        <translation>로그인한 계정이 접근할 수 있는 테넌트를 나열합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="311"/>
        <source>Tenant ID</source>
        <translation>테넌트 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="311"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/cli/AuthCommands.cpp" line="311"/>
        <source>Default domain</source>
        <translation>기본 도메인</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="155"/>
        <source>Check again that the backups this tool made are still there and unchanged</source>
        <translation>이 도구로 만든 백업이 아직 있고 바뀌지 않았는지 다시 확인합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="161"/>
        <source>Only backups of this service (resource id or name).</source>
        <translation>이 서비스의 백업만(리소스 ID 또는 이름).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="177"/>
        <source>Could not check: %1</source>
        <translation>확인하지 못함: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../app/cli/RecoveryCommands.cpp" line="196"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>Apim::Cli::WaitCommand</name>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="328"/>
        <source>Follow an operation started earlier to its end (wait OPERATION_ID)</source>
        <translation>앞서 시작한 작업을 끝까지 따라갑니다(wait OPERATION_ID)</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="333"/>
        <source>The operation id (or a unique prefix of it).</source>
        <translation>작업 ID(또는 고유한 앞부분).</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="340"/>
        <source>wait needs one operation id; &apos;apim-backup-cli operations&apos; lists them.</source>
        <translation>wait에는 작업 ID 하나가 필요합니다. &apos;apim-backup-cli operations&apos;로 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/OperationCommands.cpp" line="370"/>
        <source>Following %1 (%2 of %3)...</source>
        <translation>%1을(를) 따라가는 중(%3의 %2)...</translation>
    </message>
</context>
<context>
    <name>Apim::Core::AccountManager</name>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="94"/>
        <source>A sign-in is already in progress: finish or cancel it first.</source>
        <translation>이미 로그인이 진행 중입니다. 먼저 완료하거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="37"/>
        <source>Sign-in from the environment uses AZURE_TENANT_ID (%1), not the tenant &quot;%2&quot; given. Leave the tenant out, or set AZURE_TENANT_ID to it.</source>
        <translation>환경을 통한 로그인은 지정된 테넌트 &quot;%2&quot;가 아니라 AZURE_TENANT_ID(%1)를 사용합니다. 테넌트를 생략하거나 AZURE_TENANT_ID를 해당 테넌트로 설정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="39"/>
        <source>not set</source>
        <translation>설정되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="111"/>
        <source>A service principal needs its client ID and a client secret.</source>
        <translation>서비스 주체에는 클라이언트 ID와 클라이언트 비밀이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialFactory.cpp" line="60"/>
        <source>Choose how to sign in.</source>
        <translation>로그인 방식을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="167"/>
        <source>The sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="174"/>
        <source>The renewed sign-in could not be saved in the keychain, so the next start may ask you to sign in again: %1</source>
        <translation>갱신된 로그인을 키체인에 저장하지 못해 다음 시작 시 다시 로그인해야 할 수 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="233"/>
        <source>Secrets are kept for this session only.</source>
        <translation>비밀은 이 세션 동안만 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/SessionStore.cpp" line="96"/>
        <source>The saved sign-in belongs to the cloud %1, not %2. Sign in again, or choose the cloud %1.</source>
        <translation>저장된 로그인은 %2이(가) 아니라 클라우드 %1에 속합니다. 다시 로그인하거나 클라우드 %1을(를) 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/SessionStore.cpp" line="114"/>
        <source>The saved sign-in of %1 has no secret in the keychain any more. Sign in again.</source>
        <translation>%1의 저장된 로그인에 대한 비밀이 더 이상 키체인에 없습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/SessionStore.cpp" line="123"/>
        <source>The saved sign-in of %1 could not be read from the keychain: %2</source>
        <translation>%1의 저장된 로그인을 키체인에서 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="331"/>
        <source>Saved storage keys could not all be removed: %1</source>
        <translation>저장된 스토리지 키를 모두 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AccountManager.cpp" line="316"/>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>키체인에서 로그인 정보를 삭제하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ActivityLogLookup</name>
    <message>
        <location filename="../app/core/operations/ActivityLogLookup.cpp" line="60"/>
        <source>the Activity Log&apos;s answer has no list of events (request id %1)</source>
        <translation>활동 로그의 응답에 이벤트 목록이 없습니다(요청 ID %1)</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ApimService</name>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="50"/>
        <source>The Consumption tier has no backup and restore: APIM offers them only in the Developer, Basic, Standard and Premium tiers. Export the configuration with APIOps or templates instead.</source>
        <translation>Consumption 계층에는 백업 및 복원이 없습니다. APIM은 Developer, Basic, Standard, Premium 계층에서만 제공합니다. 대신 APIOps나 템플릿으로 구성을 내보내세요.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="54"/>
        <source>The %1 tier (v2) does not support backup and restore: APIM offers them only in the classic Developer, Basic, Standard and Premium tiers.</source>
        <translation>%1 계층(v2)은 백업 및 복원을 지원하지 않습니다. APIM은 클래식 Developer, Basic, Standard, Premium 계층에서만 제공합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="59"/>
        <source>The Isolated tier is not covered by APIM backup and restore, which Microsoft documents only for the Developer, Basic, Standard and Premium tiers.</source>
        <translation>Isolated 계층은 APIM 백업 및 복원 대상이 아닙니다. Microsoft는 Developer, Basic, Standard, Premium 계층에 대해서만 문서화하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="63"/>
        <source>The service&apos;s pricing tier is unknown, so backup support cannot be confirmed. Refresh the service.</source>
        <translation>서비스의 가격 책정 계층을 알 수 없어 백업 지원 여부를 확인할 수 없습니다. 서비스를 새로 고치세요.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ApimService.cpp" line="65"/>
        <source>The %1 tier is not known to support backup and restore (only Developer, Basic, Standard and Premium are).</source>
        <translation>%1 계층의 백업 및 복원 지원 여부는 알려져 있지 않습니다(Developer, Basic, Standard, Premium만 지원).</translation>
    </message>
</context>
<context>
    <name>Apim::Core::AppPaths</name>
    <message>
        <location filename="../app/core/settings/AppPaths.cpp" line="55"/>
        <source>Cannot create the folder %1: check its permissions or set APIM_BACKUP_HOME.</source>
        <translation>%1 폴더를 만들 수 없습니다. 권한을 확인하거나 APIM_BACKUP_HOME을 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ArmError</name>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="114"/>
        <source>Could not get a sign-in token: %1 Sign in again and retry.</source>
        <translation>로그인 토큰을 받지 못했습니다: %1 다시 로그인한 뒤 재시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="117"/>
        <source>Could not reach Azure: %1. Check the network connection, VPN or proxy, then try again.</source>
        <translation>Azure에 연결할 수 없습니다: %1. 네트워크 연결, VPN 또는 프록시를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="119"/>
        <source>The request may have reached Azure before the connection broke.</source>
        <translation>연결이 끊기기 전에 요청이 Azure에 도달했을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="122"/>
        <source>Azure did not answer in time (%1). Try again in a moment.</source>
        <translation>Azure가 제시간에 응답하지 않았습니다(%1). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="125"/>
        <source>Azure sent an answer that could not be read (%1). Try again; if it keeps happening, report it with the request id.</source>
        <translation>Azure가 읽을 수 없는 응답을 보냈습니다(%1). 다시 시도하고, 계속되면 요청 ID와 함께 보고하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="130"/>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="137"/>
        <source>Azure did not accept the sign-in (%1). Sign in again, then retry.</source>
        <translation>Azure가 로그인을 받아들이지 않았습니다(%1). 다시 로그인한 뒤 재시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="139"/>
        <source>Permission denied: %1. Ask an owner of the subscription or resource for a role that allows this (for example API Management Service Contributor).</source>
        <translation>권한이 거부되었습니다: %1. 구독 또는 리소스 소유자에게 이 작업을 허용하는 역할(예: API Management Service Contributor)을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="143"/>
        <source>Not found: %1. It may have been deleted or moved; refresh the list.</source>
        <translation>찾을 수 없습니다: %1. 삭제되었거나 이동되었을 수 있으니 목록을 새로 고치세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="145"/>
        <source>Another operation is running on this service: %1. Wait until it has finished, then try again.</source>
        <translation>이 서비스에서 다른 작업이 실행 중입니다: %1. 끝날 때까지 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="149"/>
        <source>Azure refused because of a conflict: %1. Wait until other changes have finished, then try again.</source>
        <translation>충돌 때문에 Azure가 거부했습니다: %1. 다른 변경이 끝날 때까지 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="152"/>
        <source>Azure is throttling requests: %1. Wait a minute, then try again.</source>
        <translation>Azure가 요청을 제한하고 있습니다: %1. 1분 정도 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="154"/>
        <source>Azure reported a server error (HTTP %1): %2. Try again in a few minutes; if it persists, contact Azure support with the request id.</source>
        <translation>Azure에서 서버 오류가 발생했습니다(HTTP %1): %2. 몇 분 뒤 다시 시도하고, 계속되면 요청 ID와 함께 Azure 지원에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="159"/>
        <source>Azure refused the request (HTTP %1): %2</source>
        <translation>Azure가 요청을 거부했습니다(HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="165"/>
        <source>Details: %1.</source>
        <translation>세부 정보: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="167"/>
        <source>(request id %1)</source>
        <translation>(요청 ID %1)</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="169"/>
        <source>(correlation id %1)</source>
        <translation>(상관 관계 ID %1)</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmError.cpp" line="171"/>
        <source>(client request id %1)</source>
        <translation>(클라이언트 요청 ID %1)</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ArmJob</name>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="65"/>
        <source>Refused to send the sign-in token to %1: it is not the Azure Resource Manager endpoint of this cloud.</source>
        <translation>로그인 토큰을 %1(으)로 보내지 않았습니다. 이 클라우드의 Azure Resource Manager 엔드포인트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="90"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="104"/>
        <source>Not signed in.</source>
        <translation>로그인하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="119"/>
        <source>No access token.</source>
        <translation>액세스 토큰이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/arm/ArmJob.cpp" line="195"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n초 안에 응답이 없음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="199"/>
        <source>the connection closed before Azure answered</source>
        <translation>Azure가 응답하기 전에 연결이 닫힘</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="209"/>
        <source>the answer was cut off: %1</source>
        <translation>응답이 중간에 잘림: %1</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="218"/>
        <location filename="../app/core/arm/ArmJob.cpp" line="321"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>바이트 %1에서 올바른 JSON이 아님: %2</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="226"/>
        <source>unexpected redirect to %1</source>
        <translation>%1(으)로의 예기치 않은 리디렉션</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmJob.cpp" line="237"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ArmPager</name>
    <message>
        <location filename="../app/core/arm/ArmPager.cpp" line="50"/>
        <source>the list has no &quot;value&quot; array</source>
        <translation>목록에 &quot;value&quot; 배열이 없음</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmPager.cpp" line="64"/>
        <source>the list holds an entry that is not an object</source>
        <translation>목록에 개체가 아닌 항목이 있습니다</translation>
    </message>
    <message>
        <location filename="../app/core/arm/ArmPager.cpp" line="93"/>
        <source>the list pages loop back on themselves (page %1)</source>
        <translation>목록 페이지가 순환함(페이지 %1)</translation>
    </message>
</context>
<context>
    <name>Apim::Core::AuthorizationCodeFlow</name>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="37"/>
        <source>No answer came from the browser within %1 minutes, so the sign-in was stopped. Try again, or use device code sign-in on a machine without a browser.</source>
        <translation>%1분 안에 브라우저에서 응답이 없어 로그인을 중단했습니다. 다시 시도하거나, 브라우저가 없는 컴퓨터에서는 장치 코드 로그인을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="64"/>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="64"/>
        <source>This address only receives the APIM Backup sign-in.</source>
        <translation>이 주소는 APIM Backup 로그인 응답만 받습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="66"/>
        <source>Sign-in already handled</source>
        <translation>이미 처리된 로그인</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="66"/>
        <source>This sign-in is over. You can close this tab.</source>
        <translation>이 로그인은 끝났습니다. 이 탭을 닫아도 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="71"/>
        <source>A sign-in answer with a wrong state was refused; still waiting for the real one.</source>
        <translation>상태 값이 틀린 로그인 응답을 거부했습니다. 올바른 응답을 계속 기다립니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="74"/>
        <source>Sign-in answer refused</source>
        <translation>로그인 응답 거부됨</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="75"/>
        <source>This answer does not belong to the sign-in that APIM Backup started (the state does not match), so it was ignored. Finish signing in in the tab that APIM Backup opened.</source>
        <translation>이 응답은 APIM Backup이 시작한 로그인에 속하지 않아(상태 값 불일치) 무시했습니다. APIM Backup이 연 탭에서 로그인을 마치세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="84"/>
        <source>The sign-in was cancelled in the browser.</source>
        <translation>브라우저에서 로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="86"/>
        <source>The sign-in failed in the browser: %1 %2</source>
        <translation>브라우저에서 로그인에 실패했습니다: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="88"/>
        <source>Sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="89"/>
        <source>APIM Backup could not sign you in: %1. You can close this tab and try again.</source>
        <translation>APIM Backup이 로그인하지 못했습니다: %1. 이 탭을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="95"/>
        <source>Sign-in answer incomplete</source>
        <translation>로그인 응답 불완전</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="95"/>
        <source>The answer carries no authorization code.</source>
        <translation>응답에 인증 코드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="98"/>
        <source>Signed in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="98"/>
        <source>APIM Backup received your sign-in. You can close this tab.</source>
        <translation>APIM Backup이 로그인 정보를 받았습니다. 이 탭을 닫아도 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="176"/>
        <source>The sign-in service refused to complete the browser sign-in: %1 Try signing in again.</source>
        <translation>로그인 서비스가 브라우저 로그인 완료를 거부했습니다: %1 다시 로그인해 보세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AuthorizationCodeFlow.cpp" line="187"/>
        <source>The sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::AzureCliCredential</name>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="38"/>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="38"/>
        <source>%1 (Azure CLI)</source>
        <translation>%1 (Azure CLI)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="50"/>
        <source>The Azure CLI printed something that is not an access token. Run &apos;az account get-access-token&apos; yourself to see what is wrong.</source>
        <translation>Azure CLI가 액세스 토큰이 아닌 내용을 출력했습니다. &apos;az account get-access-token&apos;을 직접 실행해 무엇이 잘못됐는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="100"/>
        <source>&quot;%1&quot; is not a tenant ID or domain name (a GUID such as 00000000-0000-0000-0000-000000000000, or a name such as contoso.onmicrosoft.com). Correct the tenant and try again.</source>
        <translation>&quot;%1&quot;은(는) 테넌트 ID나 도메인 이름이 아닙니다(00000000-0000-0000-0000-000000000000 같은 GUID 또는 contoso.onmicrosoft.com 같은 이름). 테넌트를 수정한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="144"/>
        <source>The Azure CLI did not answer within %1 seconds. Run &apos;az account get-access-token&apos; yourself to see what it waits for.</source>
        <translation>Azure CLI가 %1초 안에 응답하지 않았습니다. &apos;az account get-access-token&apos;을 직접 실행해 무엇을 기다리는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="153"/>
        <source>The Azure CLI (&apos;%1&apos;) was not found or could not be started: %2. Install it (https://aka.ms/InstallAzureCLI) or choose another sign-in method.</source>
        <translation>Azure CLI(&apos;%1&apos;)를 찾지 못했거나 시작할 수 없습니다: %2. 설치하거나(https://aka.ms/InstallAzureCLI) 다른 로그인 방식을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="89"/>
        <source>The Azure CLI is not signed in, or its sign-in expired. Please run &apos;az login&apos;, then try again. (az said: %1)</source>
        <translation>Azure CLI에 로그인되어 있지 않거나 로그인이 만료되었습니다. &apos;az login&apos;을 실행한 뒤 다시 시도하세요. (az 메시지: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AzureCliCredential.cpp" line="93"/>
        <source>The Azure CLI failed (exit code %1): %2</source>
        <translation>Azure CLI가 실패했습니다(종료 코드 %1): %2</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupCatalog</name>
    <message>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="81"/>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="107"/>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="137"/>
        <source>Sign in to list backups.</source>
        <translation>백업 목록을 보려면 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/BackupCatalog.cpp" line="87"/>
        <source>The storage account %1 has no Blob endpoint.</source>
        <translation>스토리지 계정 %1에 Blob 엔드포인트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupLocation</name>
    <message>
        <location filename="../app/core/recovery/BackupLocation.cpp" line="19"/>
        <source>&quot;%1&quot; is not a backup location: write SUBSCRIPTION/ACCOUNT/CONTAINER, e.g. 00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.</source>
        <translation>&quot;%1&quot;은(는) 백업 위치가 아닙니다. SUBSCRIPTION/ACCOUNT/CONTAINER 형식으로 쓰세요. 예: 00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/BackupLocation.cpp" line="24"/>
        <source>&quot;%1&quot; is not a subscription id: the storage account&apos;s subscription is a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>&quot;%1&quot;은(는) 구독 ID가 아닙니다. 스토리지 계정의 구독은 00000000-0000-0000-0000-000000000000 같은 GUID입니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupNaming</name>
    <message>
        <location filename="../app/core/operations/BackupNaming.cpp" line="63"/>
        <source>The naming pattern &quot;%1&quot; has no date or time, so every backup would get the same name. Add for example {yyyyMMdd-HHmmss}.</source>
        <translation>이름 패턴 &quot;%1&quot;에 날짜나 시각이 없어 모든 백업이 같은 이름을 갖게 됩니다. 예를 들어 {yyyyMMdd-HHmmss}를 추가하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupVerification</name>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="73"/>
        <source>Not verified yet.</source>
        <translation>아직 검증하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="73"/>
        <source>Could not be verified: %1</source>
        <translation>검증하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="75"/>
        <source>Verified: the file is there, %1, unchanged.</source>
        <translation>검증됨: 파일이 있으며 %1, 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="77"/>
        <source>The backup&apos;s file is gone from its container: it cannot be restored.</source>
        <translation>백업 파일이 컨테이너에서 사라져 복원할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="79"/>
        <source>The backup&apos;s file is empty: it cannot be restored.</source>
        <translation>백업 파일이 비어 있어 복원할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/BackupVerification.cpp" line="81"/>
        <source>The backup&apos;s file was overwritten or changed since the backup: it is not counted as a recovery point.</source>
        <translation>백업 이후 백업 파일을 덮어썼거나 파일이 바뀌어 복구 지점으로 인정하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BackupVerifier</name>
    <message>
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="103"/>
        <source>No backup made by this tool was found in the journal.</source>
        <translation>저널에서 이 도구로 만든 백업을 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="104"/>
        <source>%n verified</source>
        <translation>
            <numerusform>%n개 검증됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="106"/>
        <source>%n no longer usable</source>
        <translation>
            <numerusform>%n개 더 이상 사용할 수 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="108"/>
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n개 확인하지 못함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="109"/>
        <source>%n backup(s) checked: %1.</source>
        <translation>
            <numerusform>백업 %n개 확인: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/recovery/BackupVerifier.cpp" line="109"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchBackup</name>
    <message>
        <location filename="../app/core/batch/BatchBackup.cpp" line="106"/>
        <source>Not connected to Azure: sign in, then try again.</source>
        <translation>Azure에 연결되지 않았습니다. 로그인한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchItem</name>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="66"/>
        <source>its tier has no backup</source>
        <translation>계층에 백업 기능이 없음</translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="68"/>
        <source>another operation runs on it</source>
        <translation>다른 작업이 실행 중</translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="70"/>
        <source>no permission</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchItem.cpp" line="72"/>
        <source>cancelled before it started</source>
        <translation>시작 전에 취소됨</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchOutcome</name>
    <message>
        <location filename="../app/core/batch/BatchOutcome.cpp" line="64"/>
        <source>Operation %1 is still running on %2.</source>
        <translation>작업 %1이(가) %2에서 아직 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchOutcome.cpp" line="115"/>
        <source>The backup failed.</source>
        <translation>백업이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/batch/BatchOutcome.cpp" line="124"/>
        <source>The backup ended as %1.</source>
        <translation>백업이 %1(으)로 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BatchSummary</name>
    <message>
        <location filename="../app/core/batch/BatchSummary.cpp" line="26"/>
        <source>%1 succeeded, %2 failed, %3 skipped</source>
        <translation>성공 %1, 실패 %2, 건너뜀 %3</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobBackupFileProbe</name>
    <message>
        <location filename="../app/core/operations/BlobBackupFileProbe.cpp" line="23"/>
        <source>no storage connection to look into the container</source>
        <translation>컨테이너를 조회할 스토리지 연결이 없음</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobClient</name>
    <message>
        <location filename="../app/core/storage/BlobClient.cpp" line="176"/>
        <source>there is neither an access key nor a signed-in account for the storage account</source>
        <translation>스토리지 계정에 대한 액세스 키도, 로그인한 계정도 없음</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobClient.cpp" line="209"/>
        <source>The access key of storage account %1 is not valid base64; copy it again from the portal.</source>
        <translation>스토리지 계정 %1의 액세스 키가 올바른 base64가 아닙니다. 포털에서 다시 복사하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobClient.cpp" line="297"/>
        <source>the answer was cut off: %1</source>
        <translation>응답이 중간에 잘림: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobEndpointPolicy</name>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="52"/>
        <source>There is no trusted Blob endpoint for this storage account (Azure listed none, or one outside this cloud&apos;s Blob service), so nothing was sent. Check the storage account in the Azure portal.</source>
        <translation>이 스토리지 계정에 신뢰할 수 있는 Blob 엔드포인트가 없어(Azure가 엔드포인트를 제공하지 않았거나 이 클라우드의 Blob 서비스 밖의 엔드포인트를 제공함) 아무것도 보내지 않았습니다. Azure Portal에서 스토리지 계정을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="55"/>
        <source>The Blob endpoint %1 carries a user name; credentials are never sent to such an address.</source>
        <translation>Blob 엔드포인트 %1에 사용자 이름이 포함되어 있습니다. 이러한 주소로는 자격 증명을 보내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="63"/>
        <source>The Blob endpoint %1 is neither https:// nor http://.</source>
        <translation>Blob 엔드포인트 %1이(가) https://도 http://도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="66"/>
        <source>Refused to send storage credentials to %1: a Blob endpoint must use https:// (plain http is allowed only for loopback addresses such as Azurite). Check the storage account in the Azure portal.</source>
        <translation>스토리지 자격 증명을 %1(으)로 보내지 않았습니다. Blob 엔드포인트는 https://를 사용해야 합니다(일반 http는 Azurite 같은 루프백 주소에만 허용됨). Azure Portal에서 스토리지 계정을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="79"/>
        <source>Refused to send storage credentials to %1: it is not a Blob endpoint of this cloud (expected https://&lt;account&gt;%2/). Check the storage account and the cloud you are signed in to.</source>
        <translation>스토리지 자격 증명을 %1(으)로 보내지 않았습니다. 이 클라우드의 Blob 엔드포인트가 아닙니다(예상 형식: https://&lt;account&gt;%2/). 스토리지 계정과 로그인한 클라우드를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BlobEndpointPolicy.cpp" line="85"/>
        <source>Refused to send the credentials of storage account %1 to %2: that address belongs to another storage account.</source>
        <translation>스토리지 계정 %1의 자격 증명을 %2(으)로 보내지 않았습니다. 이 주소는 다른 스토리지 계정에 속합니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::BlobListPage</name>
    <message>
        <location filename="../app/core/storage/BackupBlob.cpp" line="131"/>
        <source>a blob in the list has no name</source>
        <translation>목록의 Blob에 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupBlob.cpp" line="136"/>
        <source>the blob list is not valid XML (line %1: %2)</source>
        <translation>Blob 목록이 올바른 XML이 아님(%1행: %2)</translation>
    </message>
    <message>
        <location filename="../app/core/storage/BackupBlob.cpp" line="140"/>
        <source>the answer is not a blob list</source>
        <translation>응답이 Blob 목록이 아님</translation>
    </message>
</context>
<context>
    <name>Apim::Core::CatalogSnapshot</name>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="106"/>
        <source>The container %1 does not exist (any more), so no backup is kept there.</source>
        <translation>컨테이너 %1이(가) (더 이상) 없으므로 그곳에 보관된 백업도 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="109"/>
        <source>Back the service up again to a container that exists.</source>
        <translation>존재하는 컨테이너로 서비스를 다시 백업하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="144"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/CatalogSnapshot.cpp" line="156"/>
        <source>No backup location is known for this service: back it up once, set a default backup location for its subscription (the app&apos;s Settings), or add the container with: apim-backup-cli location add SUBSCRIPTION/ACCOUNT/CONTAINER.</source>
        <translation>이 서비스의 알려진 백업 위치가 없습니다: 한 번 백업하거나, 해당 구독의 기본 백업 위치를 설정하거나(앱의 설정), apim-backup-cli location add SUBSCRIPTION/ACCOUNT/CONTAINER로 컨테이너를 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ClientSecretCredential</name>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="22"/>
        <source>A service principal needs its tenant: give the tenant ID (a GUID) or its domain with --tenant.</source>
        <translation>서비스 주체에는 테넌트가 필요합니다. --tenant로 테넌트 ID(GUID)나 도메인을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="27"/>
        <source>A service principal signs in to one specific tenant, not &quot;%1&quot;: give the tenant ID (a GUID) or its domain.</source>
        <translation>서비스 주체는 &quot;%1&quot;이(가) 아닌 특정 테넌트 하나에 로그인합니다. 테넌트 ID(GUID)나 도메인을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="36"/>
        <source>&quot;%1&quot; is not a tenant ID or domain: give a GUID such as 00000000-0000-0000-0000-000000000000 or a domain such as contoso.onmicrosoft.com.</source>
        <translation>&quot;%1&quot;은(는) 테넌트 ID 또는 도메인이 아닙니다: 00000000-0000-0000-0000-000000000000과 같은 GUID 또는 contoso.onmicrosoft.com과 같은 도메인을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ClientSecretCredential.cpp" line="51"/>
        <source>A service principal needs a client ID and a client secret.</source>
        <translation>서비스 주체에는 클라이언트 ID와 클라이언트 비밀이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::CopyCommand</name>
    <message>
        <location filename="../app/core/operations/CopyCommand.cpp" line="69"/>
        <source>az apim %1 supports only access keys; use the az rest command for managed identities.</source>
        <translation>az apim %1은(는) 액세스 키만 지원합니다. 관리 ID에는 az rest 명령을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/CopyCommand.cpp" line="77"/>
        <source>Warning: az apim gets the storage key on its command line, where other users of this machine can read it (ps). Prefer a managed identity with the az rest command.</source>
        <translation>경고: az apim은 스토리지 키를 명령줄로 받으므로 이 컴퓨터의 다른 사용자가 읽을 수 있습니다(ps). az rest 명령과 함께 관리 ID를 사용하는 것이 좋습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::DeviceCodeFlow</name>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="71"/>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="110"/>
        <source>The code expired before the sign-in was completed. Start the sign-in again.</source>
        <translation>로그인을 마치기 전에 코드가 만료되었습니다. 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="106"/>
        <source>The sign-in was declined. Start it again to retry.</source>
        <translation>로그인이 거부되었습니다. 다시 시도하려면 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="114"/>
        <source>The sign-in service did not recognise the device code. Start the sign-in again.</source>
        <translation>로그인 서비스가 장치 코드를 인식하지 못했습니다. 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/DeviceCodeFlow.cpp" line="126"/>
        <source>The sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillDifference</name>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="11"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="13"/>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="15"/>
        <source>Named value</source>
        <translation>명명된 값</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="17"/>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="19"/>
        <source>Global policy</source>
        <translation>전역 정책</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="21"/>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="23"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="51"/>
        <source>%1: in the source, not in the standby</source>
        <translation>%1: 원본에는 있고 대기 서비스에는 없음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="53"/>
        <source>%1: in the standby, not in the source</source>
        <translation>%1: 대기 서비스에는 있고 원본에는 없음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="55"/>
        <source>%1: revisions %2 in the source, %3 in the standby</source>
        <translation>%1: 수정 버전이 원본은 %2, 대기 서비스는 %3</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="57"/>
        <source>%1: differs (SHA-256 %2 in the source, %3 in the standby)</source>
        <translation>%1: 다름(SHA-256 원본 %2, 대기 서비스 %3)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="60"/>
        <source>%1: %2 in the source, %3 in the standby</source>
        <translation>%1: 원본 %2, 대기 서비스 %3</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="68"/>
        <source>not explained</source>
        <translation>설명되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="69"/>
        <source>%1 (%2) by %3 at %4, after the backup</source>
        <translation>백업 이후 %4에 %3이(가) 실행한 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillDifference.cpp" line="71"/>
        <source>an unknown caller</source>
        <translation>알 수 없는 호출자</translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillExport</name>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="51"/>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="54"/>
        <source>APIs (revisions)</source>
        <translation>API(수정 버전)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="56"/>
        <source>Products</source>
        <translation>제품</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="57"/>
        <source>Named values (names)</source>
        <translation>명명된 값(이름)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="58"/>
        <source>Backends</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="59"/>
        <source>Global policy (SHA-256)</source>
        <translation>전역 정책(SHA-256)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="60"/>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="62"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="77"/>
        <source>Restore drill %1 into %2</source>
        <translation>복원 훈련: %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="79"/>
        <source>Drill</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="81"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="82"/>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="83"/>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="84"/>
        <source>Standby</source>
        <translation>대기 서비스</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="86"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="87"/>
        <source>Backup taken (UTC)</source>
        <translation>백업 시각(UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="88"/>
        <source>Restore operation</source>
        <translation>복원 작업</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="89"/>
        <source>Restore accepted (UTC)</source>
        <translation>복원 접수 시각(UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="90"/>
        <source>Standby ready (UTC)</source>
        <translation>대기 서비스 준비 시각(UTC)</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="92"/>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="94"/>
        <source>Source and standby</source>
        <translation>원본과 대기 서비스</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="96"/>
        <source>Differences</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="98"/>
        <source>None: the standby holds what the source holds.</source>
        <translation>없음: 대기 서비스의 내용이 원본과 같습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="100"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="100"/>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillExport.cpp" line="106"/>
        <source>The source&apos;s Activity Log could not be read: %1</source>
        <translation>원본의 활동 로그를 읽지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillRecord</name>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="106"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="113"/>
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="115"/>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="117"/>
        <source>differences found</source>
        <translation>차이 발견</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="119"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillRequest</name>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="66"/>
        <source>The source must be the resource id of an API Management service, not &quot;%1&quot;.</source>
        <translation>원본은 &quot;%1&quot;이 아니라 API Management 서비스의 리소스 ID여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="68"/>
        <source>The standby must be the resource id of an API Management service, not &quot;%1&quot;.</source>
        <translation>대기 서비스는 &quot;%1&quot;이 아니라 API Management 서비스의 리소스 ID여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="71"/>
        <source>Name the backup to restore.</source>
        <translation>복원할 백업을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillRecord.cpp" line="162"/>
        <source>not a drill record (format, id or state missing)</source>
        <translation>훈련 기록이 아님(format, id 또는 state 없음)</translation>
    </message>
</context>
<context>
    <name>Apim::Core::DrillStore</name>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="39"/>
        <source>The drill id &quot;%1&quot; is not valid.</source>
        <translation>훈련 ID &quot;%1&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="44"/>
        <source>Could not create the folder %1 for the drill reports. Check its permissions and free space.</source>
        <translation>훈련 보고서용 폴더 %1을(를) 만들지 못했습니다. 권한과 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="51"/>
        <source>Could not write %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>%1에 쓰지 못했습니다: %2. 폴더 권한과 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="59"/>
        <source>Could not save %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2. 폴더 권한과 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="70"/>
        <source>&quot;%1&quot; is not a drill id.</source>
        <translation>&quot;%1&quot;은(는) 훈련 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="76"/>
        <source>There is no drill %1 in %2.</source>
        <translation>%2에 훈련 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="83"/>
        <source>The drill report %1 is damaged (%2); it was skipped.</source>
        <translation>훈련 보고서 %1이(가) 손상되어(%2) 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="92"/>
        <source>The file %1 is not a drill report (%2); it was skipped.</source>
        <translation>파일 %1은(는) 훈련 보고서가 아니어서(%2) 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="133"/>
        <source>The drill was stopped before its restore started.</source>
        <translation>복원을 시작하기 전에 훈련이 중지되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="134"/>
        <source>The drill was stopped before it ended (the window or the command was closed). Its restore, operation %1, may have gone on in Azure: &apos;apim-backup-cli wait %1&apos; follows it. Run the drill again to measure the recovery time.</source>
        <translation>훈련이 끝나기 전에 중지되었습니다(창이나 명령이 닫힘). 복원 작업 %1은(는) Azure에서 계속 진행되었을 수 있으며 &apos;apim-backup-cli wait %1&apos;로 따라갈 수 있습니다. 복구 시간을 측정하려면 훈련을 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="187"/>
        <source>There is no drill %1; &apos;apim-backup-cli drill --list&apos; lists them.</source>
        <translation>훈련 %1이(가) 없습니다. &apos;apim-backup-cli drill --list&apos;로 훈련 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/DrillStore.cpp" line="188"/>
        <source>&quot;%1&quot; matches several drills: %2.</source>
        <translation>&quot;%1&quot;과(와) 일치하는 훈련이 여러 개입니다: %2.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::EntraClient</name>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="100"/>
        <source>Entra ID rejected the client credentials: the client secret is wrong or expired, or the client ID does not belong to this tenant. Check them and try again.</source>
        <translation>Entra ID가 클라이언트 자격 증명을 거부했습니다. 클라이언트 비밀이 틀렸거나 만료되었거나, 클라이언트 ID가 이 테넌트에 속하지 않습니다. 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="106"/>
        <source>Entra ID does not accept this client ID here: check the client ID and the tenant.</source>
        <translation>Entra ID가 여기서 이 클라이언트 ID를 받아들이지 않습니다. 클라이언트 ID와 테넌트를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="109"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>로그인이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="112"/>
        <source>The sign-in service is temporarily unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>로그인 서비스를 일시적으로 사용할 수 없습니다(HTTP %1). 몇 분 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="117"/>
        <source>Sign-in failed: %1.</source>
        <translation>로그인 실패: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="119"/>
        <source>The sign-in service answered HTTP %1 without saying why. Check the cloud settings (--cloud) and try again.</source>
        <translation>로그인 서비스가 이유 없이 HTTP %1을(를) 응답했습니다. 클라우드 설정(--cloud)을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="127"/>
        <source>The sign-in service at %1 sent an answer that was not read: %2. Check the cloud settings (--cloud) and try again.</source>
        <translation>%1의 로그인 서비스가 보낸 응답을 읽지 않았습니다: %2. 클라우드 설정(--cloud)을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="135"/>
        <source>Could not reach the sign-in service at %1: %2. Check the network connection, proxy or firewall, and try again.</source>
        <translation>%1의 로그인 서비스에 연결할 수 없습니다: %2. 네트워크 연결, 프록시 또는 방화벽을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="216"/>
        <source>The sign-in service at %1 answered without an access token. Check the cloud settings (--cloud) and try again.</source>
        <translation>%1의 로그인 서비스가 액세스 토큰 없이 응답했습니다. 클라우드 설정(--cloud)을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="269"/>
        <source>The sign-in service at %1 answered the device code request without a code. Check the cloud settings (--cloud) and try again.</source>
        <translation>%1의 로그인 서비스가 장치 코드 요청에 코드 없이 응답했습니다. 클라우드 설정(--cloud)을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EntraClient.cpp" line="273"/>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>로그인하려면 웹 브라우저에서 %1 페이지를 열고 코드 %2을(를) 입력해 인증하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ForwardingCredential</name>
    <message>
        <location filename="../app/core/auth/ForwardingCredential.cpp" line="20"/>
        <source>You are not signed in. Sign in first.</source>
        <translation>로그인하지 않았습니다. 먼저 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::Inventory</name>
    <message>
        <location filename="../app/core/inventory/Inventory.cpp" line="113"/>
        <source>the service description has no id or name</source>
        <translation>서비스 설명에 ID나 이름이 없음</translation>
    </message>
</context>
<context>
    <name>Apim::Core::InventoryReader</name>
    <message>
        <location filename="../app/core/recovery/InventoryReader.cpp" line="22"/>
        <source>not connected to Azure</source>
        <translation>Azure에 연결되지 않음</translation>
    </message>
</context>
<context>
    <name>Apim::Core::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="22"/>
        <source>No Secret Service is running (org.freedesktop.secrets): install and unlock gnome-keyring or KWallet, or continue in session-only mode. (The keychain said: %1)</source>
        <translation>Secret Service(org.freedesktop.secrets)가 실행되고 있지 않습니다. gnome-keyring이나 KWallet을 설치하고 잠금을 해제하거나, 세션 전용 모드로 계속하세요. (키체인 메시지: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="37"/>
        <source>The keychain has no such entry.</source>
        <translation>키체인에 해당 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="41"/>
        <source>The keychain refused access (%1). It may be locked: unlock it and retry, or continue in session-only mode.</source>
        <translation>키체인이 접근을 거부했습니다(%1). 잠겨 있을 수 있습니다. 잠금을 해제하고 다시 시도하거나 세션 전용 모드로 계속하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="50"/>
        <source>The keychain could not delete the entry: %1.</source>
        <translation>키체인에서 항목을 삭제하지 못했습니다: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="86"/>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty), so the Secret Service (gnome-keyring or KWallet) cannot be reached. Run inside a desktop session, or start one with &apos;dbus-run-session&apos; and unlock gnome-keyring; or continue in session-only mode.</source>
        <translation>D-Bus 세션 버스가 없어(DBUS_SESSION_BUS_ADDRESS가 비어 있음) Secret Service(gnome-keyring 또는 KWallet)에 연결할 수 없습니다. 데스크톱 세션에서 실행하거나 &apos;dbus-run-session&apos;으로 세션을 시작하고 gnome-keyring 잠금을 해제하세요. 또는 세션 전용 모드로 계속하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="118"/>
        <source>The keychain did not answer within %1 seconds. It may be locked and waiting for a password prompt that nobody sees: unlock it (for example in Passwords and Keys or KWallet) and retry, or continue in session-only mode.</source>
        <translation>키체인이 %1초 안에 응답하지 않았습니다. 잠겨 있어 아무도 보지 못하는 암호 입력 창을 기다리고 있을 수 있습니다. 잠금을 해제한 뒤(예: 암호 및 키 또는 KWallet) 다시 시도하거나 세션 전용 모드로 계속하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="127"/>
        <source>The keychain has still not answered an earlier request, so this one was not sent. Unlock the keychain and retry, or continue in session-only mode.</source>
        <translation>키체인이 이전 요청에 아직 응답하지 않아 이 요청을 보내지 않았습니다. 키체인 잠금을 해제하고 다시 시도하거나 세션 전용 모드로 계속하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="234"/>
        <source>The keychain entry %1 is incomplete (part %2 of %3 is missing). Remove it by signing out, then sign in or enter the secret again.</source>
        <translation>키체인 항목 %1이(가) 불완전합니다(%3개 중 %2번째 부분이 없음). 로그아웃해서 삭제한 뒤 다시 로그인하거나 비밀을 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::LoopbackReceiver</name>
    <message>
        <location filename="../app/core/auth/LoopbackReceiver.cpp" line="73"/>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer: %1. Use device code sign-in instead.</source>
        <translation>브라우저 응답을 받기 위해 127.0.0.1에서 대기할 수 없습니다: %1. 대신 장치 코드 로그인을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::MemorySecretStore</name>
    <message>
        <location filename="../app/core/secrets/MemorySecretStore.cpp" line="30"/>
        <source>No secret is stored under %1.</source>
        <translation>%1에 저장된 비밀이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::NetworkErrorText</name>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="51"/>
        <source>Certificate: subject %1; issuer %2; SHA-256 fingerprint %3.</source>
        <translation>인증서: 주체 %1, 발급자 %2, SHA-256 지문 %3.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="168"/>
        <source>The TLS certificate presented for %1 is for another host name (%2): check the address, or whether something between you and the server answers in its place.</source>
        <translation>%1에 대해 제시된 TLS 인증서는 다른 호스트 이름(%2)용입니다: 주소를 확인하거나, 사용자와 서버 사이에서 다른 무언가가 대신 응답하고 있지 않은지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="173"/>
        <source>The TLS certificate of %1 is not trusted: your organisation&apos;s CA is not trusted. Add it in Settings → Trusted certificates, or with --ca-file (SSL_CERT_FILE and REQUESTS_CA_BUNDLE work too).</source>
        <translation>%1의 TLS 인증서를 신뢰할 수 없습니다: 조직의 CA를 신뢰하지 않습니다. 설정 → 신뢰할 수 있는 인증서에서 추가하거나 --ca-file로 추가하십시오(SSL_CERT_FILE 및 REQUESTS_CA_BUNDLE도 사용 가능).</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="179"/>
        <source>The TLS certificate of %1 is outside its validity period (valid %2 to %3): check the computer&apos;s clock.</source>
        <translation>%1의 TLS 인증서가 유효 기간(%2 ~ %3)을 벗어났습니다: 컴퓨터의 시계를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="185"/>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>%1의 TLS 인증서가 거부되었습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="188"/>
        <source>Not trusted: %1</source>
        <translation>신뢰할 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="204"/>
        <source>The TLS handshake with %1 failed: %2. If your organisation inspects TLS traffic, add its CA in Settings → Trusted certificates, or with --ca-file.</source>
        <translation>%1과(와)의 TLS 핸드셰이크에 실패했습니다: %2. 조직에서 TLS 트래픽을 검사하는 경우 설정 → 신뢰할 수 있는 인증서 또는 --ca-file로 해당 CA를 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="225"/>
        <source>Could not reach %1 through the proxy %2: %3. Check the proxy address (--proxy, HTTPS_PROXY or Settings → Network), or whether the proxy allows this host.</source>
        <translation>프록시 %2을(를) 통해 %1에 연결할 수 없습니다: %3. 프록시 주소(--proxy, HTTPS_PROXY 또는 설정 → 네트워크)를 확인하거나 프록시에서 이 호스트를 허용하는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="234"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="240"/>
        <source>The proxy %1 asks for a user name and password (HTTP 407 Proxy Authentication Required) to reach %2. Give the user name in the proxy address (http://USER@%1) or in Settings → Network, and save the password in the keychain with &apos;apim-backup-cli proxy-password set&apos; or in Settings → Network.</source>
        <translation>프록시 %1이(가) %2에 연결하기 위해 사용자 이름과 암호를 요구합니다(HTTP 407 Proxy Authentication Required). 프록시 주소(http://USER@%1) 또는 설정 → 네트워크에서 사용자 이름을 지정하고, &apos;apim-backup-cli proxy-password set&apos; 또는 설정 → 네트워크에서 암호를 키체인에 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="245"/>
        <source>The proxy %1 refused the user name and password of %2 (HTTP 407 Proxy Authentication Required) to reach %3. Save the right password in the keychain with &apos;apim-backup-cli proxy-password set&apos; or in Settings → Network.</source>
        <translation>프록시 %1이(가) %3에 연결하기 위한 %2의 사용자 이름과 암호를 거부했습니다(HTTP 407 Proxy Authentication Required). &apos;apim-backup-cli proxy-password set&apos; 또는 설정 → 네트워크에서 올바른 암호를 키체인에 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="250"/>
        <source>The proxy %1 refused the connection (to reach %2): check the proxy address (--proxy, HTTPS_PROXY or Settings → Network).</source>
        <translation>프록시 %1이(가) 연결을 거부했습니다(%2에 연결하려는 중): 프록시 주소(--proxy, HTTPS_PROXY 또는 설정 → 네트워크)를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="254"/>
        <source>The proxy host %1 was not found (to reach %2): check the proxy address (--proxy, HTTPS_PROXY or Settings → Network).</source>
        <translation>프록시 호스트 %1을(를) 찾을 수 없습니다(%2에 연결하려는 중): 프록시 주소(--proxy, HTTPS_PROXY 또는 설정 → 네트워크)를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="258"/>
        <source>The proxy %1 did not answer in time (to reach %2).</source>
        <translation>프록시 %1이(가) 제시간에 응답하지 않았습니다(%2에 연결하려는 중).</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="260"/>
        <source>The proxy %1 closed the connection to %2 (it may not allow that address or port): %3</source>
        <translation>프록시 %1이(가) %2에 대한 연결을 닫았습니다(해당 주소나 포트를 허용하지 않을 수 있음): %3</translation>
    </message>
    <message>
        <location filename="../app/core/net/NetworkErrorText.cpp" line="263"/>
        <source>The proxy %1 failed to reach %2: %3</source>
        <translation>프록시 %1이(가) %2에 연결하지 못했습니다: %3</translation>
    </message>
</context>
<context>
    <name>Apim::Core::NotificationEvent</name>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="41"/>
        <source>APIM backup succeeded: %n service(s)</source>
        <translation>
            <numerusform>APIM 백업 성공: 서비스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="45"/>
        <source>APIM backup: %n service(s) skipped</source>
        <translation>
            <numerusform>APIM 백업: 서비스 %n개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="49"/>
        <source>APIM backup failed for %n service(s)</source>
        <translation>
            <numerusform>APIM 백업 실패: 서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="54"/>
        <source>The services whose turn had not come were cancelled.</source>
        <translation>차례가 오지 않은 서비스는 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="83"/>
        <source>APIM backup succeeded: %1</source>
        <translation>APIM 백업 성공: %1</translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="84"/>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="130"/>
        <source>APIM backup failed: %1</source>
        <translation>APIM 백업 실패: %1</translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="99"/>
        <source>Backup file: %1/%2/%3</source>
        <translation>백업 파일: %1/%2/%3</translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="125"/>
        <source>APIM backup refused</source>
        <translation>APIM 백업 거부됨</translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="125"/>
        <source>APIM backup failed</source>
        <translation>APIM 백업 실패</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/NotificationEvent.cpp" line="129"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="130"/>
        <source>APIM backup refused: %1</source>
        <translation>APIM 백업 거부됨: %1</translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="142"/>
        <source>APIM Backup test notification</source>
        <translation>APIM Backup 테스트 알림</translation>
    </message>
    <message>
        <location filename="../app/core/notify/NotificationEvent.cpp" line="143"/>
        <source>This webhook works: failed unattended backups on %1 will be reported here.</source>
        <translation>이 웹후크는 정상적으로 작동합니다. %1에서 실패한 무인 백업이 여기에 보고됩니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationJournal</name>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="60"/>
        <source>The operation id &quot;%1&quot; is not valid.</source>
        <translation>작업 ID &quot;%1&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="66"/>
        <source>Could not create the folder %1 for the operation journal. Check its permissions and free space.</source>
        <translation>작업 저널용 폴더 %1을(를) 만들지 못했습니다. 권한과 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="188"/>
        <source>Could not write %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>%1에 쓰지 못했습니다: %2. 폴더 권한과 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="197"/>
        <source>Could not save %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2. 폴더 권한과 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="307"/>
        <source>&quot;%1&quot; is not an operation id.</source>
        <translation>&quot;%1&quot;은(는) 작업 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="313"/>
        <location filename="../app/core/operations/OperationJournal.cpp" line="367"/>
        <source>There is no operation %1 in the journal (%2).</source>
        <translation>저널(%2)에 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="320"/>
        <source>The journal file %1 is damaged (%2); it was skipped.</source>
        <translation>저널 파일 %1이(가) 손상되어(%2) 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="330"/>
        <source>The journal file %1 is not an operation record (%2); it was skipped.</source>
        <translation>저널 파일 %1은(는) 작업 기록이 아니어서(%2) 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationJournal.cpp" line="366"/>
        <source>&quot;%1&quot; matches %2 operations; give more of the id.</source>
        <translation>&quot;%1&quot;은(는) 작업 %2개와 일치합니다. ID를 더 길게 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationLauncher</name>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="50"/>
        <source>no storage service to get the access key from</source>
        <translation>액세스 키를 가져올 스토리지 서비스가 없음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="51"/>
        <source>Nothing was started: the storage account key could not be fetched.</source>
        <translation>아무것도 시작하지 않았습니다. 스토리지 계정 키를 가져오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="60"/>
        <source>Nothing was started: the storage account %1 could not be found.</source>
        <translation>아무것도 시작하지 않았습니다. 스토리지 계정 %1을(를) 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="67"/>
        <source>Nothing was started: the access key of %1 could not be fetched.</source>
        <translation>아무것도 시작하지 않았습니다. %1의 액세스 키를 가져오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="84"/>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="113"/>
        <source>not connected to Azure</source>
        <translation>Azure에 연결되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="103"/>
        <source>Nothing was started: the operation journal could not be written. %1</source>
        <translation>아무것도 시작하지 않았습니다. 작업 저널을 쓸 수 없습니다. %1</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="143"/>
        <source>Azure accepted the request without a status URL; following the service&apos;s state.</source>
        <translation>Azure가 상태 URL 없이 요청을 수락했습니다. 서비스 상태를 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="162"/>
        <source>Azure gave no clear answer to the start request (%1); checking the service&apos;s state instead of sending it again.</source>
        <translation>Azure가 시작 요청에 명확히 응답하지 않았습니다(%1). 요청을 다시 보내지 않고 서비스 상태를 확인합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationLauncher.cpp" line="170"/>
        <source>Azure refused to start the %1.</source>
        <translation>Azure가 %1 시작을 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationManager</name>
    <message>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="93"/>
        <source>Another operation (%1) is still running on %2. APIM runs one backup or restore per service at a time: wait until it has finished.</source>
        <translation>다른 작업(%1)이 %2에서 아직 실행 중입니다. APIM은 서비스당 한 번에 하나의 백업 또는 복원만 실행합니다. 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="128"/>
        <source>Nothing was started: the operation journal could not be written. %1</source>
        <translation>아무것도 시작하지 않았습니다. 작업 저널을 쓸 수 없습니다. %1</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="139"/>
        <source>Checking whether the earlier operation %1 on %2 is still running before starting.</source>
        <translation>시작하기 전에 %2에서 이전 작업 %1이(가) 아직 실행 중인지 확인하는 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="189"/>
        <source>Nothing was started: whether the earlier operation %1 on %2 is still running could not be checked. Follow it with: apim-backup-cli wait %1</source>
        <translation>아무것도 시작하지 않았습니다. %2에서 이전 작업 %1이(가) 아직 실행 중인지 확인할 수 없었습니다. 다음 명령으로 따라가세요: apim-backup-cli wait %1</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="200"/>
        <source>Another operation (%1) is still running on %2: the service is %3. APIM runs one backup or restore per service at a time. Follow it with: apim-backup-cli wait %1 - and start again when it has finished.</source>
        <translation>다른 작업(%1)이 %2에서 아직 실행 중입니다(서비스 상태: %3). APIM은 서비스당 한 번에 하나의 백업 또는 복원만 실행합니다. 다음 명령으로 따라가세요: apim-backup-cli wait %1 - 작업이 끝나면 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="207"/>
        <source>Nothing was started: the earlier operation %1 is still running.</source>
        <translation>아무것도 시작하지 않았습니다. 이전 작업 %1이(가) 아직 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="228"/>
        <source>The operation %1 is not in the journal.</source>
        <translation>작업 %1이(가) 작업 저널에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="406"/>
        <source>The previous session ended before the start request was sent: nothing was started. Start it again when ready.</source>
        <translation>시작 요청을 보내기 전에 이전 세션이 끝났습니다. 아무것도 시작되지 않았습니다. 준비되면 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="456"/>
        <source>Stopped before the start request was sent: nothing was started.</source>
        <translation>시작 요청을 보내기 전에 중지되어 아무것도 시작하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="178"/>
        <source>not connected to Azure</source>
        <translation>Azure에 연결되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="52"/>
        <source>Operation %1 was started in the cloud %2 (tenant %3), not in the one signed in now. Sign in to that cloud and tenant to follow it, e.g. apim-backup-cli --cloud %2 --tenant %3 wait %1.</source>
        <translation>작업 %1은(는) 현재 로그인한 클라우드가 아닌 클라우드 %2(테넌트 %3)에서 시작되었습니다. 작업을 따라가려면 해당 클라우드와 테넌트에 로그인하세요. 예: apim-backup-cli --cloud %2 --tenant %3 wait %1.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="55"/>
        <location filename="../app/core/operations/OperationStartChecks.cpp" line="56"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="378"/>
        <source>There is no operation journal.</source>
        <translation>작업 저널이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationManager.cpp" line="425"/>
        <source>The previous session ended before Azure answered the start request; checking the service&apos;s state instead of sending it again.</source>
        <translation>Azure가 시작 요청에 응답하기 전에 이전 세션이 끝났습니다. 요청을 다시 보내지 않고 서비스 상태를 확인합니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationRecord</name>
    <message>
        <location filename="../app/core/operations/OperationRecord.cpp" line="48"/>
        <source>backup of %1 to %2/%3/%4</source>
        <translation>%1을(를) %2/%3/%4(으)로 백업</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRecord.cpp" line="49"/>
        <source>restore of %1 from %2/%3/%4</source>
        <translation>%2/%3/%4에서 %1(으)로 복원</translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationRequest</name>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="71"/>
        <source>Correct the service id.</source>
        <translation>서비스 ID를 수정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="73"/>
        <source>Correct the storage account name.</source>
        <translation>스토리지 계정 이름을 고치세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="75"/>
        <source>Correct the container name.</source>
        <translation>컨테이너 이름을 고치세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="78"/>
        <source>Correct the backup name.</source>
        <translation>백업 이름을 고치세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationRequest.cpp" line="89"/>
        <source>A user-assigned managed identity needs its client id; pick one of the identities attached to the service.</source>
        <translation>사용자 할당 관리 ID에는 클라이언트 ID가 필요합니다. 서비스에 연결된 ID 중 하나를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationTracker</name>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="28"/>
        <source>backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="29"/>
        <source>restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="93"/>
        <source>The %1 was still running after %2 hours, so tracking stopped. Check the service in the Azure portal.</source>
        <translation>%1이(가) %2시간이 지나도 실행 중이어서 추적을 중단했습니다. Azure Portal에서 서비스를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="156"/>
        <source>Azure reported the %1 as %2 without a reason.</source>
        <translation>Azure가 이유 없이 %1을(를) %2(으)로 보고했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="194"/>
        <source>Azure did not allow reading the operation&apos;s status (HTTP 403: %1).</source>
        <translation>Azure가 작업 상태 읽기를 허용하지 않았습니다(HTTP 403: %1).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="195"/>
        <source>Azure no longer knows the operation&apos;s status URL (HTTP 404).</source>
        <translation>Azure가 작업의 상태 URL을 더 이상 알지 못합니다(HTTP 404).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="266"/>
        <source>Tracking is paused: %1</source>
        <translation>추적 일시 중지됨: %1</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="229"/>
        <source>Could not read the status (%1); trying again.</source>
        <translation>상태를 읽지 못했습니다(%1). 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="131"/>
        <source>the status answer is not a JSON object</source>
        <translation>상태 응답이 JSON 개체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="186"/>
        <source>The operation&apos;s status URL is not on this cloud&apos;s Resource Manager, so it was not asked (%1).</source>
        <translation>작업의 상태 URL이 이 클라우드의 Resource Manager에 있지 않아 조회하지 않았습니다(%1).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="209"/>
        <source>Azure&apos;s answer about the %1 could not be read %2 times in a row (%3), so tracking stopped. The %1 may still be running: check the service in the Azure portal, or run &apos;wait&apos; later.</source>
        <translation>%1에 대한 Azure의 응답을 %2회 연속으로 읽을 수 없어(%3) 추적을 중지했습니다. %1이(가) 아직 실행 중일 수 있습니다: Azure Portal에서 서비스를 확인하거나 나중에 &apos;wait&apos;를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="237"/>
        <source>Azure could not report the operation&apos;s status (%1).</source>
        <translation>Azure가 작업 상태를 보고하지 못했습니다(%1).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="297"/>
        <source>The service no longer exists.</source>
        <translation>서비스가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="308"/>
        <source>Reading the service&apos;s state failed too (%1); trying again.</source>
        <translation>서비스 상태 읽기도 실패했습니다(%1). 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="322"/>
        <source>The service is %1, so the %2 is running; following the service&apos;s state until it is ready again.</source>
        <translation>서비스가 %1 상태이므로 %2이(가) 실행 중입니다. 서비스가 다시 준비될 때까지 상태를 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="328"/>
        <source>The service&apos;s provisioning state is Failed.</source>
        <translation>서비스의 프로비저닝 상태가 Failed입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="341"/>
        <source>The service was updating and is ready again, so the %1 has succeeded as far as can be told. %2</source>
        <translation>서비스가 업데이트 중이었다가 다시 준비되었으므로, 알 수 있는 한 %1은(는) 성공했습니다. %2</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="343"/>
        <source>Check that the backup file is in the container.</source>
        <translation>백업 파일이 컨테이너에 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="344"/>
        <location filename="../app/core/operations/OperationTracker.cpp" line="352"/>
        <source>Check the service&apos;s configuration.</source>
        <translation>서비스 구성을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationTracker.cpp" line="351"/>
        <source>The service shows no operation in progress, so the %1 has ended, but its result is unknown. %2</source>
        <translation>서비스에 진행 중인 작업이 없어 %1은(는) 끝났지만 결과는 알 수 없습니다. %2</translation>
    </message>
</context>
<context>
    <name>Apim::Core::OperationWitnesses</name>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="18"/>
        <source>backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="18"/>
        <source>restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="31"/>
        <source>no answer to the start request</source>
        <translation>시작 요청에 대한 응답 없음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="78"/>
        <source>no storage connection to look into the container</source>
        <translation>컨테이너를 조회할 스토리지 연결이 없음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="98"/>
        <source>The service never showed the backup in progress, but its file %1 was written at %2, after the backup was requested: it ran and ended between two checks. Nothing was sent twice.</source>
        <translation>서비스에 백업이 진행 중으로 표시된 적은 없지만, 백업을 요청한 뒤인 %2에 백업 파일 %1이(가) 기록되었습니다. 두 번의 확인 사이에 실행되고 끝난 것입니다. 요청을 중복해서 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="114"/>
        <source>Whether the backup ran is unknown: the service never showed it in progress and the container could not be checked (%1). Look for %2; nothing was sent twice.</source>
        <translation>백업 실행 여부를 알 수 없습니다. 서비스에 진행 중으로 표시된 적이 없고 컨테이너를 확인할 수 없었습니다(%1). %2이(가) 있는지 확인하세요. 요청을 중복해서 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="129"/>
        <source>Azure gave no clear answer to the start request, the service never showed an operation in progress and no backup file %1 was written: the backup did not start. Nothing was sent twice; start it again when ready.</source>
        <translation>Azure가 시작 요청에 명확히 응답하지 않았고, 서비스에 진행 중인 작업이 표시된 적이 없으며, 백업 파일 %1도 기록되지 않았습니다. 백업이 시작되지 않았습니다. 요청을 중복해서 보내지 않았습니다. 준비되면 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="139"/>
        <source>The service shows no operation in progress, so the backup has ended, but no file %1 written by it is in the container: it probably failed. Start it again when ready.</source>
        <translation>서비스에 진행 중인 작업이 없어 백업은 끝났지만, 이 백업이 기록한 파일 %1이(가) 컨테이너에 없습니다. 실패했을 가능성이 높습니다. 준비되면 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="150"/>
        <source>Azure gave no clear answer to the start request and the service never showed the restore in progress. A short restore can begin and end between two checks, so whether it ran is unknown: check the service&apos;s configuration (APIs, products, policies) to see whether it was restored. Nothing was sent twice.</source>
        <translation>Azure가 시작 요청에 명확히 응답하지 않았고 서비스에도 복원이 진행 중으로 표시된 적이 없습니다. 짧은 복원은 두 번의 확인 사이에 시작되고 끝날 수 있으므로 실행 여부를 알 수 없습니다. 서비스 구성(API, 제품, 정책)을 확인해 복원되었는지 살펴보세요. 요청을 중복해서 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="187"/>
        <source>No backup file %1 was written; the Activity Log could not be read (%2), asking it again (correlation id %3).</source>
        <translation>백업 파일 %1이(가) 기록되지 않았고 활동 로그를 읽지 못했습니다(%2). 다시 확인합니다(상관 관계 ID %3).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="190"/>
        <source>Azure gave no clear answer to the start request, the service never showed the backup in progress and no backup file %1 was written: the backup did not start (the Activity Log could not be read to confirm it: %2; correlation id %3). Nothing was sent twice; start it again when ready.</source>
        <translation>Azure가 시작 요청에 명확히 응답하지 않았고, 서비스에 백업이 진행 중으로 표시된 적이 없으며, 백업 파일 %1도 기록되지 않았습니다. 백업이 시작되지 않았습니다(활동 로그를 읽지 못해 확인하지 못했습니다: %2, 상관 관계 ID %3). 요청을 중복해서 보내지 않았습니다. 준비되면 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="201"/>
        <source>Azure gave no clear answer to the start request, the service never showed the %1 in progress, and the Activity Log could not be read (%2). Whether the %1 ran is unknown: look for correlation id %3 in the service&apos;s Activity Log, or check its configuration. Nothing was sent twice.</source>
        <translation>Azure가 시작 요청에 명확히 응답하지 않았고, 서비스에 %1 작업이 진행 중으로 표시된 적이 없으며, 활동 로그를 읽을 수 없었습니다(%2). %1 작업의 실행 여부를 알 수 없습니다. 서비스의 활동 로그에서 상관 관계 ID %3을(를) 찾거나 서비스 구성을 확인하세요. 요청을 중복해서 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="205"/>
        <source>Whether the backup ran is unknown: the service never showed it in progress, the container could not be checked (%1) and the Activity Log could not be read (%2). Look for %3, or for correlation id %4 in the service&apos;s Activity Log; nothing was sent twice.</source>
        <translation>백업 실행 여부를 알 수 없습니다. 서비스에 진행 중으로 표시된 적이 없고, 컨테이너를 확인할 수 없었으며(%1), 활동 로그를 읽을 수 없었습니다(%2). %3이(가) 있는지, 또는 서비스의 활동 로그에 상관 관계 ID %4이(가) 있는지 확인하세요. 요청을 중복해서 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="218"/>
        <source>The answer to the start request was lost, but the Activity Log shows that Azure accepted the %1 (correlation id %2) and that it succeeded at %3. Nothing was sent twice.</source>
        <translation>시작 요청에 대한 응답이 손실되었지만, 활동 로그에 따르면 Azure가 %1 작업을 수락했고(상관 관계 ID %2) %3에 성공했습니다. 요청을 중복해서 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="225"/>
        <source>the Activity Log records the %1 as failed</source>
        <translation>활동 로그에 %1 작업이 실패한 것으로 기록되어 있음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="229"/>
        <source>The answer to the start request was lost; the Activity Log shows that Azure accepted the %1 (correlation id %2) and that it failed at %3. Nothing was sent twice.</source>
        <translation>시작 요청에 대한 응답이 손실되었습니다. 활동 로그에 따르면 Azure가 %1 작업을 수락했고(상관 관계 ID %2) %3에 실패했습니다. 요청을 중복해서 보내지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="235"/>
        <source>The answer to the start request was lost, but the Activity Log shows that Azure accepted the %1 (correlation id %2); following it until it ends.</source>
        <translation>시작 요청에 대한 응답이 손실되었지만, 활동 로그에 따르면 Azure가 %1 작업을 수락했습니다(상관 관계 ID %2). 끝날 때까지 추적합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="243"/>
        <source>Looking for the %1 in the Activity Log (correlation id %2), where Azure records what it accepted within minutes.</source>
        <translation>활동 로그에서 %1 작업을 찾는 중입니다(상관 관계 ID %2). Azure는 수락한 요청을 몇 분 안에 활동 로그에 기록합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="248"/>
        <source>Azure gave no clear answer to the start request, the service never showed the backup in progress, no backup file %1 was written, and after %n minute(s) the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</source>
        <translation>
            <numerusform>Azure가 시작 요청에 명확히 응답하지 않았고, 서비스에 백업이 진행 중으로 표시된 적이 없으며, 백업 파일 %1도 기록되지 않았고, %n분이 지나도록 활동 로그에 상관 관계 ID %2의 기록이 없습니다. 백업이 시작되지 않았습니다. 요청을 중복해서 보내지 않았습니다. 준비되면 다시 시작하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="257"/>
        <source>Azure gave no clear answer to the start request, the service never showed the %1 in progress, and after %n minute(s) the Activity Log holds no record of it under correlation id %2: the %1 did not start. Nothing was sent twice; start it again when ready.</source>
        <translation>
            <numerusform>Azure가 시작 요청에 명확히 응답하지 않았고, 서비스에 %1 작업이 진행 중으로 표시된 적이 없으며, %n분이 지나도 활동 로그에 상관 관계 ID %2의 기록이 없습니다. %1 작업은 시작되지 않았습니다. 요청을 중복해서 보내지 않았습니다. 준비되면 다시 시작하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/OperationWitnesses.cpp" line="262"/>
        <source>Azure gave no clear answer to the start request, the service never showed the backup in progress, its container could not be checked (%1), and after %n minute(s) the Activity Log holds no record of it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when ready.</source>
        <translation>
            <numerusform>Azure가 시작 요청에 명확히 응답하지 않았고, 서비스에 백업이 진행 중으로 표시된 적이 없으며, 컨테이너를 확인할 수 없었고(%1), %n분이 지나도 활동 로그에 상관 관계 ID %2의 기록이 없습니다. 백업은 시작되지 않았습니다. 요청을 중복해서 보내지 않았습니다. 준비되면 다시 시작하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Core::Preflight</name>
    <message>
        <location filename="../app/core/operations/Preflight.cpp" line="72"/>
        <source>&quot;%1&quot; is not the resource id of an API Management service (/subscriptions/…/resourceGroups/…/providers/Microsoft.ApiManagement/service/&lt;name&gt;).</source>
        <translation>&quot;%1&quot;은(는) API Management 서비스의 리소스 ID가 아닙니다(/subscriptions/…/resourceGroups/…/providers/Microsoft.ApiManagement/service/&lt;name&gt;).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Preflight.cpp" line="81"/>
        <location filename="../app/core/operations/Preflight.cpp" line="132"/>
        <source>Not connected to Azure: sign in, then check again.</source>
        <translation>Azure에 연결되지 않았습니다. 로그인한 뒤 다시 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Preflight.cpp" line="120"/>
        <source>the service description has no id</source>
        <translation>서비스 설명에 ID가 없음</translation>
    </message>
</context>
<context>
    <name>Apim::Core::PreflightRules</name>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="53"/>
        <source>Could not read the service: %1</source>
        <translation>서비스를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="54"/>
        <source>Check the service id and your access to it, then try again.</source>
        <translation>서비스 ID와 접근 권한을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="61"/>
        <source>Pick a service in the Developer, Basic, Standard or Premium tier.</source>
        <translation>Developer, Basic, Standard 또는 Premium 계층의 서비스를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="64"/>
        <source>The service %1 is %2, not Succeeded: another operation (update, scaling, backup or restore) is in progress.</source>
        <translation>서비스 %1이(가) Succeeded가 아니라 %2 상태입니다. 다른 작업(업데이트, 확장, 백업 또는 복원)이 진행 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="67"/>
        <source>Wait until the service shows Succeeded, then try again.</source>
        <translation>서비스가 Succeeded로 표시될 때까지 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="84"/>
        <source>The service %1 has no system-assigned managed identity.</source>
        <translation>서비스 %1에 시스템 할당 관리 ID가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="85"/>
        <source>Turn on the system-assigned identity of the service and give it the Storage Blob Data Contributor role on the storage account, or use an access key.</source>
        <translation>서비스의 시스템 할당 ID를 켜고 스토리지 계정에 대한 Storage Blob Data Contributor 역할을 부여하거나, 액세스 키를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="91"/>
        <source>No client id was given for the user-assigned managed identity.</source>
        <translation>사용자 할당 관리 ID의 클라이언트 ID가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="92"/>
        <source>Choose one of the identities attached to the service.</source>
        <translation>서비스에 연결된 ID 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="100"/>
        <source>No user-assigned identity with client id %1 is attached to the service %2.</source>
        <translation>클라이언트 ID가 %1인 사용자 할당 ID가 서비스 %2에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="102"/>
        <source>Attach a user-assigned identity to the service first, or use an access key.</source>
        <translation>먼저 서비스에 사용자 할당 ID를 연결하거나 액세스 키를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="103"/>
        <source>Use one of: %1.</source>
        <translation>다음 중 하나를 사용하세요: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="72"/>
        <source>Restoring replaces the configuration of %1 (APIs, products, policies, users) with the backup&apos;s; changes made during the restore may be lost.</source>
        <translation>복원하면 %1의 구성(API, 제품, 정책, 사용자)이 백업의 구성으로 바뀝니다. 복원 중에 한 변경은 사라질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="75"/>
        <source>Make sure nobody changes the service while the restore runs.</source>
        <translation>복원이 진행되는 동안 아무도 서비스를 변경하지 않도록 하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="113"/>
        <source>Check the storage account name and its subscription.</source>
        <translation>스토리지 계정 이름과 구독을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="116"/>
        <source>Could not check the storage account: %1</source>
        <translation>스토리지 계정을 확인하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="117"/>
        <source>The operation may still work; if it fails, check the account and your access to it.</source>
        <translation>작업은 여전히 성공할 수 있습니다. 실패하면 계정과 접근 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="123"/>
        <source>The storage account %1 does not allow access keys (Shared Key), but the %2 would use one.</source>
        <translation>스토리지 계정 %1은(는) 액세스 키(공유 키)를 허용하지 않지만 %2에서 키를 사용하게 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="125"/>
        <source>Use the service&apos;s managed identity with the Storage Blob Data Contributor role.</source>
        <translation>Storage Blob Data Contributor 역할이 있는 서비스의 관리 ID를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="132"/>
        <source>The storage account %1 has a firewall that denies access by default; APIM may not reach it with an access key.</source>
        <translation>스토리지 계정 %1에 기본적으로 접근을 거부하는 방화벽이 있어 APIM이 액세스 키로 접근하지 못할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="135"/>
        <source>Use the system-assigned managed identity and allow trusted Azure services on the storage firewall.</source>
        <translation>시스템 할당 관리 ID를 사용하고 스토리지 방화벽에서 신뢰할 수 있는 Azure 서비스를 허용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="138"/>
        <source>The storage account %1 has a firewall that does not let trusted Azure services through.</source>
        <translation>스토리지 계정 %1의 방화벽이 신뢰할 수 있는 Azure 서비스를 통과시키지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="140"/>
        <source>Allow trusted Azure services (bypass AzureServices) on the storage firewall.</source>
        <translation>스토리지 방화벽에서 신뢰할 수 있는 Azure 서비스를 허용하세요(bypass AzureServices).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="162"/>
        <source>You may not list the access keys of the storage account %1: Azure refused the permission to list keys (%2), so the %3 cannot use an access key from it.</source>
        <translation>스토리지 계정 %1의 액세스 키를 나열할 수 없습니다: Azure에서 키 나열 권한을 거부했으므로(%2) %3에서 이 계정의 액세스 키를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="165"/>
        <source>Use a pasted key: paste key1 or key2 of %1 from its &quot;Access keys&quot; page (&quot;Use a pasted key…&quot; in the dialog, or apim-backup-cli storage-key set --account %1). Or let the service reach the storage with its managed identity (it needs the Storage Blob Data Contributor role on %1).</source>
        <translation>붙여 넣은 키 사용: %1의 &quot;액세스 키&quot; 페이지에서 key1 또는 key2를 붙여 넣으십시오(대화 상자의 &quot;붙여 넣은 키 사용…&quot; 또는 apim-backup-cli storage-key set --account %1). 또는 서비스가 관리 ID로 스토리지에 접근하도록 하십시오(%1에 대한 Storage Blob Data Contributor 역할 필요).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="171"/>
        <source>Could not get an access key for the storage account %1: %2</source>
        <translation>스토리지 계정 %1의 액세스 키를 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="172"/>
        <source>The operation asks for the key again when it starts; if that fails too, paste a key or use a managed identity.</source>
        <translation>작업이 시작될 때 키를 다시 요청합니다. 그것도 실패하면 키를 붙여 넣거나 관리 ID를 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="183"/>
        <source>The container %1 does not exist yet; APIM creates it during the backup.</source>
        <translation>컨테이너 %1이(가) 아직 없습니다. APIM이 백업 중에 만듭니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="184"/>
        <source>Create it now if you want to set its access policy first.</source>
        <translation>액세스 정책을 먼저 설정하려면 지금 만드세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="186"/>
        <source>The container %1 does not exist, so there is no backup to restore.</source>
        <translation>컨테이너 %1이(가) 없으므로 복원할 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="187"/>
        <source>Pick the container that holds the backup.</source>
        <translation>백업이 들어 있는 컨테이너를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="197"/>
        <source>A backup named %1 already exists and will be replaced.</source>
        <translation>이름이 %1인 백업이 이미 있으며 교체됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="199"/>
        <source>A backup named %1 already exists in %2.</source>
        <translation>이름이 %1인 백업이 %2에 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="200"/>
        <source>Choose another name, or confirm that the existing backup may be overwritten (--overwrite in the CLI).</source>
        <translation>다른 이름을 선택하거나 기존 백업을 덮어써도 되는지 확인하십시오(CLI에서는 --overwrite).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="213"/>
        <source>Pick an existing backup from the list (apim-backup-cli backups --account %1 --container %2 lists them).</source>
        <translation>목록에서 기존 백업을 선택하십시오(apim-backup-cli backups --account %1 --container %2로 나열할 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="212"/>
        <source>There is no backup named %1 in %2.</source>
        <translation>%2에 이름이 %1인 백업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="220"/>
        <source>The backup %1 is %2 days old; APIM refuses to restore backups older than 30 days.</source>
        <translation>백업 %1은(는) %2일 전에 만들어졌습니다. APIM은 30일이 지난 백업의 복원을 거부합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="223"/>
        <source>Pick a backup younger than 30 days.</source>
        <translation>30일이 지나지 않은 백업을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="41"/>
        <source>Could not list the backups in %1: %2</source>
        <translation>%1의 백업 목록을 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="43"/>
        <source>An existing backup with the same name would be overwritten.</source>
        <translation>이름이 같은 기존 백업을 덮어쓰게 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/PreflightRules.cpp" line="44"/>
        <source>The backup&apos;s age and tier could not be checked.</source>
        <translation>백업의 생성 시기와 계층을 확인하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ProxyConfig</name>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="48"/>
        <source>The proxy address is empty: give it as http://host:port.</source>
        <translation>프록시 주소가 비어 있습니다: http://host:port 형식으로 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="50"/>
        <source>&quot;%1&quot; is not a proxy address: give it as http://host:port.</source>
        <translation>&quot;%1&quot;은(는) 프록시 주소가 아닙니다: http://host:port 형식으로 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="53"/>
        <source>The proxy address contains a password. Give the address with the user name only (http://USER@host:port) and save the password in the keychain: &apos;apim-backup-cli proxy-password set&apos; reads it from standard input, or use Settings → Network.</source>
        <translation>프록시 주소에 암호가 포함되어 있습니다. 사용자 이름만 포함된 주소(http://USER@host:port)를 지정하고 암호는 키체인에 저장하십시오. &apos;apim-backup-cli proxy-password set&apos;은 표준 입력에서 암호를 읽으며, 설정 → 네트워크를 사용할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxyConfig.cpp" line="58"/>
        <source>Proxies of type &quot;%1&quot; are not supported: use an http:// or socks5:// proxy.</source>
        <translation>&quot;%1&quot; 유형의 프록시는 지원되지 않습니다: http:// 또는 socks5:// 프록시를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ReadinessSummary</name>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="60"/>
        <source>%1 %2</source>
        <translation>%2 %1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="62"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Core::RecoveryOverview</name>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="128"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="130"/>
        <source>At risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="132"/>
        <source>Breached</source>
        <translation>목표 초과</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="134"/>
        <source>No backup</source>
        <translation>백업 없음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="136"/>
        <source>Only expired backups</source>
        <translation>만료된 백업만 있음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="138"/>
        <source>Not supported</source>
        <translation>지원되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="140"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="149"/>
        <source>- of %1</source>
        <translation>- / %1</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="150"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryOverview.cpp" line="158"/>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
</context>
<context>
    <name>Apim::Core::RecoveryReadiness</name>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="48"/>
        <source>The backups could not be listed: %1</source>
        <translation>백업 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="64"/>
        <source>Every backup is older than the %1 days API Management restores.</source>
        <translation>모든 백업이 API Management가 복원하는 %1일보다 오래되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="65"/>
        <source>No backup was found.</source>
        <translation>백업을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="74"/>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="80"/>
        <source>The newest backup is %1 h old; the target is %2 h.</source>
        <translation>가장 최근 백업은 %1시간 전의 것입니다. 목표는 %2시간입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RecoveryReadiness.cpp" line="77"/>
        <source>The newest backup is %1 h old, close to the %2 h target.</source>
        <translation>가장 최근 백업은 %1시간 전의 것으로, 목표 %2시간에 가깝습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::RecoverySettings</name>
    <message>
        <location filename="../app/core/recovery/RecoverySettings.cpp" line="47"/>
        <source>&quot;%1&quot; is not a target RPO: write a whole number of hours, days or weeks above zero, e.g. 12h, 2d or 1w.</source>
        <translation>&quot;%1&quot;은(는) 목표 RPO가 아닙니다. 0보다 큰 시간, 일, 주 단위 정수로 쓰세요. 예: 12h, 2d, 1w.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::RefreshTokenSession</name>
    <message>
        <location filename="../app/core/auth/RefreshTokenSession.cpp" line="31"/>
        <source>You are not signed in. Sign in first.</source>
        <translation>로그인하지 않았습니다. 먼저 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ReplySizeLimit</name>
    <message>
        <location filename="../app/core/util/ReplySizeLimit.cpp" line="51"/>
        <source>the answer is compressed to an implausible degree (a compression bomb that would inflate far beyond any answer this tool expects), so it was not read</source>
        <translation>응답이 비정상적인 수준으로 압축되어 있어(이 도구가 예상하는 어떤 응답보다도 훨씬 크게 팽창하는 압축 폭탄) 읽지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/core/util/ReplySizeLimit.cpp" line="58"/>
        <source>the answer is larger than %1 MB, far more than any answer this tool expects, so it was not read</source>
        <translation>응답이 %1MB를 넘어 이 도구가 예상하는 어떤 응답보다 훨씬 크므로 읽지 않음</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ResourceId</name>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="83"/>
        <source>An API Management service id looks like /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.ApiManagement/service/&lt;name&gt;.</source>
        <translation>API Management 서비스 ID는 /subscriptions/&lt;id&gt;/resourceGroups/&lt;group&gt;/providers/Microsoft.ApiManagement/service/&lt;name&gt; 형식입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="86"/>
        <source>Enter the resource id of the API Management service.</source>
        <translation>API Management 서비스의 리소스 ID를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="88"/>
        <source>The service id &quot;%1&quot; contains &quot;%2&quot;, which a resource id never has: use only the id&apos;s letters, digits, hyphens, underscores, periods and slashes.</source>
        <translation>서비스 ID &quot;%1&quot;에 리소스 ID에 포함될 수 없는 &quot;%2&quot;이(가) 있습니다: ID에는 문자, 숫자, 하이픈, 밑줄, 마침표 및 슬래시만 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="95"/>
        <source>The service id &quot;%1&quot; has a &quot;%2&quot; segment; give the id itself, without relative parts.</source>
        <translation>서비스 ID &quot;%1&quot;에 &quot;%2&quot; 세그먼트가 있습니다. 상대 경로 부분 없이 ID 자체를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="102"/>
        <source>&quot;%1&quot; is not the resource id of an API Management service.</source>
        <translation>&quot;%1&quot;은(는) API Management 서비스의 리소스 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="106"/>
        <source>&quot;%1&quot; is not an API Management service name: use 1 to 50 letters, digits and hyphens, starting with a letter and not ending with a hyphen.</source>
        <translation>&quot;%1&quot;은(는) API Management 서비스 이름이 아닙니다: 문자, 숫자, 하이픈을 1~50자 사용하고, 문자로 시작하며 하이픈으로 끝나지 않아야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ResourceId.cpp" line="110"/>
        <source>&quot;%1&quot; is not a resource group name: at most 90 characters, not ending with a period.</source>
        <translation>&quot;%1&quot;은(는) 리소스 그룹 이름이 아닙니다: 최대 90자이며 마침표로 끝날 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::RestoreDrill</name>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="68"/>
        <source>This drill has already been started.</source>
        <translation>이 훈련은 이미 시작되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="74"/>
        <source>The standby is the source service itself: a drill would overwrite %1. Pick another service of the same tier as the standby.</source>
        <translation>대기 서비스가 원본 서비스와 같습니다. 훈련하면 %1을(를) 덮어쓰게 됩니다. 같은 계층의 다른 서비스를 대기 서비스로 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="79"/>
        <source>A drill replaces the whole configuration of the standby %1 with the backup&apos;s. Confirm it first.</source>
        <translation>훈련은 대기 서비스 %1의 전체 구성을 백업의 구성으로 바꿉니다. 먼저 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="82"/>
        <source>Not connected to Azure.</source>
        <translation>Azure에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="99"/>
        <source>Checking the standby %1, the source %2 and the backup %3...</source>
        <translation>대기 서비스 %1, 원본 %2, 백업 %3을(를) 확인하는 중...</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="126"/>
        <source>The backup %1 is %2 days old; APIM refuses to restore backups older than 30 days. Pick a newer backup of %3.</source>
        <translation>백업 %1은(는) %2일 전에 만들어졌습니다. APIM은 30일이 지난 백업의 복원을 거부합니다. %3의 더 최근 백업을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="153"/>
        <source>The standby %1 could not be read, so nothing was restored into it: %2</source>
        <translation>대기 서비스 %1을(를) 읽지 못해 아무것도 복원하지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="157"/>
        <source>The source %1 could not be read, so nothing was restored: %2</source>
        <translation>원본 %1을(를) 읽지 못해 아무것도 복원하지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="184"/>
        <source>Restoring %1 into %2 (operation %3)...</source>
        <translation>%1을(를) %2(으)로 복원하는 중(작업 %3)...</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="200"/>
        <source>no reason was given</source>
        <translation>이유가 제공되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="201"/>
        <source>The restore into %1 ended %2: %3</source>
        <translation>%1(으)로의 복원이 %2 상태로 끝났습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="205"/>
        <source>Restore done; waiting for %1 to answer Succeeded...</source>
        <translation>복원이 끝났습니다. %1이(가) Succeeded로 응답하기를 기다리는 중...</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="223"/>
        <source>The standby %1 could not be read after the restore: %2</source>
        <translation>복원 후 대기 서비스 %1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="230"/>
        <source>%1 is ready: RTO %2.</source>
        <translation>%1이(가) 준비되었습니다: RTO %2.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="235"/>
        <source>The standby %1 did not answer Succeeded within %2 minutes of the restore.</source>
        <translation>대기 서비스 %1이(가) 복원 후 %2분 안에 Succeeded로 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="243"/>
        <source>Reading what %1 and %2 hold...</source>
        <translation>%1과(와) %2의 내용을 읽는 중...</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="269"/>
        <source>The restore worked (RTO %1), but what %2 holds could not be read: %3</source>
        <translation>복원은 성공했지만(RTO %1) %2의 내용을 읽지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="282"/>
        <source>the time of the backup is unknown</source>
        <translation>백업 시각을 알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/core/recovery/RestoreDrill.cpp" line="285"/>
        <source>Reading the Activity Log of %1 since the backup...</source>
        <translation>백업 이후 %1의 활동 로그를 읽는 중...</translation>
    </message>
</context>
<context>
    <name>Apim::Core::SecretStoreProbe</name>
    <message>
        <location filename="../app/core/secrets/SecretStoreProbe.cpp" line="50"/>
        <source>The keychain gave back a different value than was written to it, so it cannot be trusted with secrets. Continue in session-only mode.</source>
        <translation>키체인이 기록한 값과 다른 값을 돌려주어 비밀을 맡길 수 없습니다. 세션 전용 모드로 계속하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::SecretsManager</name>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="33"/>
        <source>Secrets: OS keychain (not checked yet)</source>
        <translation>비밀: OS 키체인(아직 확인 안 됨)</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="35"/>
        <source>Secrets: OS keychain</source>
        <translation>비밀: OS 키체인</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="37"/>
        <source>Secrets: session only (forgotten when the app quits)</source>
        <translation>비밀: 세션 전용(앱 종료 시 삭제)</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="39"/>
        <source>Secrets: keychain unavailable - %1</source>
        <translation>비밀: 키체인 사용 불가 - %1</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretsManager.cpp" line="100"/>
        <source>The keychain is unavailable. Retry it, or continue in session-only mode.</source>
        <translation>키체인을 사용할 수 없습니다. 다시 시도하거나 세션 전용 모드로 계속하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::ServiceListing</name>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="109"/>
        <source>the Resource Graph answer&apos;s data is neither a list of rows nor a table</source>
        <translation>Resource Graph 응답의 데이터가 행 목록도 테이블도 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="110"/>
        <source>the Resource Graph answer has no data</source>
        <translation>Resource Graph 응답에 데이터가 없음</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="127"/>
        <source>Resource Graph sent the same page token twice</source>
        <translation>Resource Graph가 같은 페이지 토큰을 두 번 보냄</translation>
    </message>
    <message>
        <location filename="../app/core/inventory/ServiceListing.cpp" line="128"/>
        <source>Resource Graph sent more than %1 pages</source>
        <translation>Resource Graph가 %1개가 넘는 페이지를 보냄</translation>
    </message>
</context>
<context>
    <name>Apim::Core::Settings</name>
    <message>
        <location filename="../app/core/settings/Settings.cpp" line="61"/>
        <source>Cannot write the settings file %1: check the folder&apos;s permissions and free space.</source>
        <translation>설정 파일 %1을(를) 쓸 수 없습니다. 폴더 권한과 여유 공간을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageCredentialResolver</name>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="42"/>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="48"/>
        <source>No storage service is available.</source>
        <translation>사용할 수 있는 스토리지 서비스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="59"/>
        <source>Listing the keys of storage account %1 was refused (%2). Paste an access key for it (in the backup or restore dialog, or with apim-backup-cli storage-key set --account %1), or use a managed identity.</source>
        <translation>스토리지 계정 %1의 키 나열이 거부되었습니다(%2). 해당 계정의 액세스 키를 붙여 넣거나(백업 또는 복원 대화 상자에서, 또는 apim-backup-cli storage-key set --account %1로) 관리 ID를 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="90"/>
        <source>The account refuses access keys; using your sign-in instead.</source>
        <translation>계정이 액세스 키를 거부하므로 대신 로그인 정보를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageCredentialResolver.cpp" line="96"/>
        <source>No access key (%1); using your sign-in instead.</source>
        <translation>액세스 키가 없어(%1) 대신 로그인 정보를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageError</name>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="22"/>
        <source>The storage account does not allow access keys (Shared Key). Use your sign-in (Microsoft Entra ID) with the Storage Blob Data Reader role, or a managed identity for the backup.</source>
        <translation>스토리지 계정이 액세스 키(공유 키)를 허용하지 않습니다. Storage Blob Data Reader 역할이 있는 로그인(Microsoft Entra ID)을 사용하거나, 백업에는 관리 ID를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="25"/>
        <source>The storage account rejected the credentials (%1). If the access key was rotated, fetch it again; check the computer&apos;s clock; a storage firewall may also block this computer.</source>
        <translation>스토리지 계정이 자격 증명을 거부했습니다(%1). 액세스 키가 교체되었다면 다시 가져오세요. 컴퓨터 시계를 확인하고, 스토리지 방화벽이 이 컴퓨터를 막고 있을 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="29"/>
        <source>Your account may not read blobs in this storage account. Ask for the Storage Blob Data Reader (or Contributor) role, or use an access key.</source>
        <translation>계정에 이 스토리지 계정의 Blob을 읽을 권한이 없을 수 있습니다. Storage Blob Data Reader(또는 Contributor) 역할을 요청하거나 액세스 키를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="32"/>
        <source>The container does not exist. Create it, or pick another container.</source>
        <translation>컨테이너가 없습니다. 만들거나 다른 컨테이너를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="34"/>
        <source>The backup file does not exist (any more). Refresh the list.</source>
        <translation>백업 파일이 (더 이상) 없습니다. 목록을 새로 고치세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="38"/>
        <source>Could not reach the storage account: %1. Check the network, VPN or proxy; a storage firewall may block this computer.</source>
        <translation>스토리지 계정에 연결할 수 없습니다: %1. 네트워크, VPN 또는 프록시를 확인하세요. 스토리지 방화벽이 이 컴퓨터를 막고 있을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="43"/>
        <source>The storage account did not answer in time. Try again.</source>
        <translation>스토리지 계정이 제시간에 응답하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="46"/>
        <source>Could not get a storage sign-in token: %1. Sign in again.</source>
        <translation>스토리지 로그인 토큰을 받지 못했습니다: %1. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="49"/>
        <source>The storage account sent an answer that could not be read (%1). Try again.</source>
        <translation>스토리지 계정이 읽을 수 없는 응답을 보냈습니다(%1). 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="55"/>
        <source>The storage service refused the request (HTTP %1 %2): %3</source>
        <translation>스토리지 서비스가 요청을 거부했습니다(HTTP %1 %2): %3</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="60"/>
        <source>(request id %1)</source>
        <translation>(요청 ID %1)</translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageKeyStore</name>
    <message>
        <location filename="../app/core/secrets/StorageKeyStore.cpp" line="63"/>
        <source>The key for %1 was not saved. %2</source>
        <translation>%1의 키를 저장하지 못했습니다. %2</translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageNames</name>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="24"/>
        <source>Enter a container name.</source>
        <translation>컨테이너 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="26"/>
        <source>The container name &quot;%1&quot; has %2 characters; use 3 to 63.</source>
        <translation>컨테이너 이름 &quot;%1&quot;은(는) %2자입니다. 3~63자를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="29"/>
        <source>The container name &quot;%1&quot; contains &quot;%2&quot;; use only lowercase letters, digits and hyphens.</source>
        <translation>컨테이너 이름 &quot;%1&quot;에 &quot;%2&quot;이(가) 있습니다. 소문자, 숫자, 하이픈만 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="33"/>
        <source>The container name &quot;%1&quot; starts with a hyphen; start it with a letter or digit.</source>
        <translation>컨테이너 이름 &quot;%1&quot;이(가) 하이픈으로 시작합니다. 문자나 숫자로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="35"/>
        <source>The container name &quot;%1&quot; ends with a hyphen; end it with a letter or digit.</source>
        <translation>컨테이너 이름 &quot;%1&quot;이(가) 하이픈으로 끝납니다. 문자나 숫자로 끝내세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="37"/>
        <source>The container name &quot;%1&quot; has two hyphens in a row; use single hyphens.</source>
        <translation>컨테이너 이름 &quot;%1&quot;에 하이픈이 연속으로 있습니다. 하이픈은 하나씩만 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="44"/>
        <source>Enter a backup (blob) name.</source>
        <translation>백업(Blob) 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="46"/>
        <source>The backup name has %1 characters; use at most 1024.</source>
        <translation>백업 이름이 %1자입니다. 최대 1024자까지 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="48"/>
        <source>The backup name &quot;%1&quot; starts with a slash; start it with the first folder or the file name.</source>
        <translation>백업 이름 &quot;%1&quot;이(가) 슬래시로 시작합니다. 첫 번째 폴더 또는 파일 이름으로 시작하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="51"/>
        <source>The backup name &quot;%1&quot; ends with &quot;%2&quot;; blob names may not end with a dot or a slash.</source>
        <translation>백업 이름 &quot;%1&quot;이(가) &quot;%2&quot;(으)로 끝납니다. Blob 이름은 마침표나 슬래시로 끝날 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="54"/>
        <source>The backup name &quot;%1&quot; contains a backslash; use &quot;/&quot; for folders.</source>
        <translation>백업 이름 &quot;%1&quot;에 백슬래시가 있습니다. 폴더에는 &quot;/&quot;를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="57"/>
        <source>The backup name contains a control character; use printable characters only.</source>
        <translation>백업 이름에 제어 문자가 있습니다. 인쇄 가능한 문자만 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="60"/>
        <source>The backup name has too many &quot;/&quot; folder levels; use fewer than 254.</source>
        <translation>백업 이름의 &quot;/&quot; 폴더 단계가 너무 많습니다. 254단계 미만으로 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="64"/>
        <source>The backup name &quot;%1&quot; has two slashes in a row; use single slashes between folders.</source>
        <translation>백업 이름 &quot;%1&quot;에 슬래시가 두 개 연속으로 있습니다. 폴더 사이에는 슬래시를 하나만 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="66"/>
        <source>The backup name &quot;%1&quot; has a &quot;%2&quot; folder; folders named &quot;.&quot; or &quot;..&quot; are not allowed.</source>
        <translation>백업 이름 &quot;%1&quot;에 &quot;%2&quot; 폴더가 있습니다. &quot;.&quot; 또는 &quot;..&quot;라는 이름의 폴더는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="70"/>
        <source>The backup name &quot;%1&quot; starts or ends with a space; remove it.</source>
        <translation>백업 이름 &quot;%1&quot;이(가) 공백으로 시작하거나 끝납니다. 공백을 지우세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="77"/>
        <source>Copy key1 or key2 from the storage account&apos;s &quot;Access keys&quot; page: 88 characters of letters, digits, &quot;+&quot; and &quot;/&quot;, ending in &quot;==&quot;.</source>
        <translation>스토리지 계정의 &quot;액세스 키&quot; 페이지에서 key1 또는 key2를 복사하십시오: 문자, 숫자, &quot;+&quot; 및 &quot;/&quot;로 구성된 88자이며 &quot;==&quot;로 끝납니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="80"/>
        <source>Enter the storage account key.</source>
        <translation>스토리지 계정 키를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="83"/>
        <source>A storage account key has 88 characters, this one has %1.</source>
        <translation>스토리지 계정 키는 88자이지만 이 키는 %1자입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="90"/>
        <source>A storage account key is base64 and has no &quot;%1&quot;.</source>
        <translation>스토리지 계정 키는 base64이며 &quot;%1&quot;을(를) 포함하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="97"/>
        <source>This is not a storage account key (64 bytes in base64).</source>
        <translation>스토리지 계정 키가 아닙니다(base64로 된 64바이트).</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="104"/>
        <source>Enter a storage account name.</source>
        <translation>스토리지 계정 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="106"/>
        <source>The storage account name &quot;%1&quot; has %2 characters; storage account names have 3 to 24.</source>
        <translation>스토리지 계정 이름 &quot;%1&quot;은(는) %2자입니다. 스토리지 계정 이름은 3~24자입니다.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageNames.cpp" line="111"/>
        <source>The storage account name &quot;%1&quot; contains &quot;%2&quot;; storage account names have only lowercase letters and digits.</source>
        <translation>스토리지 계정 이름 &quot;%1&quot;에 &quot;%2&quot;이(가) 있습니다. 스토리지 계정 이름에는 소문자와 숫자만 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::StorageService</name>
    <message>
        <location filename="../app/core/storage/StorageService.cpp" line="64"/>
        <source>There is no storage account named &quot;%1&quot; in subscription %2 that you can see. Check the name and the subscription.</source>
        <translation>구독 %2에서 볼 수 있는 &quot;%1&quot; 스토리지 계정이 없습니다. 이름과 구독을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/StorageService.cpp" line="133"/>
        <source>Azure listed no usable access key for storage account %1.</source>
        <translation>Azure가 스토리지 계정 %1에 대해 사용할 수 있는 액세스 키를 나열하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::TierCompatibility</name>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="24"/>
        <source>The pricing tier of backup %1 is unknown; a restore works only into a service of the same tier (%2 here).</source>
        <translation>백업 %1의 가격 책정 계층을 알 수 없습니다. 복원은 같은 계층의 서비스(여기서는 %2)에만 가능합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="27"/>
        <source>Make sure the backup was taken from a %1 service.</source>
        <translation>백업이 %1 서비스에서 만들어졌는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="32"/>
        <source>The backup was taken from a %1 service, but %2 is %3; APIM restores only into the same tier.</source>
        <translation>백업은 %1 서비스에서 만들어졌지만 %2은(는) %3입니다. APIM은 같은 계층으로만 복원합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/TierCompatibility.cpp" line="34"/>
        <source>Restore into a %1 service, or change the tier of %2 first.</source>
        <translation>%1 서비스로 복원하거나 먼저 %2의 계층을 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Core::TrustedCertificateStore</name>
    <message>
        <location filename="../app/core/net/TrustedCertificateStore.cpp" line="52"/>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificateStore.cpp" line="58"/>
        <source>Cannot save the certificate in %1: %2</source>
        <translation>%1에 인증서를 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificateStore.cpp" line="70"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1을(를) 제거할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Core::TrustedCertificates</name>
    <message>
        <location filename="../app/core/net/TrustedCertificates.cpp" line="62"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>인증서 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificates.cpp" line="73"/>
        <source>%1 holds no certificate: give a PEM file (-----BEGIN CERTIFICATE-----) or a DER certificate.</source>
        <translation>%1에 인증서가 없습니다: PEM 파일(-----BEGIN CERTIFICATE-----) 또는 DER 인증서를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/net/TrustedCertificates.cpp" line="106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Core::UserCredential</name>
    <message>
        <location filename="../app/core/auth/UserCredential.cpp" line="37"/>
        <source>You are not signed in. Sign in first.</source>
        <translation>로그인하지 않았습니다. 먼저 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/UserCredential.cpp" line="55"/>
        <source>signed-in user</source>
        <translation>로그인한 사용자</translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookFormat</name>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="88"/>
        <source>This is not a webhook URL: it needs to look like https://host/path.</source>
        <translation>웹후크 URL이 아닙니다. https://host/path 형식이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="90"/>
        <source>A webhook URL with a user name or password in it is not accepted.</source>
        <translation>사용자 이름이나 암호가 들어 있는 웹후크 URL은 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="97"/>
        <source>The webhook on %1 uses http://, which would send the notification (and the webhook&apos;s secret address) unencrypted. Use its https:// URL; plain http is accepted for this machine (localhost) only.</source>
        <translation>%1의 웹후크는 http://를 사용하므로 알림(과 웹후크의 비밀 주소)이 암호화되지 않은 채 전송됩니다. https:// URL을 사용하세요. 일반 http는 이 컴퓨터(localhost)에만 허용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookFormat.cpp" line="102"/>
        <source>A webhook URL starts with https:// (not %1:).</source>
        <translation>웹후크 URL은 https://로 시작해야 합니다(%1:이 아님).</translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookPayload</name>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="112"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="164"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="113"/>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="114"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="165"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="115"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="166"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="116"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="167"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notify/WebhookPayload.cpp" line="130"/>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="175"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... 외 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookPayload.cpp" line="184"/>
        <source>apim-backup-cli on %1</source>
        <translation>%1의 apim-backup-cli</translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookSender</name>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="52"/>
        <source>No network access.</source>
        <translation>네트워크에 접근할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="111"/>
        <source>the webhook on %1 answered HTTP %2.</source>
        <translation>%1의 웹후크가 HTTP %2(으)로 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="112"/>
        <source>the webhook on %1 answered HTTP %2: %3</source>
        <translation>%1의 웹후크가 HTTP %2(으)로 응답했습니다: %3</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="114"/>
        <source>the webhook on %1 did not answer in time.</source>
        <translation>%1의 웹후크가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="116"/>
        <source>the host %1 was not found.</source>
        <translation>호스트 %1을(를) 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="118"/>
        <source>%1 refused the connection.</source>
        <translation>%1이(가) 연결을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="120"/>
        <source>the TLS handshake with %1 failed (certificate not trusted?).</source>
        <translation>%1과(와)의 TLS 핸드셰이크가 실패했습니다(신뢰할 수 없는 인증서일 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookSender.cpp" line="122"/>
        <source>no answer from %1 (network error %2).</source>
        <translation>%1에서 응답이 없습니다(네트워크 오류 %2).</translation>
    </message>
</context>
<context>
    <name>Apim::Core::WebhookStore</name>
    <message>
        <location filename="../app/core/notify/WebhookStore.cpp" line="36"/>
        <source>&quot;%1&quot; cannot name a webhook: use up to 40 letters, digits, hyphens and underscores.</source>
        <translation>&quot;%1&quot;은(는) 웹후크 이름으로 쓸 수 없습니다. 문자, 숫자, 하이픈, 밑줄로 40자까지 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookStore.cpp" line="143"/>
        <source>No webhook named &quot;%1&quot;: save its URL with &apos;apim-backup-cli notify set %1&apos;, or set %2 in the job&apos;s credentials file.</source>
        <translation>이름이 &quot;%1&quot;인 웹후크가 없습니다. &apos;apim-backup-cli notify set %1&apos;(으)로 URL을 저장하거나, 작업의 자격 증명 파일에 %2을(를) 설정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/notify/WebhookStore.cpp" line="147"/>
        <source>The URL of webhook &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>웹후크 &quot;%1&quot;의 URL을 키체인에서 읽지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::AccessTypeWidget</name>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="13"/>
        <source>&amp;Identity:</source>
        <translation>신원(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="17"/>
        <source>Storage access</source>
        <translation>스토리지 액세스</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="18"/>
        <source>Storage account access key</source>
        <translation>스토리지 계정 액세스 키</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="20"/>
        <source>Service&apos;s system-assigned managed identity</source>
        <translation>서비스의 시스템 할당 관리 ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="21"/>
        <source>Service&apos;s user-assigned managed identity</source>
        <translation>서비스의 사용자 할당 관리 ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="23"/>
        <source>User-assigned identity</source>
        <translation>사용자 할당 ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="30"/>
        <source>Storage acc&amp;ess:</source>
        <translation>스토리지 액세스(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="49"/>
        <source>%1 (client ID %2)</source>
        <translation>%1 (클라이언트 ID %2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="77"/>
        <source>The key is read from the storage account when the operation starts and sent to the service only; it is never saved in plain text.</source>
        <translation>키는 작업이 시작될 때 스토리지 계정에서 읽어 서비스에만 보내며, 평문으로 저장하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="82"/>
        <source>The service&apos;s identity needs the Storage Blob Data Contributor role on the account. Works with storage firewalls that allow trusted Azure services.</source>
        <translation>서비스의 ID에 이 계정에 대한 Storage Blob Data Contributor 역할이 필요합니다. 신뢰할 수 있는 Azure 서비스를 허용하는 스토리지 방화벽에서도 작동합니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="84"/>
        <source>This service has no system-assigned identity. Turn it on under Managed identities in the portal, or choose another access type.</source>
        <translation>이 서비스에는 시스템 할당 ID가 없습니다. 포털의 관리 ID에서 켜거나 다른 액세스 방식을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="89"/>
        <source>This service has no user-assigned identity. Assign one in the portal, or choose another access type.</source>
        <translation>이 서비스에는 사용자 할당 ID가 없습니다. 포털에서 할당하거나 다른 액세스 방식을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AccessTypeWidget.cpp" line="91"/>
        <source>The chosen identity needs the Storage Blob Data Contributor role on the account.</source>
        <translation>선택한 ID에 이 계정에 대한 Storage Blob Data Contributor 역할이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::AppController</name>
    <message>
        <location filename="../ui/main/AppController.cpp" line="128"/>
        <source>Cannot use this cloud</source>
        <translation>이 클라우드를 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/main/AppController.cpp" line="176"/>
        <source>The new language applies when APIM Backup restarts.</source>
        <translation>새 언어는 APIM Backup을 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BackupDialog</name>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="32"/>
        <source>Remember this account and container for the subscription</source>
        <translation>이 구독에 이 계정과 컨테이너를 기억</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="33"/>
        <source>Replace the existing backup of the same name</source>
        <translation>같은 이름의 기존 백업 교체</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="35"/>
        <source>Cop&amp;y as command</source>
        <translation>명령으로 복사(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="36"/>
        <source>&amp;Start backup</source>
        <translation>백업 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="40"/>
        <source>Back up %1</source>
        <translation>%1 백업</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 × %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 × %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="51"/>
        <source>Backup name</source>
        <translation>백업 이름</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="63"/>
        <source>Backup &amp;name:</source>
        <translation>백업 이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="73"/>
        <source>Copy the equivalent az rest command, without the storage key</source>
        <translation>스토리지 키를 뺀 동일한 az rest 명령을 복사합니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="79"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BackupDialog.cpp" line="168"/>
        <source>Enter a name for the backup file.</source>
        <translation>백업 파일 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BackupExclusionsBox</name>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="12"/>
        <source>Usage and analytics data</source>
        <translation>사용량 및 분석 데이터</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="12"/>
        <source>Custom domain and CA certificates</source>
        <translation>사용자 지정 도메인 및 CA 인증서</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="12"/>
        <source>Virtual network settings</source>
        <translation>가상 네트워크 설정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="13"/>
        <source>Managed identity configuration</source>
        <translation>관리 ID 구성</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="13"/>
        <source>Azure Monitor diagnostic settings</source>
        <translation>Azure Monitor 진단 설정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="14"/>
        <source>Protocol and cipher settings</source>
        <translation>프로토콜 및 암호 설정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="14"/>
        <source>Developer portal content</source>
        <translation>개발자 포털 콘텐츠</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="18"/>
        <source>Not included in a backup</source>
        <translation>백업에 포함되지 않는 항목</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="18"/>
        <source>Not restored</source>
        <translation>복원되지 않는 항목</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="35"/>
        <source>While the backup runs, do not change the configuration, the tier or the hostnames of the service: changes made during a backup may be missing from it.</source>
        <translation>백업이 진행되는 동안 서비스의 구성, 계층, 호스트 이름을 바꾸지 마세요. 백업 중에 한 변경은 백업에서 빠질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupExclusionsBox.cpp" line="38"/>
        <source>Configuration changes made to the target service during the restore will be overwritten. Custom hostnames and managed identity configuration are not restored: set them up again afterwards.</source>
        <translation>복원 중에 대상 서비스에서 한 구성 변경은 덮어쓰입니다. 사용자 지정 호스트 이름과 관리 ID 구성은 복원되지 않으니 나중에 다시 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BackupListWidget</name>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="24"/>
        <source>Backups in the container</source>
        <translation>컨테이너의 백업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="27"/>
        <source>Age</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="49"/>
        <source>Listing the backups in %1…</source>
        <translation>%1의 백업 목록을 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="85"/>
        <source>%1
Not an API Management backup: %2.</source>
        <translation>%1
API Management 백업이 아닙니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="86"/>
        <source>%1 (not a backup)</source>
        <translation>%1 (백업 아님)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="92"/>
        <source>%1
Expired: API Management does not restore backups older than 30 days.</source>
        <translation>%1
만료됨: API Management는 30일이 지난 백업을 복원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="94"/>
        <source>%1 (expired)</source>
        <translation>%1 (만료됨)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="98"/>
        <source>%1 (from a %2 service)</source>
        <translation>%1 (%2 서비스에서 생성)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BackupListWidget.cpp" line="105"/>
        <source>This container holds no backups.</source>
        <translation>이 컨테이너에는 백업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BannerWidget</name>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="124"/>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="127"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="130"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BannerWidget.cpp" line="133"/>
        <source>Success</source>
        <translation>성공</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BatchBackupController</name>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="59"/>
        <source>A batch backup is still running</source>
        <translation>일괄 백업이 아직 실행 중입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/BatchBackupController.cpp" line="208"/>
        <source>Backing up %n service(s), at most %1 at a time</source>
        <translation>
            <numerusform>서비스 %n개 백업 중, 한 번에 최대 %1개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="216"/>
        <source>Batch backup: %1</source>
        <translation>일괄 백업: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="223"/>
        <source>Batch backup finished</source>
        <translation>일괄 백업 완료</translation>
    </message>
    <message>
        <location filename="../ui/main/BatchBackupController.cpp" line="223"/>
        <source>Batch backup did not fully succeed</source>
        <translation>일괄 백업이 완전히 성공하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BatchBackupDialog</name>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="74"/>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="76"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="74"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="74"/>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="76"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="76"/>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="80"/>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="281"/>
        <source>&amp;Start backups</source>
        <translation>백업 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="81"/>
        <source>Cancel &amp;pending</source>
        <translation>대기 중인 항목 취소(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="82"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="86"/>
        <source>Back up %n service(s)</source>
        <translation>
            <numerusform>서비스 %n개 백업</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="97"/>
        <source>Each service is backed up to the same container, named by the pattern. A service that cannot be backed up is skipped, and the others go on when one fails.</source>
        <translation>각 서비스는 패턴에 따라 이름이 지정되어 같은 컨테이너에 백업됩니다. 백업할 수 없는 서비스는 건너뛰며, 하나가 실패해도 나머지는 계속 진행됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="103"/>
        <source>Naming pattern</source>
        <translation>이름 지정 패턴</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="104"/>
        <source>{service}, {sku}, {resourceGroup}, {subscription}; anything else in braces is a UTC date and time format such as {yyyyMMdd-HHmmss}.</source>
        <translation>{service}, {sku}, {resourceGroup}, {subscription}. 중괄호 안의 그 밖의 내용은 {yyyyMMdd-HHmmss}와 같은 UTC 날짜 및 시간 형식으로 처리됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="110"/>
        <source>&amp;Naming pattern:</source>
        <translation>이름 지정 패턴(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="115"/>
        <source>Services of the batch</source>
        <translation>일괄 처리의 서비스</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="116"/>
        <source>Skipped services</source>
        <translation>건너뛴 서비스</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="117"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="133"/>
        <source>Skip the services whose backup has not started; started ones run to their end</source>
        <translation>백업이 시작되지 않은 서비스를 건너뜁니다. 이미 시작된 백업은 끝까지 실행됩니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="281"/>
        <source>&amp;Start %n backup(s)</source>
        <translation>
            <numerusform>백업 %n개 시작(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="295"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="296"/>
        <source>The backups go on; the operations panel follows them</source>
        <translation>백업은 계속 진행됩니다. 작업 패널에서 진행 상황을 확인할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="318"/>
        <source>%1 of %2 services finished</source>
        <translation>서비스 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="351"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BatchBackupDialog.cpp" line="351"/>
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::BatchPresenter</name>
    <message numerus="yes">
        <location filename="../ui/models/BatchPresenter.cpp" line="32"/>
        <source>Concerns %n service(s): %1.</source>
        <translation>
            <numerusform>서비스 %n개 관련: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="45"/>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="47"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="49"/>
        <source>Running (%1 %)</source>
        <translation>실행 중(%1 %)</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="49"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="51"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="53"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="55"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="82"/>
        <source>Batch backup ended, pending ones cancelled: %1.</source>
        <translation>일괄 백업이 종료되었으며 대기 중인 백업은 취소되었습니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="83"/>
        <source>Batch backup finished: %1.</source>
        <translation>일괄 백업이 완료되었습니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="87"/>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/BatchPresenter.cpp" line="89"/>
        <source>%1 skipped (%2)</source>
        <translation>%1 건너뜀(%2)</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::CoreBackupLister</name>
    <message>
        <location filename="../ui/main/CoreBackupLister.cpp" line="23"/>
        <source>Sign in to list backups.</source>
        <translation>백업 목록을 보려면 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::DeviceCodePanel</name>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="21"/>
        <source>&amp;Copy code</source>
        <translation>코드 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="22"/>
        <source>&amp;Open sign-in page</source>
        <translation>로그인 페이지 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="26"/>
        <source>Device code</source>
        <translation>장치 코드</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DeviceCodePanel.cpp" line="71"/>
        <source>Open %1 on any device, sign in, and enter this code. This window continues by itself once you are done.</source>
        <translation>아무 장치에서나 %1을(를) 열고 로그인한 뒤 이 코드를 입력하세요. 완료되면 이 창이 알아서 계속 진행합니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::DrillDialog</name>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="35"/>
        <source>&amp;Start drill</source>
        <translation>훈련 시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="36"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="41"/>
        <source>Restore drill of %1</source>
        <translation>%1 복원 훈련</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="42"/>
        <source>Restores a backup of %1 (%2) into a standby service of the same tier, measures how long the standby takes to serve again (RTO) and compares it with %1 as it is now. %1 itself is not changed.</source>
        <translation>%1(%2)의 백업을 같은 계층의 대기 서비스로 복원하고, 대기 서비스가 다시 요청을 처리하기까지 걸리는 시간(RTO)을 측정한 뒤 현재의 %1과(와) 비교합니다. %1 자체는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="51"/>
        <source>Type the standby service name to confirm</source>
        <translation>확인하려면 대기 서비스 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="59"/>
        <source>Drill progress</source>
        <translation>훈련 진행 상황</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="60"/>
        <source>The drill&apos;s steps appear here.</source>
        <translation>훈련 단계가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="66"/>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="109"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="70"/>
        <source>S&amp;tandby:</source>
        <translation>대기 서비스(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="71"/>
        <source>&amp;Backup:</source>
        <translation>백업(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="72"/>
        <source>&amp;Access:</source>
        <translation>액세스(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="95"/>
        <source>No other service of the %1 tier is loaded: a drill needs a standby of the same tier.</source>
        <translation>%1 계층의 다른 서비스가 로드되지 않았습니다. 훈련에는 같은 계층의 대기 서비스가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="98"/>
        <source>No backup of %1 was found in its backup locations.</source>
        <translation>%1의 백업 위치에서 백업을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="112"/>
        <source>%1 (expired)</source>
        <translation>%1 (만료됨)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="114"/>
        <source>%1 (changed since it was made)</source>
        <translation>%1 (만든 뒤 변경됨)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="138"/>
        <source>The configuration of %1 will be replaced by the backup&apos;s. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>%1의 구성이 백업의 구성으로 바뀝니다. 확인하려면 &lt;b&gt;%1&lt;/b&gt;을(를) 입력하세요:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="140"/>
        <source>Choose a standby service.</source>
        <translation>대기 서비스를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="188"/>
        <source>Starting the drill into %1…</source>
        <translation>%1(으)로 훈련을 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="196"/>
        <source>Not started: %1</source>
        <translation>시작하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="203"/>
        <source>Drill not started</source>
        <translation>훈련을 시작하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DrillDialog.cpp" line="209"/>
        <source>Drill ended: %1</source>
        <translation>훈련 종료: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::DrillResultWidget</name>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="24"/>
        <source>Export &amp;Markdown…</source>
        <translation>Markdown 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="32"/>
        <source>Differences between the standby and the source</source>
        <translation>대기 서비스와 원본의 차이</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="35"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="35"/>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="58"/>
        <source>not measured</source>
        <translation>측정되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="62"/>
        <source>Drill succeeded. RTO %1: %2 holds what %3 holds.</source>
        <translation>훈련 성공. RTO %1: %2의 내용이 %3과(와) 같습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="66"/>
        <source>Drill ended with %n difference(s), %1 not explained. RTO %2.</source>
        <translation>
            <numerusform>훈련이 끝났고 차이가 %n개 있습니다(설명되지 않은 차이 %1개). RTO %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="25"/>
        <source>Export C&amp;SV…</source>
        <translation>CSV 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="72"/>
        <source>Drill failed (RTO %1): %2</source>
        <translation>훈련 실패(RTO %1): %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="75"/>
        <source>The drill did not end.</source>
        <translation>훈련이 끝나지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="95"/>
        <source>Export the drill as Markdown</source>
        <translation>훈련을 Markdown으로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="95"/>
        <source>Export the drill as CSV</source>
        <translation>훈련을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="96"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="96"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="102"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DrillResultWidget.cpp" line="102"/>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::FindingsWidget</name>
    <message>
        <location filename="../ui/widgets/FindingsWidget.cpp" line="15"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FindingsWidget.cpp" line="16"/>
        <source>Checks passed: nothing found that would stop it.</source>
        <translation>점검 통과: 진행을 막는 문제가 발견되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FindingsWidget.cpp" line="19"/>
        <source>Checks before starting</source>
        <translation>시작 전 확인</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::HistoryWidget</name>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="30"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="34"/>
        <source>Filter by service, storage account, backup name or error</source>
        <translation>서비스, 스토리지 계정, 백업 이름 또는 오류로 필터링</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="35"/>
        <source>Filter history</source>
        <translation>기록 필터</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="37"/>
        <source>Clear the history filter</source>
        <translation>기록 필터를 지웁니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="40"/>
        <source>Sh&amp;ow:</source>
        <translation>표시(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="43"/>
        <source>All operations</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="44"/>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="45"/>
        <source>Restores</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="46"/>
        <source>Failed or canceled</source>
        <translation>실패 또는 취소됨</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="47"/>
        <source>Backups with changes while running</source>
        <translation>실행 중 변경이 있었던 백업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="72"/>
        <source>Operation history</source>
        <translation>작업 기록</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="107"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="116"/>
        <source>Export history</source>
        <translation>기록 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HistoryWidget.cpp" line="116"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::InventoryTreeAdapter</name>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="81"/>
        <source>Loading subscriptions…</source>
        <translation>구독을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="116"/>
        <source>This account sees no subscriptions. Check that it has at least Reader access, or switch to another directory.</source>
        <translation>이 계정에서 보이는 구독이 없습니다. 최소한 읽기 권한자(Reader) 권한이 있는지 확인하거나 다른 디렉터리로 전환하세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="120"/>
        <source>No subscriptions</source>
        <translation>구독 없음</translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="139"/>
        <source>Subscription is %1: its services are not listed.</source>
        <translation>구독이 %1 상태라 서비스를 나열하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="145"/>
        <source>Loading API Management services in %n subscription(s)…</source>
        <translation>
            <numerusform>구독 %n개에서 API Management 서비스를 불러오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="151"/>
        <source>Could not list subscriptions: %1</source>
        <translation>구독을 나열하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="153"/>
        <source>Could not list subscriptions</source>
        <translation>구독을 나열하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="208"/>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="239"/>
        <source>Could not list services: %1</source>
        <translation>서비스를 나열하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="224"/>
        <source>%1 of %n API Management service(s)</source>
        <comment>shown of all, when a filter hides some</comment>
        <translation>
            <numerusform>API Management 서비스 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="225"/>
        <source>%n API Management service(s)</source>
        <translation>
            <numerusform>API Management 서비스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="227"/>
        <source>; %n subscription(s) could not be listed</source>
        <translation>
            <numerusform>; 구독 %n개를 나열하지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="229"/>
        <source> (listed per subscription: %1)</source>
        <translation> (구독별로 나열함: %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/InventoryTreeAdapter.cpp" line="243"/>
        <source>Could not list services</source>
        <translation>서비스를 나열하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="65"/>
        <source>APIM Backup</source>
        <translation>APIM Backup</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="101"/>
        <location filename="../ui/main/MainWindow.cpp" line="106"/>
        <source>&amp;Sign in…</source>
        <translation>로그인(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="103"/>
        <source>Sign in, or sign in again with another account or directory</source>
        <translation>로그인하거나 다른 계정 또는 디렉터리로 다시 로그인합니다</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="108"/>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="110"/>
        <source>Switch &amp;directory…</source>
        <translation>디렉터리 전환(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="112"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="115"/>
        <source>Reload tenants, subscriptions and services (F5)</source>
        <translation>테넌트, 구독, 서비스를 다시 불러옵니다(F5)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="116"/>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="119"/>
        <source>Back up the selected service (Ctrl+B)</source>
        <translation>선택한 서비스를 백업합니다(Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="120"/>
        <location filename="../ui/main/MainWindow.cpp" line="530"/>
        <source>Back up selected…</source>
        <translation>선택 항목 백업…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="124"/>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="127"/>
        <source>Restore a backup into the selected service (Ctrl+R)</source>
        <translation>선택한 서비스로 백업을 복원합니다(Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="128"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="131"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="134"/>
        <source>&amp;Find service</source>
        <translation>서비스 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="137"/>
        <source>Copy resource &amp;ID</source>
        <translation>리소스 ID 복사(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="139"/>
        <source>Open in Azure &amp;portal</source>
        <translation>Azure Portal에서 열기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="141"/>
        <source>S&amp;ervices</source>
        <translation>서비스(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="144"/>
        <source>Re&amp;covery readiness</source>
        <translation>복구 준비 상태(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="147"/>
        <source>Can each service be recovered now, to what point, how fast? (Ctrl+2)</source>
        <translation>각 서비스를 지금 복구할 수 있는지, 어느 시점까지, 얼마나 빨리 복구할 수 있는지 봅니다(Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="148"/>
        <source>Sc&amp;hedules</source>
        <translation>일정(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="151"/>
        <source>The backups that run unattended on this computer (Ctrl+3)</source>
        <translation>이 컴퓨터에서 무인으로 실행되는 백업(Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="195"/>
        <source>&amp;Service</source>
        <translation>서비스(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="202"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="211"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="222"/>
        <source>More toolbar actions</source>
        <translation>추가 도구 모음 작업</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="245"/>
        <source>Recovery</source>
        <translation>복구</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="247"/>
        <source>Schedules</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="252"/>
        <source>&amp;Retry keychain</source>
        <translation>키체인 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="254"/>
        <source>Use &amp;session-only mode</source>
        <translation>세션 전용 모드 사용(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="294"/>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <location filename="../ui/main/MainWindow.cpp" line="365"/>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="305"/>
        <source>Signed-in account</source>
        <translation>로그인한 계정</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="334"/>
        <source>The OS keychain cannot be used, so nothing can be remembered: %1</source>
        <translation>OS 키체인을 사용할 수 없어 아무것도 기억할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="429"/>
        <source>Sign in to see your API Management services.</source>
        <translation>API Management 서비스를 보려면 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="472"/>
        <source>Back up &amp;now</source>
        <translation>지금 백업(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="530"/>
        <source>Back up selected (%1)…</source>
        <translation>선택 항목 백업(%1)…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="532"/>
        <source>Back up the selected services, or every service of the selected subscriptions (Ctrl+Shift+B)</source>
        <translation>선택한 서비스 또는 선택한 구독의 모든 서비스를 백업합니다(Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="560"/>
        <source>Copied %1</source>
        <translation>%1 복사됨</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="570"/>
        <source>Could not open a browser; the address is %1</source>
        <translation>브라우저를 열 수 없습니다. 주소는 %1입니다</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::NetworkSettingsWidget</name>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="23"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="32"/>
        <source>System proxy settings</source>
        <translation>시스템 프록시 설정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="33"/>
        <source>No proxy</source>
        <translation>프록시 사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="34"/>
        <source>This proxy:</source>
        <translation>다음 프록시:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="35"/>
        <source>System: HTTPS_PROXY and NO_PROXY on Linux, the system settings on Windows and macOS. Loopback addresses never go through a proxy.</source>
        <translation>시스템: Linux에서는 HTTPS_PROXY 및 NO_PROXY를, Windows와 macOS에서는 시스템 설정을 사용합니다. 루프백 주소는 프록시를 거치지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="38"/>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="40"/>
        <source>Only if the proxy asks for a sign-in</source>
        <translation>프록시에서 로그인을 요구하는 경우에만</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="43"/>
        <source>Kept in the keychain; type to replace</source>
        <translation>키체인에 보관됨. 바꾸려면 입력하십시오</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="44"/>
        <source>&amp;Trusted certificates…</source>
        <translation>신뢰할 수 있는 인증서(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="48"/>
        <source>P&amp;roxy:</source>
        <translation>프록시(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="50"/>
        <source>Proxy &amp;user:</source>
        <translation>프록시 사용자(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="51"/>
        <source>Proxy pass&amp;word:</source>
        <translation>프록시 암호(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="83"/>
        <source>Proxy: %1</source>
        <translation>프록시: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="87"/>
        <source>Proxy: a password needs the proxy user name.</source>
        <translation>프록시: 암호를 사용하려면 프록시 사용자 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="114"/>
        <source>Proxy password not saved</source>
        <translation>프록시 암호가 저장되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NetworkSettingsWidget.cpp" line="115"/>
        <source>The proxy password is used until the app closes, but the keychain did not keep it: %1</source>
        <translation>프록시 암호는 앱을 닫을 때까지 사용되지만 키체인에 저장되지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::OperationsController</name>
    <message numerus="yes">
        <location filename="../ui/main/OperationsController.cpp" line="117"/>
        <source>Following %n operation(s) started before the restart</source>
        <translation>
            <numerusform>다시 시작 전에 시작된 작업 %n개를 추적합니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="144"/>
        <source>Backup of %1 finished</source>
        <translation>%1 백업 완료</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="144"/>
        <source>Restore of %1 finished</source>
        <translation>%1 복원 완료</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="145"/>
        <source>Backup of %1 did not succeed</source>
        <translation>%1 백업이 성공하지 못함</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="145"/>
        <source>Restore of %1 did not succeed</source>
        <translation>%1 복원이 성공하지 못함</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="148"/>
        <source>Backup of %1 may be missing changes</source>
        <translation>%1의 백업에 일부 변경 사항이 빠져 있을 수 있음</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="187"/>
        <source>Backup not started</source>
        <translation>백업을 시작하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="187"/>
        <source>Restore not started</source>
        <translation>복원을 시작하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="209"/>
        <source>Operation running</source>
        <translation>작업 진행 중</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="210"/>
        <source>An operation is already running on %1. Wait for it to end before starting another.</source>
        <translation>%1에서 이미 작업이 진행 중입니다. 끝날 때까지 기다린 뒤 다른 작업을 시작하세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="262"/>
        <source>Checking %1 before the backup…</source>
        <translation>백업 전에 %1을(를) 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="271"/>
        <source>Back up %1 now to %2/%3 as %4?</source>
        <translation>지금 %1을(를) %2/%3에 %4(으)로 백업할까요?</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="276"/>
        <source>Do not change the configuration, tier or hostnames of the service until the backup ends.</source>
        <translation>백업이 끝날 때까지 서비스의 구성, 계층, 호스트 이름을 바꾸지 마세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="278"/>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="278"/>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../ui/main/OperationsController.cpp" line="355"/>
        <source>Copied the az rest command (the storage key is looked up by the command itself)</source>
        <translation>az rest 명령을 복사했습니다(스토리지 키는 명령이 직접 조회합니다)</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::OperationsDock</name>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="27"/>
        <location filename="../ui/widgets/OperationsDock.cpp" line="37"/>
        <location filename="../ui/widgets/OperationsDock.cpp" line="76"/>
        <source>Operations</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="33"/>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="45"/>
        <source>Running and recent operations</source>
        <translation>진행 중이거나 최근 작업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="55"/>
        <source>Operation details</source>
        <translation>작업 세부 정보</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="56"/>
        <source>Select an operation to see its details.</source>
        <translation>세부 정보를 보려면 작업을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationsDock.cpp" line="77"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::OperationsModel</name>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="105"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="105"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="122"/>
        <source>Starting</source>
        <translation>시작 중</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="124"/>
        <source>Running (resumed)</source>
        <translation>진행 중(재개됨)</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="124"/>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/OperationsModel.cpp" line="128"/>
        <source>Succeeded, %n change(s) while running</source>
        <translation>
            <numerusform>성공, 실행 중 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="129"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="131"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="131"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="133"/>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="135"/>
        <source>Unknown: check the service</source>
        <translation>알 수 없음: 서비스를 확인하세요</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="185"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="186"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="115"/>
        <source>Working…</source>
        <translation>진행 중…</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="110"/>
        <source>in %1</source>
        <translation>%1 후</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="230"/>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="232"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="234"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="236"/>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="238"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="240"/>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationsModel.cpp" line="242"/>
        <source>Next check</source>
        <translation>다음 확인</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ReadinessModel</name>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="176"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="178"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="180"/>
        <source>Last good backup</source>
        <translation>마지막 정상 백업</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="182"/>
        <source>Expires in</source>
        <translation>만료까지</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="184"/>
        <source>Last drill</source>
        <translation>마지막 훈련</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessModel.cpp" line="186"/>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RecoveryController</name>
    <message>
        <location filename="../ui/main/RecoveryController.cpp" line="124"/>
        <source>Sign in to see whether your services can be recovered.</source>
        <translation>서비스를 복구할 수 있는지 보려면 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/RecoveryController.cpp" line="131"/>
        <source>No API Management services are loaded.</source>
        <translation>로드된 API Management 서비스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/RecoveryController.cpp" line="279"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RecoveryView</name>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="31"/>
        <source>Sign in to see whether your services can be recovered.</source>
        <translation>서비스를 복구할 수 있는지 보려면 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="35"/>
        <source>Needs &amp;attention only</source>
        <translation>주의 필요 항목만(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="39"/>
        <source>Read every backup location again</source>
        <translation>모든 백업 위치를 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="37"/>
        <source>R&amp;eload</source>
        <translation>다시 읽기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="40"/>
        <source>Ver&amp;ify backups</source>
        <translation>백업 검증(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="42"/>
        <source>Check that the backups this tool made are still there and unchanged</source>
        <translation>이 도구로 만든 백업이 아직 있고 바뀌지 않았는지 확인합니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="58"/>
        <source>Recovery readiness</source>
        <translation>복구 준비 상태</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="102"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="122"/>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="104"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="125"/>
        <source>Run &amp;drill…</source>
        <translation>훈련 실행(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="106"/>
        <source>Restore a backup into a standby service of the same tier and measure the recovery time</source>
        <translation>같은 계층의 대기 서비스로 백업을 복원하고 복구 시간을 측정합니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="107"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="128"/>
        <source>Set target &amp;RPO…</source>
        <translation>목표 RPO 설정(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="109"/>
        <source>How old the newest backup of this service may be</source>
        <translation>이 서비스의 최신 백업에 허용되는 최대 경과 시간</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="135"/>
        <source>Back up the selected service to its remembered location (%1)</source>
        <translation>선택한 서비스를 기억된 위치로 백업합니다(%1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="160"/>
        <location filename="../ui/widgets/RecoveryView.cpp" line="173"/>
        <source>%1 (reading backups…)</source>
        <translation>%1 (백업 읽는 중…)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="172"/>
        <source>Reading every backup location…</source>
        <translation>모든 백업 위치를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="189"/>
        <source>Attention: %1</source>
        <translation>주의: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="199"/>
        <source>Checking the backups this tool made…</source>
        <translation>이 도구로 만든 백업을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="234"/>
        <source>Select a service to see why it is in its state.</source>
        <translation>서비스를 선택하면 현재 상태인 이유가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="237"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/RecoveryView.cpp" line="240"/>
        <source>Drills: %1</source>
        <translation>훈련: %1</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="42"/>
        <source>Cop&amp;y as command</source>
        <translation>명령으로 복사(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="43"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="48"/>
        <source>Restore into %1</source>
        <translation>%1(으)로 복원</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="52"/>
        <source>Target service</source>
        <translation>대상 서비스</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="55"/>
        <source>This service: %1 (%2)</source>
        <translation>이 서비스: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="56"/>
        <source>%1 (%2, %3, resource group %4)</source>
        <translation>%1 (%2, %3, 리소스 그룹 %4)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="62"/>
        <source>Type the target service name to confirm</source>
        <translation>확인하려면 대상 서비스 이름을 입력하세요</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="71"/>
        <source>&amp;Backup:</source>
        <translation>백업(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="73"/>
        <source>Restore &amp;into:</source>
        <translation>복원 대상(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="81"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="86"/>
        <source>&lt;b&gt;Source&lt;/b&gt;</source>
        <translation>&lt;b&gt;원본&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="87"/>
        <source>&lt;b&gt;Target&lt;/b&gt;</source>
        <translation>&lt;b&gt;대상&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="191"/>
        <source>Could not list the backups: %1</source>
        <translation>백업 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RestoreDialog.cpp" line="202"/>
        <source>To confirm, type the name of the service the backup will overwrite: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>확인하려면 백업으로 덮어쓸 서비스의 이름을 입력하세요: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::RpoTargetDialog</name>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="34"/>
        <source>Target RPO of %1</source>
        <translation>%1의 목표 RPO</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="35"/>
        <source>How old may the newest backup be before %1 counts as breached? A backup older than 80 % of the target is at risk.</source>
        <translation>최신 백업이 얼마나 오래되면 %1을(를) 목표 초과로 볼까요? 목표의 80%보다 오래된 백업은 위험으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="40"/>
        <source>For this &amp;service only</source>
        <translation>이 서비스에만(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="42"/>
        <source>For every service of its s&amp;ubscription</source>
        <translation>같은 구독의 모든 서비스에(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="50"/>
        <source>e.g. 12h, 2d, 1w</source>
        <translation>예: 12h, 2d, 1w</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="52"/>
        <source>Use the &amp;default (%1)</source>
        <translation>기본값(%1) 사용(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="60"/>
        <source>&amp;Target:</source>
        <translation>목표(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RpoTargetDialog.cpp" line="102"/>
        <source>The target must be longer than zero.</source>
        <translation>목표는 0보다 커야 합니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ScheduleDialog</name>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="44"/>
        <source>Edit schedule %1</source>
        <translation>일정 %1 편집</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="44"/>
        <source>New schedule</source>
        <translation>새 일정</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="49"/>
        <source>systemd user timer</source>
        <translation>systemd 사용자 타이머</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="50"/>
        <source>crontab</source>
        <translation>crontab</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="51"/>
        <source>Windows Task Scheduler</source>
        <translation>Windows 작업 스케줄러</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="67"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="67"/>
        <source>&amp;Install</source>
        <translation>설치(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="98"/>
        <source>What</source>
        <translation>백업 대상</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="102"/>
        <source>Names the timer, crontab block and files: letters, digits, dots, hyphens, underscores</source>
        <translation>타이머, crontab 블록 및 파일의 이름으로 사용됩니다: 문자, 숫자, 점, 하이픈, 밑줄</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="105"/>
        <source>One resource id per line, backed up in this order</source>
        <translation>한 줄에 리소스 ID 하나씩, 이 순서대로 백업됩니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="113"/>
        <source>Optional: the prune searches every subscription without it</source>
        <translation>선택 사항: 지정하지 않으면 정리 작업에서 모든 구독을 검색합니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="116"/>
        <source>Default (storage account key)</source>
        <translation>기본값(스토리지 계정 키)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="117"/>
        <source>Storage account key</source>
        <translation>스토리지 계정 키</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="118"/>
        <source>System-assigned managed identity</source>
        <translation>시스템 할당 관리 ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="119"/>
        <source>User-assigned managed identity</source>
        <translation>사용자 할당 관리 ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="122"/>
        <source>Client id of the user-assigned identity</source>
        <translation>사용자 할당 ID의 클라이언트 ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="123"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="124"/>
        <source>Ser&amp;vices:</source>
        <translation>서비스(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="125"/>
        <source>Storage &amp;account:</source>
        <translation>스토리지 계정(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="126"/>
        <source>&amp;Container:</source>
        <translation>컨테이너(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="127"/>
        <source>Storage s&amp;ubscription:</source>
        <translation>스토리지 구독(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="128"/>
        <source>Access t&amp;ype:</source>
        <translation>액세스 유형(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="129"/>
        <source>&amp;Identity client id:</source>
        <translation>관리 ID 클라이언트 ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="135"/>
        <source>When</source>
        <translation>실행 시기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="139"/>
        <source>Every day</source>
        <translation>매일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="140"/>
        <source>Every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="141"/>
        <source>Cron expression</source>
        <translation>Cron 식</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="147"/>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="148"/>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="148"/>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="149"/>
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="149"/>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="150"/>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="150"/>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="155"/>
        <source>minute hour day month weekday, e.g. 30 2 * * 1-5</source>
        <translation>분 시 일 월 요일, 예: 30 2 * * 1-5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="156"/>
        <source>After the backups, &amp;delete old ones</source>
        <translation>백업 후 이전 백업 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="160"/>
        <source>e.g. 30d; empty: the expired ones</source>
        <translation>예: 30d. 비워 두면 만료된 백업</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="164"/>
        <source>Default (1)</source>
        <translation>기본값(1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="165"/>
        <source>&amp;Repeat:</source>
        <translation>반복(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="166"/>
        <source>&amp;Time:</source>
        <translation>시간(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="167"/>
        <source>&amp;Day:</source>
        <translation>요일(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="168"/>
        <source>Cron e&amp;xpression:</source>
        <translation>Cron 식(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="170"/>
        <source>Delete &amp;older than:</source>
        <translation>다음보다 오래된 백업 삭제(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="171"/>
        <source>&amp;Keep at least:</source>
        <translation>최소 보관 개수(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="177"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="181"/>
        <source>Service principal from a credentials file</source>
        <translation>자격 증명 파일의 서비스 주체</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="182"/>
        <source>The sign-in saved by the command-line tool</source>
        <translation>명령줄 도구에 저장된 로그인</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="183"/>
        <source>A credentials file suits servers: you fill in the secret, readable only by you. The saved sign-in needs an unlocked keychain when the job runs.</source>
        <translation>자격 증명 파일은 서버에 적합합니다. 본인만 읽을 수 있는 파일에 비밀을 직접 입력합니다. 저장된 로그인을 사용하려면 작업이 실행될 때 키체인이 잠금 해제되어 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="187"/>
        <source>When a backup fails</source>
        <translation>백업이 실패할 때</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="188"/>
        <source>After every backup</source>
        <translation>모든 백업 후</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="189"/>
        <source>Save &amp;URL…</source>
        <translation>URL 저장(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="191"/>
        <source>Keep the webhook&apos;s URL in the keychain: it is a secret, so no job file holds it</source>
        <translation>웹후크 URL을 키체인에 보관합니다. 비밀 정보이므로 작업 파일에는 저장되지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="197"/>
        <source>Optional command run when the job fails</source>
        <translation>작업이 실패할 때 실행할 명령(선택 사항)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="198"/>
        <source>Sc&amp;heduler:</source>
        <translation>스케줄러(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="199"/>
        <source>Si&amp;gn-in:</source>
        <translation>로그인(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="200"/>
        <source>Notify &amp;webhook:</source>
        <translation>알림 웹후크(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="205"/>
        <source>Notify webhook</source>
        <translation>알림 웹후크</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="206"/>
        <source>N&amp;otify:</source>
        <translation>알림(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="207"/>
        <source>On &amp;failure run:</source>
        <translation>실패 시 실행(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="298"/>
        <source>Name at least one service (its resource id), the storage account and the container.</source>
        <translation>서비스(리소스 ID)를 하나 이상 지정하고 스토리지 계정과 컨테이너를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ScheduleDialog.cpp" line="300"/>
        <source>No scheduler was found on this computer: install systemd or cron, or use the command-line tool.</source>
        <translation>이 컴퓨터에서 스케줄러를 찾을 수 없습니다. systemd 또는 cron을 설치하거나 명령줄 도구를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ScheduleTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/ScheduleTableModel.cpp" line="48"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="54"/>
        <source>Never ran</source>
        <translation>실행된 적 없음</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="60"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="63"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="66"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="69"/>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="72"/>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="129"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="75"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="84"/>
        <source>Installed by an older version: it can be deleted and created again here, not edited.</source>
        <translation>이전 버전에서 설치되었습니다. 여기서 편집할 수는 없지만 삭제한 후 다시 만들 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="86"/>
        <source>Its description cannot be read: delete it and create it again.</source>
        <translation>설명을 읽을 수 없습니다. 삭제한 후 다시 만드십시오.</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="96"/>
        <source>systemd timer</source>
        <translation>systemd 타이머</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="98"/>
        <source>crontab</source>
        <translation>crontab</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="100"/>
        <source>Windows task</source>
        <translation>Windows 작업</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="119"/>
        <source>%1 (drill)</source>
        <translation>%1(훈련)</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="126"/>
        <source>Damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="182"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="184"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="186"/>
        <source>Target</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="188"/>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="190"/>
        <source>Next run</source>
        <translation>다음 실행</translation>
    </message>
    <message>
        <location filename="../ui/models/ScheduleTableModel.cpp" line="192"/>
        <source>Last result</source>
        <translation>마지막 결과</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SchedulesController</name>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="127"/>
        <source>Neither systemd nor cron was found on this computer: schedules cannot be installed here.</source>
        <translation>이 컴퓨터에서 systemd와 cron을 모두 찾을 수 없습니다. 여기에는 일정을 설치할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="195"/>
        <source>Cannot edit %1</source>
        <translation>%1을(를) 편집할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="197"/>
        <source>%1

Delete it and create it again with New….</source>
        <translation>%1

삭제한 후 새로 만들기…로 다시 만드십시오.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="198"/>
        <source>It was installed by an older version, which did not keep its settings in it. Delete it and create it again with New….</source>
        <translation>설정을 저장하지 않던 이전 버전에서 설치된 일정입니다. 삭제한 후 새로 만들기…로 다시 만드십시오.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="234"/>
        <source>Replace %1?</source>
        <translation>%1을(를) 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="235"/>
        <source>A schedule named %1 is installed already. Replace it with this one?</source>
        <translation>이름이 %1인 일정이 이미 설치되어 있습니다. 이 일정으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="236"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="253"/>
        <source>Installed %1.</source>
        <translation>%1을(를) 설치했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="261"/>
        <source>Delete the schedule %1? It stops running and its files are deleted.</source>
        <translation>일정 %1을(를) 삭제하시겠습니까? 일정 실행이 중지되고 해당 파일이 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="263"/>
        <source>Its credentials file is kept.</source>
        <translation>자격 증명 파일은 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="264"/>
        <source>Delete schedule</source>
        <translation>일정 삭제</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="264"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="276"/>
        <source>Deleted %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="289"/>
        <source>The schedule was not changed</source>
        <translation>일정이 변경되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="311"/>
        <location filename="../ui/main/SchedulesController.cpp" line="316"/>
        <source>Cannot run %1</source>
        <translation>%1을(를) 실행할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="312"/>
        <source>What this schedule runs cannot be told from its files. Delete it and create it again.</source>
        <translation>이 일정의 파일로는 무엇을 실행하는지 알 수 없습니다. 삭제한 후 다시 만드십시오.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="317"/>
        <source>%1 could not be started. Check that it is installed, or run the job yourself:</source>
        <translation>%1을(를) 시작할 수 없습니다. 설치되어 있는지 확인하거나 다음과 같이 작업을 직접 실행하십시오:</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="322"/>
        <source>Started %1. Its result shows under Last result once the backups end: choose Reload then.</source>
        <translation>%1을(를) 시작했습니다. 백업이 끝나면 결과가 마지막 결과에 표시됩니다. 그때 다시 로드를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="336"/>
        <source>The keychain is not available here: save the URL with &apos;apim-backup-cli notify set %1&apos;.</source>
        <translation>여기서는 키체인을 사용할 수 없습니다. &apos;apim-backup-cli notify set %1&apos; 명령으로 URL을 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="339"/>
        <source>Webhook %1</source>
        <translation>웹후크 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/SchedulesController.cpp" line="340"/>
        <source>The incoming webhook&apos;s URL (Microsoft Teams, Slack or any HTTPS address). It is kept in the keychain; the job&apos;s files only name it.</source>
        <translation>들어오는 웹후크의 URL입니다(Microsoft Teams, Slack 또는 임의의 HTTPS 주소). 키체인에 보관되며 작업 파일에는 이름만 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SchedulesView</name>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="26"/>
        <source>Backups that run unattended on this computer, through the command-line tool.</source>
        <translation>명령줄 도구를 통해 이 컴퓨터에서 무인으로 실행되는 백업입니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="36"/>
        <source>Schedules</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="47"/>
        <source>No schedules are installed on this computer.

Choose New… to back up services unattended: every day, every week or on a cron schedule. Select the services in the Services page first to have them filled in.</source>
        <translation>이 컴퓨터에 설치된 일정이 없습니다.

서비스를 무인으로 백업하려면 새로 만들기…를 선택하십시오. 매일, 매주 또는 cron 일정에 따라 백업할 수 있습니다. 서비스 페이지에서 서비스를 먼저 선택하면 자동으로 입력됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="88"/>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="90"/>
        <source>Schedule backups of services</source>
        <translation>서비스 백업 일정을 만듭니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="91"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="93"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="95"/>
        <source>Disable the schedule and delete its files</source>
        <translation>일정을 사용하지 않도록 설정하고 해당 파일을 삭제합니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="96"/>
        <source>R&amp;un now</source>
        <translation>지금 실행(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="98"/>
        <source>Start the job now, as the scheduler would</source>
        <translation>스케줄러와 같은 방식으로 작업을 지금 시작합니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="99"/>
        <location filename="../ui/widgets/SchedulesView.cpp" line="142"/>
        <source>Re&amp;load</source>
        <translation>다시 로드(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="101"/>
        <source>Read the installed schedules again</source>
        <translation>설치된 일정을 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="142"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SchedulesView.cpp" line="182"/>
        <source>Change the selected schedule</source>
        <translation>선택한 일정을 변경합니다</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SecretsStatusButton</name>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="14"/>
        <source>Where secrets are kept</source>
        <translation>비밀 보관 위치</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="21"/>
        <source>&amp;Retry the keychain</source>
        <translation>키체인 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="23"/>
        <source>Continue in &amp;session-only mode</source>
        <translation>세션 전용 모드로 계속(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="38"/>
        <source>Secrets: checking keychain…</source>
        <translation>비밀: 키체인 확인 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="39"/>
        <source>Checking whether the OS keychain can be used…</source>
        <translation>OS 키체인을 사용할 수 있는지 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="44"/>
        <source>Secrets: OS keychain</source>
        <translation>비밀: OS 키체인</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="45"/>
        <source>Sign-ins and keys are kept in the OS keychain.</source>
        <translation>로그인 정보와 키는 OS 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="50"/>
        <source>Secrets: Session only</source>
        <translation>비밀: 세션 전용</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="51"/>
        <source>You chose to keep secrets in memory only.</source>
        <translation>비밀을 메모리에만 보관하도록 선택했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="52"/>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="60"/>
        <source>The OS keychain cannot be used: %1</source>
        <translation>OS 키체인을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="53"/>
        <source>Secrets are kept in memory only and forgotten when the app closes; you will sign in again next time.</source>
        <translation>비밀은 메모리에만 보관되고 앱을 닫으면 삭제됩니다. 다음에 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="59"/>
        <source>Secrets: keychain unavailable</source>
        <translation>비밀: 키체인 사용 불가</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SecretsStatusButton.cpp" line="61"/>
        <source>Nothing can be remembered until the keychain works again or you choose session-only mode.
%1</source>
        <translation>키체인이 다시 작동하거나 세션 전용 모드를 선택할 때까지 아무것도 기억할 수 없습니다.
%1</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ServiceBrowser</name>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="23"/>
        <source>Find a service by name, resource group, region or tier (Ctrl+F)</source>
        <translation>이름, 리소스 그룹, 지역 또는 계층으로 서비스 찾기(Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="24"/>
        <source>Find service</source>
        <translation>서비스 찾기</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="31"/>
        <source>Clear the filter</source>
        <translation>필터를 지웁니다</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceBrowser.cpp" line="34"/>
        <source>Tenants, subscriptions and services</source>
        <translation>테넌트, 구독 및 서비스</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ServiceDetailsPane</name>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="23"/>
        <source>Service details</source>
        <translation>서비스 세부 정보</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="25"/>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="140"/>
        <source>Select an API Management service to see its details.</source>
        <translation>세부 정보를 보려면 API Management 서비스를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="80"/>
        <source>Tier and capacity:</source>
        <translation>계층 및 용량:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="81"/>
        <source>Region:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="82"/>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="83"/>
        <source>Managed identities:</source>
        <translation>관리 ID:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="84"/>
        <source>Platform version:</source>
        <translation>플랫폼 버전:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="85"/>
        <source>Backup and restore:</source>
        <translation>백업 및 복원:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="86"/>
        <source>Latest backup:</source>
        <translation>최근 백업:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="87"/>
        <source>Expired backups:</source>
        <translation>만료된 백업:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="96"/>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="98"/>
        <source>Back up this service (Ctrl+B)</source>
        <translation>이 서비스를 백업합니다(Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="99"/>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="101"/>
        <source>Restore a backup into this service (Ctrl+R)</source>
        <translation>이 서비스로 백업을 복원합니다(Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="151"/>
        <source>Resource group %1 · subscription %2</source>
        <translation>리소스 그룹 %1 · 구독 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="152"/>
        <source>%1, %n unit(s)</source>
        <translation>
            <numerusform>%1, %n단위</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="158"/>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="206"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="159"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="160"/>
        <source>Supported</source>
        <translation>지원됨</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="160"/>
        <source>Not supported</source>
        <translation>지원되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="164"/>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="177"/>
        <source>Not checked yet</source>
        <translation>아직 확인 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="181"/>
        <source>Looking in %1…</source>
        <translation>%1에서 찾는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="185"/>
        <source>No default backup location for this subscription yet: back up once and the account and container you choose are remembered.</source>
        <translation>이 구독에는 아직 기본 백업 위치가 없습니다. 한 번 백업하면 선택한 계정과 컨테이너를 기억합니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="187"/>
        <source>Not known: there is no default backup location to look in. Back up once with &quot;Remember this account and container&quot; ticked to set one; Settings lists them.</source>
        <translation>알 수 없음: 확인할 기본 백업 위치가 없습니다. &quot;이 구독에 이 계정과 컨테이너를 기억&quot;을 선택한 상태로 한 번 백업하여 기본 위치를 설정하십시오. 설정에서 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="191"/>
        <source>Could not list the backups in %1: %2</source>
        <translation>%1의 백업 목록을 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="199"/>
        <source>%1, %2 (%3) in %4</source>
        <translation>%1, %2 (%3), 위치 %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="203"/>
        <source>No usable backup in %1</source>
        <translation>%1에 사용할 수 있는 백업 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ServiceDetailsPane.cpp" line="207"/>
        <source>%n backup(s) older than 30 days can no longer be restored; delete them from the container to save storage.</source>
        <translation>
            <numerusform>30일이 지난 백업 %n개는 더 이상 복원할 수 없습니다. 스토리지를 절약하려면 컨테이너에서 삭제하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Ui::ServiceTreeModel</name>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="27"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="130"/>
        <source>Default directory</source>
        <translation>기본 디렉터리</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="198"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="272"/>
        <source>No API Management services</source>
        <translation>API Management 서비스 없음</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="420"/>
        <source>Subscription %1</source>
        <translation>구독 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="422"/>
        <source>Directory (tenant) %1</source>
        <translation>디렉터리(테넌트) %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="436"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="438"/>
        <source>Tier</source>
        <translation>계층</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="440"/>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="442"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/models/ServiceTreeModel.cpp" line="444"/>
        <source>Recovery</source>
        <translation>복구</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SessionController</name>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="73"/>
        <source>Your last session could not be restored: %1</source>
        <translation>지난 세션을 복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="83"/>
        <source>Finish signing in in your browser. If no browser opened, open this address: &lt;a href=&quot;%1&quot;&gt;sign-in page&lt;/a&gt;</source>
        <translation>브라우저에서 로그인을 마치세요. 브라우저가 열리지 않았다면 이 주소를 여세요: &lt;a href=&quot;%1&quot;&gt;로그인 페이지&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="90"/>
        <source>Your sign-in has expired: %1 Sign in again to continue.</source>
        <translation>로그인이 만료되었습니다: %1 계속하려면 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="91"/>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="187"/>
        <source>Asking for a device code…</source>
        <translation>장치 코드를 요청하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="187"/>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="224"/>
        <source>Sign-in failed (%1).</source>
        <translation>로그인 실패(%1).</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="228"/>
        <source>Sign-in failed: %1</source>
        <translation>로그인 실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="235"/>
        <source>Signed out, but: %1</source>
        <translation>로그아웃했지만 다음 문제가 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="236"/>
        <source>Signed out</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="258"/>
        <source>Switch directory</source>
        <translation>디렉터리 전환</translation>
    </message>
    <message>
        <location filename="../ui/main/SessionController.cpp" line="258"/>
        <source>Directory (tenant) to switch to:</source>
        <translation>전환할 디렉터리(테넌트):</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="46"/>
        <source>Show a desktop notification when a backup or restore ends</source>
        <translation>백업이나 복원이 끝나면 데스크톱 알림 표시</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="51"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="112"/>
        <source>Custom (az cloud show file)</source>
        <translation>사용자 지정(az cloud show 파일)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="114"/>
        <source>Path of the custom cloud&apos;s JSON file</source>
        <translation>사용자 지정 클라우드의 JSON 파일 경로</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="116"/>
        <source>Browser</source>
        <translation>브라우저</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="117"/>
        <source>Device code</source>
        <translation>장치 코드</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="118"/>
        <source>Service principal</source>
        <translation>서비스 주체</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="119"/>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="121"/>
        <source>{service}, {sku}, {resourceGroup}, {subscription}; anything else in braces is a UTC date and time format such as {yyyyMMdd-HHmmss}.</source>
        <translation>{service}, {sku}, {resourceGroup}, {subscription}. 그 밖에 중괄호 안의 내용은 {yyyyMMdd-HHmmss} 같은 UTC 날짜·시각 형식입니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="129"/>
        <source>Subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="129"/>
        <source>Storage account</source>
        <translation>스토리지 계정</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="129"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="138"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="143"/>
        <source>OS keychain (remembered across restarts)</source>
        <translation>OS 키체인(다시 시작해도 기억)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="144"/>
        <source>Session only (forgotten when the app closes)</source>
        <translation>세션 전용(앱을 닫으면 삭제)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="55"/>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="57"/>
        <source>&amp;Cloud:</source>
        <translation>클라우드(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="59"/>
        <source>&amp;Method:</source>
        <translation>방식(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="61"/>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="63"/>
        <source>&amp;Naming pattern:</source>
        <translation>이름 패턴(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="65"/>
        <source>&amp;Parallel backups:</source>
        <translation>병렬 백업(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="66"/>
        <source>Forget selected default</source>
        <translation>선택한 기본값 삭제</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="68"/>
        <source>Default location per subscription (used by Back up now):</source>
        <translation>구독별 기본 위치(지금 백업에서 사용):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="72"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="75"/>
        <source>A new language applies when the app restarts.</source>
        <translation>새 언어는 앱을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="77"/>
        <source>&amp;Secrets:</source>
        <translation>비밀(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="81"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="82"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="126"/>
        <source>When several services are backed up at once: how many run at the same time</source>
        <translation>여러 서비스를 한 번에 백업할 때 동시에 실행할 백업 수</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="188"/>
        <source>Example: %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="213"/>
        <source>Naming pattern: %1</source>
        <translation>이름 패턴: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="218"/>
        <source>Custom cloud: %1</source>
        <translation>사용자 지정 클라우드: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="227"/>
        <source>Default location of %1: %2</source>
        <translation>%1의 기본 위치: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="32"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="37"/>
        <source>Client &amp;secret:</source>
        <translation>클라이언트 비밀(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="41"/>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="44"/>
        <source>Sign in to Azure</source>
        <translation>Azure에 로그인</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="109"/>
        <source>Cloud</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="110"/>
        <source>Azure (global)</source>
        <translation>Azure(글로벌)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="111"/>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="112"/>
        <source>Azure China (21Vianet)</source>
        <translation>Azure 중국(21Vianet)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="113"/>
        <source>Custom cloud from an `az cloud show` file…</source>
        <translation>`az cloud show` 파일의 사용자 지정 클라우드…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="115"/>
        <source>Custom cloud file</source>
        <translation>사용자 지정 클라우드 파일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="116"/>
        <source>Path of the JSON that `az cloud show` prints</source>
        <translation>`az cloud show`가 출력하는 JSON의 경로</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="120"/>
        <source>Sign-in method</source>
        <translation>로그인 방식</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="121"/>
        <source>Browser</source>
        <translation>브라우저</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="122"/>
        <source>Device code (for machines without a browser)</source>
        <translation>장치 코드(브라우저가 없는 컴퓨터용)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="123"/>
        <source>Service principal (client secret)</source>
        <translation>서비스 주체(클라이언트 비밀)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="124"/>
        <source>Azure CLI (use `az login`)</source>
        <translation>Azure CLI(`az login` 사용)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="126"/>
        <source>Tenant</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="128"/>
        <source>Client ID</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="130"/>
        <source>Client secret</source>
        <translation>클라이언트 비밀</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="52"/>
        <source>&amp;Cloud:</source>
        <translation>클라우드(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="54"/>
        <source>&amp;Method:</source>
        <translation>방식(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="55"/>
        <source>&amp;Tenant:</source>
        <translation>테넌트(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="56"/>
        <source>Client &amp;ID:</source>
        <translation>클라이언트 ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="67"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="187"/>
        <source>Choose the JSON file of the custom cloud.</source>
        <translation>사용자 지정 클라우드의 JSON 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="195"/>
        <source>A service principal signs in to one tenant: enter its tenant ID or domain.</source>
        <translation>서비스 주체는 한 테넌트에 로그인합니다. 테넌트 ID나 도메인을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="202"/>
        <source>Enter the application (client) ID of the service principal, a GUID.</source>
        <translation>서비스 주체의 애플리케이션(클라이언트) ID(GUID)를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="204"/>
        <source>Enter the client secret of the service principal.</source>
        <translation>서비스 주체의 클라이언트 비밀을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="206"/>
        <source>The client ID is a GUID; leave it empty to use the Azure CLI&apos;s public client.</source>
        <translation>클라이언트 ID는 GUID입니다. Azure CLI의 공용 클라이언트를 쓰려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="223"/>
        <source>Required: tenant ID or domain</source>
        <translation>필수: 테넌트 ID 또는 도메인</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="223"/>
        <source>Optional: organizations</source>
        <translation>선택: organizations</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="225"/>
        <source>Required: application (client) ID</source>
        <translation>필수: 애플리케이션(클라이언트) ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="225"/>
        <source>Optional: the Azure CLI&apos;s public client</source>
        <translation>선택: Azure CLI의 공용 클라이언트</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="228"/>
        <source>Your browser opens the Microsoft sign-in page; come back here when it says you are done.</source>
        <translation>브라우저에서 Microsoft 로그인 페이지가 열립니다. 완료되었다는 안내가 나오면 여기로 돌아오세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="232"/>
        <source>You get a code to enter on any device with a browser.</source>
        <translation>브라우저가 있는 아무 장치에서나 입력할 코드를 받습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="235"/>
        <source>The secret is kept in the OS keychain (or in memory only in session-only mode), never in a file.</source>
        <translation>비밀은 OS 키체인(세션 전용 모드에서는 메모리)에만 보관되며 파일에는 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="239"/>
        <source>Uses the account you signed in with `az login`; the Azure CLI must be installed.</source>
        <translation>`az login`으로 로그인한 계정을 사용합니다. Azure CLI가 설치되어 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="254"/>
        <source>Custom cloud</source>
        <translation>사용자 지정 클라우드</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="254"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::StorageTargetWidget</name>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="25"/>
        <source>New container…</source>
        <translation>새 컨테이너…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="26"/>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="260"/>
        <source>Use a pasted key…</source>
        <translation>붙여 넣은 키 사용…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="27"/>
        <source>Forget pasted key</source>
        <translation>붙여 넣은 키 삭제</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="32"/>
        <source>Subscription of the storage account</source>
        <translation>스토리지 계정의 구독</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="33"/>
        <source>A central backup storage account may live in another subscription of the tenant.</source>
        <translation>중앙 백업 스토리지 계정은 테넌트의 다른 구독에 있을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="35"/>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="44"/>
        <source>Storage account</source>
        <translation>스토리지 계정</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="42"/>
        <source>Type to search storage accounts</source>
        <translation>입력하여 스토리지 계정 검색</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="46"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="51"/>
        <source>For an account whose keys you may not list: paste key1 or key2 from its &quot;Access keys&quot; page. It is kept in the keychain.</source>
        <translation>키를 나열할 권한이 없는 계정용: 해당 계정의 &quot;액세스 키&quot; 페이지에서 key1 또는 key2를 붙여 넣으세요. 키는 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="74"/>
        <source>Storage s&amp;ubscription:</source>
        <translation>스토리지 구독(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="76"/>
        <source>Storage &amp;account:</source>
        <translation>스토리지 계정(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="78"/>
        <source>&amp;Container:</source>
        <translation>컨테이너(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="114"/>
        <source>%1 (the service&apos;s subscription)</source>
        <translation>%1(서비스의 구독)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="190"/>
        <source>Sign in to list storage accounts.</source>
        <translation>스토리지 계정 목록을 보려면 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="193"/>
        <source>Loading storage accounts…</source>
        <translation>스토리지 계정을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="201"/>
        <source>Could not list storage accounts: %1</source>
        <translation>스토리지 계정을 나열하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="205"/>
        <source>This subscription has no storage accounts. Choose another subscription, or create an account in the Azure portal (in the same region as the service if you can) and reopen this dialog.</source>
        <translation>이 구독에는 스토리지 계정이 없습니다. 다른 구독을 선택하거나, Azure Portal에서 계정을 만든 뒤(가능하면 서비스와 같은 지역에) 이 대화 상자를 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="347"/>
        <source>Access key for %1</source>
        <translation>%1의 액세스 키</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="348"/>
        <source>Paste key1 or key2 of the storage account %1 (Azure portal: the account&apos;s &quot;Access keys&quot; page). It is saved in the keychain (or kept for this session when secrets are session-only) and used instead of asking Azure for the account&apos;s keys.</source>
        <translation>스토리지 계정 %1의 key1 또는 key2를 붙여 넣으세요(Azure Portal: 해당 계정의 &quot;액세스 키&quot; 페이지). 키는 키체인에 저장되며(비밀이 세션 전용이면 이 세션 동안만 보관됨), Azure에 계정 키를 요청하는 대신 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="354"/>
        <source>Saving the access key for %1…</source>
        <translation>%1의 액세스 키를 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="360"/>
        <source>The access key for %1 was not saved: %2</source>
        <translation>%1의 액세스 키를 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="379"/>
        <source>The pasted key for %1 could not be forgotten: %2</source>
        <translation>%1에 대해 붙여 넣은 키를 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="218"/>
        <source>%1 · %2 · resource group %3</source>
        <translation>%1 · %2 · 리소스 그룹 %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="260"/>
        <source>Replace pasted key…</source>
        <translation>붙여 넣은 키 바꾸기…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="263"/>
        <source>Using the access key you pasted for %1 (not asking Azure for the account&apos;s keys).</source>
        <translation>%1에 대해 붙여 넣은 액세스 키를 사용합니다(Azure에 계정 키를 요청하지 않음).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="292"/>
        <source>Could not list the containers of %1: %2</source>
        <translation>%1의 컨테이너를 나열하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="295"/>
        <source>%1 has no containers yet: create one with New container…</source>
        <translation>%1에는 아직 컨테이너가 없습니다. 새 컨테이너…로 만드세요</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="317"/>
        <source>New container</source>
        <translation>새 컨테이너</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="318"/>
        <source>Name of the new container in %1 (lowercase letters, digits and hyphens):</source>
        <translation>%1에 만들 새 컨테이너의 이름(소문자, 숫자, 하이픈):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="329"/>
        <source>Creating container %1…</source>
        <translation>컨테이너 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StorageTargetWidget.cpp" line="334"/>
        <source>Could not create container %1: %2</source>
        <translation>컨테이너 %1을(를) 만들지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Apim::Ui::TrayNotifier</name>
    <message>
        <location filename="../ui/support/TrayNotifier.cpp" line="21"/>
        <location filename="../ui/support/TrayNotifier.cpp" line="63"/>
        <source>APIM Backup</source>
        <translation>APIM Backup</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/TrayNotifier.cpp" line="50"/>
        <source>APIM Backup: %n operation(s) need your attention</source>
        <translation>
            <numerusform>APIM Backup: 확인이 필요한 작업 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Apim::Ui::TrustedCertificatesDialog</name>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="27"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="31"/>
        <source>Trusted certificates</source>
        <translation>신뢰할 수 있는 인증서</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="33"/>
        <source>Certificate authorities trusted in addition to the system&apos;s, for example your organisation&apos;s CA when its proxy inspects TLS traffic. Certificates are always verified.</source>
        <translation>시스템의 인증 기관 외에 추가로 신뢰할 인증 기관입니다(예: 조직의 프록시가 TLS 트래픽을 검사하는 경우 조직의 CA). 인증서는 항상 검증됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>Expires</source>
        <translation>만료</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="40"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="49"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="55"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="65"/>
        <source>Import a CA certificate</source>
        <translation>CA 인증서 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="66"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer *.der);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="105"/>
        <source>Certificate not imported</source>
        <translation>인증서를 가져오지 못함</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="109"/>
        <source>%1 holds no certificate that is not trusted already.</source>
        <translation>%1에는 아직 신뢰하지 않는 인증서가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="110"/>
        <source>Imported %n certificate(s) from %1.</source>
        <translation>
            <numerusform>%1에서 인증서 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="124"/>
        <source>Remove trusted certificate</source>
        <translation>신뢰할 수 있는 인증서 제거</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="125"/>
        <source>Stop trusting %1? Connections whose certificates it issued will fail.</source>
        <translation>%1을(를) 더 이상 신뢰하지 않으시겠습니까? 이 인증서가 발급한 인증서를 사용하는 연결은 실패합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="125"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="129"/>
        <source>Certificate not removed</source>
        <translation>인증서를 제거하지 못함</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TrustedCertificatesDialog.cpp" line="132"/>
        <source>Removed %1.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
</context>
<context>
    <name>AzureTerms</name>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="13"/>
        <source>Australia Central</source>
        <translation>오스트레일리아 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="14"/>
        <source>Australia Central 2</source>
        <translation>오스트레일리아 중부 2</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="15"/>
        <source>Australia East</source>
        <translation>오스트레일리아 동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="16"/>
        <source>Australia Southeast</source>
        <translation>오스트레일리아 남동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="17"/>
        <source>Brazil South</source>
        <translation>브라질 남부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="18"/>
        <source>Brazil Southeast</source>
        <translation>브라질 남동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="19"/>
        <source>Canada Central</source>
        <translation>캐나다 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="20"/>
        <source>Canada East</source>
        <translation>캐나다 동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="21"/>
        <source>Central India</source>
        <translation>인도 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="22"/>
        <source>Central US</source>
        <translation>미국 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="23"/>
        <source>East Asia</source>
        <translation>동아시아</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="24"/>
        <source>East US</source>
        <translation>미국 동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="25"/>
        <source>East US 2</source>
        <translation>미국 동부 2</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="26"/>
        <source>France Central</source>
        <translation>프랑스 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="27"/>
        <source>France South</source>
        <translation>프랑스 남부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="28"/>
        <source>Germany North</source>
        <translation>독일 북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="29"/>
        <source>Germany West Central</source>
        <translation>독일 중서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="30"/>
        <source>Israel Central</source>
        <translation>이스라엘 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="31"/>
        <source>Italy North</source>
        <translation>이탈리아 북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="32"/>
        <source>Japan East</source>
        <translation>일본 동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="33"/>
        <source>Japan West</source>
        <translation>일본 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="34"/>
        <source>Jio India Central</source>
        <translation>Jio 인도 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="35"/>
        <source>Jio India West</source>
        <translation>Jio 인도 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="36"/>
        <source>Korea Central</source>
        <translation>한국 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="37"/>
        <source>Korea South</source>
        <translation>한국 남부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="38"/>
        <source>Mexico Central</source>
        <translation>멕시코 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="39"/>
        <source>New Zealand North</source>
        <translation>뉴질랜드 북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="40"/>
        <source>North Central US</source>
        <translation>미국 중북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="41"/>
        <source>North Europe</source>
        <translation>북유럽</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="42"/>
        <source>Norway East</source>
        <translation>노르웨이 동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="43"/>
        <source>Norway West</source>
        <translation>노르웨이 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="44"/>
        <source>Poland Central</source>
        <translation>폴란드 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="45"/>
        <source>Qatar Central</source>
        <translation>카타르 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="46"/>
        <source>South Africa North</source>
        <translation>남아프리카 북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="47"/>
        <source>South Africa West</source>
        <translation>남아프리카 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="48"/>
        <source>South Central US</source>
        <translation>미국 중남부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="49"/>
        <source>Southeast Asia</source>
        <translation>동남아시아</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="50"/>
        <source>South India</source>
        <translation>인도 남부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="51"/>
        <source>Spain Central</source>
        <translation>스페인 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="52"/>
        <source>Sweden Central</source>
        <translation>스웨덴 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="53"/>
        <source>Switzerland North</source>
        <translation>스위스 북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="54"/>
        <source>Switzerland West</source>
        <translation>스위스 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="55"/>
        <source>UAE Central</source>
        <translation>아랍에미리트 중부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="56"/>
        <source>UAE North</source>
        <translation>아랍에미리트 북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="57"/>
        <source>UK South</source>
        <translation>영국 남부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="58"/>
        <source>UK West</source>
        <translation>영국 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="59"/>
        <source>West Central US</source>
        <translation>미국 중서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="60"/>
        <source>West Europe</source>
        <translation>서유럽</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="61"/>
        <source>West India</source>
        <translation>인도 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="62"/>
        <source>West US</source>
        <translation>미국 서부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="63"/>
        <source>West US 2</source>
        <translation>미국 서부 2</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="64"/>
        <source>West US 3</source>
        <translation>미국 서부 3</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="65"/>
        <source>USGov Arizona</source>
        <translation>USGov 애리조나</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="66"/>
        <source>USGov Texas</source>
        <translation>USGov 텍사스</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="67"/>
        <source>USGov Virginia</source>
        <translation>USGov 버지니아</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="68"/>
        <source>China East</source>
        <translation>중국 동부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="69"/>
        <source>China East 2</source>
        <translation>중국 동부 2</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="70"/>
        <source>China East 3</source>
        <translation>중국 동부 3</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="71"/>
        <source>China North</source>
        <translation>중국 북부</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="72"/>
        <source>China North 2</source>
        <translation>중국 북부 2</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="73"/>
        <source>China North 3</source>
        <translation>중국 북부 3</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="78"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="79"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="80"/>
        <location filename="../ui/support/AzureTerms.cpp" line="81"/>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="82"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="83"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="84"/>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="85"/>
        <source>Not started</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="86"/>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="87"/>
        <source>Creating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="88"/>
        <source>Updating</source>
        <translation>업데이트 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="89"/>
        <source>Upgrading</source>
        <translation>업그레이드 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="90"/>
        <source>Deleting</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="91"/>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="92"/>
        <source>Activating</source>
        <translation>활성화 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="93"/>
        <source>Terminating</source>
        <translation>종료 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="94"/>
        <source>Transient failure</source>
        <translation>일시적 오류</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="95"/>
        <source>Migrating</source>
        <translation>마이그레이션 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="96"/>
        <source>Restoring</source>
        <translation>복원 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="97"/>
        <source>Backing up</source>
        <translation>백업 중</translation>
    </message>
    <message>
        <location filename="../ui/support/AzureTerms.cpp" line="132"/>
        <source>%1 (%2)</source>
        <comment>a region or state as shown, then as Azure writes it</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="164"/>
        <source>the cloud definition</source>
        <translation>클라우드 정의</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="174"/>
        <source>%1 is not valid JSON (%2 at offset %3). Save the output of &apos;az cloud show&apos; to the file.</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다(오프셋 %3에서 %2). &apos;az cloud show&apos;의 출력을 파일로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="178"/>
        <source>%1 must be a JSON object in the shape that &apos;az cloud show&apos; prints.</source>
        <translation>%1은(는) &apos;az cloud show&apos;가 출력하는 형태의 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="183"/>
        <source>%1 has no &quot;endpoints&quot; object. Save the output of &apos;az cloud show&apos; to the file.</source>
        <translation>%1에 &quot;endpoints&quot; 객체가 없습니다. &apos;az cloud show&apos;의 출력을 파일로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="127"/>
        <source>%1: %2 must be a string.</source>
        <translation>%1: %2은(는) 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="132"/>
        <source>%1 lacks %2, which is required.</source>
        <translation>%1에 필수 항목 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="137"/>
        <source>%1: %2 is not an absolute URL: &quot;%3&quot;.</source>
        <translation>%1: %2이(가) 절대 URL이 아닙니다: &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="144"/>
        <source>%1: %2 uses plain http:// for &quot;%3&quot;. Only https:// is allowed, except for loopback addresses (127.0.0.1, ::1, localhost).</source>
        <translation>%1: %2이(가) &quot;%3&quot;에 일반 http://를 사용합니다. 루프백 주소(127.0.0.1, ::1, localhost)를 제외하면 https://만 허용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="151"/>
        <source>%1: %2 must be an https:// URL, not &quot;%3&quot;.</source>
        <translation>%1: %2은(는) &quot;%3&quot;이 아닌 https:// URL이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="155"/>
        <source>%1: %2 must not carry a user name, query or fragment.</source>
        <translation>%1: %2에 사용자 이름, 쿼리, 프래그먼트가 있으면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="201"/>
        <source>%1 lacks endpoints.activeDirectoryResourceId (e.g. &quot;https://management.core.windows.net/&quot;), which names the ARM token audience.</source>
        <translation>%1에 ARM 토큰 대상을 나타내는 endpoints.activeDirectoryResourceId(예: &quot;https://management.core.windows.net/&quot;)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="206"/>
        <source>%1: endpoints.activeDirectoryResourceId is not a valid URI: &quot;%2&quot;.</source>
        <translation>%1: endpoints.activeDirectoryResourceId가 올바른 URI가 아닙니다: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="211"/>
        <source>%1: &quot;suffixes&quot; must be an object.</source>
        <translation>%1: &quot;suffixes&quot;는 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="218"/>
        <source>%1: suffixes.storageEndpoint must be a DNS suffix such as &quot;core.windows.net&quot;, not &quot;%2&quot;.</source>
        <translation>%1: suffixes.storageEndpoint는 &quot;%2&quot;이 아닌 &quot;core.windows.net&quot; 같은 DNS 접미사여야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="224"/>
        <source>%1: &quot;name&quot; must be a string.</source>
        <translation>%1: &quot;name&quot;은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="229"/>
        <source>%1: the cloud name must not contain &apos;/&apos;: &quot;%2&quot;.</source>
        <translation>%1: 클라우드 이름에 &apos;/&apos;가 있으면 안 됩니다: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="238"/>
        <source>Cannot read the cloud file %1: %2.</source>
        <translation>클라우드 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/cloud/CloudEnvironment.cpp" line="256"/>
        <source>Unknown cloud &quot;%1&quot;. Use one of %2, or the path of a JSON file saved from &apos;az cloud show&apos;.</source>
        <translation>알 수 없는 클라우드 &quot;%1&quot;입니다. %2 중 하나나 &apos;az cloud show&apos;로 저장한 JSON 파일 경로를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../ui/models/CsvExporter.cpp" line="57"/>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1에 쓰지 못했습니다: %2. 쓸 수 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/CsvExporter.cpp" line="63"/>
        <source>Could not save %1: %2. Check the free space and try again.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2. 여유 공간을 확인한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredential</name>
    <message>
        <location filename="../app/core/auth/EnvironmentCredential.cpp" line="25"/>
        <source>%1 is not set. Sign-in from the environment needs AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, as the Azure SDKs read them.</source>
        <translation>%1이(가) 설정되지 않았습니다. 환경 변수로 로그인하려면 Azure SDK처럼 AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EnvironmentCredential.cpp" line="28"/>
        <source>%1 are not set. Sign-in from the environment needs AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, as the Azure SDKs read them.</source>
        <translation>%1이(가) 설정되지 않았습니다. 환경 변수로 로그인하려면 Azure SDK처럼 AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/EnvironmentCredential.cpp" line="33"/>
        <source>Certificate sign-in (AZURE_CLIENT_CERTIFICATE_PATH) is not supported yet.</source>
        <translation>인증서 로그인(AZURE_CLIENT_CERTIFICATE_PATH)은 아직 지원하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="12"/>
        <source>unknown age</source>
        <translation>경과 시간 알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="15"/>
        <source>just now</source>
        <translation>방금 전</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/Formatting.cpp" line="17"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/Formatting.cpp" line="19"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/support/Formatting.cpp" line="20"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="28"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="30"/>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="31"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="42"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="44"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="46"/>
        <source>Updating: another operation is changing the service</source>
        <translation>업데이트 중: 다른 작업이 서비스를 변경하고 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/support/Formatting.cpp" line="48"/>
        <source>Failed: the last change to the service did not complete</source>
        <translation>실패: 서비스의 마지막 변경이 완료되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>OperationDetailsFormatter</name>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="35"/>
        <source>A backup of this service is running. Configuration changes made now (APIs, policies, products, the developer portal) may be missing from the backup. Do not change the tier, scale or hostnames until it ends.</source>
        <translation>이 서비스의 백업이 진행 중입니다. 지금 한 구성 변경(API, 정책, 제품, 개발자 포털)은 백업에서 빠질 수 있습니다. 끝날 때까지 계층, 규모, 호스트 이름을 바꾸지 마세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="39"/>
        <source>A restore into this service is running. Configuration changes made now will be overwritten by the restore. Do not change the tier, scale or hostnames until it ends.</source>
        <translation>이 서비스로 복원이 진행 중입니다. 지금 한 구성 변경은 복원으로 덮어쓰입니다. 끝날 때까지 계층, 규모, 호스트 이름을 바꾸지 마세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="45"/>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="45"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="50"/>
        <source>The backup of %1 may be missing changes: the configuration changed while it ran.</source>
        <translation>%1의 백업에 일부 변경 내용이 누락되었을 수 있습니다. 백업하는 동안 구성이 변경되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="53"/>
        <source>Saved as %1 in %2/%3.</source>
        <translation>%2/%3에 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="55"/>
        <source>Back up again once nobody is changing the service, so that a backup holds these changes.</source>
        <translation>아무도 서비스를 변경하지 않을 때 다시 백업하여 이러한 변경 내용이 백업에 포함되도록 하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="59"/>
        <source>Backup of %1 succeeded: %2 in %3/%4.</source>
        <translation>%1 백업 성공: %3/%4의 %2.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="65"/>
        <source>Restore of %1 into %2 succeeded. Custom hostnames and managed identity configuration were not restored: check them now.</source>
        <translation>%1을(를) %2(으)로 복원했습니다. 사용자 지정 호스트 이름과 관리 ID 구성은 복원되지 않았으니 지금 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="69"/>
        <source>%1 of %2 failed: %3</source>
        <translation>%2의 %1 실패: %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="73"/>
        <source>%1 of %2 was canceled.</source>
        <translation>%2의 %1이(가) 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="75"/>
        <source>The outcome of the %1 of %2 is unknown: check the service&apos;s state in the Azure portal.</source>
        <translation>%2의 %1 결과를 알 수 없습니다. Azure Portal에서 서비스 상태를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="78"/>
        <source>%1 of %2 is running.</source>
        <translation>%2의 %1이(가) 진행 중입니다.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="85"/>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="86"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="87"/>
        <source>Resource ID</source>
        <translation>리소스 ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="89"/>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="90"/>
        <source>Backup name</source>
        <translation>백업 이름</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="91"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="92"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="93"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="23"/>
        <source>Service state</source>
        <translation>서비스 상태</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="22"/>
        <source>Service state before the end</source>
        <translation>종료 전 서비스 상태</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="26"/>
        <source>%1 (read %2)</source>
        <translation>%1 (%2에 읽음)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="95"/>
        <source>Request IDs</source>
        <translation>요청 ID</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="99"/>
        <source>Error as the service reported it</source>
        <translation>서비스가 보고한 오류</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="103"/>
        <source>Configuration changes made while the backup ran</source>
        <translation>백업 중에 한 구성 변경</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="112"/>
        <source>Operation: %1</source>
        <translation>작업: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="112"/>
        <source>Service: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="113"/>
        <source>Storage: %1/%2/%3</source>
        <translation>스토리지: %1/%2/%3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="114"/>
        <source>Started: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="115"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="117"/>
        <source>Finished: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="119"/>
        <source>Request IDs: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="121"/>
        <source>Error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/OperationDetailsFormatter.cpp" line="123"/>
        <source>Changes during the backup:</source>
        <translation>백업 중 변경 사항:</translation>
    </message>
</context>
<context>
    <name>OperationPresenter</name>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="50"/>
        <source>Could not read the Activity Log to check for changes made during the backup: %1</source>
        <translation>백업 중 변경 사항을 확인하기 위해 활동 로그를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="55"/>
        <source>No configuration changes were made while the backup ran.</source>
        <translation>백업하는 동안 구성 변경이 없었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/OperationPresenter.cpp" line="56"/>
        <source>%n configuration change(s) were made while the backup ran and may be missing from it:</source>
        <translation>
            <numerusform>백업하는 동안 구성 변경이 %n건 있었으며 백업에서 빠졌을 수 있습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="61"/>
        <source>• %1 %2 on %3 by %4</source>
        <translation>• %1 %3에 대한 %2, 수행자 %4</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="63"/>
        <source>unknown caller</source>
        <translation>알 수 없는 호출자</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="86"/>
        <source>start: %1</source>
        <translation>시작: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="88"/>
        <source>correlation: %1</source>
        <translation>상관 관계: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OperationPresenter.cpp" line="90"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessPresenter</name>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="40"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="45"/>
        <source>%1, did not end</source>
        <translation>%1, 끝나지 않음</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="47"/>
        <source>%1, failed</source>
        <translation>%1, 실패</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ReadinessPresenter.cpp" line="49"/>
        <source>%1, RTO %2, %n difference(s)</source>
        <translation>
            <numerusform>%1, RTO %2, 차이 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="54"/>
        <source>%1, RTO %2</source>
        <translation>%1, RTO %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="62"/>
        <source>RTO %1</source>
        <translation>RTO %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="68"/>
        <source>%1 (previous %2)</source>
        <translation>%1 (이전: %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="75"/>
        <source>set for this service</source>
        <translation>이 서비스에 설정됨</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="77"/>
        <source>set for its subscription</source>
        <translation>구독에 설정됨</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="81"/>
        <source>the default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="90"/>
        <source>Last good backup: %1 (%2)</source>
        <translation>마지막 정상 백업: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="92"/>
        <source>Target RPO: %1, %2</source>
        <translation>목표 RPO: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ReadinessPresenter.cpp" line="96"/>
        <source>Drills: %1</source>
        <translation>훈련: %1</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="106"/>
        <source>&quot;%1&quot; is not an age: write a number of days, hours or weeks, e.g. 30d, 720h or 4w.</source>
        <translation>&quot;%1&quot;은(는) 기간이 아닙니다. 일, 시간, 주 단위 숫자로 쓰세요. 예: 30d, 720h, 4w.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="118"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="120"/>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="122"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="123"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="175"/>
        <source>kept: it names its service only as &quot;%1&quot;, and more than one service of that name could be meant (%2); whose backup it is cannot be told, so it is never deleted. Delete it by hand if it is not needed.</source>
        <translation>유지: 서비스가 &quot;%1&quot;(이)라는 이름으로만 기록되어 있고 이 이름의 서비스가 둘 이상일 수 있습니다(%2). 어느 서비스의 백업인지 알 수 없으므로 삭제하지 않습니다. 필요 없으면 직접 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="133"/>
        <source>kept: its creation time is unknown</source>
        <translation>유지: 생성 시각을 알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="80"/>
        <source>it is empty (0 bytes); an API Management backup never is</source>
        <translation>비어 있음(0바이트). API Management 백업은 비어 있는 일이 없음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="82"/>
        <source>it is a text file (%1)</source>
        <translation>텍스트 파일임(%1)</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="84"/>
        <source>no service in its metadata, and its name does not follow {service}-{yyyyMMdd-HHmmss}.apimbackup</source>
        <translation>메타데이터에 서비스가 없고 이름이 {service}-{yyyyMMdd-HHmmss}.apimbackup 형식이 아님</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="142"/>
        <source>kept: not older than %1</source>
        <translation>유지: %1보다 오래되지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="143"/>
        <source>kept: still restorable (expires in %1)</source>
        <translation>유지: 아직 복원 가능(%1 후 만료)</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="146"/>
        <source>kept: the newest restorable backup of this service (--keep-last)</source>
        <translation>유지: 이 서비스의 복원 가능한 최신 백업(--keep-last)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/operations/Retention.cpp" line="147"/>
        <source>kept: one of the %n newest restorable backups of this service (--keep-last)</source>
        <translation>
            <numerusform>유지: 이 서비스의 복원 가능한 최신 백업 %n개 중 하나(--keep-last)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="151"/>
        <source>expired: older than 30 days, APIM will not restore it</source>
        <translation>만료됨: 30일이 지나 APIM이 복원하지 않음</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="152"/>
        <source>older than %1</source>
        <translation>%1보다 오래됨</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="160"/>
        <source>kept: the last backup of this service (--keep-last 0 would delete it)</source>
        <translation>유지: 이 서비스의 마지막 백업(--keep-last 0이면 삭제됨)</translation>
    </message>
    <message>
        <location filename="../app/core/operations/Retention.cpp" line="229"/>
        <source>kept: not recognised as a backup (%1)</source>
        <translation>유지: 백업으로 인식되지 않음(%1)</translation>
    </message>
</context>
<context>
    <name>ScheduleTemplate</name>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="28"/>
        <source>&quot;%1&quot; in the cron expression has no systemd equivalent here.</source>
        <translation>cron 식의 &quot;%1&quot;은(는) 여기서 대응하는 systemd 표현이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="39"/>
        <source>&quot;%1&quot; in the cron expression is out of range (%2-%3).</source>
        <translation>cron 식의 &quot;%1&quot;이(가) 범위(%2-%3)를 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="44"/>
        <source>&quot;%1&quot; in the cron expression is not valid.</source>
        <translation>cron 식의 &quot;%1&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="46"/>
        <source>&quot;%1&quot;: a range with a step has no systemd equivalent; list the values instead.</source>
        <translation>&quot;%1&quot;: 간격이 있는 범위는 systemd로 표현할 수 없습니다. 값을 나열하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="93"/>
        <source>&quot;%1&quot; is not a day of the week (0-7 or sun-sat).</source>
        <translation>&quot;%1&quot;은(는) 요일이 아닙니다(0-7 또는 sun-sat).</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="78"/>
        <source>--notify-on goes with --notify NAME.</source>
        <translation>--notify-on은 --notify NAME과 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="80"/>
        <source>--notify takes the name of a saved webhook, not its URL: an installed job&apos;s files are no place for it. Save the URL with &apos;apim-backup-cli notify set NAME&apos; and pass --notify NAME.</source>
        <translation>--notify에는 URL이 아니라 저장된 웹후크의 이름을 지정합니다. 설치된 작업의 파일에 URL을 두면 안 됩니다. &apos;apim-backup-cli notify set NAME&apos;으로 URL을 저장하고 --notify NAME을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="85"/>
        <source>--notify goes with backup jobs; a drill job reports through its exit code and --on-failure.</source>
        <translation>--notify는 백업 작업에만 씁니다. 훈련 작업은 종료 코드와 --on-failure로 결과를 알립니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="87"/>
        <source>--notify-on takes failure or always, not &quot;%1&quot;.</source>
        <translation>--notify-on에는 &quot;%1&quot;이 아니라 failure 또는 always를 지정합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="96"/>
        <source>A backup to restore goes with a drill: add --standby RESOURCE_ID.</source>
        <translation>복원할 백업은 훈련에서만 씁니다. --standby RESOURCE_ID를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="98"/>
        <source>A drill restores a backup of one service: give exactly one --service, the source.</source>
        <translation>훈련은 서비스 하나의 백업을 복원합니다. 원본 서비스 하나만 --service로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="100"/>
        <source>&quot;%1&quot; is not the resource id of an API Management service to restore into.</source>
        <translation>&quot;%1&quot;은(는) 복원 대상 API Management 서비스의 리소스 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="102"/>
        <source>The standby is the source itself: a drill would overwrite it. Pick another service.</source>
        <translation>대기 서비스가 원본 서비스와 같습니다. 훈련하면 원본을 덮어쓰게 됩니다. 다른 서비스를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="104"/>
        <source>Name the backup the drill restores with --backup BLOB.</source>
        <translation>훈련에서 복원할 백업을 --backup BLOB으로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="112"/>
        <source>&quot;%1&quot; cannot name the job: use up to 64 letters, digits, dots, hyphens and underscores.</source>
        <translation>&quot;%1&quot;은(는) 작업 이름으로 쓸 수 없습니다. 문자, 숫자, 마침표, 하이픈, 밑줄로 64자까지 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="114"/>
        <source>The path of apim-backup-cli is unknown: give it with --program.</source>
        <translation>apim-backup-cli의 경로를 알 수 없습니다. --program으로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="116"/>
        <source>The job needs the absolute path of apim-backup-cli, not &quot;%1&quot;: schedulers do not search PATH the way your shell does.</source>
        <translation>작업에는 &quot;%1&quot;이 아닌 apim-backup-cli의 절대 경로가 필요합니다. 스케줄러는 셸처럼 PATH를 검색하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="120"/>
        <source>Name at least one service to back up with --service RESOURCE_ID.</source>
        <translation>--service RESOURCE_ID로 백업할 서비스를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="123"/>
        <source>&apos;apim-backup-cli services&apos; lists them.</source>
        <translation>&apos;apim-backup-cli services&apos;로 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="127"/>
        <source>A service is listed twice: each --service once.</source>
        <translation>서비스가 두 번 지정되었습니다. --service는 서비스마다 한 번씩만 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="135"/>
        <source>Unknown access type &quot;%1&quot;: use key, system-identity or user-identity.</source>
        <translation>알 수 없는 액세스 방식 &quot;%1&quot;: key, system-identity, user-identity 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="137"/>
        <source>A user-assigned identity needs its client id: add --identity-client-id.</source>
        <translation>사용자 할당 ID에는 클라이언트 ID가 필요합니다. --identity-client-id를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="141"/>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="107"/>
        <source>The time of day is not valid: write it as HH:MM, e.g. 02:30.</source>
        <translation>시각이 올바르지 않습니다. HH:MM 형식(예: 02:30)으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="153"/>
        <source>&quot;%1&quot; is not a day of the week: use sun, mon, tue, wed, thu, fri or sat.</source>
        <translation>&quot;%1&quot;은(는) 요일이 아닙니다. sun, mon, tue, wed, thu, fri, sat 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="145"/>
        <source>The credentials file needs an absolute path.</source>
        <translation>자격 증명 파일에는 절대 경로가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="159"/>
        <source>A value contains a line break, which no scheduler file can hold: &quot;%1&quot;.</source>
        <translation>값에 줄 바꿈이 있어 어떤 스케줄러 파일에도 넣을 수 없습니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="166"/>
        <source>&quot;%1&quot; is not a tenant id or domain.</source>
        <translation>&quot;%1&quot;은(는) 테넌트 ID나 도메인이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleSpec.cpp" line="168"/>
        <source>&quot;%1&quot; is not a client id (a GUID).</source>
        <translation>&quot;%1&quot;은(는) 클라이언트 ID(GUID)가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="19"/>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="128"/>
        <source>&quot;%1&quot; is neither daily, weekly nor a cron expression of five fields (minute hour day-of-month month day-of-week), e.g. &quot;30 2 * * 1-5&quot;.</source>
        <translation>&quot;%1&quot;은(는) daily, weekly, 또는 다섯 필드(분 시 일 월 요일)로 된 cron 식이 아닙니다. 예: &quot;30 2 * * 1-5&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="113"/>
        <source>A cron expression with both a day of the month and a day of the week means &quot;either&quot; to cron but &quot;both&quot; to systemd: use one of them, or --format cron.</source>
        <translation>날짜와 요일을 모두 지정한 cron 식은 cron에서는 &quot;둘 중 하나&quot;, systemd에서는 &quot;둘 다&quot;를 뜻합니다. 하나만 쓰거나 --format cron을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCalendar.cpp" line="217"/>
        <source>Windows Task Scheduler takes daily or weekly here, not a cron expression: use --every daily or weekly with --at HH:MM.</source>
        <translation>여기서 Windows 작업 스케줄러는 cron 식이 아니라 daily나 weekly를 받습니다. --every daily 또는 weekly를 --at HH:MM과 함께 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="18"/>
        <source>Restores the backup %1/%2/%3 of %4 into the standby %5 and compares them (a restore drill); it fails when the drill fails or finds differences.</source>
        <translation>%4의 백업 %1/%2/%3을(를) 대기 서비스 %5(으)로 복원하고 둘을 비교합니다(복원 훈련). 훈련이 실패하거나 차이를 찾으면 실패합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/schedule/ScheduleText.cpp" line="23"/>
        <source>Backs up %n API Management service(s) to %1/%2, one after the other</source>
        <translation>
            <numerusform>API Management 서비스 %n개를 %1/%2에 차례로 백업</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="27"/>
        <source>, then deletes their expired backups (older than 30 days; the newest is always kept).</source>
        <translation>, 그다음 만료된 백업(30일 경과, 최신 백업은 항상 유지)을 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="28"/>
        <source>, then deletes their backups older than %1 (the newest is always kept).</source>
        <translation>, 그다음 %1보다 오래된 백업(최신 백업은 항상 유지)을 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="48"/>
        <source>Generated by &apos;apim-backup-cli schedule&apos; on %1.</source>
        <translation>%1에 &apos;apim-backup-cli schedule&apos;로 생성했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleText.cpp" line="49"/>
        <source>Generated by &apos;apim-backup-cli schedule&apos;.</source>
        <translation>&apos;apim-backup-cli schedule&apos;로 생성했습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="23"/>
        <source>Credentials of the scheduled APIM Backup job &quot;%1&quot; (apim-backup-cli --auth env).
apim-backup-cli created this file WITHOUT any secret. Fill in a service principal
(app registration) that may back up the services (API Management Service
Contributor) and list the storage account&apos;s keys, or that has Storage Blob Data
Contributor on it.</source>
        <translation>예약된 APIM Backup 작업 &quot;%1&quot;의 자격 증명(apim-backup-cli --auth env).
apim-backup-cli는 이 파일을 비밀 없이 만들었습니다. 서비스를 백업할 수 있고
(API Management Service Contributor) 스토리지 계정의 키를 나열할 수 있거나,
그 계정에 Storage Blob Data Contributor 역할이 있는 서비스 주체(앱 등록)를 채우세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="31"/>
        <source>Only you may read this file. Remove inherited access with:
  icacls &quot;%LOCALAPPDATA%\apim-backup\%1.env.cmd&quot; /inheritance:r /grant:r &quot;%USERNAME%:F&quot;</source>
        <translation>본인만 이 파일을 읽을 수 있어야 합니다. 상속된 권한은 다음으로 제거하세요:
  icacls &quot;%LOCALAPPDATA%\apim-backup\%1.env.cmd&quot; /inheritance:r /grant:r &quot;%USERNAME%:F&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="38"/>
        <source>A Workflows URL holds %: write each % as %% here, or cmd.exe will eat it.</source>
        <translation>Workflows URL에는 %가 들어 있습니다. 여기서는 %를 모두 %%로 쓰세요. 그러지 않으면 cmd.exe가 없애 버립니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="43"/>
        <source>Keep it private: mode 0600 (chmod 600 %1). Put a value in single quotes
if it contains spaces, $ or quotes.</source>
        <translation>비공개로 유지하세요: 모드 0600(chmod 600 %1). 공백, $, 따옴표가 들어 있는 값은
작은따옴표로 감싸세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="50"/>
        <source>Put it in single quotes: a Workflows URL holds &amp; and %.</source>
        <translation>작은따옴표로 감싸세요. Workflows URL에는 &amp; 및 %가 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCredentials.cpp" line="60"/>
        <source>The URL of webhook &quot;%1&quot;, which the job notifies (--notify %1). Leave it empty to
use the one saved in the keychain with &apos;apim-backup-cli notify set %1&apos;.</source>
        <translation>작업이 알림을 보내는 웹후크 &quot;%1&quot;의 URL(--notify %1). 비워 두면
&apos;apim-backup-cli notify set %1&apos;(으)로 키체인에 저장한 URL을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="45"/>
        <source>
Started by %1.timer. The ExecStart= lines run one after the other. The first that fails
stops the job (the prune runs only when every backup succeeded) and marks this unit
failed, so that &apos;systemctl --user list-units --failed&apos; shows it. The output is in:
  journalctl --user -u %1.service</source>
        <translation>
%1.timer가 시작합니다. ExecStart= 줄은 차례로 실행됩니다. 처음 실패한 줄에서
작업이 멈추고(정리는 모든 백업이 성공했을 때만 실행) 이 유닛이 실패로 표시되어
&apos;systemctl --user list-units --failed&apos;에 나타납니다. 출력은 다음에 있습니다:
  journalctl --user -u %1.service</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="52"/>
        <source>To be told of a failure, add OnFailure=&lt;a unit that notifies you&gt; under
[Unit], or generate this file again with --on-failure COMMAND.</source>
        <translation>실패를 알림으로 받으려면 [Unit] 아래에 OnFailure=&lt;알림을 보내는 유닛&gt;을 추가하거나,
--on-failure COMMAND로 이 파일을 다시 생성하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="56"/>
        <source>When it fails, %1-failure.service runs your --on-failure command.</source>
        <translation>실패하면 %1-failure.service가 --on-failure 명령을 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="60"/>
        <source>Authentication: --auth env. The job reads AZURE_TENANT_ID, AZURE_CLIENT_ID and
AZURE_CLIENT_SECRET from the EnvironmentFile below, which only you may read (mode 0600)
and which you fill in yourself: apim-backup-cli never writes a secret. No keychain is
used (APIM_BACKUP_SECRETS=session), so a locked keyring cannot stall the job.</source>
        <translation>인증: --auth env. 작업은 아래 EnvironmentFile에서 AZURE_TENANT_ID, AZURE_CLIENT_ID,
AZURE_CLIENT_SECRET을 읽습니다. 이 파일은 본인만 읽을 수 있고(모드 0600) 직접 채웁니다.
apim-backup-cli는 비밀을 절대 쓰지 않습니다. 키체인은 사용하지 않으므로
(APIM_BACKUP_SECRETS=session) 잠긴 키링 때문에 작업이 멈추지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="66"/>
        <source>Authentication: the sign-in saved by &apos;apim-backup-cli login&apos; (in your keychain). The
keychain must be unlocked when the timer fires, which on a desktop means while you are
logged in. For a server, generate the job with --job-auth env instead.</source>
        <translation>인증: &apos;apim-backup-cli login&apos;으로 저장한 로그인(키체인에 있음). 타이머가 실행될 때
키체인이 잠금 해제되어 있어야 하며, 데스크톱에서는 로그인해 있는 동안을 뜻합니다.
서버라면 --job-auth env로 작업을 생성하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="82"/>
        <source>A backup of a large service can take an hour; a stuck job must still end, and fail.</source>
        <translation>큰 서비스의 백업은 한 시간이 걸릴 수 있습니다. 멈춘 작업도 결국 끝나고 실패해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="107"/>
        <source>starts %1.service at %2 (local time).</source>
        <translation>%2(현지 시간)에 %1.service를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="111"/>
        <source>Persistent=true: a run missed while the computer was off happens at the next start.
Your user&apos;s timers run only while you are logged in, unless lingering is on:
  loginctl enable-linger &quot;$USER&quot;
Check the next run with: systemctl --user list-timers %1.timer</source>
        <translation>Persistent=true: 컴퓨터가 꺼져 있어 놓친 실행은 다음 시작 때 실행됩니다.
사용자 타이머는 lingering을 켜지 않으면 로그인해 있는 동안에만 실행됩니다:
  loginctl enable-linger &quot;$USER&quot;
다음 실행 확인: systemctl --user list-timers %1.timer</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="126"/>
        <source>runs when %1.service fails: your --on-failure command.</source>
        <translation>%1.service가 실패하면 실행됩니다: --on-failure 명령.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/SystemdSchedule.cpp" line="128"/>
        <source>APIM_BACKUP_JOB names the failed unit, for a message.</source>
        <translation>APIM_BACKUP_JOB에 메시지용으로 실패한 유닛 이름이 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="35"/>
        <source>Add it with &apos;crontab -e&apos;. The commands run one after the other; the first that fails
stops the job (the prune runs only when every backup succeeded) with a non-zero exit
code. cron mails what the job prints to MAILTO, if this computer can send mail.</source>
        <translation>&apos;crontab -e&apos;로 추가하세요. 명령은 차례로 실행되며, 처음 실패한 명령에서 작업이
0이 아닌 종료 코드로 멈춥니다(정리는 모든 백업이 성공했을 때만 실행). 이 컴퓨터가
메일을 보낼 수 있으면 cron이 작업 출력을 MAILTO로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="40"/>
        <source>Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET
read from %1, which only you may read (mode 0600) and which you fill in
yourself: apim-backup-cli never writes a secret. No keychain is used.</source>
        <translation>인증: --auth env. AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET을
%1에서 읽습니다. 이 파일은 본인만 읽을 수 있고(모드 0600) 직접 채웁니다.
apim-backup-cli는 비밀을 절대 쓰지 않습니다. 키체인은 사용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CronSchedule.cpp" line="46"/>
        <source>Authentication: the sign-in saved by &apos;apim-backup-cli login&apos; (in your keychain), which
cron can reach only if the keychain is unlocked; for a server use --job-auth env.</source>
        <translation>인증: &apos;apim-backup-cli login&apos;으로 저장한 로그인(키체인에 있음). cron은 키체인이
잠금 해제되어 있을 때만 접근할 수 있으니, 서버에서는 --job-auth env를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WindowsTaskSchedule.cpp" line="42"/>
        <source>Task Scheduler runs it (schtasks /Create, printed with this file). The commands run one
after the other; the first that fails stops the job (the prune runs only when every
backup succeeded) and its exit code becomes the task&apos;s &quot;Last Run Result&quot;.</source>
        <translation>작업 스케줄러가 실행합니다(이 파일과 함께 출력된 schtasks /Create). 명령은 차례로
실행되며, 처음 실패한 명령에서 작업이 멈추고(정리는 모든 백업이 성공했을 때만 실행)
그 종료 코드가 작업의 &quot;마지막 실행 결과&quot;가 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WindowsTaskSchedule.cpp" line="47"/>
        <source>Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET
set by %1.env.cmd next to this script, which you fill in yourself (apim-backup-cli
never writes a secret) and which only you may read.</source>
        <translation>인증: --auth env. AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET은
이 스크립트 옆의 %1.env.cmd가 설정합니다. 이 파일은 직접 채우고(apim-backup-cli는
비밀을 절대 쓰지 않음) 본인만 읽을 수 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WindowsTaskSchedule.cpp" line="53"/>
        <source>Authentication: the sign-in saved by &apos;apim-backup-cli login&apos; (Windows Credential Manager).</source>
        <translation>인증: &apos;apim-backup-cli login&apos;으로 저장한 로그인(Windows 자격 증명 관리자).</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="34"/>
        <source>Commit it to the branch %1 and create a pipeline from it (Pipelines &gt; New pipeline &gt; Existing Azure Pipelines YAML file). Run it by hand with Run pipeline.</source>
        <translation>이 파일을 %1 분기에 커밋하고 이 파일로 파이프라인을 만드십시오(Pipelines &gt; New pipeline &gt; Existing Azure Pipelines YAML file). 수동으로 실행하려면 Run pipeline을 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="38"/>
        <source>Sign-in: the Azure Resource Manager service connection &quot;%1&quot; with workload identity federation, no secret in this file; its identity needs the roles the README lists.</source>
        <translation>로그인: 워크로드 ID 페더레이션을 사용하는 Azure Resource Manager 서비스 연결 &quot;%1&quot;을(를) 사용하며 이 파일에는 비밀이 없습니다. 해당 ID에는 README에 나열된 역할이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="43"/>
        <source>The webhook URL comes from the secret pipeline variable %1 (Edit &gt; Variables, &quot;Keep this value secret&quot;); this file names it only.</source>
        <translation>웹후크 URL은 비밀 파이프라인 변수 %1(Edit &gt; Variables, &quot;Keep this value secret&quot;)에서 가져옵니다. 이 파일에는 변수 이름만 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="96"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="60"/>
        <source>Install apim-backup</source>
        <translation>apim-backup 설치</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="98"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="66"/>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="101"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="74"/>
        <source>Prune old backups</source>
        <translation>오래된 백업 정리</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="102"/>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="78"/>
        <source>Check recovery readiness</source>
        <translation>복구 준비 상태 확인</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/AzurePipelinesWorkflow.cpp" line="110"/>
        <source>Publish the JSON summaries</source>
        <translation>JSON 요약 게시</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="38"/>
        <source>The crontab cannot be read here.</source>
        <translation>여기서는 crontab을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="43"/>
        <source>crontab could not be run (%1): is cron installed?</source>
        <translation>crontab을 실행할 수 없습니다(%1). cron이 설치되어 있습니까?</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="48"/>
        <source>crontab -l failed: %1</source>
        <translation>crontab -l 실패: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="60"/>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="304"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="66"/>
        <source>The crontab cannot be written here.</source>
        <translation>여기서는 crontab에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/CrontabStore.cpp" line="72"/>
        <source>crontab refused the new table: %1</source>
        <translation>crontab이 새 테이블을 거부했습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="32"/>
        <source>Save it as .github/workflows/%1 in the repository that runs the backups.</source>
        <translation>백업을 실행하는 리포지토리에 .github/workflows/%1(으)로 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="34"/>
        <source>Sign-in: OpenID Connect federation, no secret in this file. Set the repository variables AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID (Settings &gt; Secrets and variables &gt; Actions &gt; Variables) to an app registration or user-assigned identity with a federated credential for this repository and branch, with the roles the README lists.</source>
        <translation>로그인: OpenID Connect 페더레이션을 사용하며 이 파일에는 비밀이 없습니다. 리포지토리 변수 AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_SUBSCRIPTION_ID(Settings &gt; Secrets and variables &gt; Actions &gt; Variables)를 앱 등록 또는 사용자 할당 ID의 값으로 설정하십시오. 이 앱 등록 또는 ID에는 이 리포지토리와 분기에 대한 페더레이션 자격 증명과 README에 나열된 역할이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="40"/>
        <source>The webhook URL comes from the repository secret %1 (Settings &gt; Secrets and variables &gt; Actions &gt; Secrets); this file names it only.</source>
        <translation>웹후크 URL은 리포지토리 비밀 %1(Settings &gt; Secrets and variables &gt; Actions &gt; Secrets)에서 가져옵니다. 이 파일에는 비밀 이름만 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="52"/>
        <source>Sign in to Azure (OpenID Connect)</source>
        <translation>Azure에 로그인(OpenID Connect)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/GitHubActionsWorkflow.cpp" line="81"/>
        <source>Upload the JSON summaries</source>
        <translation>JSON 요약 업로드</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="112"/>
        <source>daily at %1</source>
        <translation>매일 %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="114"/>
        <source>weekly on %1 at %2</source>
        <translation>매주 %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="231"/>
        <source>crontab line %1</source>
        <translation>crontab 줄 %1</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="294"/>
        <source>Windows tasks are registered with schtasks: install them with &apos;apim-backup-cli schedule --format windows&apos; and the commands it prints.</source>
        <translation>Windows 작업은 schtasks로 등록됩니다. &apos;apim-backup-cli schedule --format windows&apos;와 이 명령이 출력하는 명령으로 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="303"/>
        <source>Cannot create %1: check its permissions.</source>
        <translation>%1을(를) 만들 수 없습니다. 권한을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="309"/>
        <source>Fill in AZURE_CLIENT_SECRET in %1 (mode 0600, no secret in it yet).</source>
        <translation>%1에 AZURE_CLIENT_SECRET을 입력하십시오(모드 0600, 아직 비밀이 없음).</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="311"/>
        <source>%1 can be read by other users: run chmod 600 %1</source>
        <translation>다른 사용자가 %1을(를) 읽을 수 있습니다. chmod 600 %1을(를) 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="330"/>
        <source>The units are in place, but the timer could not be enabled (%1): run &apos;systemctl --user daemon-reload&apos; and &apos;systemctl --user enable --now %2&apos;.</source>
        <translation>유닛은 설치되었지만 타이머를 사용하도록 설정할 수 없습니다(%1). &apos;systemctl --user daemon-reload&apos; 및 &apos;systemctl --user enable --now %2&apos;을(를) 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="358"/>
        <source>systemctl could not stop %1 (%2); its files are deleted all the same.</source>
        <translation>systemctl이 %1을(를) 중지할 수 없습니다(%2). 그래도 해당 파일은 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="364"/>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="407"/>
        <source>Cannot delete %1: check its permissions.</source>
        <translation>%1을(를) 삭제할 수 없습니다. 권한을 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="372"/>
        <source>Kept the credentials file %1: it may hold a secret. Delete it yourself when no job needs it.</source>
        <translation>자격 증명 파일 %1은(는) 유지했습니다. 비밀이 들어 있을 수 있습니다. 이 파일이 필요한 작업이 없으면 직접 삭제하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="389"/>
        <source>%1 is no longer in %2: reload the list.</source>
        <translation>%1이(가) 더 이상 %2에 없습니다. 목록을 다시 로드하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleCatalog.cpp" line="403"/>
        <source>schtasks could not delete the task (%1).</source>
        <translation>schtasks에서 작업을 삭제할 수 없습니다(%1).</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="62"/>
        <source>The schedule was written by another version of APIM Backup (format %1).</source>
        <translation>이 일정은 다른 버전의 APIM Backup에서 작성되었습니다(형식 %1).</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="73"/>
        <source>Unknown scheduler &quot;%1&quot; in the schedule&apos;s description.</source>
        <translation>일정 설명에 알 수 없는 스케줄러 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="103"/>
        <source>The schedule&apos;s description lacks its name or services.</source>
        <translation>일정 설명에 이름 또는 서비스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/ScheduleMarker.cpp" line="125"/>
        <source>Its description line is damaged (%1): it can be deleted, or installed again.</source>
        <translation>설명 줄이 손상되었습니다(%1). 삭제하거나 다시 설치할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="56"/>
        <source>&quot;%1&quot; in the cron expression is not something GitHub Actions and Azure Pipelines both accept (%2-%3, *, lists, ranges and steps).</source>
        <translation>cron 식의 &quot;%1&quot;은(는) GitHub Actions와 Azure Pipelines에서 모두 허용하는 값이 아닙니다(%2-%3, *, 목록, 범위 및 간격).</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowCron.cpp" line="76"/>
        <source>&quot;%1&quot;: write Sunday as 0 in a day-of-week range with a step.</source>
        <translation>&quot;%1&quot;: 간격이 있는 요일 범위에서는 일요일을 0으로 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowQuoting.cpp" line="62"/>
        <source>A value contains a line break or a control character, which a workflow cannot hold: &quot;%1&quot;.</source>
        <translation>값에 워크플로에 넣을 수 없는 줄 바꿈 또는 제어 문자가 있습니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowQuoting.cpp" line="67"/>
        <source>&quot;%1&quot; contains %2, which GitHub Actions or Azure Pipelines would expand as an expression: remove it.</source>
        <translation>&quot;%1&quot;에 GitHub Actions 또는 Azure Pipelines가 식으로 확장할 %2이(가) 들어 있습니다. 제거하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="67"/>
        <source>A workflow runs backups, a prune and the readiness check; schedule a drill with --format systemd, cron or windows.</source>
        <translation>워크플로는 백업, 정리 및 준비 상태 확인을 실행합니다. 훈련 일정은 --format systemd, cron 또는 windows로 만드십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="70"/>
        <source>--on-failure does not go with a workflow: the run fails and the engine tells you; for a message of your own add --notify NAME.</source>
        <translation>--on-failure는 워크플로와 함께 사용할 수 없습니다. 실행이 실패하면 엔진이 알려 줍니다. 직접 메시지를 보내려면 --notify NAME을 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="74"/>
        <source>A workflow can name a built-in cloud only (%1), not &quot;%2&quot;.</source>
        <translation>워크플로에는 기본 제공 클라우드(%1)만 지정할 수 있으며 &quot;%2&quot;은(는) 지정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="77"/>
        <source>Name the services with --service RESOURCE_ID, or every service of a subscription with --all-in SUBSCRIPTION_ID.</source>
        <translation>--service RESOURCE_ID로 서비스를 지정하거나 --all-in SUBSCRIPTION_ID로 구독의 모든 서비스를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="81"/>
        <source>--all-in takes a subscription id (a GUID), not &quot;%1&quot;.</source>
        <translation>--all-in에는 &quot;%1&quot;이(가) 아니라 구독 ID(GUID)를 지정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="85"/>
        <source>A subscription is listed twice: each --all-in once.</source>
        <translation>구독이 두 번 나열되었습니다. 각 구독에 --all-in을 한 번씩만 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="87"/>
        <source>--parallel takes a whole number from 1 to %1.</source>
        <translation>--parallel에는 1에서 %1 사이의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="96"/>
        <source>--deb-url needs an https:// address of the .deb, not &quot;%1&quot;.</source>
        <translation>--deb-url에는 &quot;%1&quot;이(가) 아니라 .deb의 https:// 주소가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="99"/>
        <source>--deb-sha256 takes the 64 hexadecimal digits that sha256sum prints, not &quot;%1&quot;.</source>
        <translation>--deb-sha256에는 &quot;%1&quot;이(가) 아니라 sha256sum이 출력하는 16진수 64자리를 지정해야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="101"/>
        <source>Name the Azure service connection with --service-connection.</source>
        <translation>--service-connection으로 Azure 서비스 연결을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowSpec.cpp" line="104"/>
        <source>&quot;%1&quot; is not a branch name.</source>
        <translation>&quot;%1&quot;은(는) 분기 이름이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="37"/>
        <source>Generated by &apos;apim-backup-cli schedule --format %1&apos; on %2.</source>
        <translation>%2에 &apos;apim-backup-cli schedule --format %1&apos;(으)로 생성되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="39"/>
        <source>Generated by &apos;apim-backup-cli schedule --format %1&apos;.</source>
        <translation>&apos;apim-backup-cli schedule --format %1&apos;(으)로 생성되었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/schedule/WorkflowText.cpp" line="43"/>
        <source>%n API Management service(s)</source>
        <translation>
            <numerusform>API Management 서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="45"/>
        <source>every API Management service of %1</source>
        <translation>%1의 모든 API Management 서비스</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="46"/>
        <source>Backs up %1 to %2/%3</source>
        <translation>%1을(를) %2/%3에 백업</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="46"/>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="49"/>
        <source>, deletes the expired backups (the newest is always kept)</source>
        <translation>, 만료된 백업 삭제(최신 백업은 항상 유지)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="50"/>
        <source>, deletes the backups older than %1 (the newest is always kept)</source>
        <translation>, %1보다 오래된 백업 삭제(최신 백업은 항상 유지)</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="51"/>
        <source>, checks recovery readiness, and keeps each step&apos;s JSON summary as the artifact %1. The run fails when a step fails.</source>
        <translation>, 복구 준비 상태를 확인하고 각 단계의 JSON 요약을 아티팩트 %1(으)로 보관합니다. 단계가 하나라도 실패하면 실행이 실패합니다.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="58"/>
        <source>The schedule is in UTC: &quot;%1&quot; is every day at %2 at UTC%3, the local time where this file was generated. After a daylight-saving change it runs an hour off: generate it again or edit the cron.</source>
        <translation>일정은 UTC 기준입니다. &quot;%1&quot;은(는) 이 파일을 생성한 곳의 현지 시간(UTC%3)으로 매일 %2입니다. 일광 절약 시간이 바뀌면 한 시간 어긋나게 실행되므로 파일을 다시 생성하거나 cron을 편집하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="62"/>
        <source>The schedule is in UTC: &quot;%1&quot; is every %2 at %3 at UTC%4, the local time where this file was generated. After a daylight-saving change it runs an hour off: generate it again or edit the cron.</source>
        <translation>일정은 UTC 기준입니다. &quot;%1&quot;은(는) 이 파일을 생성한 곳의 현지 시간(UTC%4)으로 매주 %2 %3입니다. 일광 절약 시간이 바뀌면 한 시간 어긋나게 실행되므로 파일을 다시 생성하거나 cron을 편집하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/schedule/WorkflowText.cpp" line="66"/>
        <source>The schedule is in UTC: the cron expression &quot;%1&quot; is read in UTC.</source>
        <translation>일정은 UTC 기준입니다. cron 식 &quot;%1&quot;은(는) UTC로 해석됩니다.</translation>
    </message>
</context>
<context>
    <name>ServicePresenter</name>
    <message>
        <location filename="../ui/models/ServicePresenter.cpp" line="37"/>
        <source>System-assigned (principal %1)</source>
        <translation>시스템 할당(주체 %1)</translation>
    </message>
    <message>
        <location filename="../ui/models/ServicePresenter.cpp" line="39"/>
        <source>User-assigned %1 (client ID %2)</source>
        <translation>사용자 할당 %1(클라이언트 ID %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>AzureCloud, AzureUSGovernment, AzureChinaCloud, or the path of a JSON file from &apos;az cloud show&apos;.</source>
        <translation>AzureCloud, AzureUSGovernment, AzureChinaCloud 또는 &apos;az cloud show&apos;로 만든 JSON 파일 경로.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34"/>
        <source>How to sign in: env, cli, device, browser or sp.</source>
        <translation>로그인 방식: env, cli, device, browser, sp.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Tenant ID or domain.</source>
        <translation>테넌트 ID 또는 도메인.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>App registration (client) ID.</source>
        <translation>앱 등록(클라이언트) ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="40"/>
        <source>Print results as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Log every request (secrets redacted) to stderr.</source>
        <translation>모든 요청을 stderr에 기록합니다(비밀은 가림).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>Language of messages: en or ko (default: the system&apos;s, from LANGUAGE or LANG).</source>
        <translation>메시지 언어: en 또는 ko(기본값: LANGUAGE 또는 LANG에 따른 시스템 언어).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="50"/>
        <source>Keep secrets in memory only: nothing is saved (also APIM_BACKUP_SECRETS=session).</source>
        <translation>비밀을 메모리에만 보관합니다. 아무것도 저장하지 않습니다(APIM_BACKUP_SECRETS=session과 같음).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Send requests through this proxy (http://[USER@]host:port); the password comes from the keychain (proxy-password set). Default: HTTPS_PROXY/NO_PROXY, else the app&apos;s Network settings.</source>
        <translation>이 프록시(http://[USER@]host:port)를 통해 요청을 보냅니다. 암호는 키체인에서 가져옵니다(proxy-password set). 기본값: HTTPS_PROXY/NO_PROXY, 없으면 앱의 네트워크 설정.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Connect directly, whatever HTTPS_PROXY or the settings say.</source>
        <translation>HTTPS_PROXY나 설정과 관계없이 직접 연결합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>Also trust the CA certificates in this PEM file (may be repeated; SSL_CERT_FILE, SSL_CERT_DIR and REQUESTS_CA_BUNDLE are read too).</source>
        <translation>이 PEM 파일의 CA 인증서도 신뢰합니다(여러 번 지정 가능, SSL_CERT_FILE, SSL_CERT_DIR 및 REQUESTS_CA_BUNDLE도 읽음).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="96"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="107"/>
        <source>Usage: %1</source>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>Run &apos;apim-backup-cli --help&apos; for help.</source>
        <translation>도움말은 &apos;apim-backup-cli --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="146"/>
        <source>--lang takes en or ko, not &quot;%1&quot;.</source>
        <translation>--lang 값은 en 또는 ko여야 합니다(&quot;%1&quot;은(는) 지원하지 않음).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="152"/>
        <source>Back up and restore Azure API Management services.

</source>
        <translation>Azure API Management 서비스를 백업하고 복원합니다.

</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="159"/>
        <source>The command to run.</source>
        <translation>실행할 명령.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="179"/>
        <source>Unknown command &quot;%1&quot;.
%2</source>
        <translation>알 수 없는 명령 &quot;%1&quot;.
%2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="119"/>
        <source>Back up and restore Azure API Management services.</source>
        <translation>Azure API Management 서비스를 백업하고 복원합니다.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Azure cloud: AzureCloud, AzureUSGovernment, AzureChinaCloud or the path of an `az cloud show` JSON file.</source>
        <translation>Azure 클라우드: AzureCloud, AzureUSGovernment, AzureChinaCloud 또는 `az cloud show`로 만든 JSON 파일 경로.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="105"/>
        <source>Sign in at start: env, sp (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET), device, browser or cli.</source>
        <translation>시작할 때 로그인할 방식: env, sp(AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET), device, browser, cli.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Language: en or ko.</source>
        <translation>언어: en 또는 ko.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="112"/>
        <source>Quit once the main window has painted (benchmarks).</source>
        <translation>주 창이 처음 그려지면 종료합니다(벤치마크용).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Quit once the services are listed (benchmarks).</source>
        <translation>서비스 목록이 나오면 종료합니다(벤치마크용).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="225"/>
        <source>APIM Backup cannot start</source>
        <translation>APIM Backup을 시작할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="167"/>
        <source>Cloud not usable</source>
        <translation>클라우드를 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>%1

APIM Backup uses the global Azure cloud instead.</source>
        <translation>%1

APIM Backup은 대신 글로벌 Azure 클라우드를 사용합니다.</translation>
    </message>
</context>
</TS>
