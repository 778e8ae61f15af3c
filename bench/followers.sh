#!/usr/bin/env bash
# Benchmark of notifying followers (issue 11): answers to a question with $FOLLOWERS followers
# against answers to a question followed by its asker alone. The followers are inserted with SQL
# (registering 1 000 accounts through the API would measure password hashing); the answers go
# through the API, and each answer's notifications are counted right after its response: they are
# written in the answer's own transaction (one INSERT … SELECT), so they all exist once it returns.
#
#   FORUM_DATA_DIR=/tmp/bench-data FORUM_ADMIN_EMAIL=admin@bench.test \
#     FORUM_ADMIN_PASSWORD=bench-password-1 java -jar forum-war/target/peerdesk.jar &
#   bench/followers.sh        # BASE, DATA_DIR (the embedded DB's data dir), FOLLOWERS, ANSWERS
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
DATA_DIR=${DATA_DIR:-/tmp/bench-data}
FOLLOWERS=${FOLLOWERS:-1000}
ANSWERS=${ANSWERS:-20}
api() { curl -sf -H 'Content-Type: application/json' "$@"; }
id_of() { sed -E 's/.*"id":([0-9]+).*/\1/'; }
token_of() { api -XPOST "$BASE/api/v1/sessions" -d "{\"email\":\"$1\",\"password\":\"bench-password-1\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'; }
member() { # email name → token
  api -XPOST "$BASE/api/v1/users" -d "{\"email\":\"$1\",\"displayName\":\"$2\",\"password\":\"bench-password-1\"}" >/dev/null
  token_of "$1"
}

URL=$(cat "$DATA_DIR/embedded-db.url")
PORT=$(echo "$URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
sql() { MYSQL_PWD=$(cat "$DATA_DIR/embedded-db.password") "$DATA_DIR/mariadb-base/bin/mariadb" --skip-ssl -h127.0.0.1 -P"$PORT" -upeerdesk peerdesk "$@"; }

run=$(date +%s)
ask() { # token title → question id
  api -XPOST -H "Authorization: Bearer $1" "$BASE/api/v1/questions" \
    -d "{\"title\":\"$2\",\"body\":\"A benchmark question body that is long enough to be realistic.\",\"tags\":[\"general\"]}" | id_of
}
QUIET=$(ask "$(member "quiet-$run@bench.test" "Quiet asker $run")" "A question only its asker follows $run")
LOUD=$(ask "$(member "loud-$run@bench.test" "Loud asker $run")" "A question a thousand people follow $run")

echo "Inserting $FOLLOWERS followers of question $LOUD…"
sql -e "
INSERT INTO app_user (email, display_name, password_hash, created_at)
SELECT CONCAT('follower', seq, '-$run@bench.test'), CONCAT('Follower ', seq), 'x', UTC_TIMESTAMP(6) FROM seq_1_to_$FOLLOWERS;
INSERT INTO question_follow (question_id, user_id, following, created_at)
SELECT $LOUD, id, TRUE, UTC_TIMESTAMP(6) FROM app_user WHERE email LIKE 'follower%-$run@bench.test';"
echo "followers of $LOUD: $(sql -N -e "SELECT COUNT(*) FROM question_follow WHERE question_id = $LOUD AND following")"

answer() { # token question → "seconds notifications"
  local t
  t=$(curl -s -o /dev/null -w '%{time_total}' -XPOST -H 'Content-Type: application/json' -H "Authorization: Bearer $1" \
      "$BASE/api/v1/questions/$2/answers" -d '{"body":"A benchmark answer with enough words to be a real answer."}')
  echo "$t $(sql -N -e "SELECT COUNT(*) FROM notification WHERE question_id = $2 AND type = 'ANSWER'")"
}
# the helpers share the quiet asker's password hash (registering them would meet the sign-up limit per network)
sql -e "INSERT INTO app_user (email, display_name, password_hash, created_at)
SELECT CONCAT('helper', seq, '-$run@bench.test'), CONCAT('Helper ', seq, ' ', $run), u.password_hash, UTC_TIMESTAMP(6)
FROM seq_1_to_$ANSWERS JOIN app_user u ON u.email = 'quiet-$run@bench.test';"
echo "Answering each question $ANSWERS times, alternating…"
: > /tmp/followers-quiet.txt; : > /tmp/followers-loud.txt
for i in $(seq 1 "$ANSWERS"); do
  token=$(token_of "helper$i-$run@bench.test")
  answer "$token" "$QUIET" >> /tmp/followers-quiet.txt
  answer "$token" "$LOUD" >> /tmp/followers-loud.txt
done
stats() { sort -n "$1" | awk '{ t[NR] = $1 * 1000 } END { printf "p50 %.0f ms, p90 %.0f ms, max %.0f ms; ANSWER notifications after the first answer returned: %s, after the last: %s (folded)\n", t[int((NR+1)/2)], t[int(NR*0.9)], t[NR], first, last }' first="$(head -1 "$1" | cut -d' ' -f2)" last="$(tail -1 "$1" | cut -d' ' -f2)"; }
echo "asker only:          $(stats /tmp/followers-quiet.txt)"
echo "$FOLLOWERS followers: $(stats /tmp/followers-loud.txt)"
