// The demo campaign's news: one slug per post, written in English and Russian.
import { newsEn } from "./news-en";
import { newsRu } from "./news-ru";
import type { NewsSeed } from "./types";

type Slug = keyof typeof newsEn;

const posts: { slug: Slug; kind: NewsSeed["kind"]; publishedAt: string }[] = [
  { slug: "appeal-after-the-shooting", kind: "APPEAL", publishedAt: "2011-12-20T08:00:00Z" },
  { slug: "berlin-brandenburg-gate-protest", kind: "REPORT", publishedAt: "2011-12-21T09:30:00Z" },
  { slug: "interview-sacked-oil-worker", kind: "INTERVIEW", publishedAt: "2012-02-14T10:00:00Z" },
  { slug: "january-2022-protests", kind: "ARTICLE", publishedAt: "2022-01-10T12:00:00Z" },
];

export const news: NewsSeed[] = posts.map((post) => ({
  slug: post.slug,
  kind: post.kind,
  publishedAt: new Date(post.publishedAt),
  text: { en: newsEn[post.slug], ru: newsRu[post.slug] },
}));
