import { splitLinks } from "@/lib/mail/dev-mailbox";

/** Text with its http(s) URLs as links. Every other character stays a text node (escaped by React). */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((run, index) =>
        run.kind === "link" ? (
          <a key={index} href={run.href} rel="noreferrer">
            {run.href}
          </a>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
