-- Sign-in failures and registrations per account and client address (SPEC §8, issue 9). Rows are
-- shared by every node, so the limits hold across a cluster; a sign-in writes its row before its
-- password is checked (status PENDING) so parallel guesses count against each other.
CREATE TABLE auth_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(8)   NOT NULL,          -- SIGN_IN | REGISTER
    status       VARCHAR(8)   NOT NULL,          -- PENDING | FAILED | DONE
    account_hash CHAR(64)     NULL,              -- SHA-256 of the lower-cased e-mail (no addresses kept)
    address      VARCHAR(45)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    KEY ix_auth_attempt_account (account_hash, created_at),
    KEY ix_auth_attempt_address (address, kind, created_at),
    KEY ix_auth_attempt_age (created_at)
) ENGINE=InnoDB;

-- Webhooks go to public addresses only unless an admin allowed a private one explicitly (no SSRF).
ALTER TABLE webhook ADD COLUMN allow_private_network BOOLEAN NOT NULL DEFAULT FALSE;
