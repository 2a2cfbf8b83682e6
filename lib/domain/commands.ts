/**
 * Imports every domain command so the registry is complete (the authorization test enumerates it).
 * Add each new command module here: lib/domain/registries.test.ts fails when a file that defines a
 * command is missing from this list.
 */
import "@/lib/domain/identity/commands/update-profile";
import "@/lib/domain/identity/commands/account-security";
import "@/lib/domain/identity/commands/national-sign-in";
import "@/lib/domain/notifications/commands/retry-dead";
import "@/lib/domain/payments/commands/reconcile-upload";
import "@/lib/domain/violations/commands/record-violation";
import "@/lib/domain/violations/commands/file-objection";
import "@/lib/domain/violations/commands/decide-objection";
import "@/lib/domain/complaints/commands/file-complaint";
import "@/lib/domain/complaints/commands/verify-mobile";
import "@/lib/domain/complaints/commands/citizen";
import "@/lib/domain/complaints/commands/track";
import "@/lib/domain/licensing/commands/save-establishment";
import "@/lib/domain/licensing/commands/save-documents";
import "@/lib/domain/licensing/commands/choose-office";
import "@/lib/domain/licensing/commands/submit-application";
import "@/lib/domain/licensing/commands/resubmit-application";
import "@/lib/domain/licensing/commands/withdraw-application";
import "@/lib/domain/licensing/commands/renew-license";
import "@/lib/domain/licensing/commands/cancel-license";
import "@/lib/domain/licensing/commands/office-review";
import "@/lib/domain/licensing/commands/office-inspect";
import "@/lib/domain/licensing/commands/office-health";
import "@/lib/domain/licensing/commands/office-approve";
import "@/lib/domain/health-certs/commands/request-health-cert";
import "@/lib/domain/health-certs/commands/record-exam";
import "@/lib/domain/complaints/commands/staff-refer";
import "@/lib/domain/complaints/commands/staff-assign";
import "@/lib/domain/complaints/commands/staff-note";
import "@/lib/domain/complaints/commands/staff-update";
import "@/lib/domain/complaints/commands/staff-resolve";
import "@/lib/domain/complaints/commands/staff-reject";
import "@/lib/domain/complaints/commands/staff-merge";
import "@/lib/domain/complaints/commands/staff-view-reporter";
import "@/lib/domain/offices/commands/apply-accreditation";
import "@/lib/domain/offices/commands/decide-accreditation";
import "@/lib/domain/offices/commands/manage-staff";
import "@/lib/domain/offices/commands/training";
import "@/lib/domain/offices/commands/feedback";
import "@/lib/domain/offices/commands/spot-checks";
import "@/lib/domain/offices/commands/decide-penalty";
import "@/lib/domain/offices/commands/appeal-penalty";
import "@/lib/domain/offices/commands/decide-appeal";
import "@/lib/domain/offices/commands/citizen";
import "@/lib/domain/offices/commands/invitations";
import "@/lib/domain/kiosks/commands/manage-kiosks";

export { registeredCommands, registeredPublicCommands } from "@/lib/domain/command";
