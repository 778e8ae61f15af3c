-- The accepted answer that solved a ticket, if an acceptance solved it (null when an agent marked it
-- solved): un-accepting exactly that answer reopens the ticket, and reopening the ticket withdraws
-- exactly that acceptance, so the thread and the ticket never disagree about "solved".
ALTER TABLE ticket ADD COLUMN solved_by_answer_id BIGINT NULL AFTER resolution;
