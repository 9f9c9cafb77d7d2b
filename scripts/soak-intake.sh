#!/usr/bin/env bash
# Long crash soak of the webhook intake (not run by CI): tests/engine/tst_intakecrash with many
# more SIGKILLs per round and a fresh random seed each round. Stops at the first acknowledged
# webhook lost, duplicate, or damaged database and prints the seed that reproduces it
# (SB_INTAKE_SEED=<seed> SB_INTAKE_CYCLES=... engine_tst_intakecrash).
#   scripts/soak-intake.sh [rounds=10] [kills-per-round=500] [in-flight=4]
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-10}"
kills="${2:-500}"
inflight="${3:-4}"
dir="${SB_BUILD_DIR:-build-soak}"

if [ ! -f "$dir/CMakeCache.txt" ]; then # an existing build dir keeps its own settings
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSB_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$dir" --target engine_tst_intakecrash sb_intake_child

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="sb.*.debug=false;sb.*.info=false;sb.*.warning=false"
for ((round = 1; round <= rounds; round++)); do
    seed=$(((RANDOM << 15) | RANDOM))
    echo "round $round/$rounds: $kills kills, $inflight in flight, seed $seed"
    if ! SB_INTAKE_SEED="$seed" SB_INTAKE_CYCLES="$kills" SB_INTAKE_IN_FLIGHT="$inflight" \
        "$dir/tests/engine/engine_tst_intakecrash" -maxwarnings 0; then
        echo "FAILED: reproduce with SB_INTAKE_SEED=$seed SB_INTAKE_CYCLES=$kills" \
             "SB_INTAKE_IN_FLIGHT=$inflight $dir/tests/engine/engine_tst_intakecrash" >&2
        exit 1
    fi
done
echo "soak passed: $rounds rounds"
