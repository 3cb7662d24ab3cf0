'use strict';
// Strapi loads a local plugin from its source folder, but Node cannot run the
// TypeScript there: the app's `tsc` (run by `strapi develop|build` and the test
// harness) compiles it into dist/, and this shim hands Strapi that output.
const path = require('path');

const compiled = path.join(__dirname, '..', '..', '..', 'dist', 'src', 'plugins', 'newsroom', 'server');

try {
  module.exports = require(compiled).default;
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(compiled)) {
    throw new Error('The newsroom plugin is not compiled: run `npm run build` (or `npm run develop`) first.');
  }
  throw error;
}
