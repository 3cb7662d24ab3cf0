/**
 * The main VCL around deploy/varnish/newsroom.vcl: what differs between
 * deployments (backends, who may purge), written from the environment.
 */
export interface Backend {
  host: string;
  port: number;
}

/** `EDGE_BACKENDS`: "host:port" entries separated by commas. */
export function parseBackends(value: string): Backend[] {
  const backends = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(entry);
      const port = Number(match?.[2]);
      if (!match || port < 1 || port > 65535) throw new Error(`EDGE_BACKENDS: "${entry}" is not host:port`);
      return { host: match[1].replace(/^\[|\]$/g, ''), port };
    });
  if (backends.length === 0) throw new Error('EDGE_BACKENDS names no backend');
  return backends;
}

/** `EDGE_PURGERS`: addresses or CIDR ranges allowed to purge, separated by commas. */
export function parsePurgers(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry)) throw new Error(`EDGE_PURGERS: "${entry}" is not an address`);
      return entry;
    });
}

const aclEntry = (entry: string) => {
  const [address, bits] = entry.split('/');
  return bits ? `"${address}"/${bits};` : `"${address}";`;
};

export function edgeVcl({ backends, purgers, policy }: { backends: Backend[]; purgers: string[]; policy: string }) {
  return [
    'vcl 4.1;',
    '',
    'import directors;',
    'import xkey;',
    '',
    'probe health {',
    '  .url = "/_health";',
    '  .expected_response = 204;',
    '  .interval = 1s;',
    '  .timeout = 1s;',
    '  .window = 3;',
    '  .threshold = 2;',
    '}',
    '',
    ...backends.flatMap((backend, i) => [
      `backend origin_${i} {`,
      `  .host = "${backend.host}";`,
      `  .port = "${backend.port}";`,
      '  .probe = health;',
      '  .connect_timeout = 1s;',
      '  .first_byte_timeout = 30s;',
      '}',
      '',
    ]),
    'acl purgers {',
    ...purgers.map((entry) => `  ${aclEntry(entry)}`),
    '}',
    '',
    'sub vcl_init {',
    '  new origin = directors.round_robin();',
    ...backends.map((_, i) => `  origin.add_backend(origin_${i});`),
    '}',
    '',
    `include "${policy}";`,
    '',
  ].join('\n');
}
