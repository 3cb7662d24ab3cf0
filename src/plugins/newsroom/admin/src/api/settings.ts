import type { useFetchClient } from '@strapi/strapi/admin';

type Get = ReturnType<typeof useFetchClient>['get'];

/** What GET /newsroom/settings says of one content type. */
export interface TypeSettings {
  slug?: { field: string; source: string };
  derived: string[];
  schedule?: { publishAt: string; unpublishAt?: string };
}

let settings: Promise<Record<string, TypeSettings>> | undefined;

/** The plugin's options for every managed type, fetched once per page load. */
export function fetchSettings(get: Get): Promise<Record<string, TypeSettings>> {
  settings ??= get<{ data: Record<string, TypeSettings> }>('/newsroom/settings').then(
    (answer) => answer.data.data,
    (error: unknown) => {
      settings = undefined;
      throw error;
    }
  );
  return settings;
}
