-- The SLA targets a ticket was given when it was escalated (or last re-prioritised): the SLA table
-- is part of the admin-editable escalation policy now, and a change of it applies to tickets
-- escalated after the change, so resuming a paused ticket recomputes its due times from these.
ALTER TABLE ticket
    ADD COLUMN first_response_target_seconds BIGINT NOT NULL DEFAULT 0 AFTER paused_seconds,
    ADD COLUMN resolution_target_seconds     BIGINT NOT NULL DEFAULT 0 AFTER first_response_target_seconds;

-- Tickets before this version all had the SPEC §5 defaults for their current priority.
UPDATE ticket SET
    first_response_target_seconds = CASE priority
        WHEN 'URGENT' THEN 3600 WHEN 'HIGH' THEN 14400 WHEN 'NORMAL' THEN 28800 ELSE 86400 END,
    resolution_target_seconds = CASE priority
        WHEN 'URGENT' THEN 28800 WHEN 'HIGH' THEN 86400 WHEN 'NORMAL' THEN 259200 ELSE 432000 END;

ALTER TABLE ticket
    ALTER COLUMN first_response_target_seconds DROP DEFAULT,
    ALTER COLUMN resolution_target_seconds DROP DEFAULT;
