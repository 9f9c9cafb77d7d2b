-- claimDue offers only the oldest open row of each recipient (one message at a time per
-- customer, in order); this index lets it find that row without scanning the queue.
CREATE INDEX outbox_recipient_order ON outbox (phone_number_id, recipient, state, id);
