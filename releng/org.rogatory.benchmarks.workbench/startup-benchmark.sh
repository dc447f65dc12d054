#!/usr/bin/env bash
# Start-up benchmark (issue 6): cold starts of Rogatory's product to the interactive Trainee perspective with its packs
# loaded, against the bare workbench built from the same target, side by side in one run. BENCHMARKS.md, "Workbench
# benchmarks", explains what is measured; build both products first:
#   ./mvnw -B -ntp verify -DskipTests -Dbenchmarks.workbench
#   releng/org.rogatory.benchmarks.workbench/startup-benchmark.sh [--runs N] [--warmup N] [--timeout S]
#       [--class-data-cache on|off] [--with-bundle JAR]...
# --with-bundle measures a copy of the product with an extra bundle installed (added to bundles.info), for example a
# pack plug-in built on another branch before the product includes it; the summary then names the bundles.
# Both are started through the same launch script (rogatory), with the same JVM and options, each run with a fresh
# workspace, a fresh configuration area (copied from the pristine one) and a fresh user home. The launch script's
# class-data cache (Java 25 or newer) is kept in the benchmark's own folder, made anew by each run of this script: the
# warm-up round records one for each workbench and the measured rounds use it, as a user's starts after the first do.
# --class-data-cache off measures both without one, as on the very first start. Without a display the script runs
# itself under Xvfb.
set -u
cd "$(dirname "$0")/../.."
root=$(pwd)

runs=10
warmup=1
timeout_s=120
work="$root/releng/org.rogatory.benchmarks.workbench/target/startup"
product="$root/releng/org.rogatory.product/target/products/org.rogatory.product/linux/gtk/x86_64/rogatory"
bare="$root/releng/org.rogatory.benchmarks.workbench/org.rogatory.benchmarks.bare.product/target/products/org.rogatory.benchmarks.bare.product/linux/gtk/x86_64/bare"
target_ratio=1.2
extra=()
class_data=on
product_perspective=org.rogatory.ui.perspectives.trainee
bare_perspective=org.rogatory.benchmarks.bare.perspective

while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --product) product=$2; shift 2 ;;
    --bare) bare=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --with-bundle) extra+=("$(realpath "$2")"); shift 2 ;;
    --class-data-cache) class_data=$2; shift 2 ;;
    *) echo "unknown option: $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

if [[ -z "${DISPLAY:-}" ]]; then
  command -v xvfb-run >/dev/null || { echo "no display and no xvfb-run: see releng/scripts/install-prerequisites.sh" >&2; exit 1; }
  again=(--runs "$runs" --warmup "$warmup" --timeout "$timeout_s" --product "$product" --bare "$bare" --work "$work"
    --class-data-cache "$class_data")
  for jar in "${extra[@]}"; do again+=(--with-bundle "$jar"); done
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "${again[@]}"
fi

case $class_data in
  on) if (( warmup < 1 )); then warmup=1; echo "one warm-up round, which records the class-data caches"; fi ;;
  off) ;;
  *) echo "--class-data-cache takes on or off, not '$class_data'" >&2; exit 2 ;;
esac

for install in "$product" "$bare"; do
  [[ -x "$install/rogatory" ]] || { echo "no launch script at $install/rogatory: build with -Dbenchmarks.workbench first" >&2; exit 1; }
done

rm -rf "$work" && mkdir -p "$work"

# A copy of the product with the extra bundles installed the way p2 would leave them: in plugins/ and in bundles.info.
if [[ ${#extra[@]} -gt 0 ]]; then
  cp -r "$product" "$work/product-copy"
  product="$work/product-copy"
  for jar in "${extra[@]}"; do
    manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r')
    bsn=$(sed -n 's/^Bundle-SymbolicName: *\([^;]*\).*/\1/p' <<<"$manifest")
    version=$(sed -n 's/^Bundle-Version: *//p' <<<"$manifest")
    cp "$jar" "$product/plugins/${bsn}_${version}.jar"
    echo "$bsn,$version,plugins/${bsn}_${version}.jar,4,false" \
      >>"$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
    echo "extra bundle in the product copy: $bsn $version ($jar)"
  done
fi
csv="$work/runs.csv"
echo "round,which,wall_ms,jvm_ms,cpu_ms,packs,cases,perspective,class_data" >"$csv"

# The configuration area as the build materialized it: config.ini and the simple configurator's bundle list only, so
# no OSGi framework cache, extracted native library or p2 state from an earlier start carries over.
pristine() {
  local from=$1/configuration to=$2
  mkdir -p "$to"
  cp "$from/config.ini" "$to/"
  cp -r "$from/org.eclipse.equinox.simpleconfigurator" "$to/"
}
pristine "$product" "$work/pristine/product"
pristine "$bare" "$work/pristine/bare"

# One cold start: start_once <which> <install folder> <run folder> <expected perspective>. Prints
# "wall_ms jvm_ms cpu_ms packs cases perspective class_data", or fails when the workbench does not report that
# perspective, visible. class_data is "mapped" when the JVM mapped a class-data cache, otherwise "none".
start_once() {
  local which=$1 install=$2 dir=$3 perspective=$4
  rm -rf "$dir" && mkdir -p "$dir/home"
  cp -r "$work/pristine/$which" "$dir/configuration"
  local cache_switch=on launched
  [[ $class_data == off ]] && cache_switch=off
  local vmargs="-Duser.home=$dir/home -Drogatory.probe.readyFile=$dir/ready -Drogatory.probe.exitWhenReady=true"
  launched=$(date +%s%N)
  ROGATORY_CACHE="$work/cache" ROGATORY_AOT_CACHE=$cache_switch \
    ROGATORY_VMARGS="$vmargs -Xlog:aot=info:file=$dir/aot.log" \
    timeout --kill-after=10 "$timeout_s" "$install/rogatory" -data "$dir/workspace" -configuration "$dir/configuration" \
    -consoleLog >"$dir/console.log" 2>&1
  local code=$?
  if [[ ! -f "$dir/ready" ]]; then
    echo "$which did not report ready (exit code $code); see $dir/console.log" >&2
    return 1
  fi
  if ! grep -qx 'visible=true' "$dir/ready" || ! grep -qx "perspective=$perspective" "$dir/ready"; then
    echo "$which reported a wrong state (expected perspective $perspective, visible): $(tr '\n' ' ' <"$dir/ready")" >&2
    return 1
  fi
  # The report is written to a temporary file and renamed: its modification time is the moment of readiness.
  local ready_ns wall_ms jvm_ms
  ready_ns=$(stat -c %.9Y "$dir/ready" | tr -d .)
  wall_ms=$(( (ready_ns - launched) / 1000000 ))
  jvm_ms=$(sed -n 's/^millisSinceJvmStart=//p' "$dir/ready")
  local mapped=none
  grep -q 'Mapped static' "$dir/aot.log" 2>/dev/null && mapped=mapped
  local field values=()
  for field in cpuMillis packs cases perspective; do values+=("$(sed -n "s/^$field=//p" "$dir/ready")"); done
  echo "$wall_ms $jvm_ms ${values[*]} $mapped"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Start-up benchmark: $runs rounds (+$warmup warm-up) of bare and product, alternating;" \
  "class-data cache $class_data; load average $load_before"
for ((w = 1; w <= warmup; w++)); do
  start_once bare "$bare" "$work/warmup-bare" "$bare_perspective" >/dev/null || exit 1
  start_once product "$product" "$work/warmup-product" "$product_perspective" >/dev/null || exit 1
done
for ((r = 1; r <= runs; r++)); do
  # Alternate which goes first (bare-product, product-bare, ...), so a drift in machine load hits both alike.
  if (( r % 2 )); then order="bare product"; else order="product bare"; fi
  for which in $order; do
    if [[ $which == bare ]]; then install=$bare p=$bare_perspective; else install=$product p=$product_perspective; fi
    result=$(start_once "$which" "$install" "$work/$which-$r" "$p") || exit 1
    read -r wall jvm cpu packs cases perspective mapped <<<"$result"
    echo "$r,$which,$wall,$jvm,$cpu,$packs,$cases,$perspective,$mapped" >>"$csv"
    printf '  round %2d  %-7s %6d ms to ready (%6d ms since JVM start, %6d ms of processor time)  packs=%s cases=%s' \
      "$r" "$which" "$wall" "$jvm" "$cpu" "$packs" "$cases"
    [[ $mapped == mapped ]] && printf ' (class-data cache)'
    echo
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# min, median, p90 (nearest rank) and max of one column for one workbench.
stats() {
  awk -F, -v w="$1" -v c="$2" 'NR > 1 && $2 == w { print $c }' "$csv" | sort -n | awk '
    { v[NR] = $1 }
    END {
      n = NR; med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      p90 = v[int(0.9 * n + 0.999999)]
      printf "%d %d %d %d", v[1], med, p90, v[n]
    }'
}
read -r bw_min bw_med bw_p90 bw_max <<<"$(stats bare 3)"
read -r pw_min pw_med pw_p90 pw_max <<<"$(stats product 3)"
read -r bj_min bj_med bj_p90 bj_max <<<"$(stats bare 4)"
read -r pj_min pj_med pj_p90 pj_max <<<"$(stats product 4)"
read -r bc_min bc_med bc_p90 bc_max <<<"$(stats bare 5)"
read -r pc_min pc_med pc_p90 pc_max <<<"$(stats product 5)"
ratio=$(awk -v p="$pw_med" -v b="$bw_med" 'BEGIN { printf "%.2f", p / b }')
ratio_jvm=$(awk -v p="$pj_med" -v b="$bj_med" 'BEGIN { printf "%.2f", p / b }')
verdict=$(awk -v r="$ratio" -v t="$target_ratio" 'BEGIN { print (r <= t) ? "PASS" : "FAIL" }')
last_product=$(awk -F, '$2 == "product" { line = $0 } END { print line }' "$csv")
mapped_bare=$(awk -F, '$2 == "bare" && $9 == "mapped"' "$csv" | wc -l)
mapped_product=$(awk -F, '$2 == "product" && $9 == "mapped"' "$csv" | wc -l)

{
  echo
  echo "Start-up benchmark, $runs rounds, $(nproc) cores, load average $load_before at the start and $load_after at the end"
  echo "product: $product"
  echo "bare:    $bare"
  echo "class-data cache $class_data: mapped in $mapped_bare of $runs bare starts" \
    "and $mapped_product of $runs product starts"
  echo "product loaded: packs=$(cut -d, -f6 <<<"$last_product") cases=$(cut -d, -f7 <<<"$last_product") perspective=$(cut -d, -f8 <<<"$last_product")"
  printf '%-42s %8s %8s %8s %8s\n' "(ms)" min median p90 max
  printf '%-42s %8d %8d %8d %8d\n' "bare, launch to ready (wall clock)" "$bw_min" "$bw_med" "$bw_p90" "$bw_max"
  printf '%-42s %8d %8d %8d %8d\n' "product, launch to ready (wall clock)" "$pw_min" "$pw_med" "$pw_p90" "$pw_max"
  printf '%-42s %8d %8d %8d %8d\n' "bare, JVM start to ready (in process)" "$bj_min" "$bj_med" "$bj_p90" "$bj_max"
  printf '%-42s %8d %8d %8d %8d\n' "product, JVM start to ready (in process)" "$pj_min" "$pj_med" "$pj_p90" "$pj_max"
  printf '%-42s %8d %8d %8d %8d\n' "bare, processor time to ready (all threads)" "$bc_min" "$bc_med" "$bc_p90" "$bc_max"
  printf '%-42s %8d %8d %8d %8d\n' "product, processor time to ready" "$pc_min" "$pc_med" "$pc_p90" "$pc_max"
  echo "ratio of medians, product / bare: $ratio (wall clock), $ratio_jvm (in process)"
  echo "$verdict: $ratio against the target of at most $target_ratio"
  echo "per run: $csv"
} | tee "$work/summary.txt"
