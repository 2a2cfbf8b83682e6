-- Office scorecards at national scale (issue 16; docs/decisions/044-office-figures-kept-by-triggers.md).
-- The scorecards and the public ranking counted a 90-day window of "LicenseApplication" on every request: a quarter
-- of the table, read by a parallel sequential scan (1.3–1.5 s at 1.4 M applications). "OfficeDayFigures" holds the
-- same figures per office and Riyadh day, kept by the triggers below in the transaction of every change, so they are
-- exact and never late; a scorecard reads 90 rows per office instead.

-- CreateTable
CREATE TABLE "OfficeDayFigures" (
    "officeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "submittedDecided" INTEGER NOT NULL DEFAULT 0,
    "submittedBreaches" INTEGER NOT NULL DEFAULT 0,
    "submittedReturned" INTEGER NOT NULL DEFAULT 0,
    "decided" INTEGER NOT NULL DEFAULT 0,
    "decidedHist" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "OfficeDayFigures_pkey" PRIMARY KEY ("officeId","day")
);

-- An application's share of its submission day: counted once, with whether it was decided, its breaches and
-- whether it was returned. `sign` is 1 to add the share and -1 to take it back.
CREATE FUNCTION "officeDaySubmitted"(o TEXT, submitted_at TIMESTAMPTZ, is_decided BOOLEAN, breaches INTEGER, is_returned BOOLEAN, sign INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "OfficeDayFigures" AS f ("officeId", "day", "submitted", "submittedDecided", "submittedBreaches", "submittedReturned")
  SELECT o, (submitted_at AT TIME ZONE 'Asia/Riyadh')::date, sign, sign * is_decided::int, sign * breaches, sign * is_returned::int
   WHERE o IS NOT NULL AND submitted_at IS NOT NULL
  ON CONFLICT ("officeId", "day") DO UPDATE SET
    "submitted" = f."submitted" + EXCLUDED."submitted",
    "submittedDecided" = f."submittedDecided" + EXCLUDED."submittedDecided",
    "submittedBreaches" = f."submittedBreaches" + EXCLUDED."submittedBreaches",
    "submittedReturned" = f."submittedReturned" + EXCLUDED."submittedReturned"
$$;

-- An application's share of its decision day (decidedAt, or issuedAt when it was issued without one): one more
-- decision, in the histogram bucket of its time from submission (tenths of an hour). A bucket back at 0 is removed.
CREATE FUNCTION "officeDayDecided"(o TEXT, submitted_at TIMESTAMPTZ, decided_at TIMESTAMPTZ, sign INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b TEXT;
BEGIN
  IF o IS NULL OR submitted_at IS NULL OR decided_at IS NULL THEN RETURN; END IF;
  b := floor(extract(epoch FROM (decided_at - submitted_at)) / 360)::int::text;
  INSERT INTO "OfficeDayFigures" AS f ("officeId", "day", "decided", "decidedHist")
  VALUES (o, (decided_at AT TIME ZONE 'Asia/Riyadh')::date, sign, jsonb_build_object(b, sign))
  ON CONFLICT ("officeId", "day") DO UPDATE SET
    "decided" = f."decided" + sign,
    "decidedHist" = CASE
      WHEN COALESCE((f."decidedHist" ->> b)::int, 0) + sign = 0 THEN f."decidedHist" - b
      ELSE jsonb_set(f."decidedHist", ARRAY[b], to_jsonb(COALESCE((f."decidedHist" ->> b)::int, 0) + sign))
    END;
END
$$;

-- Takes back the old row's shares and adds the new row's. On UPDATE a share is touched only when what it counts
-- changed: the SLA job's breach count touches the submission day alone, and a note touches nothing (see WHEN below).
CREATE FUNCTION "licenseApplicationOfficeDay"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND
      (OLD."officeId", OLD."submittedAt", OLD."decidedAt" IS NOT NULL OR OLD."issuedAt" IS NOT NULL, OLD."slaBreaches", OLD."returnCount" > 0)
      IS DISTINCT FROM
      (NEW."officeId", NEW."submittedAt", NEW."decidedAt" IS NOT NULL OR NEW."issuedAt" IS NOT NULL, NEW."slaBreaches", NEW."returnCount" > 0)) THEN
    PERFORM "officeDaySubmitted"(OLD."officeId", OLD."submittedAt", OLD."decidedAt" IS NOT NULL OR OLD."issuedAt" IS NOT NULL, OLD."slaBreaches", OLD."returnCount" > 0, -1);
    IF TG_OP = 'UPDATE' THEN
      PERFORM "officeDaySubmitted"(NEW."officeId", NEW."submittedAt", NEW."decidedAt" IS NOT NULL OR NEW."issuedAt" IS NOT NULL, NEW."slaBreaches", NEW."returnCount" > 0, 1);
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM "officeDaySubmitted"(NEW."officeId", NEW."submittedAt", NEW."decidedAt" IS NOT NULL OR NEW."issuedAt" IS NOT NULL, NEW."slaBreaches", NEW."returnCount" > 0, 1);
  END IF;

  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND
      (OLD."officeId", OLD."submittedAt", COALESCE(OLD."decidedAt", OLD."issuedAt"))
      IS DISTINCT FROM (NEW."officeId", NEW."submittedAt", COALESCE(NEW."decidedAt", NEW."issuedAt"))) THEN
    PERFORM "officeDayDecided"(OLD."officeId", OLD."submittedAt", COALESCE(OLD."decidedAt", OLD."issuedAt"), -1);
    IF TG_OP = 'UPDATE' THEN
      PERFORM "officeDayDecided"(NEW."officeId", NEW."submittedAt", COALESCE(NEW."decidedAt", NEW."issuedAt"), 1);
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM "officeDayDecided"(NEW."officeId", NEW."submittedAt", COALESCE(NEW."decidedAt", NEW."issuedAt"), 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "LicenseApplication_office_day_insert_delete"
  AFTER INSERT OR DELETE ON "LicenseApplication"
  FOR EACH ROW EXECUTE FUNCTION "licenseApplicationOfficeDay"();

CREATE TRIGGER "LicenseApplication_office_day_update"
  AFTER UPDATE OF "officeId", "submittedAt", "decidedAt", "issuedAt", "slaBreaches", "returnCount" ON "LicenseApplication"
  FOR EACH ROW
  WHEN ((OLD."officeId", OLD."submittedAt", OLD."decidedAt", OLD."issuedAt", OLD."slaBreaches", OLD."returnCount")
        IS DISTINCT FROM (NEW."officeId", NEW."submittedAt", NEW."decidedAt", NEW."issuedAt", NEW."slaBreaches", NEW."returnCount"))
  EXECUTE FUNCTION "licenseApplicationOfficeDay"();

-- The same figures computed from "LicenseApplication" alone: what the triggers must always agree with (the
-- integration test compares them), and how a bulk load that bypassed the triggers rebuilds the table.
CREATE FUNCTION "officeDayFiguresFromScratch"()
RETURNS TABLE ("officeId" TEXT, "day" DATE, "submitted" INTEGER, "submittedDecided" INTEGER, "submittedBreaches" INTEGER,
               "submittedReturned" INTEGER, "decided" INTEGER, "decidedHist" JSONB)
LANGUAGE sql STABLE AS $$
  WITH s AS (
    SELECT a."officeId" AS o, (a."submittedAt" AT TIME ZONE 'Asia/Riyadh')::date AS d, count(*)::int AS n,
           (count(*) FILTER (WHERE a."decidedAt" IS NOT NULL OR a."issuedAt" IS NOT NULL))::int AS nd,
           sum(a."slaBreaches")::int AS br, (count(*) FILTER (WHERE a."returnCount" > 0))::int AS ret
      FROM "LicenseApplication" a
     WHERE a."officeId" IS NOT NULL AND a."submittedAt" IS NOT NULL
     GROUP BY 1, 2),
  b AS (
    SELECT a."officeId" AS o, (COALESCE(a."decidedAt", a."issuedAt") AT TIME ZONE 'Asia/Riyadh')::date AS d,
           floor(extract(epoch FROM (COALESCE(a."decidedAt", a."issuedAt") - a."submittedAt")) / 360)::int AS k, count(*)::int AS n
      FROM "LicenseApplication" a
     WHERE a."officeId" IS NOT NULL AND a."submittedAt" IS NOT NULL AND COALESCE(a."decidedAt", a."issuedAt") IS NOT NULL
     GROUP BY 1, 2, 3),
  h AS (SELECT o, d, sum(n)::int AS n, jsonb_object_agg(k::text, n) AS hist FROM b GROUP BY 1, 2)
  SELECT COALESCE(s.o, h.o), COALESCE(s.d, h.d), COALESCE(s.n, 0), COALESCE(s.nd, 0), COALESCE(s.br, 0), COALESCE(s.ret, 0),
         COALESCE(h.n, 0), COALESCE(h.hist, '{}'::jsonb)
    FROM s FULL JOIN h ON h.o = s.o AND h.d = s.d
$$;

-- Rebuilds the table from scratch (this migration, and `npm run seed:scale` after its COPY, which bypasses triggers).
-- Writers wait meanwhile: a change committed between the DELETE and the INSERT would be lost otherwise.
CREATE FUNCTION "rebuildOfficeDayFigures"() RETURNS void LANGUAGE sql AS $$
  LOCK TABLE "LicenseApplication" IN SHARE MODE;
  DELETE FROM "OfficeDayFigures";
  INSERT INTO "OfficeDayFigures" SELECT * FROM "officeDayFiguresFromScratch"();
$$;

SELECT "rebuildOfficeDayFigures"();
