#!/usr/bin/env bash
# Builds Rogatory when the sources are newer than the last build (or there is none), then starts the workbench for
# this machine. Arguments go to the product, for example: ./start.sh --headless --help
set -euo pipefail
cd "$(dirname "$0")"

case "$(uname -s)/$(uname -m)" in
  Linux/x86_64)  platform=linux/gtk/x86_64 ;;
  Darwin/arm64)  platform=macosx/cocoa/aarch64 ;;
  Darwin/x86_64) platform=macosx/cocoa/x86_64 ;;
  *) echo "start.sh: no product is built for $(uname -s)/$(uname -m). Products: linux x86_64, macOS, Windows (rogatory.cmd)." >&2
     exit 1 ;;
esac
product="releng/org.rogatory.product/target/products/org.rogatory.product/$platform/rogatory"
# Every build writes the product's config.ini anew. (The launch script cannot tell the build's time: it keeps its
# source's time stamp, rounded down to the 2 s of a zip entry, so it always looked older than its own source.)
built="$product/configuration/config.ini"

stale() {
  [[ ! -x "$product/rogatory" || ! -f "$built" ]] && return 0
  [[ -n $(find pom.xml .mvn bundles features releng scenarios -newer "$built" -type f \
            -not -path '*/target/*' -not -path '*/bin/*' -print -quit 2>/dev/null) ]]
}

if stale; then
  echo "start.sh: building Rogatory (tests are skipped here; ./test.sh runs them)..."
  ./mvnw -B -ntp -q verify -DskipTests
fi
exec "$product/rogatory" "$@"
