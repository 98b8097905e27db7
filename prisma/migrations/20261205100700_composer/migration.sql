-- The targets a supporter chose for a letter, kept until the letter is confirmed (its deliveries are made then).
ALTER TABLE "Letter" ADD COLUMN "targetIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
