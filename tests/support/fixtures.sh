#!/usr/bin/env bash
# Starts and stops the services the tests need, on free loopback ports.
#
#   fixtures.sh start-azurite STATE_DIR SIM_BINARY
#   fixtures.sh start-sim     STATE_DIR SIM_BINARY [SEED_FILE]
#   fixtures.sh stop          azurite|sim STATE_DIR
#
# Each service writes its base URL to STATE_DIR/<name>.url and its pid to
# STATE_DIR/<name>.pid; tests read the URL files (tests/support/TestEnvironment).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

wait_for_file() { # file seconds
  local file=$1 tries=$(( $2 * 10 ))
  for _ in $(seq 1 "$tries"); do [ -s "$file" ] && return 0; sleep 0.1; done
  return 1
}

start_azurite() {
  local state=$1 sim=$2
  mkdir -p "$state/azurite-data"
  stop_one azurite "$state" || true
  local bin="$root/tools/azurite/node_modules/.bin/azurite-blob"
  [ -x "$bin" ] || { echo "Azurite is not installed: run scripts/setup.sh (npm ci in tools/azurite)" >&2; exit 1; }
  # Azurite must know every storage account the simulator maps to it, with its key.
  local accounts; accounts=$("$sim" --print-azurite-accounts)
  rm -f "$state/azurite.url" "$state/azurite.log"
  AZURITE_ACCOUNTS="$accounts" setsid "$bin" --blobHost 127.0.0.1 --blobPort 0 --location "$state/azurite-data" \
    --skipApiVersionCheck --loose --disableTelemetry >"$state/azurite.log" 2>&1 < /dev/null &
  echo $! >"$state/azurite.pid"
  for _ in $(seq 1 200); do
    local url; url=$(sed -n 's/.*successfully listens on \(http:[^ ]*\).*/\1/p' "$state/azurite.log" | head -n1)
    if [ -n "$url" ]; then echo "$url" >"$state/azurite.url"; echo "Azurite at $url"; return 0; fi
    kill -0 "$(cat "$state/azurite.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "Azurite did not start; its log:" >&2; cat "$state/azurite.log" >&2; exit 1
}

start_sim() {
  local state=$1 sim=$2 seed=${3:-$root/tests/simulator/seeds/demo.json}
  stop_one sim "$state" || true
  [ -s "$state/azurite.url" ] || { echo "start Azurite first" >&2; exit 1; }
  rm -f "$state/sim.url"
  setsid "$sim" --seed "$seed" --port 0 --url-file "$state/sim.url" --azurite "$(cat "$state/azurite.url")" \
    --log "$state/sim-requests.log" >"$state/sim.log" 2>&1 < /dev/null &
  echo $! >"$state/sim.pid"
  if ! wait_for_file "$state/sim.url" 20; then
    echo "azure-sim did not start; its log:" >&2; cat "$state/sim.log" >&2; exit 1
  fi
  echo "azure-sim at $(cat "$state/sim.url")"
}

stop_one() {
  local name=$1 state=$2 pidfile="$2/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile" "$state/$name.url"
}

case "${1:-}" in
  start-azurite) start_azurite "$2" "$3" ;;
  start-sim) start_sim "$2" "$3" "${4:-}" ;;
  stop) stop_one "$2" "$3" ;;
  *) echo "usage: $0 start-azurite|start-sim|stop ..." >&2; exit 2 ;;
esac
