import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import path from 'path';
import os from 'os';

const root = path.resolve(__dirname, '..');
const SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
];

describe('production', () => {
  it('refuses to start without real secrets, naming what is missing', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SECRETS.includes(key)));
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
      {
        cwd: root,
        env: {
          ...env,
          NODE_ENV: 'production',
          PORT: '0',
          DATABASE_CLIENT: 'sqlite',
          DATABASE_FILENAME: path.join(os.tmpdir(), `newsroom-prod-${process.pid}.db`),
        },
        encoding: 'utf8',
        timeout: 90_000,
      }
    );
    assert.notEqual(result.status, 0);
    assert.match(result.stdout + result.stderr, /Refusing to start in production without real secrets\. Set: [A-Z_]+/);
  });
});
