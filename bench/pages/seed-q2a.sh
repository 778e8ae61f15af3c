#!/usr/bin/env bash
# Seeds a freshly installed Question2Answer 1.8 database with the same community as seed-peerdesk.sh
# (same users, texts, tags, counts and id layout), then lets Q2A rebuild its own search index and
# points with its recalculation functions (q2a-recalc.php), as its admin page would.
# Usage: MYSQL="mariadb -h127.0.0.1 -P3307 -ubench -pbench-pass q2a" Q2A_DIR=/path/to/q2a QUESTIONS=10000 seed-q2a.sh
set -euo pipefail
here=$(dirname "$0"); . "$here/seed-common.sh"
MYSQL=${MYSQL:?MYSQL is the client command for the database}
QUESTIONS=${QUESTIONS:-10000}; USERS=${USERS:-500}; Q2A_DIR=${Q2A_DIR:?Q2A_DIR is the Q2A installation}
A1=$(echo "$ANSWER1" | sed 's/seq/s.seq/g'); A2=$(echo "$ANSWER2" | sed 's/seq/s.seq/g'); A3=$(echo "$ANSWER3" | sed 's/seq/s.seq/g')
$MYSQL <<SQL
SET @start = NOW() - INTERVAL 400 DAY, @hash = (SELECT passhash FROM qa_users ORDER BY userid LIMIT 1);
INSERT INTO qa_users (userid, created, createip, email, handle, passhash, level, loggedin, loginip)
SELECT seq + 1, @start, '', CONCAT('member', seq, '@bench.peerdesk.test'), CONCAT('Member ', seq), @hash, 0, @start, ''
FROM seq_1_to_${USERS};
INSERT INTO qa_posts (postid, type, acount, amaxvote, selchildid, userid, netvotes, upvotes, downvotes, views, format,
                      created, updated, title, content, tags)
SELECT 4 * seq - 3, 'Q', 3, 1 + seq % 5, IF(seq % 3 = 0, 4 * seq - 2, NULL), 2 + (seq * 7) % ${USERS},
       (seq * 13) % 11 - 2, GREATEST((seq * 13) % 11 - 2, 0), GREATEST(2 - (seq * 13) % 11, 0), seq % 500, '',
       @start + INTERVAL seq * 3000 SECOND, @start + INTERVAL seq * 3000 + 10800 SECOND, $TITLE,
       CONCAT($PARA1, '\n\n', $PARA2), CONCAT(ELT(1 + seq % 50, $TAGS), ',', ELT(1 + (7 * seq + 3) % 50, $TAGS))
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_${QUESTIONS}) s;
INSERT INTO qa_posts (postid, type, parentid, userid, netvotes, upvotes, downvotes, format, created, content)
SELECT 4 * s.seq - 3 + a.seq, 'A', 4 * s.seq - 3, 2 + (s.seq * 7 + a.seq * 11) % ${USERS},
       ELT(a.seq, 1 + s.seq % 5, s.seq % 3 - 1, 0), GREATEST(ELT(a.seq, 1 + s.seq % 5, s.seq % 3 - 1, 0), 0),
       GREATEST(-ELT(a.seq, 1 + s.seq % 5, s.seq % 3 - 1, 0), 0), '',
       @start + INTERVAL s.seq * 3000 + a.seq * 3600 SECOND, ELT(a.seq, $A1, $A2, $A3)
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_${QUESTIONS}) s JOIN seq_1_to_3 a;
INSERT INTO qa_posts (postid, type, parentid, userid, format, created, content)
SELECT 4 * ${QUESTIONS} + 2 * s.seq - 2 + c.seq, 'C', IF(c.seq = 1, 4 * s.seq - 3, 4 * s.seq - 2),
       2 + (s.seq * 13 + c.seq) % ${USERS}, '', @start + INTERVAL s.seq * 3000 + c.seq * 5400 SECOND,
       ELT(c.seq, $COMMENT1, $COMMENT2)
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_${QUESTIONS}) s JOIN seq_1_to_2 c;
SQL
php "$here/q2a-recalc.php" "$Q2A_DIR"
