import type { Metadata } from "next";
import { ActionForm, SelectField, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { ReplyConsoleList } from "@/components/replies/reply-console-list";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { logTargetReplyAction } from "@/lib/replies/actions";
import { listRepliesForConsole, listReplyTargets } from "@/lib/replies/queries";
import { REPLY_SUMMARY_MAX, REPLY_TEXT_MAX } from "@/lib/replies/schemas";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterWall.replies.title") };
}

const DONE: Record<string, MessageKey> = {
  logged: "letterWall.replies.done.logged",
  published: "letterWall.replies.done.published",
  unpublished: "letterWall.replies.done.unpublished",
  deleted: "letterWall.replies.done.deleted",
};

/** Replies received from the campaign's targets: log one, publish or withdraw it, delete it. */
export default async function RepliesConsolePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "letters.write", locale);
  const db = await getDb();
  const [targets, replies] = await Promise.all([listReplyTargets(db, user, campaign.id), listRepliesForConsole(db, user, campaign.id)]);
  const done = DONE[firstParam((await searchParams).done) ?? ""];
  const hidden = { locale, campaignId: campaign.id };
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("letterWall.replies.heading", { campaign: campaign.title })}</h1>
      <p className="prose">{t("letterWall.replies.intro")}</p>
      <div aria-live="polite">
        {done ? (
          <p className="notice notice--ok" role="status">
            {t(done)}
          </p>
        ) : null}
      </div>
      <section aria-labelledby="log-reply">
        <h2 id="log-reply">{t("letterWall.replies.formHeading")}</h2>
        {targets.length === 0 ? (
          <p className="muted">{t("letterWall.replies.noTargets")}</p>
        ) : (
          <ActionForm action={logTargetReplyAction} hidden={hidden} submit={t("letterWall.replies.submit")}>
            <SelectField
              name="targetId"
              label={t("letterWall.replies.target")}
              options={[{ value: "", label: t("letterWall.replies.chooseTarget") }, ...targets.map((x) => ({ value: x.id, label: x.name }))]}
              defaultValue=""
            />
            <TextField name="receivedOn" type="date" label={t("letterWall.replies.receivedOn")} defaultValue={today} required />
            <TextField name="summary" label={t("letterWall.replies.summary")} hint={t("letterWall.replies.summaryHint")} rows={2} maxLength={REPLY_SUMMARY_MAX} required />
            <TextField name="text" label={t("letterWall.replies.text")} hint={t("letterWall.replies.textHint")} rows={10} maxLength={REPLY_TEXT_MAX} />
          </ActionForm>
        )}
      </section>
      <section aria-labelledby="logged-replies">
        <h2 id="logged-replies">{t("letterWall.replies.listHeading")}</h2>
        <ReplyConsoleList replies={replies} hidden={hidden} locale={locale} t={t} />
      </section>
    </>
  );
}
