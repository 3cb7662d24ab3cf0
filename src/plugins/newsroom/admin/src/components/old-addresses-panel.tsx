import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { fetchSettings } from '../api/settings';

/** What the content-manager hands an edit-view side panel (its own types are not exported to plugins). */
interface PanelProps {
  model: string;
  documentId?: string;
  document?: Record<string, unknown>;
}

interface Redirect {
  slug: string;
  since: string;
}

const OldAddresses = ({ redirects }: { redirects: Redirect[] }) => (
  <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="newsroom-old-addresses">
    <Typography variant="pi" textColor="neutral600">
      Old slugs of this story. Links to them still lead here.
    </Typography>
    {redirects.map((redirect) => (
      <Box key={redirect.slug} background="neutral100" padding={2} hasRadius>
        <Typography variant="omega" fontWeight="semiBold" tag="p">
          {redirect.slug}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          until {new Date(redirect.since).toLocaleString()}
        </Typography>
      </Box>
    ))}
  </Flex>
);

/**
 * An edit-view side panel listing the story's old addresses (the plugin's slug redirects),
 * read-only: the redirect table is the plugin's own, not something editors edit.
 */
export const OldAddressesPanel = ({ model, documentId, document }: PanelProps) => {
  const { get } = useFetchClient();
  const [redirects, setRedirects] = React.useState<Redirect[]>([]);
  const locale = typeof document?.locale === 'string' ? document.locale : undefined;
  const slugValue = document ?? {};

  React.useEffect(() => {
    let cancelled = false;
    if (!documentId) return;
    fetchSettings(get)
      .then((settings) => {
        if (!settings[model]?.slug) return [];
        const query = new URLSearchParams({ contentType: model, documentId, ...(locale ? { locale } : {}) });
        return get<{ data: Redirect[] }>(`/newsroom/redirects?${query}`).then((answer) => answer.data.data);
      })
      .then(
        (rows) => !cancelled && setRedirects(rows),
        () => !cancelled && setRedirects([])
      );
    return () => {
      cancelled = true;
    };
    // The slug in the saved document changes when an editor renames it: list again then.
  }, [get, model, documentId, locale, JSON.stringify(slugValue)]);

  if (!documentId || redirects.length === 0) return null;
  return { title: 'Old addresses', content: <OldAddresses redirects={redirects} /> };
};
