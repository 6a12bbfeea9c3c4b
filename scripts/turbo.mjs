// Runs turbo with its telemetry off: every turbo call in package.json goes through here, so that
// `npm start` on a new machine neither prints turbo's telemetry notice nor sends usage data.
// (TURBO_TELEMETRY_DISABLED and DO_NOT_TRACK are what turbo reads; set here, they work on Windows too.)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const result = spawnSync(process.execPath, [turbo, ...process.argv.slice(2)], { stdio: 'inherit', env });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
