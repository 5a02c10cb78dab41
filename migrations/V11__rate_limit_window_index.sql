-- SpamLimits removes windows older than a day whenever a new window starts: with this index that is
-- a range delete instead of a scan of the whole table on each submission from a new address.
CREATE INDEX rate_limit_window ON rate_limit (window_start);
