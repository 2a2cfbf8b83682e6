-- The staff queue of OPEN complaints, its counters and the map (issue 16, national scale). Open complaints are a small
-- share of the table (≈ 2.4 % in the scale data set), and the queue reads them oldest SLA first. Through
-- ("municipalityId", status, "slaDueAt") the planner could not keep the SLA order across the two open statuses, so it
-- walked ("municipalityId", "slaDueAt") and read every closed complaint of the municipality on the way (the map:
-- 53,000 heap rows for 500 markers, 1.0 s at 10 M complaints); the "overdue" and "unassigned" counters read a heap
-- row per open complaint (1.1 s). This partial index holds the open complaints only, in queue order, with what the
-- counters and the map filter on: all three become index-only scans (24 ms and 0.2 ms on the same data).
-- Partial: Prisma's schema has no syntax for it without a preview feature, and keeps an index it does not know.
CREATE INDEX "Complaint_open_queue_idx" ON "Complaint" ("municipalityId", "slaDueAt", "createdAt", "id")
  INCLUDE ("overdueAt", "assigneeId", "latitude", "longitude")
  WHERE "status" IN ('NEW', 'IN_PROGRESS');
