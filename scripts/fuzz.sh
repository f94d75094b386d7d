#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each one, starting from its
# seeds in Fuzz/Corpus/<target>/ and the crashers already kept in
# Fuzz/Crashers/<target>/. A new crasher is kept in Fuzz/Crashers/<target>/
# (FuzzRegressionTests replay it) and fails the run. Prints one line per
# target: executions, new inputs found, crashes.
#
#   MODCONSOLE_FUZZ_RUNS=N      N inputs per target from a fixed seed (CI: a
#                               fixed budget; a crash is a defect, never luck,
#                               though runs still differ a little, see below);
#   MODCONSOLE_FUZZ_SECONDS=S   otherwise S seconds per target from a random
#                               seed (default 10; 600 or more for a long hunt).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
seconds="${MODCONSOLE_FUZZ_SECONDS:-10}"
runs="${MODCONSOLE_FUZZ_RUNS:-}"
if [ -n "$runs" ]; then
    budget=(-runs="$runs" -seed=1) label="runs=$runs seed=1"
    # Swift seeds its hash tables at random per process, which changes the
    # coverage libFuzzer sees and so the inputs it makes; fix that seed too.
    # Runs still differ a little (new inputs found vary by a few per cent, so
    # something else, such as addresses, reaches coverage): a crasher found in
    # CI is replayed from Fuzz/Crashers, not by rerunning the fuzzer.
    export SWIFT_DETERMINISTIC_HASHING=1
else
    budget=(-max_total_time="$seconds") label="seconds=$seconds"
fi

(cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)

# Leaks are not what these targets look for, and the Swift runtime's caches read as ones.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
targets="FuzzDiscordJSON:discord-json FuzzChatReply:chat-reply FuzzText:text FuzzRateLimitHeaders:rate-limit-headers FuzzConfig:config FuzzTheme:theme"
for pair in $targets; do
    executable="${pair%%:*}" target="${pair##*:}"
    crashers="Fuzz/Crashers/$target"
    mkdir -p "$crashers" "$work/$target"
    # New inputs go to a scratch copy, so a run never grows the committed seeds.
    cp Fuzz/Corpus/"$target"/* "$work/$target/"
    dictionary=()
    [ -f "Fuzz/Dictionaries/$target.dict" ] && dictionary=(-dict="Fuzz/Dictionaries/$target.dict")
    before=$(find "$crashers" -type f | wc -l)
    status=0
    "Fuzz/.build/release/$executable" "$work/$target" "$crashers" "${dictionary[@]}" \
        "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashers/" >"$work/$target.log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -1)
    found=$(( $(find "$work/$target" -type f | wc -l) - $(find "Fuzz/Corpus/$target" -type f | wc -l) ))
    crashes=$(( $(find "$crashers" -type f | wc -l) - before ))
    echo "fuzz $target: $label executions=${executions:-0} new_inputs=$found crashes=$crashes"
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        grep -m1 -E 'Fatal error|ERROR: (libFuzzer|AddressSanitizer)' "$work/$target.log" || tail -5 "$work/$target.log"
        find "$crashers" -type f -newer "$work" -printf '  kept %p\n'
    fi
done
exit "$failed"
