import { ConfigError, describe, keyPath } from './config-error';
import { KNOWN_KEYS } from './options';

type Path = Array<string | number>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function onlyKnownKeys(value: Record<string, unknown>, known: readonly string[], path: Path) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      throw new ConfigError(keyPath(...path, key), `unknown option; expected one of ${known.join(', ')}`);
  }
}

function object(value: unknown, path: Path): Record<string, unknown> {
  if (!isObject(value)) throw new ConfigError(keyPath(...path), `expected an object, got ${describe(value)}`);
  return value;
}

function name(value: unknown, path: Path, required: boolean) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || value === '') {
    throw new ConfigError(keyPath(...path), `expected an attribute name (a non-empty string), got ${describe(value)}`);
  }
}

function names(value: unknown, path: Path, required: boolean) {
  if (value === undefined && !required) return;
  if (!Array.isArray(value) || (required && value.length === 0)) {
    throw new ConfigError(
      keyPath(...path),
      `expected ${required ? 'a non-empty' : 'an'} array of names, got ${describe(value)}`
    );
  }
  value.forEach((entry, i) => name(entry, [...path, i], true));
}

function number(value: unknown, path: Path, min: number, max = Infinity) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    const range = max === Infinity ? `≥ ${min}` : `${min}..${max}`;
    throw new ConfigError(keyPath(...path), `expected a number ${range}, got ${describe(value)}`);
  }
}

/** The shape of the options: known keys, the right kinds of value. Schemas are checked apart. */
export function checkOptions(config: unknown): void {
  const root = object(config, ['config']);
  onlyKnownKeys(root, KNOWN_KEYS.root, []);
  const contentTypes = object(root.contentTypes, ['contentTypes']);
  for (const [uid, value] of Object.entries(contentTypes)) {
    const at: Path = ['contentTypes', uid];
    const options = object(value, at);
    onlyKnownKeys(options, KNOWN_KEYS.contentType, at);
    if (options.slug !== undefined) {
      const slug = object(options.slug, [...at, 'slug']);
      onlyKnownKeys(slug, KNOWN_KEYS.slug, [...at, 'slug']);
      name(slug.field, [...at, 'slug', 'field'], true);
      name(slug.source, [...at, 'slug', 'source'], true);
    }
    if (options.reading !== undefined) {
      const reading = object(options.reading, [...at, 'reading']);
      onlyKnownKeys(reading, KNOWN_KEYS.reading, [...at, 'reading']);
      names(reading.fields, [...at, 'reading', 'fields'], true);
      if (reading.components !== undefined) {
        const components = object(reading.components, [...at, 'reading', 'components']);
        for (const [component, fields] of Object.entries(components))
          names(fields, [...at, 'reading', 'components', component], true);
      }
      names(reading.imageComponents, [...at, 'reading', 'imageComponents'], false);
      for (const key of ['summary', 'excerpt', 'readingTime', 'wordCount'] as const)
        name(reading[key], [...at, 'reading', key], false);
    }
    if (options.schedule !== undefined) {
      const schedule = object(options.schedule, [...at, 'schedule']);
      onlyKnownKeys(schedule, KNOWN_KEYS.schedule, [...at, 'schedule']);
      name(schedule.publishAt, [...at, 'schedule', 'publishAt'], true);
      name(schedule.unpublishAt, [...at, 'schedule', 'unpublishAt'], false);
    }
  }
  names(root.reservedSlugs, ['reservedSlugs'], false);
  number(root.slugMaxLength, ['slugMaxLength'], 10, 255);
  number(root.excerptLength, ['excerptLength'], 20, 5000);
  const rates = object(root.rates, ['rates']);
  onlyKnownKeys(rates, KNOWN_KEYS.rates, ['rates']);
  for (const key of KNOWN_KEYS.rates) {
    const perMinute = key === 'wordsPerMinute' || key === 'cjkCharactersPerMinute';
    number(rates[key], ['rates', key], perMinute ? 1 : 0);
  }
  const scheduler = object(root.scheduler, ['scheduler']);
  onlyKnownKeys(scheduler, KNOWN_KEYS.scheduler, ['scheduler']);
  number(scheduler.intervalSeconds, ['scheduler', 'intervalSeconds'], 0.1, 3600);
  number(scheduler.pastToleranceSeconds, ['scheduler', 'pastToleranceSeconds'], 0, 86400);
}
