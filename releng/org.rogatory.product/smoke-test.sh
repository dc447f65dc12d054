#!/usr/bin/env bash
# Product smoke test: starts a materialized Rogatory product as a person would (through its launch script), waits for
# the workbench to report that the Trainee perspective is showing, and fails when that takes more than 60 s, when the
# workbench does not exit cleanly afterwards, or when the log holds an error. When the launch script records a
# class-data cache (Java 25 or newer), it starts the workbench a second time and fails unless the JVM maps that cache.
# It also runs the headless command line through the same script and checks its exit codes.
#   smoke-test.sh <product folder> <work folder>
set -u
product=${1:?product folder}
work=${2:?work folder}
timeout_s=${ROGATORY_SMOKE_TIMEOUT:-60}

current=""
fail() { echo "SMOKE TEST FAILED: $*" >&2; [[ -f "$current" ]] && tail -n 40 "$current" >&2; exit 1; }

[[ -x "$product/rogatory" ]] || fail "no launch script at $product/rogatory (was the product materialized?)"
[[ -n "${DISPLAY:-}" ]] || fail "no display. Run the tests with the README's test command, which provides one (Xvfb)."
rm -rf "$work" && mkdir -p "$work"

# One start of the workbench: start_workbench <name>. Its files go to $work/<name>; sets elapsed_ms.
start_workbench() {
  local run="$work/$1" start code log
  mkdir -p "$run/home"
  start=$(date +%s%N)
  local vmargs="-Duser.home=$run/home -Drogatory.probe.readyFile=$run/ready -Drogatory.probe.exitWhenReady=true"
  ROGATORY_VERBOSE=1 ROGATORY_CACHE="$work/cache" ROGATORY_VMARGS="$vmargs -Xlog:aot=info:file=$run/aot.log" \
    timeout --kill-after=10 "$timeout_s" "$product/rogatory" -consoleLog >"$run/console.log" 2>&1
  code=$?
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  current="$run/console.log"
  [[ $code -eq 124 || $code -eq 137 ]] && fail "$1 start: the workbench did not come up and close within ${timeout_s}s"
  [[ -f "$run/ready" ]] || fail "$1 start: the workbench exited (code $code) without reporting that it was up"
  grep -qx 'perspective=org.rogatory.ui.perspectives.trainee' "$run/ready" || fail "wrong perspective: $(cat "$run/ready")"
  grep -qx 'title=Rogatory' "$run/ready" || fail "wrong window title: $(cat "$run/ready")"
  grep -qx 'visible=true' "$run/ready" || fail "the window was not visible"
  [[ $code -eq 0 ]] || fail "$1 start: the workbench exited with code $code"
  log="$run/home/.rogatory/workspace/.metadata/.log"
  # Severity 4 is ERROR in the Eclipse log format ("!ENTRY <bundle> <severity> ...").
  if grep -q '^!ENTRY [^ ]* 4 ' "$run/console.log" ${log:+$( [[ -f $log ]] && echo "$log")}; then
    fail "the log shows an error: $(grep -h -A2 '^!ENTRY [^ ]* 4 ' "$run/console.log" 2>/dev/null | head -n 6)"
  fi
}

start_workbench first
first_ms=$elapsed_ms
# The class-data cache (the launch script, Java 25 or newer): the first start records it, the second must map it.
cache_note=$(sed -n 's/^rogatory: class-data cache: //p' "$work/first/console.log")
if [[ $cache_note == recording* ]]; then
  ls "$work"/cache/class-data/*.aot >/dev/null 2>&1 ||
    fail "the first start recorded no class-data cache in $work/cache/class-data"
  start_workbench second
  grep -q '^rogatory: class-data cache: using' "$work/second/console.log" ||
    fail "the second start did not use the class-data cache: $(grep 'class-data cache' "$work/second/console.log")"
  grep -q 'Mapped static' "$work/second/aot.log" ||
    fail "the JVM did not map the class-data cache: $(grep -v '\[info' "$work/second/aot.log" | head -n 3)"
  started="in ${first_ms} ms, and in ${elapsed_ms} ms with the class-data cache it recorded"
else
  started="in ${first_ms} ms (class-data cache: ${cache_note:-no word from the launch script})"
fi
# The headless command line through the real launcher: exit codes are the contract with scripts.
"$product/rogatory" --headless --version >"$work/cli-version.txt" 2>&1 || fail "'rogatory --headless --version' failed"
grep -q '^Rogatory [0-9]' "$work/cli-version.txt" || fail "unexpected version output: $(cat "$work/cli-version.txt")"
"$product/rogatory" --headless --no-such-option >"$work/cli-unknown.txt" 2>&1
cli_code=$?
[[ $cli_code -eq 2 ]] || fail "an unknown option must exit with 2, got $cli_code"
echo "Product smoke test passed: Trainee perspective up and closed cleanly $started ($product)"
