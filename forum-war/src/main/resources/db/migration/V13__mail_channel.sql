-- E-mail as a channel (issue 13).

-- The address a notification mail's replies go to: reply+<token>@FORUM_MAIL_REPLY_DOMAIN. NULL when
-- inbound mail is off or the mail is not about a post or a ticket (digests, account mails).
-- Replies the pipeline sends (bounces, invitations, deflection) go to addresses that may not belong to
-- any member, so a recipient is no longer required.
ALTER TABLE mail_outbox
    ADD COLUMN reply_to VARCHAR(254) NULL,
    MODIFY recipient_id BIGINT NULL;

-- One reply address of one notification mail: who it was issued to, what a reply to it becomes, and
-- where. The token in the address is this row's id followed by an HMAC over the row's facts, so a
-- guessed or altered address is refused before any lookup matters; used_at makes it single-use.
CREATE TABLE reply_token (
    id          CHAR(20)     NOT NULL PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(16)  NOT NULL, -- COMMENT, ANSWER, TICKET_MESSAGE, INTERNAL_NOTE
    question_id BIGINT       NOT NULL,
    post_id     BIGINT       NULL,
    issued_at   DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    KEY ix_reply_token_issued (issued_at),
    CONSTRAINT fk_reply_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- Every message that arrived (IMAP or HTTP), what it became or why it was refused. The unique key on
-- the Message-ID (a digest of the raw bytes when a mail has none) is what makes a message that arrives
-- twice, or is fetched by two nodes at once, count once: the insert is the claim.
CREATE TABLE inbound_mail (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_key  VARCHAR(250)  NOT NULL,
    via          VARCHAR(8)    NOT NULL, -- IMAP or HTTP
    received_at  DATETIME(6)   NOT NULL,
    from_address VARCHAR(254)  NULL,
    subject      VARCHAR(250)  NULL,
    raw          MEDIUMBLOB    NULL,     -- the message as received; emptied after 30 days
    status       VARCHAR(8)    NOT NULL, -- POSTED, REFUSED, IGNORED
    outcome      VARCHAR(500)  NOT NULL, -- what it became, or why not, in words
    kind         VARCHAR(16)   NULL,     -- COMMENT, ANSWER, QUESTION, TICKET_MESSAGE, INTERNAL_NOTE
    user_id      BIGINT        NULL,
    question_id  BIGINT        NULL,
    post_id      BIGINT        NULL,
    UNIQUE KEY ux_inbound_mail_message (message_key),
    KEY ix_inbound_mail_received (received_at, id),
    KEY ix_inbound_mail_sender (from_address, received_at),
    KEY ix_inbound_mail_user (user_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which channel a private message or note came through, for the agent's one history.
ALTER TABLE ticket_message ADD COLUMN channel VARCHAR(8) NOT NULL DEFAULT 'WEB';
