#!/usr/bin/env bash
# Seeds a Peerdesk database directly by SQL (seconds, not hours through the API): USERS members,
# QUESTIONS questions with 3 answers each and 2 comments each, tags, counters consistent with what
# the application would have written. Run it against an empty, migrated database (start Peerdesk
# once on it first). Usage: MYSQL="mariadb -h127.0.0.1 -P3307 -ubench -pbench-pass peerdesk" QUESTIONS=10000 seed-peerdesk.sh
set -euo pipefail
here=$(dirname "$0"); . "$here/seed-common.sh"
MYSQL=${MYSQL:?MYSQL is the client command for the database}
QUESTIONS=${QUESTIONS:-10000}; USERS=${USERS:-500}
$MYSQL <<SQL
SET @start = NOW(6) - INTERVAL 400 DAY, @hash = (SELECT password_hash FROM app_user ORDER BY id LIMIT 1);
SET unique_checks = 0, foreign_key_checks = 0;
INSERT INTO app_user (id, email, display_name, password_hash, reputation, created_at, email_verified_at)
SELECT seq + 1, CONCAT('member', seq, '@bench.peerdesk.test'), CONCAT('Member ', seq), @hash,
       1 + (seq * 37) % 2000, @start, @start FROM seq_1_to_${USERS};
INSERT INTO tag (id, name, question_count, created_at) SELECT seq, ELT(seq, $TAGS), 0, @start FROM seq_1_to_50;
-- question n: tags 1 + n % 50 and a second one 1 + (7n + 3) % 50 (never the same: 6n + 3 is odd, 50 even)
INSERT INTO post (id, kind, author_id, title, body, body_html, tags, score, view_count, answer_count,
                  positive_answer_count, accepted_answer_id, status, created_at, updated_at, last_activity_at, version)
SELECT 4 * seq - 3, 'Q', 2 + (seq * 7) % ${USERS}, $TITLE, CONCAT($PARA1, '\n\n', $PARA2),
       CONCAT('<p>', $PARA1, '</p>\n<p>', $PARA2, '</p>\n'),
       CONCAT(ELT(1 + seq % 50, $TAGS), ' ', ELT(1 + (7 * seq + 3) % 50, $TAGS)),
       (seq * 13) % 11 - 2, seq % 500, 3, 1 + (seq % 3 = 2), IF(seq % 3 = 0, 4 * seq - 2, NULL), 'OPEN',
       @start + INTERVAL seq * 3000 SECOND, @start + INTERVAL seq * 3000 SECOND,
       @start + INTERVAL seq * 3000 + 10800 SECOND, 1
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_${QUESTIONS}) s;
INSERT INTO post (id, kind, question_id, author_id, body, body_html, score, accepted, status, created_at, updated_at, version)
SELECT 4 * s.seq - 3 + a.seq, 'A', 4 * s.seq - 3, 2 + (s.seq * 7 + a.seq * 11) % ${USERS},
       ELT(a.seq, $(echo "$ANSWER1" | sed 's/seq/s.seq/g'), $(echo "$ANSWER2" | sed 's/seq/s.seq/g'), $(echo "$ANSWER3" | sed 's/seq/s.seq/g')),
       CONCAT('<p>', ELT(a.seq, $(echo "$ANSWER1" | sed 's/seq/s.seq/g'), $(echo "$ANSWER2" | sed 's/seq/s.seq/g'), $(echo "$ANSWER3" | sed 's/seq/s.seq/g')), '</p>\n'),
       ELT(a.seq, 1 + s.seq % 5, s.seq % 3 - 1, 0), a.seq = 1 AND s.seq % 3 = 0, 'OPEN',
       @start + INTERVAL s.seq * 3000 + a.seq * 3600 SECOND, @start + INTERVAL s.seq * 3000 + a.seq * 3600 SECOND, 1
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_${QUESTIONS}) s JOIN seq_1_to_3 a;
INSERT INTO comment (post_id, question_id, author_id, body, created_at, version)
SELECT IF(c.seq = 1, 4 * s.seq - 3, 4 * s.seq - 2), 4 * s.seq - 3, 2 + (s.seq * 13 + c.seq) % ${USERS},
       ELT(c.seq, $COMMENT1, $COMMENT2), @start + INTERVAL s.seq * 3000 + c.seq * 5400 SECOND, 1
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_${QUESTIONS}) s JOIN seq_1_to_2 c ORDER BY s.seq, c.seq;
INSERT INTO question_tag (tag_id, question_id)
SELECT 1 + seq % 50, 4 * seq - 3 FROM seq_1_to_${QUESTIONS}
UNION ALL SELECT 1 + (7 * seq + 3) % 50, 4 * seq - 3 FROM seq_1_to_${QUESTIONS};
UPDATE tag t SET question_count = (SELECT COUNT(*) FROM question_tag qt WHERE qt.tag_id = t.id);
SET unique_checks = 1, foreign_key_checks = 1;
ANALYZE TABLE post, comment, question_tag, tag, app_user;
SQL
