// Loaded into the processes of a story's own app server (NODE_OPTIONS=--import, see ./moved-clock-app.ts),
// never into the app itself: with E2E_CLOCK_FILE set, the process's clock (Date.now, new Date()) runs
// ahead of, or behind, the machine's by the milliseconds written in that file, read again every 100 ms.
// A story moves time forward ("an hour later") and watches what the app does, without waiting the hour.
import fs from "node:fs";

const file = process.env.E2E_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  let offset = 0;
  const read = () => {
    try {
      offset = Number(fs.readFileSync(file, "utf8")) || 0;
    } catch {
      // the file is being rewritten: keep the last offset
    }
  };
  read();
  setInterval(read, 100).unref();
  const now = () => realNow() + offset;
  RealDate.now = now;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new RealDate(now()).toString(),
  });
}
