#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running Switchboard on the built-in sandbox:
# installs the packages, builds, starts the app. Arguments go to the app (default: --sandbox).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
[ $# -eq 0 ] && set -- --sandbox
exec ./build/app/switchboard "$@"
