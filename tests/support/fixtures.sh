#!/usr/bin/env bash
# Starts and stops the services the tests need, on free loopback ports.
#
#   fixtures.sh start-azurite STATE_DIR SIM_BINARY
#   fixtures.sh start-sim     STATE_DIR SIM_BINARY [SEED_FILE]
#   fixtures.sh stop          azurite|sim STATE_DIR
#
# Each service writes its base URL to STATE_DIR/<name>.url and its pid to
# STATE_DIR/<name>.pid; tests read the URL files (tests/support/TestEnvironment).
# Two CTest runs in one build folder share the services: start reuses a running one and
# counts its users, stop ends it when the last user stops (a private simulator of a test
# keeps pointing at the Azurite it was given, so restarting Azurite under it breaks it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

wait_for_file() { # file seconds
  local file=$1 tries=$(( $2 * 10 ))
  for _ in $(seq 1 "$tries"); do [ -s "$file" ] && return 0; sleep 0.1; done
  return 1
}

# Runs "$@" holding the state folder's lock, so concurrent starts and stops take turns.
locked() { local state=$1; shift; mkdir -p "$state"; ( flock 9; "$@" ) 9>"$state/.lock"; }

running() { # name state -> true when its process is alive and its URL answers
  local pid url
  pid=$(cat "$2/$1.pid" 2>/dev/null) || return 1
  url=$(cat "$2/$1.url" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null && curl -s -o /dev/null --max-time 2 "$url"
}

add_user() { # name state delta
  local file="$2/$1.users" count
  count=$(cat "$file" 2>/dev/null || echo 0)
  count=$(( count + $3 )); [ "$count" -lt 0 ] && count=0
  echo "$count" >"$file"; echo "$count"
}

start_azurite() {
  local state=$1 sim=$2
  mkdir -p "$state/azurite-data"
  if running azurite "$state"; then add_user azurite "$state" 1 >/dev/null; echo "Azurite at $(cat "$state/azurite.url") (shared)"; return 0; fi
  stop_one azurite "$state" || true
  echo 0 >"$state/azurite.users"
  local bin="$root/tools/azurite/node_modules/.bin/azurite-blob"
  [ -x "$bin" ] || { echo "Azurite is not installed: run scripts/setup.sh (npm ci in tools/azurite)" >&2; exit 1; }
  # Azurite must know every storage account the simulator maps to it, with its key.
  local accounts; accounts=$("$sim" --print-azurite-accounts)
  rm -f "$state/azurite.url" "$state/azurite.log"
  AZURITE_ACCOUNTS="$accounts" setsid "$bin" --blobHost 127.0.0.1 --blobPort 0 --location "$state/azurite-data" \
    --skipApiVersionCheck --loose --disableTelemetry >"$state/azurite.log" 2>&1 < /dev/null 9>&- &
  echo $! >"$state/azurite.pid"
  for _ in $(seq 1 200); do
    local url; url=$(sed -n 's/.*successfully listens on \(http:[^ ]*\).*/\1/p' "$state/azurite.log" | head -n1)
    if [ -n "$url" ]; then
      echo "$url" >"$state/azurite.url"; add_user azurite "$state" 1 >/dev/null; echo "Azurite at $url"; return 0
    fi
    kill -0 "$(cat "$state/azurite.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "Azurite did not start; its log:" >&2; cat "$state/azurite.log" >&2; exit 1
}

start_sim() {
  local state=$1 sim=$2 seed=${3:-$root/tests/simulator/seeds/demo.json}
  if running sim "$state"; then add_user sim "$state" 1 >/dev/null; echo "azure-sim at $(cat "$state/sim.url") (shared)"; return 0; fi
  stop_one sim "$state" || true
  echo 0 >"$state/sim.users"
  [ -s "$state/azurite.url" ] || { echo "start Azurite first" >&2; exit 1; }
  rm -f "$state/sim.url"
  setsid "$sim" --seed "$seed" --port 0 --url-file "$state/sim.url" --azurite "$(cat "$state/azurite.url")" \
    --log "$state/sim-requests.log" >"$state/sim.log" 2>&1 < /dev/null 9>&- &
  echo $! >"$state/sim.pid"
  if ! wait_for_file "$state/sim.url" 20; then
    echo "azure-sim did not start; its log:" >&2; cat "$state/sim.log" >&2; exit 1
  fi
  add_user sim "$state" 1 >/dev/null
  echo "azure-sim at $(cat "$state/sim.url")"
}

release() { # name state: one user less; the last one stops the service
  if [ "$(add_user "$1" "$2" -1)" -eq 0 ]; then stop_one "$1" "$2"; fi
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
  start-azurite) locked "$2" start_azurite "$2" "$3" ;;
  start-sim) locked "$2" start_sim "$2" "$3" "${4:-}" ;;
  stop) locked "$3" release "$2" "$3" ;;
  *) echo "usage: $0 start-azurite|start-sim|stop ..." >&2; exit 2 ;;
esac
