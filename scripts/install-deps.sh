#!/usr/bin/env bash
# Installs what modconsole needs to build and test on Debian or Ubuntu, and
# nothing that is already there: the C libraries it binds (libcurl, ncursesw,
# SQLite), tmux for the terminal tests, and an OpenSSH server and client for
# the over-SSH suite, which starts its own sshd on a loopback port: the
# system's sshd is never started (a temporary policy-rc.d forbids it during
# the install). Swift itself must be installed (6.x, from swift.org); this
# script finds it but cannot fetch it.
set -euo pipefail

packages=(libcurl4-openssl-dev libncurses-dev libsqlite3-dev tmux openssh-server openssh-client)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

# Installing openssh-server would start the system's sshd on port 22; a
# policy-rc.d that exits 101 tells invoke-rc.d to start no service. Only ours
# is removed afterwards, and only if there was none before.
forbid_service_starts() {
    local as=("$@")
    [ -e /usr/sbin/policy-rc.d ] && return 0
    "${as[@]}" sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
    # shellcheck disable=SC2064 # expand the prefix now, not at exit
    trap "${as[*]} rm -f /usr/sbin/policy-rc.d" EXIT
}

if ((${#missing[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
        forbid_service_starts
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        echo "install-deps: installing ${missing[*]} with sudo" >&2
        forbid_service_starts sudo
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
