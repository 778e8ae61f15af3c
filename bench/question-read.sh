#!/usr/bin/env bash
# Benchmark of the hottest read: GET /api/v1/questions/{id} for a question with 5 answers and
# comments, on a database of at least $QUESTIONS questions. Needs curl and wrk (apt-get install wrk).
#
#   java -jar forum-war/target/peerdesk.jar &          # or any running Peerdesk
#   bench/question-read.sh                              # BASE, QUESTIONS, DURATION, CONNECTIONS
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
QUESTIONS=${QUESTIONS:-10000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
api() { curl -sf -H 'Content-Type: application/json' "$@"; }
token_of() { api -XPOST "$BASE/api/v1/sessions" -d "{\"email\":\"$1\",\"password\":\"bench-password-1\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'; }
member() {
  api -XPOST "$BASE/api/v1/users" -d "{\"email\":\"$1\",\"displayName\":\"$2\",\"password\":\"bench-password-1\"}" >/dev/null || true
  token_of "$1"
}
run=$(date +%s)
ASKER=$(member "asker-$run@bench.peerdesk.test" "Bench asker")
export BASE ASKER

echo "Seeding $QUESTIONS questions through the API…"
start=$(date +%s)
seq 1 "$QUESTIONS" | xargs -P 8 -I{} sh -c 'curl -sf -o /dev/null -H "Content-Type: application/json" \
  -H "Authorization: Bearer $ASKER" -XPOST "$BASE/api/v1/questions" \
  -d "{\"title\":\"Benchmark question number {} about sync settings\",\"body\":\"This is benchmark question {} with a body long enough to pass validation and look realistic.\",\"tags\":[\"bench\",\"tag{}\"]}" || echo failed {}' | wc -l | xargs echo "failed requests:"
echo "seeded in $(( $(date +%s) - start )) s"

Q=$(api -XPOST -H "Authorization: Bearer $ASKER" "$BASE/api/v1/questions" \
  -d '{"title":"The benchmark thread with five answers","body":"A realistic question body that explains the problem in some detail for the benchmark.","tags":["bench","sync"]}' \
  | sed -E 's/.*"id":([0-9]+).*/\1/' )
api -XPOST -H "Authorization: Bearer $ASKER" "$BASE/api/v1/posts/$Q/comments" -d '{"body":"Which version are you running, exactly?"}' >/dev/null
for i in 1 2 3 4 5; do
  H=$(member "helper$i-$run@bench.peerdesk.test" "Bench helper $i")
  A=$(api -XPOST -H "Authorization: Bearer $H" "$BASE/api/v1/questions/$Q/answers" \
    -d "{\"body\":\"Answer $i: restart the sync job and clear the cache, then check the settings page again.\"}" \
    | sed -E 's/.*"id":([0-9]+).*/\1/')
  api -XPOST -H "Authorization: Bearer $ASKER" "$BASE/api/v1/posts/$A/comments" -d "{\"body\":\"Thanks, answer $i helped me a bit.\"}" >/dev/null
  api -XPOST -H "Authorization: Bearer $H" "$BASE/api/v1/posts/$A/comments" -d "{\"body\":\"Glad it helped, let us know more.\"}" >/dev/null
done
echo "Thread: $BASE/api/v1/questions/$Q"
api "$BASE/api/v1/questions/$Q" | head -c 300; echo

echo "Warm-up…"
wrk -t2 -c"$CONNECTIONS" -d10s "$BASE/api/v1/questions/$Q" >/dev/null
echo "Measuring GET /api/v1/questions/$Q for $DURATION with $CONNECTIONS connections…"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/api/v1/questions/$Q"
