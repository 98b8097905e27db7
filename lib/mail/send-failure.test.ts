import { it, describe } from "node:test";
import assert from "node:assert/strict";
import { classifySendFailure, redactAddresses } from "./send-failure";

// The shapes below are what nodemailer 7 really throws (checked against a live smtp-server).
const smtpError = (code: string, responseCode: number | undefined, message: string) => Object.assign(new Error(message), { code, responseCode });

describe("deciding whether a failed send is worth retrying", () => {
  it("retries when the server cannot be reached, and stops the batch", () => {
    for (const message of ["connect ECONNREFUSED 127.0.0.1:25", "read ECONNRESET", "connect EHOSTUNREACH 10.0.0.9:587", "connect ETIMEDOUT 10.0.0.9:587"]) {
      const failure = classifySendFailure(smtpError("ESOCKET", undefined, message));
      assert.deepEqual([failure.kind, failure.isServerDown], ["temporary", true], message);
    }
    assert.equal(classifySendFailure(smtpError("ETIMEDOUT", undefined, "Greeting never received")).kind, "temporary");
    assert.equal(classifySendFailure(smtpError("ECONNECTION", undefined, "Connection closed unexpectedly")).isServerDown, true);
    assert.equal(classifySendFailure(smtpError("EDNS", undefined, "getaddrinfo ENOTFOUND smtp.example.org")).kind, "temporary");
  });

  it("retries on a 4xx answer; only 421 means the whole server is unavailable", () => {
    const greylisted = classifySendFailure(smtpError("EENVELOPE", 451, "Can't send mail - all recipients were rejected: 451 4.7.1 Greylisted"));
    assert.deepEqual([greylisted.kind, greylisted.isServerDown], ["temporary", false]);
    assert.equal(classifySendFailure(smtpError("EENVELOPE", 421, "421 Service not available")).isServerDown, true);
  });

  it("gives up on a 5xx answer or an envelope nodemailer itself refuses", () => {
    const unknown = classifySendFailure(smtpError("EENVELOPE", 550, "Can't send mail - all recipients were rejected: 550 5.1.1 <x.y@example.org>: no such user"));
    assert.equal(unknown.kind, "permanent");
    assert.equal(unknown.reason, "EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <<address>>: no such user");
    assert.equal(classifySendFailure(smtpError("EMESSAGE", 552, "552 Message too large")).kind, "permanent");
    assert.equal(classifySendFailure(smtpError("EENVELOPE", undefined, "No recipients defined")).kind, "permanent");
  });

  it("keeps retrying (boundedly) on bad credentials: the operator can fix them, and no mail is lost meanwhile", () => {
    const auth = classifySendFailure(smtpError("EAUTH", 535, "Invalid login: 535 Authentication failed"));
    assert.deepEqual([auth.kind, auth.isServerDown], ["temporary", true]);
  });

  it("never keeps an address in the recorded reason", () => {
    assert.equal(redactAddresses("rejected: someone.private+tag@mail.example.org, <a@b.example>"), "rejected: <address>, <<address>>");
    assert.ok(!classifySendFailure(new Error("oops for x@example.org")).reason.includes("example.org"));
  });
});
