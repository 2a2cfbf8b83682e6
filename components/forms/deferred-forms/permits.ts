"use client";

import { deferred } from "@/components/forms/deferred";

/** A building permit: authorizing the engineering office, reassigning it, the owner's reasons and steps. Fetched on the first interaction (decision 045; this folder's index says why one file per area). */
export const AuthorizeForm = deferred(() => import("@/components/permits/forms").then((m) => m.AuthorizeForm));
export const ReassignForm = deferred(() => import("@/components/permits/forms").then((m) => m.ReassignForm));
export const PermitReasonForm = deferred(() => import("@/components/permits/forms").then((m) => m.PermitReasonForm));
export const PermitStepButton = deferred(() => import("@/components/permits/forms").then((m) => m.StepButton), { placeholder: "button" });
