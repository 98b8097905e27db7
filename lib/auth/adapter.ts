import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { PrismaClient } from "../generated/prisma/client";

// next-auth wants its adapter when the options are built, but our Prisma client is opened lazily
// (getDb() is async: PGlite or a pg pool). This adapter asks for the client on each call and hands
// the call to @auth/prisma-adapter, so the options can be built synchronously, anywhere.

const METHODS = [
  "createUser",
  "getUser",
  "getUserByEmail",
  "getUserByAccount",
  "updateUser",
  "deleteUser",
  "linkAccount",
  "unlinkAccount",
  "createSession",
  "getSessionAndUser",
  "updateSession",
  "deleteSession",
  "createVerificationToken",
  "useVerificationToken",
] as const;

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

export function lazyPrismaAdapter(getPrisma: () => Promise<PrismaClient>): Adapter {
  const adapter: Record<string, AnyMethod> = {};
  for (const name of METHODS) {
    adapter[name] = async (...args) => {
      // @auth/prisma-adapter types its parameter with @prisma/client's default client; ours is generated
      // into lib/generated, same API.
      const inner = PrismaAdapter((await getPrisma()) as unknown as Parameters<typeof PrismaAdapter>[0]) as unknown as Record<string, AnyMethod>;
      return inner[name]!(...args);
    };
  }
  return adapter as Adapter;
}
