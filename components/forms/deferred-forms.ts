"use client";

import { deferred } from "@/components/forms/deferred";

/**
 * The citizen and public pages' forms, each fetched on the person's first interaction with the page (decision 045):
 * a page imports its form from here, not from the form's module, so that the form's code is not in the first load.
 * Each `import()` below is a chunk of its own that nothing preloads.
 */
export const FileComplaintForm = deferred(() => import("@/components/complaints/file-form").then((m) => m.FileComplaintForm));
export const TrackForm = deferred(() => import("@/components/complaints/track-form").then((m) => m.TrackForm));
export const BookForm = deferred(() => import("@/components/appointments/book-form").then((m) => m.BookForm));
export const EstablishmentForm = deferred(() => import("@/components/licensing/establishment-form").then((m) => m.EstablishmentForm));
export const DocumentsForm = deferred(() => import("@/components/licensing/documents-form").then((m) => m.DocumentsForm));
export const OfficeForm = deferred(() => import("@/components/licensing/office-form").then((m) => m.OfficeForm));
export const SubmitForm = deferred(() => import("@/components/licensing/submit-form").then((m) => m.SubmitForm));
export const BuyBookletForm = deferred(() => import("@/components/tenders/buy-booklet-form").then((m) => m.BuyBookletForm));
export const SubscriptionsForm = deferred(() => import("@/components/tenders/subscriptions-form").then((m) => m.SubscriptionsForm));
export const FeedbackForm = deferred(() => import("@/components/supervision/feedback-form").then((m) => m.FeedbackForm));
export const AccreditationForm = deferred(() => import("@/components/supervision/accreditation-form").then((m) => m.AccreditationForm));
export const ResubmitForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.ResubmitForm));
export const WithdrawForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.WithdrawForm), { placeholder: "button" });
export const RenewForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.RenewForm));
export const CancelLicenseForm = deferred(() => import("@/components/licensing/citizen-actions").then((m) => m.CancelLicenseForm));
export const AuthorizeForm = deferred(() => import("@/components/permits/forms").then((m) => m.AuthorizeForm));
export const ReassignForm = deferred(() => import("@/components/permits/forms").then((m) => m.ReassignForm));
export const PermitReasonForm = deferred(() => import("@/components/permits/forms").then((m) => m.PermitReasonForm));
export const PermitStepButton = deferred(() => import("@/components/permits/forms").then((m) => m.StepButton), { placeholder: "button" });
export const RescheduleForm = deferred(() => import("@/components/appointments/manage-forms").then((m) => m.RescheduleForm));
export const CancelAppointmentForm = deferred(() => import("@/components/appointments/manage-forms").then((m) => m.CancelForm));
export const AfterResolutionPanel = deferred(() => import("@/components/complaints/after-resolution-forms").then((m) => m.AfterResolutionPanel));
export const GuestConfirm = deferred(() => import("@/components/complaints/guest-confirm").then((m) => m.GuestConfirm));
