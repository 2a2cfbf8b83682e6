"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createService, publishService, retireService, updateService } from "@/lib/domain/catalogue/commands/manage-service";

const done = <R extends { ok: boolean }>(r: R) => {
  if (r.ok) {
    revalidatePath("/[lang]/staff/catalogue", "layout");
    revalidatePath("/[lang]/catalogue", "layout");
    revalidatePath("/[lang]", "page");
  }
  return r;
};
export async function createServiceAction(input: unknown) { return done(await runAction(createService, input)); }
export async function updateServiceAction(input: unknown) { return done(await runAction(updateService, input)); }
export async function publishServiceAction(input: unknown) { return done(await runAction(publishService, input)); }
export async function retireServiceAction(input: unknown) { return done(await runAction(retireService, input)); }
