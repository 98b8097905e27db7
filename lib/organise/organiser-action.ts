import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { recordAudit, type AuditEntry } from "../audit/record";
import { campaignWhereCan, type Capability } from "../auth/capabilities";
import { requireAdmin, requireUser, type CurrentUser } from "../auth/session";
import { revalidatePublicCampaignPages } from "../campaigns/revalidate-public-pages";
import { getDb } from "../db";
import type { Database } from "../db/client";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { fieldErrorsFrom, type FormState } from "../forms/form-state";
import { plainTextOnly } from "../forms/plain-text";
import { defaultLocale, isLocale, type Locale } from "../i18n/config";
import { getTranslator, type MessageKey, type MessageValues, type Translator } from "../i18n/translate";
import { readForm } from "../forms/read-form";
import { ActionRefusal } from "./action-refusal";

// The one path every organiser action follows (issue 10; docs/decisions/021):
//   who is signed in → the capability on this campaign, asked of the database → the strict schema
//   (control characters refused first) → one domain call → its audit entry (in the domain call's own
//   transaction, through ctx.audit) → revalidation → a FormState or a redirect.
// A "use server" file declares each action as `export const xAction = organiserAction({ ... })`.
// The hidden routing fields are `locale` and `campaignId`; everything else is the form's and goes
// through the schema. A forged routing value is answered "not found" (readForm).

export { ActionRefusal };

/** An audit entry's own fields; an admin's action names the campaign it made, a campaign's action is always its campaign's. */
type AuditFields = Omit<AuditEntry, "actorId" | "actorEmail" | "campaignId"> & { campaignId?: string };
type AuditWriter = Parameters<typeof recordAudit>[0];

export type ActionContext = {
  db: Database;
  actor: CurrentUser;
  locale: Locale;
  t: Translator;
  /** Writes the audit entry for this actor (and campaign), in the transaction given. */
  audit(tx: AuditWriter, entry: AuditFields): Promise<void>;
};

export type CampaignActionContext = ActionContext & { campaign: { id: string; slug: string } };

/** What a domain call ends with: a notice on the same page, or another page. */
export type ActionDone = { ok: MessageKey; values?: MessageValues } | { redirect: string };

type Spec<S extends z.ZodType, C> = {
  schema: S;
  /** Field names read as lists (checkboxes, repeated fields). */
  lists?: readonly string[];
  /** Top-level fields where tab and line breaks are text (an appeal, a post's body). */
  multiline?: readonly string[];
  /** Whether public pages change too (campaign, petition and news pages), not only the console. */
  public?: boolean;
  run(ctx: C, input: z.output<S>): Promise<ActionDone>;
};

/** An action on one campaign, for those who hold `capability` on it. */
export function organiserAction<S extends z.ZodType>(spec: Spec<S, CampaignActionContext> & { capability: Capability }) {
  const schema = plainTextOnly(spec.schema, { multiline: spec.multiline });
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const form = readForm(formData, { lists: spec.lists, meta: ["locale", "campaignId"] });
    const locale = isLocale(form.meta.locale) ? form.meta.locale : defaultLocale;
    const actor = await requireUser(locale);
    const db = await getDb();
    const campaign = await db.prisma.campaign.findFirst({
      where: { AND: [{ id: form.meta.campaignId ?? "" }, campaignWhereCan(actor, spec.capability)] },
      select: { id: true, slug: true },
    });
    if (!campaign) notFound();
    const t = getTranslator(locale);
    const audit = (tx: AuditWriter, entry: AuditFields) => recordAudit(tx, { ...entry, actorId: actor.id, actorEmail: actor.email, campaignId: campaign.id });
    const state = await runParsed(schema, form, { db, actor, locale, t, audit, campaign }, spec);
    if (!("done" in state)) return state;
    revalidatePath(`/${locale}/organise/campaigns/${campaign.slug}`, "layout");
    return finish(state.done, spec, t);
  };
}

/**
 * The same path for a form without a state of its own (`<form action={xAction}>`: a button in a row of a
 * list). It ends by going to another page, or with the page rendered again; a refusal has no place to
 * show, so such forms carry only what the page wrote (ids), and a forged one changes nothing.
 */
export function organiserFormAction<S extends z.ZodType>(spec: Spec<S, CampaignActionContext> & { capability: Capability }) {
  const stateful = organiserAction(spec);
  return async function action(formData: FormData): Promise<void> {
    await stateful({}, formData);
  };
}

/** An action of the instance's own (creating a campaign): for instance admins alone. */
export function adminAction<S extends z.ZodType>(spec: Spec<S, ActionContext>) {
  const schema = plainTextOnly(spec.schema, { multiline: spec.multiline });
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const form = readForm(formData, { lists: spec.lists, meta: ["locale"] });
    const locale = isLocale(form.meta.locale) ? form.meta.locale : defaultLocale;
    const actor = await requireAdmin(locale);
    const db = await getDb();
    const t = getTranslator(locale);
    const audit = (tx: AuditWriter, entry: AuditFields) => recordAudit(tx, { campaignId: null, ...entry, actorId: actor.id, actorEmail: actor.email });
    const state = await runParsed(schema, form, { db, actor, locale, t, audit }, spec);
    if (!("done" in state)) return state;
    revalidatePath(`/${locale}/organise`, "layout");
    return finish(state.done, spec, t);
  };
}

async function runParsed<S extends z.ZodType, C extends ActionContext>(
  schema: z.ZodType<z.output<S>>,
  form: ReturnType<typeof readForm>,
  ctx: C,
  spec: Spec<S, C>,
): Promise<FormState | { done: ActionDone }> {
  const { t } = ctx;
  const parsed = schema.safeParse(form.fields);
  if (!parsed.success) return { formError: t("errors.formInvalid"), fieldErrors: fieldErrorsFrom(parsed.error, t), values: form.values };
  try {
    return { done: await spec.run(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof ActionRefusal) {
      if (error.notFound) notFound();
      const message = t(error.messageKey, error.values);
      return error.field ? { formError: t("errors.formInvalid"), fieldErrors: { [error.field]: message }, values: form.values } : { formError: message, values: form.values };
    }
    // The database went away (docs/decisions/020): the form comes back as typed, nothing was saved.
    if (isDatabaseUnavailable(error)) return { formError: t("errors.unavailable"), values: form.values };
    throw error;
  }
}

function finish(done: ActionDone, spec: { public?: boolean }, t: Translator): FormState {
  if (spec.public) revalidatePublicCampaignPages();
  if ("redirect" in done) redirect(done.redirect);
  return { ok: t(done.ok, done.values) };
}
