import { createBenchDatabase, DEFAULT_SERVER_URL } from "./database";
import { startServer } from "./server";
import { httpClient, multipart } from "./http-client";
import { fetchSignForm } from "./http-load";
import { nextSupporter, signFormFields } from "./identity";
const bdb = await createBenchDatabase(DEFAULT_SERVER_URL);
const server = await startServer({ databaseUrl: bdb.url, port: 3901 });
const client = httpClient(server.baseUrl, 4);
try {
  const form = await fetchSignForm(client, bdb.petition);
  for (const kind of ["sign", "raw", "sign", "raw"]) {
    const times: number[] = []; let len = 0;
    for (let i = 0; i < 20; i++) {
      const s = nextSupporter("bench");
      const fields = kind === "sign" ? { ...form.hidden, ...signFormFields(bdb.petition, s) } : signFormFields(bdb.petition, s);
      const { contentType, body } = multipart(fields);
      const t = performance.now();
      const a = await client.request("POST", kind === "sign" ? form.action : "/api/bench/raw-signature", { headers: { "content-type": contentType, origin: server.baseUrl, "x-forwarded-for": s.ip }, body, keepBody: true });
      times.push(performance.now() - t); len = a.body.length;
    }
    times.sort((a, b) => a - b);
    console.log(kind, "median", times[10]!.toFixed(1), "min", times[0]!.toFixed(1), "body", len);
  }
} finally { client.close(); await server.stop(); await bdb.drop(); }
