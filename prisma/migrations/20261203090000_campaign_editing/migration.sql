-- A demand can be retired: it leaves the campaign's page and the choices for new petitions, and stays on
-- the petitions that cite it.
ALTER TABLE "Demand" ADD COLUMN "retiredAt" TIMESTAMP(3);

-- The country a campaign concerns (ISO 3166-1 alpha-2), shown beside its appeal's date.
ALTER TABLE "Campaign" ADD COLUMN "country" TEXT;
