import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/events/report-form";
import { formatDateTime } from "@/lib/content/format";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { findEventByHostToken, hostPath, hostReportPath } from "@/lib/events/host-link";
import { MAX_PHOTOS, MAX_PHOTO_BYTES } from "@/lib/events/photos/process";
import { REPORT_CORRECTION_COOKIE, openReportCorrection } from "@/lib/events/report-correction";
import { MAX_REPORT_TEXT } from "@/lib/events/report-schema";
import { reportOpening, type ReportOpening } from "@/lib/events/report";
import type { MessageKey } from "@/lib/i18n/translate";
import { getLocaleAndT } from "@/lib/i18n/server";

type Params = Promise<{ locale: string; token: string }>;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  // As on the host's page: the address is the key, so it must not leave in a Referer header.
  return { title: t("eventReport.metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

const REFUSAL: Record<Exclude<ReportOpening, "open">, MessageKey> = {
  approved: "eventReport.status.approved",
  waiting: "eventReport.status.waiting",
  closed: "eventReport.errors.closed",
  "not-yet": "eventReport.errors.notYet",
};

/** The host's report (through the private link), once the event has begun. */
export default async function EventReportPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { token } = await params;
  const db = await getDb();
  const event = await findEventByHostToken(db, token);
  if (!event) notFound();
  const back = (
    <p>
      <Link href={hostPath(locale, token)}>{t("eventReport.back")}</Link>
    </p>
  );
  const opening = await reportOpening(db, event);
  const refusal = opening === "open" ? null : t(REFUSAL[opening]);
  const page = hostReportPath(locale, token);
  const correction = refusal ? null : openReportCorrection((await cookies()).get(REPORT_CORRECTION_COOKIE)?.value, env().authSecret, page);
  const fieldErrors = Object.fromEntries(Object.entries(correction?.fieldErrors ?? {}).map(([name, e]) => [name, t(e.key, e.values)]));
  const count = Object.keys(fieldErrors).length;
  return (
    <>
      <h1>{t("eventReport.heading", { title: event.title })}</h1>
      <p>
        {formatDateTime(event.startsAt, locale, event.timeZone)} ({event.timeZone}) · {event.venue}, {event.city}
      </p>
      {refusal ? (
        <p className="notice" role="status">
          {refusal}
        </p>
      ) : (
        <>
          <p className="prose">{t("eventReport.intro")}</p>
          <ReportForm
            endpoint={`/api/events/report?${new URLSearchParams({ locale, token })}`}
            initial={{
              fieldErrors,
              formError: correction?.formError ? t(correction.formError) : count ? t("eventReport.errors.summary", { count }) : undefined,
              values: correction?.values ?? {},
              photosAgain: correction ? t("eventReport.photosAgain") : undefined,
            }}
            maxText={MAX_REPORT_TEXT}
            labels={{
              attendance: t("eventReport.attendance"),
              attendanceHint: t("eventReport.attendanceHint"),
              body: t("eventReport.body"),
              bodyHint: t("eventReport.bodyHint"),
              pressLinks: t("eventReport.pressLinks"),
              pressLinksHint: t("eventReport.pressLinksHint"),
              photos: t("eventReport.photos"),
              photosHint: t("eventReport.photosHint", { max: MAX_PHOTOS, megabytes: MAX_PHOTO_BYTES / 1024 / 1024 }),
              facesTitle: t("eventReport.facesTitle"),
              facesText: t("eventReport.facesText"),
              facesChecked: t("eventReport.facesChecked"),
              photoAlt: t("eventReport.photoAlt"),
              photoAltHint: t("eventReport.photoAltHint"),
              submit: t("eventReport.submit"),
              sending: t("eventReport.sending"),
              failed: t("eventReport.errors.unavailable"),
              photosAgain: t("eventReport.photosAgain"),
            }}
          />
        </>
      )}
      {back}
    </>
  );
}
