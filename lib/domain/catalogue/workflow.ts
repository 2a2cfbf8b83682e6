import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * A catalogue entry's life (docs/decisions/018-service-catalogue.md): an administrator drafts it, publishes it
 * (it appears on the public catalogue and its guide), edits it while drafted or published, retires it (it
 * disappears from every public page) and may publish it again. A retired entry is not edited: publish it first.
 */
export const ESERVICE_STATES = ["DRAFT", "PUBLISHED", "RETIRED"] as const;
export type EServiceState = (typeof ESERVICE_STATES)[number];
export const ESERVICE_EVENTS = ["edit", "publish", "retire"] as const;
export type EServiceEvent = (typeof ESERVICE_EVENTS)[number];

export const eServiceWorkflow = defineWorkflow<EServiceState, EServiceEvent, "ADMIN">({
  name: "eService",
  states: ESERVICE_STATES,
  events: ESERVICE_EVENTS,
  rules: [
    { event: "edit", from: "DRAFT", role: "ADMIN", to: "DRAFT" },
    { event: "edit", from: "PUBLISHED", role: "ADMIN", to: "PUBLISHED" },
    { event: "publish", from: ["DRAFT", "RETIRED"], role: "ADMIN", to: "PUBLISHED" },
    { event: "retire", from: ["DRAFT", "PUBLISHED"], role: "ADMIN", to: "RETIRED" },
  ],
});
