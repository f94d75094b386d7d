#!/usr/bin/env bash
# Installs what is missing, builds, starts the simulated guild on loopback and
# runs `modconsole check` against it; the guild keeps serving until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/install-deps.sh
swift build --product modconsole
bin=.build/debug/modconsole

exports=$(mktemp)
trap 'kill "$sim" 2>/dev/null; rm -f "$exports"' EXIT
"$bin" simulate "$@" >"$exports" &
sim=$!
for _ in $(seq 100); do grep -q '^export DISCORD_AUDIT_CHANNEL_ID' "$exports" && break; sleep 0.1; done
cat "$exports"
# shellcheck disable=SC1090
source <(grep '^export ' "$exports")
echo
"$bin" check || true
echo
echo "The simulated guild is serving at $DISCORD_API_BASE; Ctrl-C stops it."
wait "$sim"
