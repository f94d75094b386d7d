# Shared by Benchmarks/parts/console.sh and scripts/measure-idle-cpu.sh
# (sourced, not run): the simulated guild and a store of N messages made
# honestly, in a scratch folder that stands in for the user's home.
#
#   source Benchmarks/harness/console_store.sh
#   console_private_home WORK           # HOME, XDG_* to WORK; no user config or store is read
#   console_simulator BIN WORK [EVERY]  # the guild on loopback (traffic every EVERY s, 0: none);
#                                       # exports DISCORD_*, sets CONSOLE_SIM_PID (the caller kills it)
#   console_store BIN WORK MESSAGES     # WORK/store.sqlite with MESSAGES messages
#
# The store: BIN polls the simulator's backlog into a scratch store (real
# rows, real verdicts); those rows are the templates for the older history,
# inserted by SQL into a second store with the same schema
# (Benchmarks/harness/console_store.py); then BIN polls the backlog into that
# store too, so the newest rows are real ones.

console_harness_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

console_private_home() {
    export HOME="$1" XDG_CONFIG_HOME="$1/config" XDG_DATA_HOME="$1/data"
    unset MODCONSOLE_CONFIG MODCONSOLE_DB
}

console_simulator() {
    local bin="$1" work="$2" every="${3:-0}"
    "$bin" simulate --traffic-every "$every" > "$work/simulator.env" &
    CONSOLE_SIM_PID=$!
    for _ in $(seq 300); do grep -q DISCORD_AUDIT_CHANNEL_ID "$work/simulator.env" 2>/dev/null && break; sleep 0.1; done
    grep -q DISCORD_AUDIT_CHANNEL_ID "$work/simulator.env" || { echo "the simulator did not start" >&2; return 1; }
    eval "$(grep '^export ' "$work/simulator.env")"
}

console_store() {
    local bin="$1" work="$2" messages="$3"
    "$bin" run --headless --once --db "$work/templates.sqlite" > /dev/null 2>&1
    cp "$work/templates.sqlite" "$work/store.sqlite"
    python3 "$console_harness_dir/console_store.py" "$work/store.sqlite" "$messages"
    "$bin" run --headless --once --db "$work/store.sqlite" > /dev/null 2>&1
}
