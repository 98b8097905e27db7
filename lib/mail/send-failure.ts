// Why a send failed, and whether trying again later can help.
//   temporary: the server could not be reached or talked to (connection refused or reset, timeouts,
//     DNS, TLS, greeting, authentication: our side or the network), or it answered 4xx ("try later").
//   permanent: the server answered 5xx about this message or recipient, or nodemailer refused the
//     envelope itself (no valid recipient). Retrying would only repeat the answer.
// Unknown errors count as temporary: the number of attempts is bounded anyway.

export type SendFailure = {
  kind: "temporary" | "permanent";
  /** The server as a whole is unusable right now: the rest of a batch would fail the same way. */
  isServerDown: boolean;
  /** One line for `lastError`, with any email address replaced. */
  reason: string;
};

type MailError = { code?: unknown; responseCode?: unknown; message?: unknown; response?: unknown };

const CONNECTION_CODES = new Set(["ESOCKET", "ECONNECTION", "ETIMEDOUT", "EDNS", "ETLS", "EAUTH", "EPROTOCOL", "ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const CONNECTION_WORDS = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|greeting|connection (closed|timeout)|socket/i;

export function classifySendFailure(error: unknown): SendFailure {
  const e = (error && typeof error === "object" ? error : {}) as MailError;
  const code = typeof e.code === "string" ? e.code : "";
  const status = typeof e.responseCode === "number" ? e.responseCode : null;
  const message = typeof e.message === "string" ? e.message : String(error);
  const reason = describe(code, status, typeof e.response === "string" ? e.response : message);

  if (status !== null && status >= 400 && status < 500) {
    // 421: the service is closing the channel; anything else (451, 452...) is about this message.
    return { kind: "temporary", isServerDown: status === 421, reason };
  }
  if (code === "EAUTH") return { kind: "temporary", isServerDown: true, reason }; // our credentials: fixable, affects all mail
  if (status !== null && status >= 500) return { kind: "permanent", isServerDown: false, reason };
  if (CONNECTION_CODES.has(code) || CONNECTION_WORDS.test(message)) return { kind: "temporary", isServerDown: true, reason };
  if (code === "EENVELOPE" || code === "EMESSAGE") return { kind: "permanent", isServerDown: false, reason };
  return { kind: "temporary", isServerDown: false, reason };
}

/** Replaces anything that looks like an email address: `lastError` must not become a copy of the recipient. */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+/g, "<address>");
}

function describe(code: string, status: number | null, detail: string): string {
  const line = redactAddresses(detail.split(/\r?\n/)[0] ?? "").trim() || "unknown error";
  const label = [code, status].filter(Boolean).join(" ");
  return (label ? `${label}: ${line}` : line).slice(0, 500);
}
