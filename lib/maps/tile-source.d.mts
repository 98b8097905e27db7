export declare const DEFAULT_TILE_URL: string;
export declare const DEFAULT_TILE_ATTRIBUTION: string;
export declare function parseTileUrl(raw: string | undefined): { url: string; origin: string | null } | { problem: string };
