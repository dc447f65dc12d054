#!/usr/bin/env bash
# Takes the README's screenshots: starts the real workbench in the UI test harness, opens a case of the built-in pack,
# plays half of its reference path, and saves the workbench and each main view as PNG files in docs/screenshots/.
# Usage: releng/scripts/screenshots.sh [extra Maven options, e.g. -o]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/docs/screenshots"
mkdir -p "$out"
run=()
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "screenshots.sh: no display and no xvfb-run; install Xvfb (releng/scripts/install-prerequisites.sh)" >&2; exit 2; }
    run=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
"${run[@]}" ./mvnw -B -ntp verify "$@" \
    -pl features/org.rogatory.feature,features/org.rogatory.pack.essentials.feature,bundles/org.rogatory.ui.tests -am \
    -DskipTests=false -Dtest=DocumentationScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
    -Drogatory.docs.screenshots="$out"
echo "Screenshots written to $out:"
ls -1 "$out"
