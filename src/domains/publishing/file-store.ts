import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Attachment bytes on disk under their SHA-256 (`<dir>/ab/abcdef…`): the same file uploaded twice
 * is stored once, and a stored file never changes. The directory is configured like the database
 * path (GONGKAI_FILES_DIR, default `<GONGKAI_DATA_DIR>/files`).
 */
export interface FileStore {
  put(bytes: Uint8Array): Promise<string>;
  get(sha256: string): Promise<Buffer>;
}

export function fileStore(dir: string): FileStore {
  const pathOf = (sha: string) => path.join(dir, sha.slice(0, 2), sha);
  return {
    async put(bytes) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha);
      if (!existsSync(target)) {
        await mkdir(path.dirname(target), { recursive: true });
        // Write then rename, so a reader never sees half a file.
        const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(temporary, bytes);
        await rename(temporary, target);
      }
      return sha;
    },
    async get(sha) {
      if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('bad file key');
      return readFile(pathOf(sha));
    },
  };
}
