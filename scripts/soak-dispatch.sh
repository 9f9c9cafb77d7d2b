#!/usr/bin/env bash
# Long crash soak of the dispatcher (not run by CI): tests/engine/tst_crashdispatch with many
# more SIGKILLs and messages per round, a fresh random seed each round. Stops at the first
# double send, lost message or damaged database and prints the seed that reproduces it
# (SB_CRASH_SEED=<seed> SB_CRASH_CYCLES=... SB_CRASH_MESSAGES=... engine_tst_crashdispatch).
#   scripts/soak-dispatch.sh [rounds=10] [kills-per-round=400] [messages-per-round=5000]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-10}"
kills="${2:-400}"
messages="${3:-5000}"
dir="${SB_BUILD_DIR:-build-soak}"

if [ ! -f "$dir/CMakeCache.txt" ]; then # an existing build dir keeps its own settings
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSB_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$dir" --target engine_tst_crashdispatch sb_dispatch_child

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="sb.*.debug=false;sb.*.info=false;sb.*.warning=false"
for ((round = 1; round <= rounds; round++)); do
    seed=$(((RANDOM << 15) | RANDOM))
    echo "round $round/$rounds: $kills kills, $messages messages, seed $seed"
    if ! SB_CRASH_SEED="$seed" SB_CRASH_CYCLES="$kills" SB_CRASH_MESSAGES="$messages" \
        "$dir/tests/engine/engine_tst_crashdispatch" -maxwarnings 0; then
        echo "FAILED: reproduce with SB_CRASH_SEED=$seed SB_CRASH_CYCLES=$kills" \
             "SB_CRASH_MESSAGES=$messages $dir/tests/engine/engine_tst_crashdispatch" >&2
        exit 1
    fi
done
echo "soak passed: $rounds rounds"
