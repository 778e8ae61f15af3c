#!/usr/bin/env bash
# Lighthouse (mobile profile, Debian's Chromium) on the home, question and search pages of a running
# Peerdesk; prints one row per page with the four category scores. Not part of `mvn verify`.
#
#   BASE=http://127.0.0.1:8080 QUESTION=/questions/12 SEARCH='/search.xhtml?q=invoice' bench/lighthouse.sh
#
# Needs Node.js; installs lighthouse into $LH_DIR (default /tmp/peerdesk-lighthouse) from the npm
# registry the first time. Reports (HTML and JSON) are kept in $LH_DIR/reports.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
QUESTION=${QUESTION:-/questions/1}
SEARCH=${SEARCH:-/search.xhtml?q=invoice}
LH_DIR=${LH_DIR:-/tmp/peerdesk-lighthouse}
CHROME=${CHROME_PATH:-/usr/bin/chromium}

mkdir -p "$LH_DIR/reports"
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  (cd "$LH_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund lighthouse@12 >/dev/null)
fi

printf '| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|\n'
for page in / "$QUESTION" "$SEARCH"; do
  name=$(echo "$page" | tr -c 'A-Za-z0-9\n' '_')
  CHROME_PATH=$CHROME "$LH_DIR/node_modules/.bin/lighthouse" "$BASE$page" --quiet \
    --chrome-flags="--headless=new --no-sandbox" --form-factor=mobile \
    --output=json --output=html --output-path="$LH_DIR/reports/$name" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(`| ${process.argv[2]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`);
  ' "$LH_DIR/reports/$name.report.json" "$page"
done
