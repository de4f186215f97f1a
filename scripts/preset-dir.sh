#!/usr/bin/env bash
# Prints the build folder of a configure preset of CMakePresets.json (its binaryDir, or
# the one it inherits), so that every script builds and tests where `cmake --preset`
# configures: build/ for dev and ci, build-asan/ for asan, build-fuzz/ for fuzz.
#
#   scripts/preset-dir.sh PRESET
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python3 - "$root" "${1:?usage: $0 PRESET}" <<'PY'
import json, sys
root, name = sys.argv[1], sys.argv[2]
presets = {p["name"]: p for p in json.load(open(root + "/CMakePresets.json"))["configurePresets"]}
def binary_dir(preset):
    if "binaryDir" in preset:
        return preset["binaryDir"]
    parents = preset.get("inherits", [])
    for parent in [parents] if isinstance(parents, str) else parents:
        found = binary_dir(presets[parent])
        if found:
            return found
    return None
if name not in presets:
    sys.exit("no configure preset '%s' in CMakePresets.json (%s)" % (name, ", ".join(presets)))
found = binary_dir(presets[name])
if not found:
    sys.exit("the preset '%s' names no binaryDir" % name)
print(found.replace("${sourceDir}", root))
PY
