-- More notification triggers and delivery modes (issue 11): tag following, mentions, SLA alerts,
-- nudges, the daily digest and folded mail.

-- A NEW_QUESTION notification names its tag in detail (tags have up to 35 characters); its fold key
-- is "NEW_QUESTION:<tag>".
ALTER TABLE notification
    MODIFY COLUMN detail VARCHAR(40) NULL,
    MODIFY COLUMN fold_key VARCHAR(60) NULL,
    -- when the notification goes into its recipient's daily digest (the next digest hour after it was
    -- written), NULL when it is not for the digest or is in a digest already (or read). The digest job
    -- reads an index range of what is due, so its work grows with the digests due, not with the users.
    ADD COLUMN digest_due_at DATETIME(6) NULL,
    ADD KEY ix_notification_digest (digest_due_at, recipient_id);

-- Who follows a tag (PUT /tags/{name}/follow): they hear of every new question with it.
CREATE TABLE tag_follow (
    tag_id     BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (tag_id, user_id),
    KEY ix_tag_follow_user (user_id),
    CONSTRAINT fk_tag_follow_tag FOREIGN KEY (tag_id) REFERENCES tag (id),
    CONSTRAINT fk_tag_follow_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One daily digest per user and period (the UTC day of the digest hour): whichever node inserts the
-- row sends that digest, in the same transaction as its outbox row, so a digest goes out once however
-- many nodes run the job.
CREATE TABLE mail_digest_run (
    user_id    BIGINT      NOT NULL,
    period     DATE        NOT NULL,
    item_count INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, period),
    CONSTRAINT fk_mail_digest_run_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail folding: a burst of one fold key (answers on one question, comments on one post, messages on
-- one ticket, new questions in one tag) merges into the recipient's unsent outbox row of that key.
ALTER TABLE mail_outbox
    ADD COLUMN post_id    BIGINT      NULL AFTER question_id,
    ADD COLUMN fold_key   VARCHAR(60) NULL,
    ADD COLUMN fact_count INT         NOT NULL DEFAULT 1,
    ADD KEY ix_mail_outbox_fold (recipient_id, fold_key, sent_at);

-- SLA alerts: one row per ticket, deadline and stage; the unique key is what keeps two sweeping
-- nodes from alerting twice (the alert is written in the transaction that inserts the row).
CREATE TABLE ticket_sla_alert (
    ticket_id  BIGINT      NOT NULL,
    deadline   VARCHAR(16) NOT NULL, -- FIRST_RESPONSE or RESOLUTION
    stage      VARCHAR(8)  NOT NULL, -- AT_RISK or BREACHED
    due_at     DATETIME(6) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, deadline, stage),
    CONSTRAINT fk_ticket_sla_alert_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Nudges before an UNRESOLVED escalation: once per question (the primary key); accepted_at is set
-- when the asker accepts an answer after the nudge and before any escalation (deflected).
CREATE TABLE question_nudge (
    question_id BIGINT      NOT NULL PRIMARY KEY,
    asker_id    BIGINT      NOT NULL,
    due_at      DATETIME(6) NOT NULL, -- when the escalation was due at the time of the nudge
    nudged_at   DATETIME(6) NOT NULL,
    accepted_at DATETIME(6) NULL,
    KEY ix_question_nudge_nudged (nudged_at),
    CONSTRAINT fk_question_nudge_question FOREIGN KEY (question_id) REFERENCES post (id),
    CONSTRAINT fk_question_nudge_asker FOREIGN KEY (asker_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
