/**
 * A fresh database has no admin: register the first one over the admin API,
 * as a person would on the registration page, and mint a full-access API
 * token for the tests that write as a trusted client.
 */
export async function bootAdmin(baseUrl: string): Promise<{ adminJwt: string; apiToken: string }> {
  /** POSTs to the admin API; `T` is the `data` the route answers. */
  const post = async <T>(path: string, body: unknown, token?: string) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data: T };
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json.data;
  };

  const { token: adminJwt } = await post<{ token: string }>('/admin/register-admin', {
    firstname: 'Test',
    lastname: 'Editor',
    email: 'editor@newsroom.test',
    password: 'Editor-Passw0rd!',
  });
  const { accessKey: apiToken } = await post<{ accessKey: string }>(
    '/admin/api-tokens',
    { name: 'tests', description: 'full access for the test suite', type: 'full-access', lifespan: null },
    adminJwt
  );
  return { adminJwt, apiToken };
}
