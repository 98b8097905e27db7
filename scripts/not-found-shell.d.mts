import type { IncomingMessage, ServerResponse } from "node:http";

export function withoutScripts(html: string): string;
export function notFoundShellReplacer(notFoundPage: (locale: string) => Promise<string | null>, locales: readonly string[]): (req: IncomingMessage, res: ServerResponse) => void;
export function notFoundPageFrom(baseUrl: string): (locale: string) => Promise<string | null>;
export function hasControlInAddress(url: string | undefined): boolean;
export function forgedAddressAnswerer(notFoundPage: (locale: string) => Promise<string | null>, locales: readonly string[]): (req: IncomingMessage, res: ServerResponse) => boolean;
