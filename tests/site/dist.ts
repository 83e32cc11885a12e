import { resolve } from 'node:path';

/** The built site the gates read (override with DIST_DIR). */
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');
