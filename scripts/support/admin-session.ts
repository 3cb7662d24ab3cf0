/**
 * A fresh database has no admin: register the first one over the admin API,
 * as a person would on the registration page, and mint a full-access API
 * token for the tests that write as a trusted client.
 */
export async function bootAdmin(baseUrl: string) {
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json: any = await response.json();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json.data;
  };

  const { token: adminJwt } = await post('/admin/register-admin', {
    firstname: 'Test',
    lastname: 'Editor',
    email: 'editor@newsroom.test',
    password: 'Editor-Passw0rd!',
  });
  const { accessKey: apiToken } = await post(
    '/admin/api-tokens',
    { name: 'tests', description: 'full access for the test suite', type: 'full-access', lifespan: null },
    adminJwt
  );
  return { adminJwt, apiToken };
}
