import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import styles from "./organise.module.css";

export function CampaignStatusBadge({ status, label }: { status: CampaignStatus; label: string }) {
  return <span className={`${styles.status} ${styles[`status${status}`] ?? ""}`}>{label}</span>;
}
