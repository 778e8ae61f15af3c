#!/usr/bin/env bash
# Benchmark of one escalation sweep on a database of $QUESTIONS open questions of which $DUE are
# due, with 5 agents to route to. The questions are inserted with SQL (the API would take ~20 min
# for 100 000); what is measured is the sweep itself: POST /api/v1/admin/escalation/sweep.
#
#   FORUM_ESCALATION_SWEEP_INTERVAL=PT1H FORUM_DATA_DIR=/tmp/bench-data \
#     FORUM_ADMIN_EMAIL=admin@bench.test FORUM_ADMIN_PASSWORD=bench-password-1 java -jar forum-war/target/peerdesk.jar &
#   bench/escalation-sweep.sh        # BASE, DATA_DIR (the embedded DB's data dir), QUESTIONS, DUE, ADMIN_*
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
QUESTIONS=${QUESTIONS:-100000}
DUE=${DUE:-1000}
ADMIN_EMAIL=${ADMIN_EMAIL:-admin@bench.test}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-password-1}
api() { curl -sf -H 'Content-Type: application/json' "$@"; }
token_of() { api -XPOST "$BASE/api/v1/sessions" -d "{\"email\":\"$1\",\"password\":\"$2\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'; }
id_of() { sed -E 's/.*"id":([0-9]+).*/\1/'; }

URL=$(cat "$DATA_DIR/embedded-db.url")            # jdbc:mariadb://127.0.0.1:PORT/peerdesk
PORT=$(echo "$URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
# the embedded database's account; its generated password is in the data dir (mode 600)
sql() { MYSQL_PWD=$(cat "$DATA_DIR/embedded-db.password") "$DATA_DIR/mariadb-base/bin/mariadb" --skip-ssl -h127.0.0.1 -P"$PORT" -upeerdesk peerdesk "$@"; }

run=$(date +%s)
ADMIN=$(token_of "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
ASKER_ID=$(api -XPOST "$BASE/api/v1/users" -d "{\"email\":\"asker-$run@bench.test\",\"displayName\":\"Bench asker\",\"password\":\"bench-password-1\"}" | id_of)
for i in 1 2 3 4 5; do
  AGENT_ID=$(api -XPOST "$BASE/api/v1/users" -d "{\"email\":\"agent$i-$run@bench.test\",\"displayName\":\"Bench agent $i\",\"password\":\"bench-password-1\"}" | id_of)
  api -XPUT -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/users/$AGENT_ID/roles" -d '{"roles":["AGENT"]}' >/dev/null
done

echo "Inserting $QUESTIONS open questions ($DUE due now, the rest due in 20 h)…"
start=$(date +%s)
sql -e "
INSERT INTO post (kind, author_id, title, body, body_html, tags, created_at, updated_at, last_activity_at, escalation_due_at)
SELECT 'Q', $ASKER_ID, CONCAT('Benchmark question ', seq, ' about sync settings'),
       'A benchmark question body that is long enough to be realistic.', '<p>A benchmark question body.</p>', 'bench',
       IF(seq <= $DUE, UTC_TIMESTAMP(6) - INTERVAL 25 HOUR, UTC_TIMESTAMP(6) - INTERVAL 4 HOUR),
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
       IF(seq <= $DUE, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) + INTERVAL 20 HOUR)
FROM seq_1_to_$QUESTIONS;
ANALYZE TABLE post;"
echo "inserted in $(( $(date +%s) - start )) s; open questions not escalated: $(sql -N -e "SELECT COUNT(*) FROM post WHERE kind='Q' AND escalated = FALSE AND deleted = 0")"

echo "Query plan of the sweep's due query:"
sql -e "EXPLAIN SELECT id FROM post WHERE escalation_due_at <= UTC_TIMESTAMP(6) ORDER BY escalation_due_at LIMIT 200 FOR UPDATE SKIP LOCKED"

echo "Sweep with $DUE due:"
curl -s -o /dev/stderr -w 'HTTP %{http_code}, %{time_total} s\n' -XPOST -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/admin/escalation/sweep"
echo
echo "Sweep again (nothing due):"
curl -s -o /dev/stderr -w 'HTTP %{http_code}, %{time_total} s\n' -XPOST -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/admin/escalation/sweep"
echo
echo "Tickets: $(sql -N -e "SELECT COUNT(*) FROM ticket") (distinct questions: $(sql -N -e "SELECT COUNT(DISTINCT question_id) FROM ticket")), by agent:"
sql -e "SELECT assignee_id, COUNT(*) FROM ticket GROUP BY assignee_id"
