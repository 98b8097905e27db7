import type { BenchPetition } from "./database";
import type { HttpClient } from "./http-client";
import { multipart, urlencoded } from "./http-client";
import { nextSupporter, signFormFields } from "./identity";
import type { Task } from "./load";

// Requests against the running app, as a browser without JavaScript makes them.

export function petitionPath(petition: BenchPetition): string {
  return `/en/campaigns/${petition.campaignSlug}/petitions/${petition.slug}`;
}

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decode(match[1]!) : null;
};

export type SignFormSpec = { action: string; enctype: "urlencoded" | "multipart"; hidden: Record<string, string> };

/** The sign form as the server rendered it: where it posts, how it encodes the fields, and its hidden fields. */
export function readSignForm(html: string, pagePath: string): SignFormSpec {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/gi) ?? [];
  const form = forms.find((f) => /\saction="\/api\/sign\?/.test(f));
  if (!form) throw new Error(`the petition page (${pagePath}) has no sign form`);
  const open = /<form\b[^>]*>/i.exec(form)![0];
  if ((attribute(open, "method") ?? "").toUpperCase() !== "POST") throw new Error("the sign form does not post");
  const hidden: Record<string, string> = {};
  for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attribute(input, "name");
    if (name && attribute(input, "type") === "hidden") hidden[name] = attribute(input, "value") ?? "";
  }
  const enctype = (attribute(open, "enctype") ?? "").toLowerCase() === "multipart/form-data" ? "multipart" : "urlencoded";
  const action = attribute(open, "action");
  const target = action ? new URL(action, `http://localhost${pagePath}`) : null;
  return { action: target ? `${target.pathname}${target.search}` : pagePath, enctype, hidden };
}

export async function fetchSignForm(client: HttpClient, petition: BenchPetition): Promise<SignFormSpec> {
  const path = petitionPath(petition);
  const answer = await client.request("GET", path, { keepBody: true });
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
  return readSignForm(answer.body, path);
}

/** The browser's headers for a form post from the page (same origin); the proxy's X-Forwarded-For. */
function postHeaders(baseUrl: string, contentType: string, ip: string, referer: string): Record<string, string> {
  return { "content-type": contentType, origin: baseUrl, referer: `${baseUrl}${referer}`, "x-forwarded-for": ip, accept: "text/html" };
}

/** Posts the sign form; success is the endpoint's redirect (303) to the petition's "thanks" page. */
export function signOverHttp(client: HttpClient, baseUrl: string, petition: BenchPetition, form: SignFormSpec): Task {
  const encode = form.enctype === "multipart" ? multipart : urlencoded;
  return async () => {
    const supporter = nextSupporter("bench");
    const { contentType, body } = encode({ ...form.hidden, ...signFormFields(petition, supporter) });
    const answer = await client.request("POST", form.action, { headers: postHeaders(baseUrl, contentType, supporter.ip, petitionPath(petition)), body });
    if (answer.status !== 303 || !answer.location?.includes("/thanks")) {
      throw new Error(`the sign form answered ${answer.status} ${answer.location ?? ""} instead of 303 to /thanks`);
    }
  };
}

/** The baseline route (app/api/bench/raw-signature): the same form, urlencoded as the sign form is, one raw INSERT, a 303. */
export function rawInsertOverHttp(client: HttpClient, baseUrl: string, petition: BenchPetition): Task {
  return async () => {
    const supporter = nextSupporter("base");
    const { contentType, body } = urlencoded(signFormFields(petition, supporter));
    const path = "/api/bench/raw-signature";
    const answer = await client.request("POST", path, { headers: postHeaders(baseUrl, contentType, supporter.ip, petitionPath(petition)), body });
    if (answer.status !== 303) throw new Error(`${path} answered ${answer.status} instead of 303`);
  };
}

export function getPage(client: HttpClient, path: string, expectedStatus: number): Task {
  return async () => {
    const answer = await client.request("GET", path, { headers: { accept: "text/html" } });
    if (answer.status !== expectedStatus) throw new Error(`GET ${path} answered ${answer.status} instead of ${expectedStatus}`);
  };
}
