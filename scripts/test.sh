#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test: installs the packages, checks the
# formatting, builds with warnings as errors and runs the whole CTest suite.
#   --asan   build into build-asan with AddressSanitizer + UndefinedBehaviorSanitizer instead
set -euo pipefail
cd "$(dirname "$0")/.."

dir=build-test
cmake_args=(-DSB_WERROR=ON -DSB_BUILD_BENCH=ON)
if [ "${1:-}" = "--asan" ]; then
    dir=build-asan
    cmake_args+=(-DSB_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

bash scripts/deps.sh
bash scripts/check-format.sh
SB_BUILD_DIR="$dir" SB_BUILD_TYPE=Debug bash scripts/build.sh "${cmake_args[@]}"

# A real PostgreSQL server for the store and engine tests, thrown away afterwards.
pgdir="$(mktemp -d /tmp/sb-pg.XXXXXX)"
pgport=$((50000 + RANDOM % 10000))
trap 'bash scripts/pg-test-server.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
SB_TEST_PG_URL="$(bash scripts/pg-test-server.sh start "$pgdir" "$pgport")"
export SB_TEST_PG_URL

export QT_QPA_PLATFORM=offscreen
# The keychain tests need the real Secret Service: a private session bus with an unlocked
# GNOME Keyring around the whole run.
bash scripts/with-keyring.sh ctest --test-dir "$dir" --output-on-failure -j "$(nproc)" --timeout 300
