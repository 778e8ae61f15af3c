-- Sign-in failures and registrations per account and client address (SPEC §8, issue 9). Rows are
-- shared by every node, so the limits hold across a cluster.
CREATE TABLE auth_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(8)   NOT NULL,          -- SIGN_IN | REGISTER
    status       VARCHAR(8)   NOT NULL,          -- FAILED (sign-in) | DONE (registration)
    account_hash CHAR(64)     NULL,              -- SHA-256 of the lower-cased e-mail (no addresses kept)
    address      VARCHAR(45)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    KEY ix_auth_attempt_account (account_hash, created_at),
    KEY ix_auth_attempt_address (address, kind, created_at),
    KEY ix_auth_attempt_age (created_at)
) ENGINE=InnoDB;

-- One row per account that has tried to sign in: locked while its password is checked, so parallel
-- guesses at one account are checked one after the other and each sees the failures before it.
CREATE TABLE auth_account_lock (
    account_hash CHAR(64) NOT NULL PRIMARY KEY
) ENGINE=InnoDB;

-- Webhooks go to public addresses only unless an admin allowed a private one explicitly (no SSRF).
ALTER TABLE webhook ADD COLUMN allow_private_network BOOLEAN NOT NULL DEFAULT FALSE;
