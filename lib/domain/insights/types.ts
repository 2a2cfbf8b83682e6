import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Period } from "@/lib/domain/insights/days";

export type Level = "amanah" | "municipality" | "department";

/** What a dashboard reads: the actor's scope narrowed to the level asked for. */
export type Scope = {
  level: Level;
  amanahIds: string[];
  /** null: every municipality of the Amanahs. */
  municipalityIds: string[] | null;
  departmentId: string | null;
};

export type Format = "count" | "halalas" | "hours" | "days" | "percent" | "rating";

export type Name = { nameAr: string; nameEn: string };
/** A label is either a dictionary key or a bilingual name from the data. */
export type Label = { key: string; params?: Record<string, string | number> } | Name;

/** Where a number leads: the list behind it (lib/domain/insights/queries/drill.ts). */
export type DrillRef = { indicator: string; list: string; dimA?: string; dimB?: string; municipalityId?: string };

/**
 * Which way a figure should move: "up" (issued licenses, revenue: the default), "down" (overdue complaints, hours to
 * resolve, late stages, no-shows) or "neither" (complaints received, violations issued: demand, not performance).
 * The dashboard colours a change by it, so a rise in overdue complaints is never shown as good news.
 */
export type Better = "up" | "down" | "neither";
export type Figure = { key: string; label: Label; format: Format; value: number | null; previous: number | null; drill?: DrillRef; better?: Better };

export type TrendSeries = { key: string; label: Label; format: Format };
export type Trend = { series: TrendSeries[]; points: { day: string; values: Record<string, number | null> }[] };

export type Breakdown = {
  key: string;
  title: Label;
  dimension: Label;
  columns: { key: string; label: Label; format: Format }[];
  rows: { id: string; label: Label; values: Record<string, number | null>; drill?: DrillRef }[];
};

export type Section = { key: string; title: Label; figures: Figure[]; trend: Trend; breakdowns: Breakdown[] };

export type SectionQuery = { db: DbOrTx; scope: Scope; period: Period; comparison: Period; bucket: "day" | "week" | "month" };

/** One page of the records behind a number. Cells are plain values; `status` columns carry a dictionary key. */
export type DrillPage = {
  title: Label;
  columns: { key: string; label: Label; kind?: "text" | "date" | "halalas" | "label" }[];
  rows: Record<string, string | number | null | Label>[];
  total: number;
};
export type DrillFilter = { scope: Scope; period: Period; dimA?: string; dimB?: string; municipalityId?: string };

/**
 * An indicator of the decision-support dashboards (issue 15): how its daily rows are computed from the
 * operational tables (by the job only), which days late data touched, and how its dashboard section reads the
 * daily rows back. One file per indicator in lib/domain/insights/indicators/, listed in indicators/index.ts.
 */
export type Indicator = {
  key: string;
  title: Label;
  /** The levels whose dashboard shows this section (department: only indicators that carry a department). */
  levels: readonly Level[];
  /**
   * The daily rows of the days in [period.from, period.to), from the operational tables: queries in the shape of
   * measureSql (lib/domain/insights/sql.ts), which the job inserts with INSERT … SELECT (aggregate.ts).
   */
  daily(period: Period): Prisma.Sql[];
  /** Riyadh days whose rows changed because of records written after `since` (late data included). */
  touchedDays(db: DbOrTx, since: Date): Promise<string[]>;
  /** The first day with data (a new indicator backfills from there), or null. */
  firstDay(db: DbOrTx): Promise<string | null>;
  section(q: SectionQuery): Promise<Section>;
  /** The lists behind the numbers, by name. */
  lists: Record<string, (db: DbOrTx, f: DrillFilter, page: { skip: number; take: number }) => Promise<DrillPage>>;
};
