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
