/** One message that names the exact option and what was expected there. */
export class ConfigError extends Error {
  constructor(path: string, problem: string) {
    super(`Invalid configuration of the newsroom plugin (config/plugins, newsroom.config): ${path}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export const keyPath = (...parts: Array<string | number>) =>
  parts
    .map((part, i) =>
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(part)
          ? `${i ? '.' : ''}${part}`
          : `[${JSON.stringify(part)}]`
    )
    .join('');

export const describe = (value: unknown) =>
  value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
