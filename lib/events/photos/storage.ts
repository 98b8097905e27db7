import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import { env } from "../../env";

// Where report photos are kept. By default a folder on local disk (EVENT_PHOTO_DIR); an object store
// (S3 and the like) implements the same four calls. Keys are random and say nothing about the event.
// Files are written under a temporary name and renamed, so a reader never sees half a photo.

export interface PhotoStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The file's bytes, or null when there is none under this key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a key with no file is not an error. */
  delete(key: string): Promise<void>;
}

export function newPhotoKey(): string {
  return `${crypto.randomBytes(16).toString("hex")}.jpg`;
}

const KEY = /^[0-9a-f]{32}\.jpg$/;

export function localDiskPhotoStorage(folder: string): PhotoStorage {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error("not a photo key");
    return path.join(folder, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, bytes, { mode: 0o640 });
      await rename(temporary, file);
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      try {
        await unlink(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    },
  };
}

let shared: { folder: string; storage: PhotoStorage } | null = null;

/** The instance's photo storage (EVENT_PHOTO_DIR). */
export function photoStorage(): Promise<PhotoStorage> {
  const folder = path.resolve(env().eventPhotoDir);
  if (shared?.folder !== folder) shared = { folder, storage: localDiskPhotoStorage(folder) };
  return Promise.resolve(shared.storage);
}
