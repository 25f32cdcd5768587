#!/usr/bin/env bash
# Install Debian's chromium for the dashboard browser test (tests/test_dashboard_browser.py).
# Idempotent and quiet: does nothing when /usr/bin/chromium exists. Playwright never downloads a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium
echo "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
