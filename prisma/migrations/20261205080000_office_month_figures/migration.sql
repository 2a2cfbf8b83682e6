-- Office scorecards over long periods (issue 16; decision 044, "Months"). A year's scorecard merged 365 daily
-- histograms per office (0.49 s at 1.4 M applications); the whole calendar months of a period now read one row per
-- office and month, kept by the same triggers, and only the days at its two ends read "OfficeDayFigures".

-- CreateTable
CREATE TABLE "OfficeMonthFigures" (
    "officeId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "submittedDecided" INTEGER NOT NULL DEFAULT 0,
    "submittedBreaches" INTEGER NOT NULL DEFAULT 0,
    "submittedReturned" INTEGER NOT NULL DEFAULT 0,
    "decided" INTEGER NOT NULL DEFAULT 0,
    "decidedHist" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "OfficeMonthFigures_pkey" PRIMARY KEY ("officeId","month")
);

-- "officeDaySubmitted" and "officeDayDecided" for the month of the day (its first day, in Riyadh).
CREATE FUNCTION "officeMonthSubmitted"(o TEXT, submitted_at TIMESTAMPTZ, is_decided BOOLEAN, breaches INTEGER, is_returned BOOLEAN, sign INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "OfficeMonthFigures" AS f ("officeId", "month", "submitted", "submittedDecided", "submittedBreaches", "submittedReturned")
  SELECT o, date_trunc('month', submitted_at AT TIME ZONE 'Asia/Riyadh')::date, sign, sign * is_decided::int, sign * breaches, sign * is_returned::int
   WHERE o IS NOT NULL AND submitted_at IS NOT NULL
  ON CONFLICT ("officeId", "month") DO UPDATE SET
    "submitted" = f."submitted" + EXCLUDED."submitted",
    "submittedDecided" = f."submittedDecided" + EXCLUDED."submittedDecided",
    "submittedBreaches" = f."submittedBreaches" + EXCLUDED."submittedBreaches",
    "submittedReturned" = f."submittedReturned" + EXCLUDED."submittedReturned"
$$;

CREATE FUNCTION "officeMonthDecided"(o TEXT, submitted_at TIMESTAMPTZ, decided_at TIMESTAMPTZ, sign INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b TEXT;
BEGIN
  IF o IS NULL OR submitted_at IS NULL OR decided_at IS NULL THEN RETURN; END IF;
  b := floor(extract(epoch FROM (decided_at - submitted_at)) / 360)::int::text;
  INSERT INTO "OfficeMonthFigures" AS f ("officeId", "month", "decided", "decidedHist")
  VALUES (o, date_trunc('month', decided_at AT TIME ZONE 'Asia/Riyadh')::date, sign, jsonb_build_object(b, sign))
  ON CONFLICT ("officeId", "month") DO UPDATE SET
    "decided" = f."decided" + sign,
    "decidedHist" = CASE
      WHEN COALESCE((f."decidedHist" ->> b)::int, 0) + sign = 0 THEN f."decidedHist" - b
      ELSE jsonb_set(f."decidedHist", ARRAY[b], to_jsonb(COALESCE((f."decidedHist" ->> b)::int, 0) + sign))
    END;
END
$$;

-- The trigger now keeps both grains: every day row first, then every month row. Each transaction takes its rows in
-- that order, so none holds a month row while it waits for a day row that another, holding it, waits to leave.
CREATE OR REPLACE FUNCTION "licenseApplicationOfficeDay"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- On UPDATE: did what the submission day counts change, and did the decision (its day or time)?
  s_changed BOOLEAN;
  d_changed BOOLEAN;
  grain TEXT;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    s_changed := (OLD."officeId", OLD."submittedAt", OLD."decidedAt" IS NOT NULL OR OLD."issuedAt" IS NOT NULL, OLD."slaBreaches", OLD."returnCount" > 0)
      IS DISTINCT FROM (NEW."officeId", NEW."submittedAt", NEW."decidedAt" IS NOT NULL OR NEW."issuedAt" IS NOT NULL, NEW."slaBreaches", NEW."returnCount" > 0);
    d_changed := (OLD."officeId", OLD."submittedAt", COALESCE(OLD."decidedAt", OLD."issuedAt"))
      IS DISTINCT FROM (NEW."officeId", NEW."submittedAt", COALESCE(NEW."decidedAt", NEW."issuedAt"));
  END IF;
  FOREACH grain IN ARRAY ARRAY['day', 'month'] LOOP
    IF TG_OP = 'DELETE' OR s_changed THEN
      IF grain = 'day' THEN
        PERFORM "officeDaySubmitted"(OLD."officeId", OLD."submittedAt", OLD."decidedAt" IS NOT NULL OR OLD."issuedAt" IS NOT NULL, OLD."slaBreaches", OLD."returnCount" > 0, -1);
      ELSE
        PERFORM "officeMonthSubmitted"(OLD."officeId", OLD."submittedAt", OLD."decidedAt" IS NOT NULL OR OLD."issuedAt" IS NOT NULL, OLD."slaBreaches", OLD."returnCount" > 0, -1);
      END IF;
    END IF;
    IF TG_OP = 'INSERT' OR s_changed THEN
      IF grain = 'day' THEN
        PERFORM "officeDaySubmitted"(NEW."officeId", NEW."submittedAt", NEW."decidedAt" IS NOT NULL OR NEW."issuedAt" IS NOT NULL, NEW."slaBreaches", NEW."returnCount" > 0, 1);
      ELSE
        PERFORM "officeMonthSubmitted"(NEW."officeId", NEW."submittedAt", NEW."decidedAt" IS NOT NULL OR NEW."issuedAt" IS NOT NULL, NEW."slaBreaches", NEW."returnCount" > 0, 1);
      END IF;
    END IF;
    IF TG_OP = 'DELETE' OR d_changed THEN
      IF grain = 'day' THEN
        PERFORM "officeDayDecided"(OLD."officeId", OLD."submittedAt", COALESCE(OLD."decidedAt", OLD."issuedAt"), -1);
      ELSE
        PERFORM "officeMonthDecided"(OLD."officeId", OLD."submittedAt", COALESCE(OLD."decidedAt", OLD."issuedAt"), -1);
      END IF;
    END IF;
    IF TG_OP = 'INSERT' OR d_changed THEN
      IF grain = 'day' THEN
        PERFORM "officeDayDecided"(NEW."officeId", NEW."submittedAt", COALESCE(NEW."decidedAt", NEW."issuedAt"), 1);
      ELSE
        PERFORM "officeMonthDecided"(NEW."officeId", NEW."submittedAt", COALESCE(NEW."decidedAt", NEW."issuedAt"), 1);
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

-- The month rows as "OfficeDayFigures" sums them: what the month table must agree with (integration test; the day
-- table itself is compared with "officeDayFiguresFromScratch"), and how the rebuild fills it.
CREATE FUNCTION "officeMonthFiguresFromDays"()
RETURNS TABLE ("officeId" TEXT, "month" DATE, "submitted" INTEGER, "submittedDecided" INTEGER, "submittedBreaches" INTEGER,
               "submittedReturned" INTEGER, "decided" INTEGER, "decidedHist" JSONB)
LANGUAGE sql STABLE AS $$
  WITH s AS (
    SELECT d."officeId" AS o, date_trunc('month', d.day)::date AS m, sum(d.submitted)::int AS n, sum(d."submittedDecided")::int AS nd,
           sum(d."submittedBreaches")::int AS br, sum(d."submittedReturned")::int AS ret, sum(d.decided)::int AS dec
      FROM "OfficeDayFigures" d GROUP BY 1, 2
    HAVING (sum(d.submitted), sum(d."submittedDecided"), sum(d."submittedBreaches"), sum(d."submittedReturned"), sum(d.decided)) <> (0, 0, 0, 0, 0)),
  e AS (
    SELECT d."officeId" AS o, date_trunc('month', d.day)::date AS m, x.key AS k, sum(x.value::int)::int AS n
      FROM "OfficeDayFigures" d, jsonb_each_text(d."decidedHist") x GROUP BY 1, 2, 3),
  h AS (SELECT o, m, jsonb_object_agg(k, n) AS hist FROM e WHERE n <> 0 GROUP BY 1, 2)
  SELECT s.o, s.m, s.n, s.nd, s.br, s.ret, s.dec, COALESCE(h.hist, '{}'::jsonb) FROM s LEFT JOIN h ON h.o = s.o AND h.m = s.m
$$;

CREATE OR REPLACE FUNCTION "rebuildOfficeDayFigures"() RETURNS void LANGUAGE sql AS $$
  LOCK TABLE "LicenseApplication" IN SHARE MODE;
  DELETE FROM "OfficeDayFigures";
  INSERT INTO "OfficeDayFigures" SELECT * FROM "officeDayFiguresFromScratch"();
  DELETE FROM "OfficeMonthFigures";
  INSERT INTO "OfficeMonthFigures" SELECT * FROM "officeMonthFiguresFromDays"();
$$;

SELECT "rebuildOfficeDayFigures"();
