-- "Related questions" on a question page are read, not searched (issue 12): a FULLTEXT match of a
-- whole title costs ~10 ms of database time and a filesort per page view, and its answer changes
-- rarely. It is computed when a question is asked or retitled and refreshed on a schedule; a page
-- view reads at most five rows by primary key.
CREATE TABLE related_question (
    question_id  BIGINT  NOT NULL,
    position     TINYINT NOT NULL,
    related_id   BIGINT  NOT NULL,
    PRIMARY KEY (question_id, position)
) ENGINE=InnoDB;

-- When each question's list is next computed. The refresh job reads an index range of what is due,
-- so its work grows with what is due, not with the community; every node may run it (SKIP LOCKED).
CREATE TABLE related_due (
    question_id  BIGINT      NOT NULL PRIMARY KEY,
    due_at       DATETIME(6) NOT NULL,
    KEY ix_related_due (due_at, question_id)
) ENGINE=InnoDB;

-- Questions asked before this version get their list from the job, newest first.
INSERT INTO related_due (question_id, due_at)
SELECT id, TIMESTAMP('2000-01-01') - INTERVAL id SECOND FROM post WHERE kind = 'Q';
