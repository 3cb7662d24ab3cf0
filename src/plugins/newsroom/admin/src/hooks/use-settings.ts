import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { fetchSettings, type TypeSettings } from '../api/settings';

/** The plugin's options per managed type; null until they arrive ({} if they cannot). */
export function useSettings(): Record<string, TypeSettings> | null {
  const { get } = useFetchClient();
  const [settings, setSettings] = React.useState<Record<string, TypeSettings> | null>(null);
  React.useEffect(() => {
    let cancelled = false;
    fetchSettings(get).then(
      (all) => !cancelled && setSettings(all),
      () => !cancelled && setSettings({})
    );
    return () => {
      cancelled = true;
    };
  }, [get]);
  return settings;
}
