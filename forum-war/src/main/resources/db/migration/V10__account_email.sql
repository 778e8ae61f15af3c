-- Account e-mails (issue 11): address verification, password reset, e-mail change.

-- When the address was confirmed (NULL: not yet). Accounts that exist at migration time, the first
-- admin and the demo community count as verified; new registrations start unverified.
ALTER TABLE app_user ADD COLUMN email_verified_at DATETIME(6) NULL;
UPDATE app_user SET email_verified_at = created_at;

-- Single-use links mailed to a person: only the SHA-256 of the random token is stored. purpose is
-- VERIFY_EMAIL (email = the account's address), CHANGE_EMAIL (email = the new address, taken over
-- only when confirmed) or RESET_PASSWORD (email = the address it was sent to). used_at is set by a
-- conditional UPDATE (… WHERE used_at IS NULL), so a token works once however often it is posted.
CREATE TABLE account_token (
    token_hash CHAR(64)     NOT NULL PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    purpose    VARCHAR(16)  NOT NULL,
    email      VARCHAR(254) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    KEY ix_account_token_user (user_id, purpose, created_at),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Account mails ride on the notification outbox but carry no unsubscribe link (they are sent
-- whatever the notification settings say): a NULL unsubscribe_url marks them.
ALTER TABLE mail_outbox MODIFY unsubscribe_url VARCHAR(500) NULL;
