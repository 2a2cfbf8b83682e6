-- The rate limiters' counters (lib/auth/rate-limit.ts) are written on every public request within a limit.
-- They need no crash safety: after a crash the windows start again, which only forgets a few minutes of counts.
-- UNLOGGED spares every such write the write-ahead log, and with it the flush to disk at each commit.
-- (Unlogged tables are not copied to streaming replicas: only the primary reads this table.)
ALTER TABLE "rate_limits" SET UNLOGGED;
