#!/usr/bin/env bash
# Installs what modconsole needs to build and test on Debian or Ubuntu, and
# nothing that is already there: the C libraries it binds (libcurl, ncursesw,
# SQLite) and tmux for the terminal tests. Swift itself must be installed
# (6.x, from swift.org); this script finds it but cannot fetch it.
set -euo pipefail

packages=(libcurl4-openssl-dev libncurses-dev libsqlite3-dev tmux)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        echo "install-deps: installing ${missing[*]} with sudo" >&2
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "install-deps: missing ${missing[*]}; as root, run:" >&2
        echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

if ! command -v swift >/dev/null 2>&1; then
    if [ -x /opt/swift/usr/bin/swift ]; then
        echo "install-deps: add Swift to PATH: export PATH=/opt/swift/usr/bin:\$PATH" >&2
    else
        echo "install-deps: Swift 6 is not installed; get it from https://www.swift.org/install/linux/" >&2
    fi
    exit 1
fi
