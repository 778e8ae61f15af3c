-- Moderation (SPEC §4): flags, close votes, suspensions, posts held for approval.
CREATE TABLE flag (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id      BIGINT       NOT NULL,
    flagger_id   BIGINT       NOT NULL,
    reason       VARCHAR(16)  NOT NULL,
    text         VARCHAR(500) NULL,
    by_moderator BOOLEAN      NOT NULL DEFAULT FALSE,
    status       VARCHAR(12)  NOT NULL DEFAULT 'OPEN',
    created_at   DATETIME(6)  NOT NULL,
    resolved_at  DATETIME(6)  NULL,
    resolved_by  BIGINT       NULL,
    CONSTRAINT uq_flag_once UNIQUE (post_id, flagger_id),
    KEY ix_flag_open (status, post_id),
    KEY ix_flag_flagger (flagger_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE close_vote (
    question_id     BIGINT      NOT NULL,
    voter_id        BIGINT      NOT NULL,
    reason          VARCHAR(16) NOT NULL,
    duplicate_of_id BIGINT      NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, voter_id)
) ENGINE=InnoDB;

ALTER TABLE app_user
    ADD COLUMN suspended_until   DATETIME(6)  NULL,
    ADD COLUMN suspension_reason VARCHAR(500) NULL;

ALTER TABLE post
    ADD COLUMN held      BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN hidden_at DATETIME(6) NULL,
    ADD KEY ix_post_moderation (hidden, deleted, held, hidden_at);

-- One row per rate-limited action (vote, flag, comment), counted per user and window; shared by
-- every node, so the limits hold across a cluster.
CREATE TABLE rate_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    action      VARCHAR(8)  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    KEY ix_rate_window (user_id, action, created_at)
) ENGINE=InnoDB;
