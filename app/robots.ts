import type { MetadataRoute } from "next";

// /robots.txt, prerendered at build (a static route: `npm run bench` also measures it as the static page
// beside the petition page). Search engines may read the public pages; they are asked to stay out of the
// organisers' console, the API, and the pages reached from emailed links (tokens in the address).

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/*/organise", "/*/auth/", "/*/signatures/", "/*/sponsors/confirm", "/*/dev/"],
    },
  };
}
