#!/usr/bin/env bash
# Page, list, search and API throughput of Peerdesk beside Question2Answer on the same data
# (seed both with seed-peerdesk.sh / seed-q2a.sh first). Interleaved rounds (Peerdesk, Q2A,
# Peerdesk, Q2A, ...) with the same wrk settings; wrk runs on the CPU given by WRK_CPU (pin the
# servers to the other one with taskset). Prints one row per page and round.
#   PEERDESK=http://127.0.0.1:18080 Q2A=http://127.0.0.1:8081 MYSQL_PD="…peerdesk" MYSQL_Q2A="…q2a" measure.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
PEERDESK=${PEERDESK:-http://127.0.0.1:18080}; Q2A=${Q2A:-}
ROUNDS=${ROUNDS:-3}; DURATION=${DURATION:-20s}; CONNECTIONS=${CONNECTIONS:-16}; WRK_CPU=${WRK_CPU:-1}
MYSQL_PD=${MYSQL_PD:?client command for the Peerdesk database}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The thread measured alone: the first question with an accepted answer (3 answers, 2 comments).
Q=$($MYSQL_PD -N -e "SELECT MIN(id) FROM post WHERE kind = 'Q' AND accepted_answer_id IS NOT NULL AND deleted = 0")
$MYSQL_PD -N -e "SELECT CONCAT('/questions/', id) FROM post WHERE kind = 'Q' AND deleted = 0 ORDER BY RAND() LIMIT 1000" > "$tmp/pd-paths"
if [ -n "$Q2A" ]; then
  MYSQL_Q2A=${MYSQL_Q2A:?client command for the Q2A database}
  # Q2A answers /index.php?qa=<id> with a redirect to its slug; ask for the final address directly.
  slug="TRIM(BOTH '-' FROM REGEXP_REPLACE(LOWER(title), '[^a-z0-9]+', '-'))"
  Q2A_Q=$($MYSQL_Q2A -N -e "SELECT CONCAT('/index.php?qa=', postid, '&qa_1=', $slug) FROM qa_posts WHERE postid = $Q")
  $MYSQL_Q2A -N -e "SELECT CONCAT('/index.php?qa=', postid, '&qa_1=', $slug) FROM qa_posts WHERE type = 'Q' ORDER BY RAND() LIMIT 1000" > "$tmp/q2a-paths"
fi

# page name | Peerdesk path | Q2A path ('' = none; '@file' = random line of that file)
pages=(
  "question page|/questions/$Q|${Q2A_Q:-}"
  "random question pages|@$tmp/pd-paths|@$tmp/q2a-paths"
  "home / question list|/|/"
  "tag page|/index.xhtml?tag=billing|/index.php?qa=tag&qa_1=billing"
  "search page|/search.xhtml?q=export+invoices|/index.php?qa=search&q=export+invoices"
  "GET /api/v1/questions/{id}|/api/v1/questions/$Q|"
)

run() { # base path -> "req/s p50"
  local base=$1 path=$2 args=()
  if [[ $path == @* ]]; then args=(-s "$here/random-path.lua"); export PATHS=${path#@}; path=/; fi
  # a 200 is what counts: wrk reports non-2xx responses, and a page that fails is not measured
  local out; out=$(taskset -c "$WRK_CPU" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${args[@]}" "$base$path")
  if grep -q "Non-2xx" <<<"$out"; then echo "$out" >&2; echo "ERROR non-2xx"; return; fi
  echo "$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out") $(awk '$1 == "50%" {print $2}' <<<"$out")"
}
warm() { taskset -c "$WRK_CPU" wrk -t2 -c"$CONNECTIONS" -d5s "$@" >/dev/null; }

echo "Warm-up…" >&2
for p in "${pages[@]}"; do IFS='|' read -r name pd q2 <<<"$p"
  [[ $pd == @* ]] || warm "$PEERDESK$pd"; [ -n "$Q2A" ] && [ -n "$q2" ] && [[ $q2 != @* ]] && warm "$Q2A$q2"; done

printf '| page | round | Peerdesk req/s (p50) | Q2A req/s (p50) | Peerdesk ÷ Q2A |\n|---|---|---|---|---|\n'
for round in $(seq 1 "$ROUNDS"); do
  for p in "${pages[@]}"; do IFS='|' read -r name pd q2 <<<"$p"
    read -r pr pl <<<"$(run "$PEERDESK" "$pd")"
    if [ -n "$Q2A" ] && [ -n "$q2" ]; then
      read -r qr ql <<<"$(run "$Q2A" "$q2")"
      ratio=$(awk -v a="$pr" -v b="$qr" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "–" }')
      printf '| %s | %s | %s (%s) | %s (%s) | %s |\n' "$name" "$round" "$pr" "$pl" "$qr" "$ql" "$ratio"
    else
      printf '| %s | %s | %s (%s) | – | – |\n' "$name" "$round" "$pr" "$pl"
    fi
  done
done
