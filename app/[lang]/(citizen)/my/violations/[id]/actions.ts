"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { fileObjection } from "@/lib/domain/violations/commands/file-objection";

export async function fileObjectionAction(input: unknown) {
  const result = await runAction(fileObjection, input);
  if (result.ok) revalidatePath("/[lang]/my/violations", "layout");
  return result;
}
