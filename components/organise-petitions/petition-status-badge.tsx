import type { PetitionStatus } from "@/lib/generated/prisma/enums";
import styles from "./petitions.module.css";

export function PetitionStatusBadge({ status, label }: { status: PetitionStatus; label: string }) {
  return <span className={`${styles.status} ${styles[`status${status}`] ?? ""}`}>{label}</span>;
}
