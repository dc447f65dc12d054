#!/usr/bin/env bash
# Installs what a fresh Debian or Ubuntu machine lacks to build Rogatory and run every test: a Maven to bootstrap
# ./mvnw, Xvfb for the UI tests, and the GTK libraries SWT loads. Needs root (or sudo). Java 21+ is not installed
# here: ./mvnw finds it or says what to install.
set -euo pipefail

packages=()
command -v mvn >/dev/null 2>&1 || [[ -x "$HOME/.m2/rogatory-wrapper/apache-maven-3.9.16/bin/mvn" ]] || packages+=(maven)
command -v xvfb-run >/dev/null 2>&1 || packages+=(xvfb xauth)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || packages+=(libgtk-3-0)

if ((${#packages[@]} == 0)); then
  echo "install-prerequisites: nothing to install"
  exit 0
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-prerequisites: run as root to install: ${packages[*]}" >&2; exit 1; }
  sudo="sudo"
fi
command -v apt-get >/dev/null 2>&1 || { echo "install-prerequisites: no apt-get; install these yourself: ${packages[*]}" >&2; exit 1; }
echo "install-prerequisites: installing ${packages[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
