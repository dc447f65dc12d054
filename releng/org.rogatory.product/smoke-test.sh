#!/usr/bin/env bash
# Product smoke test: starts a materialized Rogatory product as a person would (through its launch script), waits for
# the workbench to report that the Trainee perspective is showing, and fails when that takes more than 60 s, when the
# workbench does not exit cleanly afterwards, or when the log holds an error. It also runs the headless command line
# through the same script and checks its exit codes.
#   smoke-test.sh <product folder> <work folder>
set -u
product=${1:?product folder}
work=${2:?work folder}
timeout_s=${ROGATORY_SMOKE_TIMEOUT:-60}

fail() { echo "SMOKE TEST FAILED: $*" >&2; [[ -f "$work/console.log" ]] && tail -n 40 "$work/console.log" >&2; exit 1; }

[[ -x "$product/rogatory" ]] || fail "no launch script at $product/rogatory (was the product materialized?)"
[[ -n "${DISPLAY:-}" ]] || fail "no display. Run the tests with the README's test command, which provides one (Xvfb)."
rm -rf "$work" && mkdir -p "$work/home"

start=$(date +%s%N)
ROGATORY_VMARGS="-Duser.home=$work/home -Drogatory.probe.readyFile=$work/ready -Drogatory.probe.exitWhenReady=true" \
  timeout --kill-after=10 "$timeout_s" "$product/rogatory" -consoleLog >"$work/console.log" 2>&1
code=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))

[[ $code -eq 124 || $code -eq 137 ]] && fail "the workbench did not come up and close within ${timeout_s}s"
[[ -f "$work/ready" ]] || fail "the workbench exited (code $code) without reporting that it was up"
grep -qx 'perspective=org.rogatory.ui.perspectives.trainee' "$work/ready" || fail "wrong perspective: $(cat "$work/ready")"
grep -qx 'title=Rogatory' "$work/ready" || fail "wrong window title: $(cat "$work/ready")"
grep -qx 'visible=true' "$work/ready" || fail "the window was not visible"
[[ $code -eq 0 ]] || fail "the workbench exited with code $code"
log="$work/home/.rogatory/workspace/.metadata/.log"
# Severity 4 is ERROR in the Eclipse log format ("!ENTRY <bundle> <severity> ...").
if grep -q '^!ENTRY [^ ]* 4 ' "$work/console.log" ${log:+$( [[ -f $log ]] && echo "$log")}; then
  fail "the log shows an error: $(grep -h -A2 '^!ENTRY [^ ]* 4 ' "$work/console.log" 2>/dev/null | head -n 6)"
fi
# The headless command line through the real launcher: exit codes are the contract with scripts.
"$product/rogatory" --headless --version >"$work/cli-version.txt" 2>&1 || fail "'rogatory --headless --version' failed"
grep -q '^Rogatory [0-9]' "$work/cli-version.txt" || fail "unexpected version output: $(cat "$work/cli-version.txt")"
"$product/rogatory" --headless --no-such-option >"$work/cli-unknown.txt" 2>&1
cli_code=$?
[[ $cli_code -eq 2 ]] || fail "an unknown option must exit with 2, got $cli_code"
echo "Product smoke test passed: Trainee perspective up and closed cleanly in ${elapsed_ms} ms ($product)"
