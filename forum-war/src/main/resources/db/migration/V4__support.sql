-- Support escalation and queue (SPEC §5).

-- When the sweep must look at a question next: the earliest moment it could become due under the
-- current policy, NULL when nothing can make it due until something changes (closed, accepted,
-- escalated). The sweep reads an index range of this column, so its cost grows with what is due.
ALTER TABLE post
    ADD COLUMN escalation_due_at DATETIME(6) NULL,
    ADD KEY ix_post_escalation_due (escalation_due_at);

-- Questions that exist before this migration are looked at once by the first sweep.
UPDATE post SET escalation_due_at = created_at WHERE kind = 'Q' AND deleted = 0 AND escalated = FALSE;

-- Agents are found through an index, not by scanning every user's role list.
ALTER TABLE app_user
    ADD COLUMN agent BOOLEAN AS (FIND_IN_SET('AGENT', roles) > 0) PERSISTENT,
    ADD KEY ix_user_agent (agent);

CREATE TABLE ticket (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id           BIGINT       NOT NULL,
    asker_id              BIGINT       NOT NULL,
    status                VARCHAR(8)   NOT NULL,
    priority              VARCHAR(8)   NOT NULL,
    reason                VARCHAR(12)  NOT NULL,
    assignee_id           BIGINT       NULL,
    escalated_at          DATETIME(6)  NOT NULL,
    first_response_due_at DATETIME(6)  NOT NULL,
    resolution_due_at     DATETIME(6)  NOT NULL,
    -- the deadline that matters next (first response until there is one, then resolution): the queue's order
    sla_due_at            DATETIME(6)  NOT NULL,
    first_response_at     DATETIME(6)  NULL,
    paused_at             DATETIME(6)  NULL,
    paused_seconds        BIGINT       NOT NULL DEFAULT 0,
    solved_at             DATETIME(6)  NULL,
    closed_at             DATETIME(6)  NULL,
    resolution            VARCHAR(10)  NULL,
    solve_round           INT          NOT NULL DEFAULT 0,
    version               BIGINT       NOT NULL DEFAULT 0,
    -- exactly one ticket per question, whatever the number of sweeps, nodes or crashes
    CONSTRAINT uq_ticket_question UNIQUE (question_id),
    CONSTRAINT fk_ticket_question FOREIGN KEY (question_id) REFERENCES post (id),
    CONSTRAINT fk_ticket_asker FOREIGN KEY (asker_id) REFERENCES app_user (id),
    CONSTRAINT fk_ticket_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
    KEY ix_ticket_sla (sla_due_at, id),
    KEY ix_ticket_status (status, sla_due_at, id),
    KEY ix_ticket_priority (priority, sla_due_at, id),
    KEY ix_ticket_assignee (assignee_id, status, sla_due_at, id),
    KEY ix_ticket_asker (asker_id, id),
    KEY ix_ticket_solved (status, solved_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_event (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id  BIGINT       NOT NULL,
    type       VARCHAR(24)  NOT NULL,
    actor_id   BIGINT       NULL,
    detail     VARCHAR(500) NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_ticket_event FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    KEY ix_ticket_event (ticket_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Private messages (asker and agents) and internal notes (agents only): never part of the thread.
CREATE TABLE ticket_message (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id  BIGINT       NOT NULL,
    author_id  BIGINT       NOT NULL,
    internal   BOOLEAN      NOT NULL,
    body       TEXT         NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_ticket_message FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_message_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    KEY ix_ticket_message (ticket_id, internal, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One rating per solve: a reopened and solved-again ticket can be rated again.
CREATE TABLE csat_rating (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id   BIGINT        NOT NULL,
    solve_round INT           NOT NULL,
    asker_id    BIGINT        NOT NULL,
    rating      TINYINT       NOT NULL,
    comment     VARCHAR(1000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_csat_once UNIQUE (ticket_id, solve_round),
    CONSTRAINT fk_csat_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    KEY ix_csat_asker (asker_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    url        VARCHAR(500) NOT NULL,
    events     VARCHAR(100) NOT NULL,
    secret     VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: written in the transaction that changed the ticket, sent afterwards with retries.
-- event_id is the same on every retry (and for every webhook receiving the event).
CREATE TABLE webhook_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id        CHAR(36)     NOT NULL,
    webhook_id      BIGINT       NOT NULL,
    type            VARCHAR(20)  NOT NULL,
    body            MEDIUMTEXT   NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    -- NULL once delivered or given up: the sender reads only an index range of what is due
    next_attempt_at DATETIME(6)  NULL,
    delivered_at    DATETIME(6)  NULL,
    last_status     INT          NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_delivery_once UNIQUE (webhook_id, event_id),
    CONSTRAINT fk_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE,
    KEY ix_delivery_due (next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
