// What the benchmark borrows from the built API (api/dist) and its dependencies: the real
// migrations, the demo programme, password hashing and the shared domain rules. Dependencies are
// resolved from the api workspace, so the bench does not rely on npm's hoisting.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const API_DIR = `${ROOT}api/`;
/** the build to measure: api/dist, or another (BENCH_API_DIST), e.g. a copy built before a change */
export const API_DIST = process.env.BENCH_API_DIST ? `${resolve(process.env.BENCH_API_DIST)}/` : `${API_DIR}dist/`;

const requireFromApi = createRequire(`${API_DIR}package.json`);
export const pg = requireFromApi('pg');
export const { Redis } = requireFromApi('ioredis');

export function apiBuilt() {
  return existsSync(`${API_DIST}main.js`) && existsSync(`${API_DIST}common/query-counter.js`);
}

const dist = (path) => import(pathToFileURL(`${API_DIST}${path}`).href);

export async function loadApi() {
  await import(pathToFileURL(requireFromApi.resolve('reflect-metadata')).href);
  const [dataSource, programme, password, coim, domain] = await Promise.all([
    dist('database/data-source.js'),
    dist('programme/programme.service.js'),
    dist('auth/password.util.js'),
    dist('demo/coim-programme.js'),
    import(pathToFileURL(requireFromApi.resolve('@beacon/domain')).href),
  ]);
  return {
    openDatabase: dataSource.openDatabase,
    ProgrammeService: programme.ProgrammeService,
    hashPassword: password.hashPassword,
    COIM: coim.COIM,
    domain,
  };
}
