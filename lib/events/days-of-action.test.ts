import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { liveCampaign } from "../sponsors/test-world";
import { ActionRefusal } from "../organise/action-refusal";
import { declareDayOfActionSchema, editDayOfActionSchema } from "./day-of-action-schema";
import { declareDayOfAction, editDayOfAction, listDaysOfAction, removeDayOfAction } from "./days-of-action";

const refusedWith = (key: string) => (error: unknown) => error instanceof ActionRefusal && error.messageKey === key;

describeOnDatabases("days of action", (db) => {
  it("declares, edits and removes a campaign's days, one per date, and never another campaign's", async () => {
    const campaign = (await liveCampaign(db())).id;
    const other = (await liveCampaign(db())).id;
    const tx = db().prisma;
    const day = await declareDayOfAction(tx, campaign, declareDayOfActionSchema.parse({ date: "2026-12-16", title: "Day of solidarity", description: " Fifteen years since Zhanaozen. " }));
    await declareDayOfAction(tx, campaign, declareDayOfActionSchema.parse({ date: "2026-12-01", title: "First of December", description: "" }));
    await declareDayOfAction(tx, other, declareDayOfActionSchema.parse({ date: "2026-12-16", title: "The other campaign's day", description: "" }));
    await assert.rejects(declareDayOfAction(tx, campaign, declareDayOfActionSchema.parse({ date: "2026-12-16", title: "Twice", description: "" })), refusedWith("daysOfAction.errors.taken"));
    assert.deepEqual(await listDaysOfAction(db(), campaign), [
      { id: (await listDaysOfAction(db(), campaign))[0]!.id, date: "2026-12-01", title: "First of December", description: null },
      { id: day.id, date: "2026-12-16", title: "Day of solidarity", description: "Fifteen years since Zhanaozen." },
    ]);

    const edited = await editDayOfAction(tx, campaign, editDayOfActionSchema.parse({ dayId: day.id, date: "2026-12-17", title: "Day of solidarity, moved", description: "" }));
    assert.deepEqual(edited, { id: day.id, date: "2026-12-17", title: "Day of solidarity, moved", description: null });
    await assert.rejects(editDayOfAction(tx, campaign, editDayOfActionSchema.parse({ dayId: day.id, date: "2026-12-01", title: "Onto another", description: "" })), refusedWith("daysOfAction.errors.taken"));
    // With their own campaign's id, another campaign's organiser finds nothing to change or remove.
    await assert.rejects(editDayOfAction(tx, other, editDayOfActionSchema.parse({ dayId: day.id, date: "2026-12-20", title: "Hijacked", description: "" })), refusedWith("daysOfAction.errors.missing"));
    await assert.rejects(removeDayOfAction(tx, other, day.id), refusedWith("daysOfAction.errors.missing"));
    assert.equal((await listDaysOfAction(db(), campaign, { from: "2026-12-10", to: "2026-12-31" }))[0]!.title, "Day of solidarity, moved");

    await removeDayOfAction(tx, campaign, day.id);
    assert.deepEqual((await listDaysOfAction(db(), campaign)).map((d) => d.date), ["2026-12-01"]);
    assert.deepEqual((await listDaysOfAction(db(), other)).map((d) => d.title), ["The other campaign's day"]);
  });

  it("refuses a date that is no day, an empty title and fields the form does not send", () => {
    assert.equal(declareDayOfActionSchema.safeParse({ date: "2026-02-30", title: "x", description: "" }).success, false);
    assert.equal(declareDayOfActionSchema.safeParse({ date: "2026-12-16", title: "  ", description: "" }).success, false);
    assert.equal(declareDayOfActionSchema.safeParse({ date: "2026-12-16", title: "x", description: "", campaignId: "other" }).success, false);
  });
});
