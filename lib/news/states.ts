import { NewsStatus } from "../generated/prisma/enums";

// A news post's language version is a draft (seen only in the console) or published (public once its
// publication date has come, unless its campaign is a draft: lib/news/queries.ts).

export const DRAFT_POST = NewsStatus.DRAFT;
export const PUBLISHED_POST = NewsStatus.PUBLISHED;

export function isPublished(version: { status: NewsStatus }): boolean {
  return version.status === PUBLISHED_POST;
}
