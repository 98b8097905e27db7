import { Prisma } from "../generated/prisma/client";
import { isDatabaseUnavailable } from "./is-unavailable";

// Errors from the database layer carry a code, never values. A driver's error holds the statement's
// parameters (PGlite: `params`, the whole batch of signatures with emails, names, addresses and token
// hashes; PostgreSQL: `where` quotes the JSON being parsed, `detail` the failing row or key), and
// Prisma's messages can render a query's arguments. Next.js logs a thrown error with all its fields, so
// each such error is replaced, where it leaves the driver or Prisma, by one that holds only:
// the SQLSTATE (or the socket's errno code, e.g. ECONNREFUSED) and, for Prisma, its own code and model.
// The driver's own words are kept only where they cannot quote data: a failed script (our migrations,
// no parameters) and errors about the connection itself (the server is down, the password is wrong).

export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
  constructor(
    readonly code: string,
    what: string,
    reason?: string,
    /** The database was not there (stopped, unreachable, out of connections): see ./is-unavailable.ts. */
    readonly unavailable = false,
    /** The constraint a statement broke: a name from the schema, never a value. */
    readonly constraint = "",
  ) {
    super(`database error ${code || "(no code)"}${constraint ? ` (${constraint})` : ""} in ${what}${reason ? `: ${reason}` : ""}`);
  }
}

function constraintOf(error: unknown): string {
  const name = error && typeof error === "object" ? (error as { constraint?: unknown }).constraint : undefined;
  return typeof name === "string" && /^[A-Za-z0-9_]{1,63}$/.test(name) ? name : "";
}

/** SQLSTATE classes about the connection, the login, the server: 08, 28, 3D, 53, 57, 58; errno codes (E…). */
const ABOUT_THE_CONNECTION = /^(08|28|3D|53|57|58)|^E[A-Z]+$/;

function codeOf(error: unknown): string {
  if (error && typeof error === "object") {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z0-9_]{1,32}$/i.test(code)) return code;
    if (error instanceof AggregateError) return codeOf(error.errors[0]);
  }
  return "";
}

/** A driver's error (pg, PGlite) as a DatabaseError: its SQLSTATE or errno code, nothing else. */
export function withoutValues(error: unknown, what: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = codeOf(error);
  const canQuoteData = what !== "script" && !ABOUT_THE_CONNECTION.test(code);
  const first = error instanceof AggregateError ? error.errors[0] : error;
  const reason = canQuoteData || !(first instanceof Error) ? undefined : first.message.split("\n")[0]!.slice(0, 300);
  return new DatabaseError(code, what, reason, isDatabaseUnavailable(error), constraintOf(first));
}

/**
 * A Prisma error as the same kind of Prisma error (callers test `instanceof … && code === "P2002"`),
 * with a message and meta that name the model and the codes only.
 */
export function prismaErrorWithoutValues(error: unknown, model: string | undefined, operation: string): Error {
  const what = model ? `${model}.${operation}` : operation;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined)?.cause;
    const originalCode = typeof cause?.originalCode === "string" ? codeOf({ code: cause.originalCode }) : "";
    const meta = { modelName: model ?? "", ...(originalCode ? { originalCode } : {}) };
    return new Prisma.PrismaClientKnownRequestError(`database error ${error.code}${originalCode ? ` (${originalCode})` : ""} in ${what}`, {
      code: error.code,
      clientVersion: error.clientVersion,
      meta,
    });
  }
  if (error instanceof Prisma.PrismaClientValidationError) {
    return new Prisma.PrismaClientValidationError(`invalid query arguments for ${what}`, { clientVersion: error.clientVersion });
  }
  if (error instanceof Prisma.PrismaClientInitializationError || error instanceof Prisma.PrismaClientUnknownRequestError || error instanceof Prisma.PrismaClientRustPanicError) {
    return new DatabaseError(codeOf(error), what);
  }
  // Not from the database (e.g. thrown inside an interactive transaction's callback): as it is.
  return error instanceof Error ? error : new Error(String(error));
}
