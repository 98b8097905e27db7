import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

// How busy the machine is with other work, sampled while the benchmark itself is idle (before, between
// and after its measurements): the share of all cores' time not spent idle over `ms`.

function cpuTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const sum = times.user + times.nice + times.sys + times.irq + times.idle;
    total += sum;
    busy += sum - times.idle;
  }
  return { busy, total };
}

export async function busyShare(ms = 1000): Promise<number> {
  const before = cpuTimes();
  await sleep(ms);
  const after = cpuTimes();
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : 0;
}
