#!/usr/bin/env bash
# Debian's Chromium for the report's browser test. A new machine does not have it, and
# browser downloads (playwright install) are not possible here, so it comes from apt.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-chromium: chromium is missing and this user cannot apt-get install it" >&2
  exit 0
fi
echo "ensure-chromium: installing Debian's chromium (once per machine)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
