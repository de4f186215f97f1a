#!/usr/bin/env bash
# The demo: sets everything up (scripts/setup.sh), starts Azurite and azure-sim seeded
# with a demo estate on free loopback ports, and opens APIM Backup against them, signed
# in as the simulator's service principal. Closing the window stops the services.
#
#   scripts/demo.sh [extra apim-backup arguments, e.g. --lang ko]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"

state="$root/build/demo-state"
mkdir -p "$state"
sim="$root/build/tests/simulator/azure-sim"
fixtures="$root/tests/support/fixtures.sh"
cleanup() {
  "$fixtures" stop sim "$state" || true
  "$fixtures" stop azurite "$state" || true
}
trap cleanup EXIT
"$fixtures" start-azurite "$state" "$sim"
"$fixtures" start-sim "$state" "$sim" "$root/tests/simulator/seeds/demo.json"

cloud="$state/azure-sim-cloud.json"
sim_url=$(cat "$state/sim.url")
cat >"$cloud" <<JSON
{
  "name": "AzureSimulator",
  "endpoints": {
    "activeDirectory": "$sim_url",
    "resourceManager": "$sim_url/",
    "activeDirectoryResourceId": "https://management.core.windows.net/",
    "portal": "$sim_url/portal"
  },
  "suffixes": { "storageEndpoint": "core.windows.net" }
}
JSON
# Sign in as the demo estate's automation service principal (the first in the seed).
seed="$root/tests/simulator/seeds/demo.json"
sp=$(grep -A1 -m1 '"secret"' "$seed" | tr -d '\n')
field() { sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" <<<"$sp"; }
export AZURE_CLIENT_ID=$(field clientId) AZURE_CLIENT_SECRET=$(field secret) AZURE_TENANT_ID=$(field tenantId)
# The demo keeps its settings and journal apart from a real installation's.
export APIM_BACKUP_HOME="$state/home"

echo "Simulator: $(cat "$state/sim.url")   Azurite: $(cat "$state/azurite.url")"
"$root/build/app/apim-backup" --cloud "$cloud" --auth env "$@"
