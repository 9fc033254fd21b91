#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine, then the npm packages.
#   Debian: chromium (browser tests), gmt + gmt-gshhg-high (rebuilding geodata/water.geojson
#   in the reproducibility test). Needs root or sudo for apt-get; skips what is present.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v gmt >/dev/null 2>&1 || need+=(gmt)
dpkg-query -W -f='${Status}' gmt-gshhg-high 2>/dev/null | grep -q 'install ok installed' || need+=(gmt-gshhg-high)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "setup: npm ci"
npm ci --no-audit --no-fund
