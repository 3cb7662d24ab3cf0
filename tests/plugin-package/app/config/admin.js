// The guest app is driven over HTTP only: no admin panel to build.
module.exports = () => ({
  serveAdminPanel: false,
  auth: { secret: 'guest-app-admin-jwt-secret' },
  apiToken: { salt: 'guest-app-api-token-salt' },
  transfer: { token: { salt: 'guest-app-transfer-salt' } },
  secrets: { encryptionKey: 'guest-app-encryption-key-0123456789' },
});
