import Link from "next/link";
import styles from "./auth.module.css";

/** What a person sees when a sign-in link cannot be used: why, and a way to get a new one. */
export function LinkFailure({ title, reason, askAgain, signInHref }: { title: string; reason: string; askAgain: string; signInHref: string }) {
  return (
    <section className={styles.panel}>
      <h1>{title}</h1>
      <p className={styles.lead}>{reason}</p>
      <p>
        <Link href={signInHref} className="button">
          {askAgain}
        </Link>
      </p>
    </section>
  );
}
