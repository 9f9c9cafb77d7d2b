#!/usr/bin/env bash
# Runs CMD with a private D-Bus session bus and an unlocked GNOME Keyring as the Secret Service, so
# keychain code is tested against the real thing without touching the user's own keyrings (the
# keyring files live in a throwaway directory). Nested calls reuse the outer keyring.
#   scripts/with-keyring.sh CMD [ARGS...]
set -euo pipefail

if [ "${SB_TEST_KEYRING:-}" = "1" ]; then
    exec "$@"
fi

if [ "${1:-}" != "--inside-bus" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null; then
            echo "with-keyring.sh: $tool is missing (bash scripts/deps.sh installs dbus and gnome-keyring)" >&2
            exit 2
        fi
    done
    # dbus-run-session ends the bus (and with it the keyring daemon) when CMD exits.
    exec dbus-run-session -- bash "$0" --inside-bus "$@"
fi
shift

home="$(mktemp -d /tmp/sb-keyring.XXXXXX)"
daemon=""
cleanup() {
    # The bus would end the daemon too, but only after this script: stop it first, then its files.
    if [ -n "$daemon" ] && kill "$daemon" 2>/dev/null; then
        for _ in $(seq 100); do kill -0 "$daemon" 2>/dev/null || break; sleep 0.05; done
    fi
    rm -rf "$home" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -m 700 "$home/data" "$home/runtime"
# The daemon creates a "login" keyring protected by this password and unlocks it, so no prompt
# is ever needed; it is the default collection the Secret Service clients write to.
if ! printf 'switchboard-test' | XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" \
    gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
    echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
    exit 2
fi
# The daemon claims its bus name shortly after the command returns: wait for it (10 s at most),
# or the first client would have D-Bus start another keyring in the user's real home.
for _ in $(seq 200); do
    daemon="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets \
        2>/dev/null | awk '/uint32/ {print $2}' || true)"
    [ -n "$daemon" ] && break
    sleep 0.05
done
if [ -z "$daemon" ]; then
    echo "with-keyring.sh: the Secret Service (org.freedesktop.secrets) did not appear on the bus" >&2
    exit 2
fi
export SB_TEST_KEYRING=1
status=0
"$@" || status=$?
exit "$status"
