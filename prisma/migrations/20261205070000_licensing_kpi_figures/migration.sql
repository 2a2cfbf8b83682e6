-- The licensing KPIs at national scale (issue 16; docs/decisions/044-office-figures-kept-by-triggers.md). The page
-- grouped every application of the staff member's municipalities by status, summed their SLA breaches and took the
-- median time to license over all of them on every request (1.1–1.5 s at 1.4 M applications). These two tables hold
-- the same figures, kept by triggers in the transaction of every change: exact and never late.

-- CreateTable
CREATE TABLE "LicensingDayFigures" (
    "municipalityId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "issued" INTEGER NOT NULL DEFAULT 0,
    "issuedHist" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "LicensingDayFigures_pkey" PRIMARY KEY ("municipalityId","officeId","day")
);

-- CreateTable
CREATE TABLE "LicensingStatusCounts" (
    "municipalityId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "applications" INTEGER NOT NULL DEFAULT 0,
    "breached" INTEGER NOT NULL DEFAULT 0,
    "breaches" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LicensingStatusCounts_pkey" PRIMARY KEY ("municipalityId","officeId","status")
);

-- The bucket of a time to license, named by its lower edge in seconds: a minute under two hours, a tenth of an hour
-- under two days, an hour beyond. The page shows minutes under two hours, hours under two days, days beyond.
CREATE FUNCTION "licensingTimeBucket"(seconds DOUBLE PRECISION) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN seconds < 7200 THEN floor(seconds / 60) * 60
              WHEN seconds < 172800 THEN floor(seconds / 360) * 360
              ELSE floor(seconds / 3600) * 3600 END::int
$$;

-- An application's share of the day its license was issued (`sign` 1 adds it, -1 takes it back).
CREATE FUNCTION "licensingDayIssued"(m TEXT, o TEXT, submitted_at TIMESTAMPTZ, issued_at TIMESTAMPTZ, sign INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  b TEXT;
BEGIN
  IF m IS NULL OR submitted_at IS NULL OR issued_at IS NULL THEN RETURN; END IF;
  b := "licensingTimeBucket"(extract(epoch FROM (issued_at - submitted_at))::float8)::text;
  INSERT INTO "LicensingDayFigures" AS f ("municipalityId", "officeId", "day", "issued", "issuedHist")
  VALUES (m, COALESCE(o, ''), (issued_at AT TIME ZONE 'Asia/Riyadh')::date, sign, jsonb_build_object(b, sign))
  ON CONFLICT ("municipalityId", "officeId", "day") DO UPDATE SET
    "issued" = f."issued" + sign,
    "issuedHist" = CASE
      WHEN COALESCE((f."issuedHist" ->> b)::int, 0) + sign = 0 THEN f."issuedHist" - b
      ELSE jsonb_set(f."issuedHist", ARRAY[b], to_jsonb(COALESCE((f."issuedHist" ->> b)::int, 0) + sign))
    END;
END
$$;

-- Moves an application's share between status rows: the old row's share out, the new row's in, in one statement
-- that takes the rows in key order, so two transactions moving applications in opposite directions between the same
-- two statuses cannot deadlock. A NULL municipality is no share.
CREATE FUNCTION "licensingStatusMove"(
  old_m TEXT, old_o TEXT, old_status "ApplicationStatus", old_breaches INTEGER,
  new_m TEXT, new_o TEXT, new_status "ApplicationStatus", new_breaches INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "LicensingStatusCounts" AS c ("municipalityId", "officeId", "status", "applications", "breached", "breaches")
  SELECT m, o, s, sum(n)::int, sum(nb)::int, sum(br)::int
    FROM (VALUES (old_m, COALESCE(old_o, ''), old_status, -1, -(old_breaches > 0)::int, -old_breaches),
                 (new_m, COALESCE(new_o, ''), new_status, 1, (new_breaches > 0)::int, new_breaches)) v(m, o, s, n, nb, br)
   WHERE m IS NOT NULL AND s IS NOT NULL
   GROUP BY m, o, s
   ORDER BY m, o, s
  ON CONFLICT ("municipalityId", "officeId", "status") DO UPDATE SET
    "applications" = c."applications" + EXCLUDED."applications",
    "breached" = c."breached" + EXCLUDED."breached",
    "breaches" = c."breaches" + EXCLUDED."breaches"
$$;

CREATE FUNCTION "licenseApplicationLicensingFigures"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "licensingStatusMove"(NULL, NULL, NULL, 0, NEW."municipalityId", NEW."officeId", NEW."status", NEW."slaBreaches");
    PERFORM "licensingDayIssued"(NEW."municipalityId", NEW."officeId", NEW."submittedAt", NEW."issuedAt", 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "licensingStatusMove"(OLD."municipalityId", OLD."officeId", OLD."status", OLD."slaBreaches", NULL, NULL, NULL, 0);
    PERFORM "licensingDayIssued"(OLD."municipalityId", OLD."officeId", OLD."submittedAt", OLD."issuedAt", -1);
  ELSE
    IF (OLD."municipalityId", OLD."officeId", OLD."status", OLD."slaBreaches") IS DISTINCT FROM (NEW."municipalityId", NEW."officeId", NEW."status", NEW."slaBreaches") THEN
      PERFORM "licensingStatusMove"(OLD."municipalityId", OLD."officeId", OLD."status", OLD."slaBreaches", NEW."municipalityId", NEW."officeId", NEW."status", NEW."slaBreaches");
    END IF;
    IF (OLD."municipalityId", OLD."officeId", OLD."submittedAt", OLD."issuedAt") IS DISTINCT FROM (NEW."municipalityId", NEW."officeId", NEW."submittedAt", NEW."issuedAt") THEN
      PERFORM "licensingDayIssued"(OLD."municipalityId", OLD."officeId", OLD."submittedAt", OLD."issuedAt", -1);
      PERFORM "licensingDayIssued"(NEW."municipalityId", NEW."officeId", NEW."submittedAt", NEW."issuedAt", 1);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "LicenseApplication_licensing_insert_delete"
  AFTER INSERT OR DELETE ON "LicenseApplication"
  FOR EACH ROW EXECUTE FUNCTION "licenseApplicationLicensingFigures"();

CREATE TRIGGER "LicenseApplication_licensing_update"
  AFTER UPDATE OF "municipalityId", "officeId", "status", "slaBreaches", "submittedAt", "issuedAt" ON "LicenseApplication"
  FOR EACH ROW
  WHEN ((OLD."municipalityId", OLD."officeId", OLD."status", OLD."slaBreaches", OLD."submittedAt", OLD."issuedAt")
        IS DISTINCT FROM (NEW."municipalityId", NEW."officeId", NEW."status", NEW."slaBreaches", NEW."submittedAt", NEW."issuedAt"))
  EXECUTE FUNCTION "licenseApplicationLicensingFigures"();

-- The same figures from "LicenseApplication" alone: what the triggers must agree with (integration test), and the
-- rebuild after a bulk load that bypassed them.
CREATE FUNCTION "licensingDayFiguresFromScratch"()
RETURNS TABLE ("municipalityId" TEXT, "officeId" TEXT, "day" DATE, "issued" INTEGER, "issuedHist" JSONB)
LANGUAGE sql STABLE AS $$
  WITH b AS (
    SELECT a."municipalityId" AS m, COALESCE(a."officeId", '') AS o, (a."issuedAt" AT TIME ZONE 'Asia/Riyadh')::date AS d,
           "licensingTimeBucket"(extract(epoch FROM (a."issuedAt" - a."submittedAt"))::float8) AS k, count(*)::int AS n
      FROM "LicenseApplication" a
     WHERE a."municipalityId" IS NOT NULL AND a."submittedAt" IS NOT NULL AND a."issuedAt" IS NOT NULL
     GROUP BY 1, 2, 3, 4)
  SELECT m, o, d, sum(n)::int, jsonb_object_agg(k::text, n) FROM b GROUP BY 1, 2, 3
$$;

CREATE FUNCTION "licensingStatusCountsFromScratch"()
RETURNS TABLE ("municipalityId" TEXT, "officeId" TEXT, "status" "ApplicationStatus", "applications" INTEGER, "breached" INTEGER, "breaches" INTEGER)
LANGUAGE sql STABLE AS $$
  SELECT a."municipalityId", COALESCE(a."officeId", ''), a.status, count(*)::int,
         (count(*) FILTER (WHERE a."slaBreaches" > 0))::int, sum(a."slaBreaches")::int
    FROM "LicenseApplication" a
   WHERE a."municipalityId" IS NOT NULL
   GROUP BY 1, 2, 3
$$;

CREATE FUNCTION "rebuildLicensingFigures"() RETURNS void LANGUAGE sql AS $$
  LOCK TABLE "LicenseApplication" IN SHARE MODE;
  DELETE FROM "LicensingDayFigures";
  INSERT INTO "LicensingDayFigures" SELECT * FROM "licensingDayFiguresFromScratch"();
  DELETE FROM "LicensingStatusCounts";
  INSERT INTO "LicensingStatusCounts" SELECT * FROM "licensingStatusCountsFromScratch"();
$$;

SELECT "rebuildLicensingFigures"();
