#!/usr/bin/env bash
# Installs Chromium for tests/trace_test.go (TestTimelineInBrowser renders the HTML
# timeline in headless Chromium). Does nothing when a chromium binary is already on the
# PATH. Needs root (or sudo) and Debian/Ubuntu's apt.
set -euo pipefail
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then
    echo "install-chromium: $b is already installed ($(command -v "$b"))"
    exit 0
  fi
done
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
command -v chromium
