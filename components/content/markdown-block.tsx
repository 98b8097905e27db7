import { renderMarkdown } from "@/lib/content/markdown";
import styles from "./markdown-block.module.css";

/** Markdown from the database, rendered and sanitised on the server (lib/content/markdown.ts). */
export function MarkdownBlock({ source, lang, className }: { source: string; lang?: string; className?: string }) {
  return (
    <div
      className={[styles.markdown, "prose", className].filter(Boolean).join(" ")}
      lang={lang}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
