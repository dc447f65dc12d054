#!/usr/bin/env bash
# Launch script test: runs Rogatory's shell launch script (features/org.rogatory.feature/rootfiles/unix/rogatory) in a
# made-up installation with a stand-in for java, and checks what it hands the JVM: which Java it picks and what it
# decides about the class-data cache (recording one, using it, recording again after the JVM refused it, leaving it to
# a start that is already recording, giving up after three failed recordings, turned off). No JVM is started, so this
# runs in a second; the product smoke test checks the same cache with the real JVM.
#   launcher-test.sh <launch script> <work folder>
set -u
script=${1:?launch script}
work=${2:?work folder}
failures=0
checks=0

rm -rf "$work" && mkdir -p "$work"
install="$work/install"
mkdir -p "$install/plugins" "$install/configuration/org.eclipse.equinox.simpleconfigurator"
cp "$script" "$install/rogatory" && chmod +x "$install/rogatory"
: >"$install/plugins/org.eclipse.equinox.launcher_1.7.100.jar"
echo "org.rogatory.ui,0.1.0,plugins/org.rogatory.ui_0.1.0.jar,4,false" \
  >"$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

# The stand-in answers -XshowSettings like a JVM of version FAKE_MAJOR, and otherwise writes its arguments, one per
# line, to FAKE_ARGS; asked to record a cache, it writes one (unless FAKE_NO_CACHE is set), as the JVM does at exit.
fake_java="$work/java"
cat >"$fake_java" <<'EOF'
#!/usr/bin/env bash
if [[ " $* " == *" -XshowSettings:properties "* ]]; then
  printf '    java.specification.version = %s\n    java.vm.vendor = Stand-in\n    java.vm.version = %s\n' \
    "$FAKE_MAJOR" "${FAKE_BUILD:-$FAKE_MAJOR.0.1+1}" >&2
  exit 0
fi
printf '%s\n' "$@" >"$FAKE_ARGS"
for arg in "$@"; do
  case $arg in -XX:AOTCacheOutput=*) [[ -n ${FAKE_NO_CACHE:-} ]] || echo "cache" >"${arg#*=}" ;; esac
done
exit 0
EOF
chmod +x "$fake_java"

cache_dir="$work/cache/class-data"
# launch <java major> [arguments...]: runs the launch script; its arguments end up in $work/args, its messages in
# $work/messages.
launch() {
  local major=$1
  shift
  rm -f "$work/args"
  env -u JAVA_HOME DISPLAY=:99 ROGATORY_JAVA="$fake_java" ROGATORY_CACHE="${CACHE_DIR-$work/cache}" \
    ROGATORY_VERBOSE=1 FAKE_MAJOR="$major" FAKE_ARGS="$work/args" "$install/rogatory" "$@" 2>"$work/messages"
}

check() {
  local what=$1
  shift
  checks=$((checks + 1))
  if "$@"; then
    echo "  ok    $what"
  else
    failures=$((failures + 1))
    echo "  FAIL  $what"
    echo "        arguments: $(tr '\n' ' ' <"$work/args" 2>/dev/null)"
    echo "        messages:  $(tr '\n' ' ' <"$work/messages" 2>/dev/null)"
  fi
}
has_arg() { grep -qxF -- "$1" "$work/args"; }
has_arg_like() { grep -q -- "$1" "$work/args"; }
said() { grep -q -- "$1" "$work/messages"; }
caches() { find "$cache_dir" -maxdepth 1 -name '*.aot' | sort; }
lock_of() { echo "$1.recording"; }

echo "Launch script test ($script)"

launch 21
check "Java 21: the workbench starts without a class-data cache" \
  bash -c '! grep -q -- "-XX:AOT" "$0" && grep -q "needs Java 25 or newer" "$1"' "$work/args" "$work/messages"
check "Java 21: the launcher jar is started" has_arg "$install/plugins/org.eclipse.equinox.launcher_1.7.100.jar"

launch 25
first=$(caches | head -n 1)
check "Java 25, first start: records a cache" has_arg_like "^-XX:AOTCacheOutput=$cache_dir/"
check "the stand-in wrote one cache" test "$(caches | wc -l)" -eq 1
check "JVM warnings about the cache are kept off the console" has_arg "-Xlog:aot*=off"
check "the recording start holds the lock with its process id and one attempt" \
  bash -c '[[ -s "$0/pid" && $(cat "$0/attempts") == 1 ]]' "$(lock_of "$first")"

launch 25
check "second start: uses that cache" has_arg "-XX:AOTCache=$first"
check "second start: the JVM's complaints go to the cache's log" has_arg_like "^-Xlog:aot=warning:file=$first.log"
check "second start: the lock is gone" test ! -e "$(lock_of "$first")"

launch 25 -data "$work/workspace" -consoleLog
check "workbench arguments are passed on after the launcher's" \
  bash -c 'tail -n 3 "$0" | tr "\n" " " | grep -q -- "-data .*/workspace -consoleLog"' "$work/args"

ROGATORY_VMARGS="-Dsome.property=1 -Xlog:gc:file=$work/gc.log" launch 25
check "properties and logging options in ROGATORY_VMARGS keep the same cache" has_arg "-XX:AOTCache=$first"

ROGATORY_VMARGS="-Xmx3g" launch 25
check "another JVM option: records a cache of its own" has_arg_like "^-XX:AOTCacheOutput=$cache_dir/"
check "another JVM option: the option is passed on" has_arg "-Xmx3g"
check "the cache for the other options replaced the first (one per installation)" \
  bash -c '[[ $(find "$0" -maxdepth 1 -name "*.aot" | wc -l) -eq 1 && ! -e "$1" ]]' "$cache_dir" "$first"
FAKE_NO_CACHE=1 ROGATORY_VMARGS="-Xmx2g" launch 25
launch 25
check "a recording for options no longer used leaves no lock behind" \
  test "$(find "$cache_dir" -maxdepth 1 -name "*.recording" | wc -l)" -eq 1

launch 25
second=$(caches | head -n 1)
launch 25
check "back to the usual options: uses the cache recorded for them" has_arg "-XX:AOTCache=$second"
FAKE_BUILD=25.0.2+7 launch 25
check "another Java build: records a new cache" has_arg_like "^-XX:AOTCacheOutput=$cache_dir/"
launch 25
third=$(caches | head -n 1)
echo "org.rogatory.pack.extra,1.0.0,plugins/org.rogatory.pack.extra_1.0.0.jar,4,false" \
  >>"$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
launch 25
check "another plug-in installed: records a new cache" has_arg_like "^-XX:AOTCacheOutput=$cache_dir/"
check "another plug-in installed: the new cache has another name" test "$(caches | head -n 1)" != "$third"

current=$(caches | head -n 1)
echo "[0.007s][warning][aot] The AOT cache has been truncated." >"$current.log"
launch 25
check "a cache the JVM refused: recorded again" has_arg "-XX:AOTCacheOutput=$current"
check "a cache the JVM refused: says why" said "The AOT cache has been truncated"
check "a cache the JVM refused: its log is cleared" test ! -s "$current.log"

rm -f "$current"
# A start that is recording holds the lock: its process id (a process called java) and its first attempt.
mkdir -p "$work/recorder" && cp "$(command -v sleep)" "$work/recorder/java"
"$work/recorder/java" 30 &
recording=$!
lock=$(lock_of "$current")
mkdir -p "$lock" && echo "$recording" >"$lock/pid" && echo 1 >"$lock/attempts"
launch 25
check "another start is recording: starts without a cache" bash -c '! grep -q -- "-XX:AOT" "$0"' "$work/args"
check "another start is recording: says so" said "is recording it"
echo "half written" >"$current"
launch 25
check "another start is still writing the cache: starts without it" bash -c '! grep -q -- "-XX:AOT" "$0"' "$work/args"
kill "$recording" 2>/dev/null
wait "$recording" 2>/dev/null
rm -f "$current"

sleep 30 &
stranger=$!
echo "$stranger" >"$lock/pid"
FAKE_NO_CACHE=1 launch 25
check "the lock names a process that is not java (an id used again): records" has_arg "-XX:AOTCacheOutput=$current"
kill "$stranger" 2>/dev/null
wait "$stranger" 2>/dev/null
rm -rf "$lock"
mkdir -p "$lock" && echo 999999999 >"$lock/pid" && echo 1 >"$lock/attempts"

FAKE_NO_CACHE=1 launch 25
check "the recording start is gone: records again" has_arg "-XX:AOTCacheOutput=$current"
check "the attempts are counted" test "$(cat "$(lock_of "$current")/attempts")" -eq 2
FAKE_NO_CACHE=1 launch 25
launch 25
check "three failed recordings: starts without a cache" bash -c '! grep -q -- "-XX:AOT" "$0"' "$work/args"
check "three failed recordings: says how to try again" said "remove $(lock_of "$current") to try again"
rm -rf "$(lock_of "$current")"

ROGATORY_AOT_CACHE=off launch 25
check "ROGATORY_AOT_CACHE=off: no cache" bash -c '! grep -q -- "-XX:AOT" "$0"' "$work/args"
CACHE_DIR=off launch 25
check "ROGATORY_CACHE=off: no cache" bash -c '! grep -q -- "-XX:AOT" "$0" && grep -q "ROGATORY_CACHE=off" "$1"' \
  "$work/args" "$work/messages"
ROGATORY_VMARGS="-XX:AOTCache=$work/mine.aot" launch 25
check "a class-data option of the user's own: only that one" \
  bash -c '[[ $(grep -c -- "-XX:AOT" "$0") -eq 1 ]] && grep -qx -- "-XX:AOTCache=$1/mine.aot" "$0"' "$work/args" "$work"
CACHE_DIR="$work/with space" launch 25
check "a cache folder with a space: no cache, and says why" \
  bash -c '! grep -q -- "-XX:AOT" "$0" && grep -q "no spaces or colons" "$1"' "$work/args" "$work/messages"
CACHE_DIR= HOME="$work/home" XDG_CACHE_HOME=relative/cache launch 25
check "ROGATORY_CACHE unset: the user's cache folder (a relative XDG_CACHE_HOME is ignored)" \
  has_arg_like "^-XX:AOTCacheOutput=$work/home/.cache/rogatory/class-data/"
CACHE_DIR= HOME="$work/home" XDG_CACHE_HOME="$work/xdg" launch 25
check "ROGATORY_CACHE unset: XDG_CACHE_HOME when it is absolute" \
  has_arg_like "^-XX:AOTCacheOutput=$work/xdg/rogatory/class-data/"
launch 25 --headless --version
check "the command line never uses the cache" bash -c '! grep -q -- "-XX:AOT" "$0"' "$work/args"
check "the command line runs the CLI application" has_arg "org.rogatory.cli.application"

echo "$checks checks, $failures failed"
[[ $failures -eq 0 ]] || { echo "LAUNCH SCRIPT TEST FAILED" >&2; exit 1; }
echo "Launch script test passed"
