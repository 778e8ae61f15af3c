#!/usr/bin/env bash
# Pages, lists, search and the JSON read, measured beside Question2Answer on the same data.
#
# 1. A MariaDB for both (any 11.x; the embedded one's binaries are in $FORUM_DATA_DIR/mariadb-base),
#    with databases `peerdesk` and `q2a` and a user that may use both.
# 2. Peerdesk on it, started once so Flyway creates the schema, with the related-questions job fast
#    enough to compute 10 000 lists in a minute or two:
#      FORUM_DB_URL=jdbc:mariadb://127.0.0.1:3307/peerdesk FORUM_DB_USER=… FORUM_DB_PASSWORD=… \
#      FORUM_RELATED_BATCH=1000 FORUM_RELATED_INTERVAL=PT5S taskset -c 0 java -jar forum-war/target/peerdesk.jar
# 3. Optionally Question2Answer 1.8.8 (source from github.com/q2a/question2answer, tag v1.8.8) on
#    nginx + php8.2-fpm (static pool of 4, opcache on), installed through its own installer page.
# 4. MYSQL_PD="mariadb -h127.0.0.1 -P3307 -u… -p… peerdesk" [MYSQL_Q2A="… q2a" Q2A=http://127.0.0.1:8081 \
#    Q2A_DIR=/path/to/q2a] bench/pages.sh
#
# Seeds both by SQL when empty (USERS, QUESTIONS; 3 answers and 2 comments per question), waits for
# Peerdesk's related questions, then runs pages/measure.sh (ROUNDS, DURATION, CONNECTIONS, WRK_CPU).
# Pin the servers to one CPU and wrk to the other: taskset -pc 0 <pid> for Java, mariadbd, php-fpm, nginx.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
MYSQL_PD=${MYSQL_PD:?client command for the Peerdesk database}
export QUESTIONS=${QUESTIONS:-10000} USERS=${USERS:-500}

if [ "$($MYSQL_PD -N -e "SELECT COUNT(*) FROM post")" = 0 ]; then
  echo "Seeding Peerdesk: $QUESTIONS questions…" >&2
  MYSQL=$MYSQL_PD "$here/pages/seed-peerdesk.sh" >/dev/null
  # questions seeded after the migration are not scheduled yet: the job computes their lists now
  $MYSQL_PD -e "INSERT IGNORE INTO related_due (question_id, due_at) SELECT id, created_at FROM post WHERE kind = 'Q'"
fi
if [ -n "${Q2A:-}" ] && [ "$($MYSQL_Q2A -N -e "SELECT COUNT(*) FROM qa_posts")" = 0 ]; then
  echo "Seeding Question2Answer: $QUESTIONS questions (its own search index takes minutes)…" >&2
  MYSQL=$MYSQL_Q2A "$here/pages/seed-q2a.sh" >&2
fi
echo "Waiting for Peerdesk's related questions…" >&2
until [ "$($MYSQL_PD -N -e "SELECT COUNT(*) FROM related_due WHERE due_at <= UTC_TIMESTAMP(6)")" = 0 ]; do sleep 5; done
exec "$here/pages/measure.sh"
