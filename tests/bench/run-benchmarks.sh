#!/usr/bin/env bash
# Engine and simulator benchmarks against azure-sim:
# - azure-sim itself: one Resource Graph page of 1,000 rows, an ARM list page of 1,000
#   subscriptions and one of 500 services, each beside a 1-row request (its fixed cost);
# - the APIM services of generated estates listed through Resource Graph and through the
#   per-subscription fallback, with 20 ms of latency on every request the simulator serves,
#   and the peak memory with about 10,000 services;
# - apim-backup-cli services --json over those 10,000 services: its peak memory beside the
#   same listing without --json, and its output checked to be one valid JSON array;
# - the recovery readiness of 1,000 services whose backups are in 20 containers of a
#   private Azurite, through the backup catalog and, beside it, the naive way (each
#   service's locations read for it alone). Blob requests go to Azurite without added latency.
# Builds nothing. Every process it starts (azure-sim, Azurite, the benchmark clients) is
# stopped when it ends, whether the benchmarks pass, fail or are interrupted (Ctrl-C, kill).
#
#   tests/bench/run-benchmarks.sh [--tiny] [BUILD_DIR]      (default: build/)
# --tiny: estates of a few dozen services and one run of each, to prove the benchmarks
# work (CTest runs it so); its figures mean nothing.
# Besides its report, it prints one "FIGURE <name> <value>" line per figure for
# scripts/bench.sh. Targets: a 1,000-row page <= 20 ms; Resource Graph < 0.3 s, fallback
# < 2.5 s (200 subscriptions x 5), < 80 MB; services --json <= 60 MB; readiness of the
# 1,000 services <= 1 s.
set -euo pipefail
tiny=
if [ "${1:-}" = "--tiny" ]; then tiny=1; shift; fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
sim="$build/tests/simulator/azure-sim"
inventory="$build/tests/bench/inventory/bench_inventory"
readiness="$build/tests/bench/readiness/bench_readiness"
cli="$build/app/cli/apim-backup-cli"
fixtures="$root/tests/support/fixtures.sh"
for f in "$sim" "$inventory" "$readiness" "$cli"; do
  [ -x "$f" ] || { echo "missing $f: build the targets azure-sim, apim-backup-cli, bench_inventory and bench_readiness first" >&2; exit 1; }
done
work=$(mktemp -d)
sim_pid=
client_pid=
azurite_started=

# Every command that runs for long runs in the background and is waited for, so that a
# signal reaches the traps below at once rather than when the command ends.
run() {
  "$@" &
  client_pid=$!
  local rc=0
  wait "$client_pid" || rc=$?
  client_pid=
  return "$rc"
}

# Runs in this shell, never inside $( ): a subshell would keep the pid to itself and the
# cleanup would kill nothing. Sets sim_url.
start_sim() { # seed [more azure-sim options]
  local seed=$1 urlfile="$work/$(basename "$1").url"
  shift
  stop_sim
  # A seed used before left the URL of the simulator stopped since: wait for the new one.
  rm -f "$urlfile"
  "$sim" --seed "$seed" --port 0 --url-file "$urlfile" "$@" >"$work/sim.log" 2>&1 &
  sim_pid=$!
  # Seeding Azurite with a few thousand backups takes a while before the URL appears.
  for _ in $(seq 1 1200); do
    [ -s "$urlfile" ] && break
    kill -0 "$sim_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -s "$urlfile" ] || { echo "azure-sim did not start:" >&2; cat "$work/sim.log" >&2; exit 1; }
  sim_url=$(cat "$urlfile")
}

stop_sim() {
  [ -n "$sim_pid" ] || return 0
  kill "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
  sim_pid=
}

cleanup() {
  if [ -n "$client_pid" ]; then
    # The client's own children first: /usr/bin/time does not pass the signal on.
    pkill -TERM -P "$client_pid" 2>/dev/null || true
    kill "$client_pid" 2>/dev/null || true
    wait "$client_pid" 2>/dev/null || true
  fi
  stop_sim
  if [ -n "$azurite_started" ]; then "$fixtures" stop azurite "$work" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

figure() { echo "FIGURE $1 $2"; } # name value
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; } # key: the value of key=value in a report line
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

tenant=1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e
client=99a2af6f-e80c-4c39-b813-0efc1b60eab4
secret='sim-secret~Contoso.Backup.2024'
arm_token() {
  curl -s -X POST "$sim_url/$tenant/oauth2/v2.0/token" \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$client" \
    --data-urlencode "client_secret=$secret" --data-urlencode 'scope=https://management.core.windows.net//.default' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}
# page_ms RUNS METHOD PATH [BODY]: the median time (ms) azure-sim takes to answer, as curl sees it.
page_ms() {
  local runs=$1 method=$2 path=$3 body=${4:-} token times=()
  token=$(arm_token)
  for _ in $(seq 1 "$runs"); do
    if [ -n "$body" ]; then
      times+=("$(curl -s -o /dev/null -w '%{time_total}' -X "$method" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "$body" "$sim_url$path")")
    else
      times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$sim_url$path")")
    fi
  done
  printf '%s\n' "${times[@]}" | awk '{printf "%.1f\n", $1 * 1000}' | median
}
graph_query() { # top
  echo "{\"query\": \"resources | where type =~ 'microsoft.apimanagement/service' | project id, name\", \"options\": {\"\$top\": $1}}"
}
# measure COMMAND...: runs it, shows its report and keeps it in $line (never in a $( ),
# where the traps could not stop it).
measure() {
  run "$@" >"$work/report.txt"
  cat "$work/report.txt"
  line=$(cat "$work/report.txt")
}
# peak_mb COMMAND...: runs it (stdout to $work/out.json) and sets $peak to its peak resident memory in MB.
peak_mb() {
  run /usr/bin/time -f '%M' -o "$work/time.txt" "$@" >"$work/out.json" 2>"$work/err.txt" ||
    { echo "failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }
  peak=$(awk '{printf "%.1f\n", $1 / 1024}' "$work/time.txt")
}

if [ -n "$tiny" ]; then
  subs_200=8; subs_10k=8; per_sub=5; wide_subs=2; wide_per_sub=20; repeat=1; page_runs=2
else
  subs_200=266; subs_10k=2668; per_sub=5; wide_subs=2; wide_per_sub=500; repeat=5; page_runs=21
fi

echo "== azure-sim: pages served (median of $page_runs, no added latency)"
# About 10,000 services; a service principal of the first tenant sees three quarters.
"$sim" --generate-estate "$subs_10k" "$per_sub" "$work/estate-10k.json" >/dev/null
start_sim "$work/estate-10k.json"
rg_path='/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01'
rg_page=$(page_ms "$page_runs" POST "$rg_path" "$(graph_query 1000)")
rg_row=$(page_ms "$page_runs" POST "$rg_path" "$(graph_query 1)")
subs_page=$(page_ms "$page_runs" GET '/subscriptions?api-version=2022-12-01')
echo "Resource Graph, 1,000 rows: $rg_page ms (1 row: $rg_row ms); ARM subscriptions, a page of up to 1,000: $subs_page ms"
figure sim_graph_page_ms "$rg_page"
figure sim_graph_row_ms "$rg_row"
figure sim_subscriptions_page_ms "$subs_page"

echo "== apim-backup-cli services --json, $(( subs_10k * per_sub )) services generated, peak memory"
cat >"$work/cloud.json" <<JSON
{"name": "AzureSimulator",
 "endpoints": {"activeDirectory": "$sim_url", "resourceManager": "$sim_url/",
               "activeDirectoryResourceId": "https://management.core.windows.net/", "portal": "$sim_url/portal"},
 "suffixes": {"storageEndpoint": "core.windows.net"}}
JSON
mkdir -p "$work/home"
cli=(env APIM_BACKUP_HOME="$work/home" APIM_BACKUP_SECRETS=session AZURE_TENANT_ID="$tenant" AZURE_CLIENT_ID="$client"
  AZURE_CLIENT_SECRET="$secret" "$cli" --cloud "$work/cloud.json" --auth env)
# Baseline: the same process listing one subscription's services (sign-in, TLS, Qt).
small_sub=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["subscriptions"][0]["subscriptionId"])' \
  "$work/estate-10k.json")
peak_mb "${cli[@]}" services --subscription "$small_sub"
cli_small=$peak
peak_mb "${cli[@]}" services
cli_plain=$peak
peak_mb "${cli[@]}" --json services
cli_json=$peak
listed=$(python3 -c '
import json, sys
services = json.load(open(sys.argv[1]))
assert isinstance(services, list) and all(isinstance(s, dict) and s.get("id") and s.get("name") for s in services), "not a list of services"
print(len(services))' "$work/out.json")
echo "services --json: $cli_json MB for $listed services (valid JSON); services (a table): $cli_plain MB; one subscription's: $cli_small MB"
figure cli_json_peak_mb "$cli_json"
figure cli_plain_peak_mb "$cli_plain"
figure cli_small_peak_mb "$cli_small"
figure cli_json_services "$listed"

echo "== the same services listed by the engine alone (bench_inventory), no added latency"
measure "$inventory" --sim "$sim_url" --repeat "$repeat"
figure engine_10k_listed_ms "$(field median_ms <<<"$line")"
figure engine_10k_services "$(field services <<<"$line")"

echo "== azure-sim: an ARM list of $wide_per_sub services in one subscription"
"$sim" --generate-estate "$wide_subs" "$wide_per_sub" "$work/estate-wide.json" >/dev/null
start_sim "$work/estate-wide.json"
wide_sub=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["subscriptions"][0]["subscriptionId"])' \
  "$work/estate-wide.json")
services_page=$(page_ms "$page_runs" GET "/subscriptions/$wide_sub/providers/Microsoft.ApiManagement/service?api-version=2024-05-01")
echo "ARM services of one subscription, $wide_per_sub rows: $services_page ms"
figure sim_services_page_ms "$services_page"
figure sim_services_page_rows "$wide_per_sub"

# The generator puts every fourth subscription in a second tenant: 266 generated
# subscriptions are 200 in the signed-in tenant, so 1,000 services are listed.
echo "== $subs_200 subscriptions x $per_sub services (3/4 in the signed-in tenant), 20 ms latency on every request"
"$sim" --generate-estate "$subs_200" "$per_sub" "$work/estate-200.json" >/dev/null
start_sim "$work/estate-200.json" --fault 'kind=latency,route=.*,latencyMs=20'
measure "$inventory" --sim "$sim_url" --repeat "$repeat"
figure inventory_graph_ms "$(field median_ms <<<"$line")"
curl -s -X POST -H 'Content-Type: application/json' -d '{"resourceGraphEnabled": false}' "$sim_url/_sim/config" >/dev/null
measure "$inventory" --sim "$sim_url" --fallback --repeat "$(( repeat > 3 ? 3 : repeat ))"
figure inventory_fallback_ms "$(field median_ms <<<"$line")"

echo "== recovery readiness of those services, backups in 20 containers (private Azurite)"
run "$readiness" --write-seed "$work/estate-200.json" "$work/readiness-200.json"
azurite_started=1
"$fixtures" start-azurite "$work" "$sim" >/dev/null
start_sim "$work/readiness-200.json" --azurite "$(cat "$work/azurite.url")" --fault 'kind=latency,route=.*,latencyMs=20'
measure "$readiness" --sim "$sim_url" --seed "$work/readiness-200.json" --repeat "$repeat" \
  --naive-repeat "$(( repeat > 3 ? 3 : repeat ))"
figure readiness_naive_ms "$(grep '^mode=naive' <<<"$line" | field median_ms)"
line=$(grep '^mode=catalog' <<<"$line" || true)
figure readiness_ms "$(field median_ms <<<"$line")"

echo "== one List Blobs answer of 5,000 backups (a full page), read off the GUI thread"
measure "$readiness" --parse-list "$([ -n "$tiny" ] && echo 50 || echo 5000)"
figure blob_list_parse_ms "$(field median_ms <<<"$line")"
figure blob_list_stream_ms "$(field stream_only_ms <<<"$line")"
figure blob_list_match_ms "$(field match_ms <<<"$line")"
echo "== a journal of 3,000 finished backups, read whole as a catalog build reads it (on its worker)"
measure "$readiness" --read-journal "$([ -n "$tiny" ] && echo 30 || echo 3000)"
figure journal_read_ms "$(field median_ms <<<"$line")"

echo "== about 10,000 visible services, 20 ms latency, peak memory of the engine"
start_sim "$work/estate-10k.json" --fault 'kind=latency,route=.*,latencyMs=20'
measure "$inventory" --sim "$sim_url" --repeat 1
figure inventory_10k_peak_mb "$(field peak_rss_mb <<<"$line")"
