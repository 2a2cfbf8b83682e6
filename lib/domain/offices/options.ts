/** The choices and limits of the offices' forms: shared by their schemas (schemas.ts) and the forms, without zod. */
export const SERVICE_TYPES = ["COMMERCIAL", "HEALTH", "ENGINEERING"] as const;
export const MEMBER_ROLES = ["MANAGER", "AGENT", "HEALTH_SPECIALIST", "TECH_INSPECTOR"] as const;
export const STAFF_ROLES_ADDABLE = ["AGENT", "HEALTH_SPECIALIST", "TECH_INSPECTOR"] as const;
export const WORKSHOP_TOPICS = ["LICENSING_BASICS", "HEALTH_REQUIREMENTS", "BUILDING_CODE", "CUSTOMER_SERVICE"] as const;
export const FEEDBACK_KINDS = ["SUGGESTION", "COMPLAINT"] as const;
export const MAX_ACCREDITATION_DOCUMENTS = 3;
export const MAX_STAFF = 20;
