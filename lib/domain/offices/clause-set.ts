/* Pure data (imports only ./rules): the seed imports this file by a relative path. */
// For the seed (prisma/seed/supervision.ts), which imports the contract defaults from here; they live in rules.ts.
export { CONTRACT_MONTHS, STANDARD_SERVICE_LEVELS } from "./rules";
/**
 * The standard contract of an accredited licensing office: the service levels it must meet and the
 * penalty clauses that apply when it does not (graduated: the n-th occurrence of a trigger within
 * 12 months gives the n-th clause; past the last clause, the last one applies again).
 * Data, not code: every contract stores its own copy of the clauses (PenaltyClause rows), so a later
 * change of this standard set never rewrites a signed contract.
 */
export type PenaltyTriggerCode = "SPOT_CHECK_FINDING" | "SLA_BREACH" | "CONTRACT_BREACH";
export type PenaltyKindCode = "WARNING" | "FINE" | "SUSPENSION" | "REVOCATION";
export type ServiceTypeCode = "COMMERCIAL" | "HEALTH" | "ENGINEERING";

export type ClauseSpec = {
  code: string;
  titleAr: string;
  titleEn: string;
  trigger: PenaltyTriggerCode;
  /** The n-th occurrence of the trigger (within 12 months; SLA breaches: within one calendar month, counted in tens). */
  occurrence: number;
  kind: PenaltyKindCode;
  fineHalalas: number | null;
  suspensionDays: number | null;
};

const SAR = 100;

export const STANDARD_CLAUSES: readonly ClauseSpec[] = [
  // Spot checks: a license re-inspected by a municipality inspector was issued in error.
  { code: "SC-1", trigger: "SPOT_CHECK_FINDING", occurrence: 1, kind: "WARNING", fineHalalas: null, suspensionDays: null,
    titleAr: "إنذار كتابي: مخالفة في ترخيص صادر ثبتت بالتدقيق الميداني (المرة الأولى)", titleEn: "Written warning: an issued license failed a spot check (first time)" },
  { code: "SC-2", trigger: "SPOT_CHECK_FINDING", occurrence: 2, kind: "FINE", fineHalalas: 5_000 * SAR, suspensionDays: null,
    titleAr: "غرامة مالية 5,000 ريال: مخالفة ثانية في التدقيق الميداني", titleEn: "Fine of SAR 5,000: second spot-check finding" },
  { code: "SC-3", trigger: "SPOT_CHECK_FINDING", occurrence: 3, kind: "SUSPENSION", fineHalalas: null, suspensionDays: 30,
    titleAr: "إيقاف المكتب 30 يومًا: مخالفة ثالثة في التدقيق الميداني", titleEn: "Suspension for 30 days: third spot-check finding" },
  { code: "SC-4", trigger: "SPOT_CHECK_FINDING", occurrence: 4, kind: "REVOCATION", fineHalalas: null, suspensionDays: null,
    titleAr: "إلغاء الاعتماد وفسخ العقد: مخالفة رابعة في التدقيق الميداني", titleEn: "Revocation of accreditation: fourth spot-check finding" },
  // SLA: counted per calendar month, in tens of breached steps.
  { code: "SLA-1", trigger: "SLA_BREACH", occurrence: 1, kind: "WARNING", fineHalalas: null, suspensionDays: null,
    titleAr: "إنذار: 10 تجاوزات لمدة الخدمة المحددة خلال شهر", titleEn: "Warning: 10 service-time (SLA) breaches in a month" },
  { code: "SLA-2", trigger: "SLA_BREACH", occurrence: 2, kind: "FINE", fineHalalas: 2_000 * SAR, suspensionDays: null,
    titleAr: "غرامة 2,000 ريال: 20 تجاوزاً لمدة الخدمة خلال شهر", titleEn: "Fine of SAR 2,000: 20 SLA breaches in a month" },
  { code: "SLA-3", trigger: "SLA_BREACH", occurrence: 3, kind: "FINE", fineHalalas: 10_000 * SAR, suspensionDays: null,
    titleAr: "غرامة 10,000 ريال: 30 تجاوزاً لمدة الخدمة خلال شهر", titleEn: "Fine of SAR 10,000: 30 SLA breaches in a month" },
  { code: "SLA-4", trigger: "SLA_BREACH", occurrence: 4, kind: "SUSPENSION", fineHalalas: null, suspensionDays: 14,
    titleAr: "إيقاف المكتب 14 يومًا: 40 تجاوزاً لمدة الخدمة خلال شهر", titleEn: "Suspension for 14 days: 40 SLA breaches in a month" },
  // Other breaches of the contract (unqualified staff acting, misuse of the portal …), decided case by case.
  { code: "CB-1", trigger: "CONTRACT_BREACH", occurrence: 1, kind: "FINE", fineHalalas: 10_000 * SAR, suspensionDays: null,
    titleAr: "غرامة 10,000 ريال: إخلال ببنود العقد (المرة الأولى)", titleEn: "Fine of SAR 10,000: breach of contract (first time)" },
  { code: "CB-2", trigger: "CONTRACT_BREACH", occurrence: 2, kind: "SUSPENSION", fineHalalas: null, suspensionDays: 60,
    titleAr: "إيقاف المكتب 60 يومًا: إخلال متكرر ببنود العقد", titleEn: "Suspension for 60 days: repeated breach of contract" },
  { code: "CB-3", trigger: "CONTRACT_BREACH", occurrence: 3, kind: "REVOCATION", fineHalalas: null, suspensionDays: null,
    titleAr: "إلغاء الاعتماد وفسخ العقد: إخلال جسيم متكرر", titleEn: "Revocation of accreditation: serious repeated breach" },
];


/**
 * The clause that applies to the `occurrence`-th time of `trigger` (pure): the clause with that
 * occurrence, else the highest one below it (repeat offenders stay at the harshest step), else null.
 */
export function clauseFor<C extends { trigger: string; occurrence: number }>(clauses: readonly C[], trigger: string, occurrence: number): C | null {
  const candidates = clauses.filter((c) => c.trigger === trigger && c.occurrence <= occurrence).sort((a, b) => b.occurrence - a.occurrence);
  return candidates[0] ?? null;
}

/**
 * The probation set for a newly accredited office's first contract: findings weigh more
 * (1st finding: fine, 2nd: suspension, 3rd: revocation). SLA and contract-breach clauses as standard.
 */
export const PROBATION_CLAUSES: readonly ClauseSpec[] = [
  { code: "PSC-1", trigger: "SPOT_CHECK_FINDING", occurrence: 1, kind: "FINE", fineHalalas: 5_000 * SAR, suspensionDays: null,
    titleAr: "غرامة مالية 5,000 ريال: مخالفة في التدقيق الميداني خلال فترة التجربة", titleEn: "Fine of SAR 5,000: spot-check finding during probation" },
  { code: "PSC-2", trigger: "SPOT_CHECK_FINDING", occurrence: 2, kind: "SUSPENSION", fineHalalas: null, suspensionDays: 30,
    titleAr: "إيقاف المكتب 30 يومًا: مخالفة ثانية خلال فترة التجربة", titleEn: "Suspension for 30 days: second finding during probation" },
  { code: "PSC-3", trigger: "SPOT_CHECK_FINDING", occurrence: 3, kind: "REVOCATION", fineHalalas: null, suspensionDays: null,
    titleAr: "إلغاء الاعتماد وفسخ العقد: مخالفة ثالثة خلال فترة التجربة", titleEn: "Revocation: third finding during probation" },
  ...STANDARD_CLAUSES.filter((c) => c.trigger !== "SPOT_CHECK_FINDING"),
];

export const CLAUSE_SETS = { STANDARD: STANDARD_CLAUSES, PROBATION: PROBATION_CLAUSES } as const;
export type ClauseSetCode = keyof typeof CLAUSE_SETS;
export const CLAUSE_SET_CODES = ["STANDARD", "PROBATION"] as const satisfies readonly ClauseSetCode[];
