import { it, describe } from "node:test";
import assert from "node:assert/strict";
import { COUNTED_STATES, OPEN_STATE } from "../petitions/states";
import { stateList, stateLiteral } from "./state-literal";

describe("states in raw SQL", () => {
  it("come from the named states, quoted; anything that is not a state name is refused", () => {
    assert.equal(stateLiteral(OPEN_STATE), "'OPEN'");
    assert.equal(stateList(COUNTED_STATES), "('OPEN', 'CLOSED', 'DELIVERED')");
    assert.throws(() => stateLiteral("OPEN' OR '1'='1"), /not a state name/);
    assert.throws(() => stateLiteral("open"), /not a state name/);
  });
});
