/**
 * Imports every domain command so the registry is complete (the authorization test enumerates it).
 * Add each new command module here.
 */
import "@/lib/domain/identity/commands/update-profile";
import "@/lib/domain/notifications/commands/retry-dead";

export { registeredCommands } from "@/lib/domain/command";
