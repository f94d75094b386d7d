#!/usr/bin/env bash
# Installs what is missing, builds, and opens the console on a simulated
# guild served on loopback (live traffic, the offline classifier, a temporary
# store). No Discord account and no configuration. Arguments go to
# `modconsole demo` (try --theme light, --seed 7, --headless).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/install-deps.sh
swift build -c release --product modconsole
exec .build/release/modconsole demo "$@"
