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
eval "$("$sim" --print-demo-credentials)"   # AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET
export AZURE_TENANT_ID AZURE_CLIENT_ID AZURE_CLIENT_SECRET
# The demo keeps its settings and journal apart from a real installation's.
export APIM_BACKUP_HOME="$state/home"

echo "Simulator: $(cat "$state/sim.url")   Azurite: $(cat "$state/azurite.url")"
"$root/build/app/apim-backup" --cloud "$cloud" --auth env "$@"
