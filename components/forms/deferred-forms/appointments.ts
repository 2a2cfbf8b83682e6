"use client";

import { deferred } from "@/components/forms/deferred";

/** An appointment: booking, rescheduling, cancelling. Fetched on the first interaction (decision 045; this folder's index says why one file per area). */
export const BookForm = deferred(() => import("@/components/appointments/book-form").then((m) => m.BookForm));
export const RescheduleForm = deferred(() => import("@/components/appointments/manage-forms").then((m) => m.RescheduleForm));
export const CancelAppointmentForm = deferred(() => import("@/components/appointments/manage-forms").then((m) => m.CancelForm));
