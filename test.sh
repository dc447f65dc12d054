#!/usr/bin/env bash
# Runs every test: each bundle's JUnit tests, the UI tests inside the real workbench, the product smoke test and the
# install-from-update-site test. The UI tests need a display; without one this script uses a virtual one (Xvfb).
# Extra arguments go to Maven, for example: ./test.sh -o (offline, once the local repository is warm).
set -euo pipefail
cd "$(dirname "$0")"

if [[ "$(uname -s)" == Linux && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "test.sh: no display and no xvfb-run. Install the prerequisites first:" >&2
    echo "  sudo bash releng/scripts/install-prerequisites.sh" >&2
    exit 1
  fi
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

exec ./mvnw -B -ntp clean verify "$@"
