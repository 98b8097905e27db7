import Link from "next/link";
import consoleStyles from "@/components/organise/organise.module.css";

/** "Campaigns › Justice for Zhanaozen › Petitions ›": the way back up from a console page. */
export function Breadcrumb({ label, items }: { label: string; items: { href: string; label: string; lang?: string }[] }) {
  return (
    <nav aria-label={label} className={consoleStyles.breadcrumb}>
      {items.map((item) => (
        <span key={item.href}>
          <Link href={item.href} lang={item.lang}>
            {item.label}
          </Link>{" "}
          ›{" "}
        </span>
      ))}
    </nav>
  );
}
