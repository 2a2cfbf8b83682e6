/**
 * Imports every domain command so the registry is complete (the authorization test enumerates it).
 * Add each new command module here.
 */
import "@/lib/domain/identity/commands/update-profile";
import "@/lib/domain/notifications/commands/retry-dead";
import "@/lib/domain/payments/commands/reconcile-upload";
import "@/lib/domain/violations/commands/record-violation";
import "@/lib/domain/violations/commands/file-objection";
import "@/lib/domain/violations/commands/decide-objection";

export { registeredCommands } from "@/lib/domain/command";
