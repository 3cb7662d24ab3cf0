import { READABLE_TYPES, type Attributes } from '../text/read-document';
import { ConfigError, keyPath } from './config-error';
import type { NewsroomConfig } from './options';

export interface SchemaLookup {
  contentTypeUids: () => string[];
  contentType: (uid: string) => Attributes | undefined;
  component: (uid: string) => Attributes | undefined;
  draftAndPublish: (uid: string) => boolean;
}

type Path = Array<string | number>;

const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');
const either = (types: readonly string[]) => types.join(' or ');

function attribute(attributes: Attributes, owner: string, field: string, types: readonly string[], path: Path) {
  const found = attributes[field];
  const fitting = Object.keys(attributes).filter((name) => types.includes(attributes[name].type));
  if (!found) {
    throw new ConfigError(
      keyPath(...path),
      `${owner} has no attribute "${field}"; expected one of its ${either(types)} attributes: ${list(fitting)}`
    );
  }
  if (!types.includes(found.type)) {
    throw new ConfigError(
      keyPath(...path),
      `"${field}" of ${owner} is a ${found.type}; expected an attribute of type ${either(types)} (${owner} has: ${list(fitting)})`
    );
  }
}

/** Every content type, component and attribute the options name exists and has a type the plugin can use. */
export function checkSchemas(config: NewsroomConfig, schemas: SchemaLookup): void {
  for (const [uid, options] of Object.entries(config.contentTypes)) {
    const at: Path = ['contentTypes', uid];
    const attributes = schemas.contentType(uid);
    if (!attributes) {
      const known = schemas.contentTypeUids().filter((name) => name.startsWith('api::'));
      throw new ConfigError(keyPath(...at), `no such content type; expected one of ${list(known)}`);
    }
    if (options.slug) {
      attribute(attributes, uid, options.slug.field, ['uid', 'string'], [...at, 'slug', 'field']);
      attribute(attributes, uid, options.slug.source, ['string', 'text'], [...at, 'slug', 'source']);
    }
    const schedule = options.schedule;
    if (schedule) {
      if (!schemas.draftAndPublish(uid))
        throw new ConfigError(keyPath(...at, 'schedule'), `${uid} has no draft & publish: nothing to schedule`);
      attribute(attributes, uid, schedule.publishAt, ['datetime'], [...at, 'schedule', 'publishAt']);
      if (schedule.unpublishAt)
        attribute(attributes, uid, schedule.unpublishAt, ['datetime'], [...at, 'schedule', 'unpublishAt']);
    }
    const reading = options.reading;
    if (!reading) continue;
    reading.fields.forEach((field, i) =>
      attribute(attributes, uid, field, READABLE_TYPES, [...at, 'reading', 'fields', i])
    );
    for (const [component, fields] of Object.entries(reading.components ?? {})) {
      const componentAttributes = schemas.component(component);
      if (!componentAttributes)
        throw new ConfigError(keyPath(...at, 'reading', 'components', component), 'no such component');
      fields.forEach((field, i) =>
        attribute(componentAttributes, component, field, READABLE_TYPES, [...at, 'reading', 'components', component, i])
      );
    }
    (reading.imageComponents ?? []).forEach((component, i) => {
      if (!schemas.component(component))
        throw new ConfigError(keyPath(...at, 'reading', 'imageComponents', i), `no such component "${component}"`);
    });
    if (reading.summary) attribute(attributes, uid, reading.summary, ['text', 'string'], [...at, 'reading', 'summary']);
    if (reading.excerpt) attribute(attributes, uid, reading.excerpt, ['text', 'string'], [...at, 'reading', 'excerpt']);
    if (reading.readingTime)
      attribute(attributes, uid, reading.readingTime, ['integer'], [...at, 'reading', 'readingTime']);
    if (reading.wordCount) attribute(attributes, uid, reading.wordCount, ['integer'], [...at, 'reading', 'wordCount']);
  }
}
