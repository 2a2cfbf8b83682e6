"use server";

import { runAction } from "@/lib/actions/run-action";
import { fileOfficeFeedback } from "@/lib/domain/offices/commands/feedback";

// no-revalidate: the committee's feedback page renders per request; it shows the new feedback on its next load.
export async function fileFeedbackAction(input: unknown) {
  return runAction(fileOfficeFeedback, input);
}
