#!/usr/bin/env bash
# Fails when a C++ source of the tree is not formatted as .clang-format says (clang-format
# 14, as Debian 12 ships it). CI runs it before the build; fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if ! command -v clang-format >/dev/null; then
  echo "check-format: clang-format is not installed (scripts/setup.sh installs it)" >&2
  exit 1
fi
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
echo "check-format: every C++ source is formatted"
