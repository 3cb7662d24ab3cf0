import * as React from 'react';
import {
  unstable_useContentManagerContext as useContentManagerContext,
  useFetchClient,
  useForm,
} from '@strapi/strapi/admin';
import { useEditLocale, useEverPublished } from '../hooks/use-ever-published';
import { useSettings } from '../hooks/use-settings';

/**
 * Makes the slug field of every type the plugin manages (a `uid` or a
 * `string`) follow its source field as the editor types, the way the server
 * will: the proposal comes from `POST /newsroom/slugs/propose`, the plugin's
 * own slugify and uniqueness rules (Hangul, Cyrillic and Han included), so
 * what the editor sees is what the server keeps.
 *
 * It stops following when the editor types a slug by hand (clearing the field
 * hands it back to the headline), and never moves the slug of a story that
 * has been published: the server freezes it then.
 *
 * Injected into the content-manager's edit view ('right-links'); renders nothing.
 */
export const SlugFollowsTitle = () => {
  const { model, id } = useContentManagerContext();
  const locale = useEditLocale();
  const settings = useSettings();

  const slug = settings?.[model]?.slug;
  const pairs = React.useMemo(() => (slug ? [{ slugField: slug.field, sourceField: slug.source }] : []), [slug]);

  const { everPublished, isLoading } = useEverPublished({ skip: pairs.length === 0 });

  if (pairs.length === 0 || isLoading) return null;

  return (
    <>
      {pairs.map(({ slugField, sourceField }) => (
        <Follower
          key={`${model}:${id ?? 'new'}:${slugField}`}
          model={model}
          documentId={id}
          locale={locale}
          slugField={slugField}
          sourceField={sourceField}
          frozen={everPublished}
        />
      ))}
    </>
  );
};

interface FollowerProps {
  model: string;
  documentId?: string;
  locale?: string;
  slugField: string;
  sourceField: string;
  /** the story has been published: its slug stays */
  frozen: boolean;
}

const DEBOUNCE_MS = 250;

const Follower = ({ model, documentId, locale, slugField, sourceField, frozen }: FollowerProps) => {
  const { post } = useFetchClient();
  const source = useForm('SlugFollowsTitle', (state) => (state.values as Record<string, unknown>)[sourceField]) as
    string | undefined;
  const slug = useForm('SlugFollowsTitle', (state) => (state.values as Record<string, unknown>)[slugField]) as
    string | undefined;
  const initialSource = useForm(
    'SlugFollowsTitle',
    (state) => (state.initialValues as Record<string, unknown>)[sourceField]
  ) as string | undefined;
  const initialSlug = useForm(
    'SlugFollowsTitle',
    (state) => (state.initialValues as Record<string, unknown>)[slugField]
  ) as string | undefined;
  const disabled = useForm('SlugFollowsTitle', (state) => state.disabled);
  const onChange = useForm('SlugFollowsTitle', (state) => state.onChange);

  // null while we find out whether the saved slug still follows the saved headline
  const following = React.useRef<boolean | null>(null);
  // the slug we last put in the field: anything else there was typed by the editor
  const lastSet = React.useRef('');
  const currentSlug = React.useRef('');
  currentSlug.current = slug ?? '';
  const latestRequest = React.useRef(0);

  const propose = React.useCallback(
    async (text: string) => {
      const { data } = await post<{ data: string }>('/newsroom/slugs/propose', {
        contentType: model,
        source: text,
        ...(documentId ? { documentId } : {}),
        ...(locale ? { locale } : {}),
      });
      return data.data;
    },
    [post, model, documentId, locale]
  );

  // Does the saved slug follow the saved headline? (New story: yes. Published: never.)
  React.useEffect(() => {
    following.current = null;
    lastSet.current = initialSlug ?? '';
    if (frozen) {
      following.current = false;
      return;
    }
    if (!initialSlug) {
      following.current = true;
      return;
    }
    if (!initialSource) {
      following.current = false;
      return;
    }
    let cancelled = false;
    propose(initialSource).then(
      (proposal) => {
        if (cancelled) return;
        // The same rule as the server: the headline's slug, or it with a -N suffix.
        const suffixed = /^(.*)-(\d+)$/.exec(initialSlug);
        following.current = initialSlug === proposal || Boolean(suffixed && proposal.startsWith(suffixed[1]));
      },
      () => {
        if (!cancelled) following.current = false;
      }
    );
    return () => {
      cancelled = true;
    };
  }, [frozen, initialSlug, initialSource, propose]);

  // Bumped when following resumes, to propose for the headline as it stands.
  const [resumed, setResumed] = React.useState(0);

  // The editor typed in the slug field: stop following. Emptying it hands it back to
  // the headline (the server generates an empty slug from the headline, too).
  React.useEffect(() => {
    const value = slug ?? '';
    if (following.current === null || value === lastSet.current) return;
    if (value !== '') {
      following.current = false;
      return;
    }
    lastSet.current = '';
    if (!frozen && following.current === false) {
      following.current = true;
      setResumed((count) => count + 1);
    }
  }, [slug, frozen]);

  // The headline changed: propose its slug.
  React.useEffect(() => {
    if (disabled || following.current !== true) return;
    const text = (source ?? '').trim();
    if (text === (initialSource ?? '').trim() && currentSlug.current === (initialSlug ?? '')) return;
    const request = ++latestRequest.current;
    const timer = window.setTimeout(async () => {
      let proposal = '';
      if (text) {
        try {
          proposal = await propose(text);
        } catch {
          return; // the regenerate button and the server still work
        }
      }
      if (request !== latestRequest.current || following.current !== true) return;
      if (currentSlug.current !== lastSet.current || proposal === currentSlug.current) return;
      lastSet.current = proposal;
      onChange(slugField, proposal);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [source, resumed, disabled, initialSource, initialSlug, propose, onChange, slugField]);

  return null;
};
