import type { MailAppState } from "@/lib/letters/offline-state";

// What "Open in my mail app" answers (lib/letters/offline-mailto.ts): per target, its own message: the
// mailto: link where it fits, else the subject, the text to copy and the addresses beside it (To, Cc).
// No directive: it renders in the client component that holds the state, or in a server page. Strings
// come translated in the state.

export function MailAppResult({ state }: { state: MailAppState }) {
  const { messages, labels } = state;
  if (!messages?.length || !labels) return state.formError ? <p className="notice notice--error" role="alert">{state.formError}</p> : null;
  return (
    <section aria-live="polite" className="mail-app-result">
      <p className="notice">{labels.ready}</p>
      <ol className="mail-app-result__list">
        {messages.map((message, i) => (
          <li key={`${i}-${message.target}`} className="mail-app-result__message">
            {message.href ? (
              <p>
                <a className="button" href={message.href}>
                  {labels.openTo[i]}
                </a>
              </p>
            ) : (
              <>
                <p>{message.to.length ? labels.tooLong[i] : labels.noAddress[i]}</p>
                <dl className="mail-app-result__addresses">
                  {message.to.length ? (
                    <>
                      <dt>{labels.to}</dt>
                      <dd>{message.to.join(", ")}</dd>
                    </>
                  ) : null}
                  {message.cc.length ? (
                    <>
                      <dt>{labels.cc}</dt>
                      <dd>{message.cc.join(", ")}</dd>
                    </>
                  ) : null}
                </dl>
                <div className="field">
                  <label htmlFor={`mail-app-subject-${i}`}>{labels.subject}</label>
                  <input id={`mail-app-subject-${i}`} type="text" readOnly value={message.subject} />
                </div>
                <div className="field">
                  <label htmlFor={`mail-app-text-${i}`}>{labels.text}</label>
                  <textarea id={`mail-app-text-${i}`} readOnly rows={12} value={message.body} />
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
