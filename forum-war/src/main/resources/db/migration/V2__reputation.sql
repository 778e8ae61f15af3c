-- Reputation as an append-only ledger (SPEC §3): every change names the event that caused it,
-- and a user's total is 1 + the sum of their entries.
CREATE TABLE reputation_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    delta        INT          NOT NULL,
    reason       VARCHAR(24)  NOT NULL,
    post_id      BIGINT       NULL,
    -- the event: 'vote:<post>:<voter>', 'accept:<question>', 'spam:<post>'
    cause        VARCHAR(60)  NOT NULL,
    -- for a REVERSAL: the entry it undoes; unique, so nothing is ever undone twice
    reverses_id  BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_reputation_reversal UNIQUE (reverses_id),
    KEY ix_reputation_history (user_id, id),
    KEY ix_reputation_today (user_id, created_at),
    KEY ix_reputation_cause (cause),
    KEY ix_reputation_post (post_id),
    KEY ix_reputation_period (created_at, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE badge_award (
    user_id     BIGINT       NOT NULL,
    badge       VARCHAR(24)  NOT NULL,
    post_id     BIGINT       NULL,
    awarded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id, badge)
) ENGINE=InnoDB;

-- Rules an admin has changed (JSON), read on every use so a change is effective at once on every node.
CREATE TABLE setting (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    value       MEDIUMTEXT   NOT NULL,
    updated_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every moderator, agent and automatic action; append-only.
CREATE TABLE audit_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor_id     BIGINT        NULL,
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(20)   NOT NULL,
    target_id    BIGINT        NOT NULL,
    reason       VARCHAR(1000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    KEY ix_audit_target (target_type, target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_user_reputation ON app_user (reputation, id);

CREATE INDEX ix_vote_time ON vote (created_at);
