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

-- E-mail waiting to be sent, written in the transaction of the fact (so a rolled-back fact mails
-- nobody) and sent afterwards by any node: claims take due rows with FOR UPDATE SKIP LOCKED and
-- push next_attempt_at past a lease, so each mail is sent once however many nodes run the job.
-- A failed send is due again after a back-off; nothing is given up while SMTP is down.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id    BIGINT        NOT NULL,
    to_address      VARCHAR(254)  NOT NULL,
    type            VARCHAR(16)   NOT NULL,
    question_id     BIGINT        NULL,
    subject         VARCHAR(250)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    unsubscribe_url VARCHAR(500)  NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    sent_at         DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    KEY ix_mail_outbox_due (next_attempt_at),
    CONSTRAINT fk_mail_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a user wants each type by e-mail (INSTANT or OFF; in-app is always on); no row: the default
-- (INSTANT for answers to your own question, official answers and ticket updates; OFF for the rest).
CREATE TABLE notification_mail_setting (
    user_id    BIGINT      NOT NULL,
    type       VARCHAR(16) NOT NULL,
    delivery   VARCHAR(8)  NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, type),
    KEY ix_notification_mail_setting_type (type, delivery),
    CONSTRAINT fk_notification_mail_setting_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
