-- Peerdesk core schema: accounts, questions and answers (one post id space), comments, votes,
-- tags, revisions, idempotent writes. utf8mb4 + InnoDB throughout.

CREATE TABLE app_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(30)  NOT NULL,
    password_hash  VARCHAR(512) NOT NULL,
    reputation     INT          NOT NULL DEFAULT 1,
    roles          VARCHAR(100) NOT NULL DEFAULT 'MEMBER',
    plan           VARCHAR(16)  NOT NULL DEFAULT 'FREE',
    skills         VARCHAR(400) NOT NULL DEFAULT '',
    about          VARCHAR(2000) NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_user_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Bearer tokens and page sessions: only the SHA-256 of the random token is stored.
CREATE TABLE auth_token (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    KEY ix_token_user (user_id),
    KEY ix_token_expiry (expires_at),
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Questions (kind 'Q') and answers (kind 'A') share one table so that they share one id space:
-- /posts/{id} takes either.
CREATE TABLE post (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                  CHAR(1)       NOT NULL,
    question_id           BIGINT        NULL,
    author_id             BIGINT        NOT NULL,
    title                 VARCHAR(150)  NULL,
    body                  MEDIUMTEXT    NOT NULL,
    body_html             MEDIUMTEXT    NOT NULL,
    tags                  VARCHAR(200)  NULL,
    score                 INT           NOT NULL DEFAULT 0,
    view_count            INT           NOT NULL DEFAULT 0,
    answer_count          INT           NOT NULL DEFAULT 0,
    positive_answer_count INT           NOT NULL DEFAULT 0,
    accepted_answer_id    BIGINT        NULL,
    accepted              BOOLEAN       NOT NULL DEFAULT FALSE,
    official              BOOLEAN       NOT NULL DEFAULT FALSE,
    escalated             BOOLEAN       NOT NULL DEFAULT FALSE,
    status                VARCHAR(8)    NOT NULL DEFAULT 'OPEN',
    close_reason          VARCHAR(16)   NULL,
    duplicate_of_id       BIGINT        NULL,
    hidden                BOOLEAN       NOT NULL DEFAULT FALSE,
    deleted               BOOLEAN       NOT NULL DEFAULT FALSE,
    revision              INT           NOT NULL DEFAULT 1,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    last_activity_at      DATETIME(6)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    KEY ix_post_answers (question_id, kind),
    KEY ix_post_author (author_id, kind, id),
    -- keyset indexes for the question lists (newest = id order)
    KEY ix_question_newest (kind, deleted, hidden, id),
    KEY ix_question_active (kind, deleted, hidden, last_activity_at, id),
    KEY ix_question_votes (kind, deleted, hidden, score, id),
    KEY ix_question_unanswered (kind, deleted, hidden, positive_answer_count, accepted_answer_id, id),
    FULLTEXT KEY ft_post_title_body (title, body),
    FULLTEXT KEY ft_post_title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tag (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(35)  NOT NULL,
    description     VARCHAR(500) NULL,
    question_count  INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_tag_name UNIQUE (name),
    KEY ix_tag_popular (question_count, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE question_tag (
    tag_id       BIGINT NOT NULL,
    question_id  BIGINT NOT NULL,
    PRIMARY KEY (tag_id, question_id),
    KEY ix_question_tag_question (question_id),
    CONSTRAINT fk_qt_tag FOREIGN KEY (tag_id) REFERENCES tag (id),
    CONSTRAINT fk_qt_question FOREIGN KEY (question_id) REFERENCES post (id)
) ENGINE=InnoDB;

CREATE TABLE comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id      BIGINT        NOT NULL,
    question_id  BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    body         VARCHAR(600)  NOT NULL,
    deleted      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    KEY ix_comment_question (question_id, id),
    KEY ix_comment_post (post_id, id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One vote per user per post, enforced by the primary key.
CREATE TABLE vote (
    post_id     BIGINT      NOT NULL,
    voter_id    BIGINT      NOT NULL,
    value       TINYINT     NOT NULL,
    author_id   BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (post_id, voter_id),
    KEY ix_vote_voter (voter_id, created_at),
    KEY ix_vote_author (author_id, created_at)
) ENGINE=InnoDB;

CREATE TABLE post_revision (
    post_id     BIGINT        NOT NULL,
    revision    INT           NOT NULL,
    author_id   BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    summary     VARCHAR(300)  NULL,
    title       VARCHAR(150)  NULL,
    body        MEDIUMTEXT    NOT NULL,
    tags        VARCHAR(200)  NULL,
    PRIMARY KEY (post_id, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Responses of writes sent with an Idempotency-Key, replayed for retries of the same request.
CREATE TABLE idempotent_request (
    caller        VARCHAR(40)   NOT NULL,
    idem_key      VARCHAR(200)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status        INT           NOT NULL,
    location      VARCHAR(500)  NULL,
    content_type  VARCHAR(100)  NULL,
    body          MEDIUMTEXT    NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (caller, idem_key),
    KEY ix_idem_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
