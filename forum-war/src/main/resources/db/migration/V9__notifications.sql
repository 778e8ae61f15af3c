-- In-app notifications and following (SPEC §6, issue 11).

-- One row per recipient and fact, written in the transaction of the fact. A burst on one question
-- (answers, comments on one post, messages on one ticket) folds into the recipient's one unread row:
-- fold_key names the burst while the row is unread (NULL once read, or for facts that never fold),
-- so UNIQUE(recipient_id, fold_key) makes "INSERT … ON DUPLICATE KEY UPDATE fact_count = fact_count + 1"
-- race-free without reading first.
CREATE TABLE notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT       NOT NULL,
    type         VARCHAR(16)  NOT NULL,
    question_id  BIGINT       NULL,
    post_id      BIGINT       NULL,
    ticket_id    BIGINT       NULL,
    subject      VARCHAR(150) NOT NULL,
    detail       VARCHAR(16)  NULL,
    fact_count   INT          NOT NULL DEFAULT 1,
    fold_key     VARCHAR(40)  NULL,
    read_at      DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id),
    CONSTRAINT uq_notification_fold UNIQUE (recipient_id, fold_key),
    -- the list (newest activity first) and the unread count are index ranges of the recipient
    KEY ix_notification_list (recipient_id, updated_at, id),
    KEY ix_notification_unread (recipient_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who follows a question: askers, answerers and commenters automatically (INSERT IGNORE, so an
-- explicit unfollow, following = FALSE, stays), anyone explicitly with PUT /questions/{id}/follow.
CREATE TABLE question_follow (
    question_id BIGINT   NOT NULL,
    user_id     BIGINT   NOT NULL,
    following   BOOLEAN  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, user_id),
    KEY ix_question_follow_user (user_id),
    CONSTRAINT fk_question_follow_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
