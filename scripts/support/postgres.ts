import { Client } from 'pg';

const server = () => ({
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD ?? '',
});

export const postgresUrl = (database: string) => {
  const { host, port, user, password } = server();
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user);
  // PGHOST may name the server's socket directory (/var/run/postgresql), as for psql.
  return `postgres://${auth}@${host.startsWith('/') ? encodeURIComponent(host) : host}:${port}/${database}`;
};

async function admin<T>(fn: (client: Client) => Promise<T>) {
  const client = new Client({ ...server(), database: 'postgres' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const createDatabase = (name: string) => admin((client) => client.query(`CREATE DATABASE "${name}"`));

export const dropDatabase = (name: string) =>
  admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
