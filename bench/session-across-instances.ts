import type { TestSmtpServer } from "../lib/testing/smtp";

// For `npm run load`: an organiser signs in through instance A the way a browser without JavaScript does
// (the sign-in form, the magic link read from the SMTP sink, the confirmation page's button), and the
// session cookie A sets is then tried on instance B's console. Loopback only; a cookie jar of our own.

type Jar = Map<string, string>;

function remember(jar: Jar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
  }
}
const cookieHeader = (jar: Jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The form holding `marker` (a field's name): its action, encoding and every field with its value. */
function readForm(html: string, marker: RegExp): { action: string; multipart: boolean; fields: [string, string][] } {
  const form = (html.match(/<form\b[\s\S]*?<\/form>/gi) ?? []).find((f) => marker.test(f));
  if (!form) throw new Error("the page has no such form");
  const open = /<form\b[^>]*>/i.exec(form)![0];
  const fields: [string, string][] = [];
  for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
    const name = /\sname="([^"]*)"/.exec(input)?.[1];
    if (name) fields.push([decode(name), decode(/\svalue="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  return { action: decode(/\saction="([^"]*)"/.exec(open)?.[1] ?? ""), multipart: /multipart\/form-data/i.test(open), fields };
}

async function submit(base: string, pagePath: string, form: ReturnType<typeof readForm>, jar: Jar, set: Record<string, string> = {}): Promise<Response> {
  const fields = form.fields.map(([name, value]): [string, string] => [name, set[name] ?? value]);
  let body: FormData | URLSearchParams;
  if (form.multipart) {
    const data = new FormData();
    for (const [name, value] of fields) data.append(name, value);
    body = data;
  } else body = new URLSearchParams(fields);
  const target = new URL(form.action || pagePath, `${base}${pagePath}`);
  const response = await fetch(target, { method: "POST", body, redirect: "manual", headers: { cookie: cookieHeader(jar), origin: base, accept: "text/html" } });
  remember(jar, response);
  return response;
}

export async function checkSessionAcrossInstances([a, b]: [string, string], email: string, smtp: TestSmtpServer): Promise<{ ok: boolean; detail: string }> {
  const jar: Jar = new Map();
  const signInPath = `/en/auth/sign-in?${new URLSearchParams({ callbackUrl: "/en/organise" })}`;
  const page = await fetch(`${a}${signInPath}`, { headers: { accept: "text/html" } });
  remember(jar, page);
  const sentBefore = smtp.messages.length;
  const asked = await submit(a, signInPath, readForm(await page.text(), /name="email"/), jar, { email });
  if (![302, 303].includes(asked.status)) return { ok: false, detail: `the sign-in form on A answered ${asked.status}` };

  const mail = await smtp.waitFor((m) => smtp.messages.indexOf(m) >= sentBefore && m.to.includes(email) && /\/auth\/confirm\?/.test(m.text), 60_000);
  const link = new URL(/https?:\/\/\S+\/auth\/confirm\?\S+/.exec(mail.text)![0]);
  const confirmPath = `${link.pathname}${link.search}`;
  const confirmPage = await fetch(`${a}${confirmPath}`, { headers: { accept: "text/html", cookie: cookieHeader(jar) } });
  remember(jar, confirmPage);
  const pressed = await submit(a, confirmPath, readForm(await confirmPage.text(), /callback\/email/), jar);
  const sessionCookie = [...jar.keys()].find((name) => name.includes("session-token"));
  if (!sessionCookie) return { ok: false, detail: `pressing the button on A answered ${pressed.status} and set no session cookie` };

  const consoleOn = async (base: string, cookie: string) => (await fetch(`${base}/en/organise`, { redirect: "manual", headers: { accept: "text/html", cookie } })).status;
  const session = `${sessionCookie}=${jar.get(sessionCookie)}`;
  const [onA, onB, withoutOnB] = [await consoleOn(a, session), await consoleOn(b, session), await consoleOn(b, "")];
  const ok = onA === 200 && onB === 200 && withoutOnB !== 200;
  return { ok, detail: `signed in through A; the console answers ${onA} on A and ${onB} on B with the session, ${withoutOnB} on B without it` };
}
