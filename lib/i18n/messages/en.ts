// English: the reference catalogue. Keys are grouped by area; ICU MessageFormat syntax.
export const en = {
  meta: {
    siteName: "Placard",
    tagline: "Solidarity campaigns: sign, write, picket.",
  },
  nav: {
    skipToContent: "Skip to content",
    campaigns: "Campaigns",
    news: "News",
    organise: "Organise",
    signIn: "Sign in",
    signOut: "Sign out",
    language: "Language",
    mainNavigation: "Main navigation",
  },
  footer: {
    about: "Placard is free software for solidarity campaigns.",
    privacy: "We keep as little about you as we can, and delete it when the campaign ends.",
    feed: "News feed (Atom)",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "There is nothing at this address. It may have moved, or the campaign may have ended.",
    backHome: "Back to the home page",
    genericTitle: "Something went wrong",
    genericBody: "Your data is safe. Please try again in a moment.",
  },
} as const;
