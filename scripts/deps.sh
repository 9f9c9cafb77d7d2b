#!/usr/bin/env bash
# Installs the Debian 12 packages Switchboard needs to build, run and test. Idempotent and quick
# when everything is already present. Needs root (or sudo).
set -euo pipefail

packages=(
    cmake ninja-build g++ clang-format clang-tidy
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-l10n-tools qt6-tools-dev
    qt6-tools-dev-tools qt6-translations-l10n libxkbcommon-dev libgl-dev libsqlite3-dev
    postgresql gnome-keyring dbus dbus-x11 xvfb xauth fonts-noto-color-emoji
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
