"use client";

import { deferred } from "@/components/forms/deferred";

/** A license: the application's steps, its resubmission and withdrawal, the license's renewal and cancellation. Fetched on the first interaction (decision 045; this folder's index says why one file per area). */
export const EstablishmentForm = deferred(() => import("@/components/licensing/establishment-form").then((m) => m.EstablishmentForm));
export const DocumentsForm = deferred(() => import("@/components/licensing/documents-form").then((m) => m.DocumentsForm));
export const OfficeForm = deferred(() => import("@/components/licensing/office-form").then((m) => m.OfficeForm));
export const SubmitForm = deferred(() => import("@/components/licensing/submit-form").then((m) => m.SubmitForm));
export const ResubmitForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.ResubmitForm));
export const WithdrawForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.WithdrawForm), { placeholder: "button" });
export const RenewForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.RenewForm));
export const CancelLicenseForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.CancelLicenseForm));
