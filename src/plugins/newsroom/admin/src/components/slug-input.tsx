import * as React from 'react';
import { Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { ArrowClockwise, CheckCircle, WarningCircle } from '@strapi/icons';
import {
  unstable_useContentManagerContext as useContentManagerContext,
  useDebounce,
  useFetchClient,
  useField,
  useForm,
} from '@strapi/strapi/admin';
import { useEditLocale, useEverPublished } from '../hooks/use-ever-published';
import { useSettings } from '../hooks/use-settings';

interface SlugInputProps {
  name: string;
  label?: React.ReactNode;
  hint?: React.ReactNode;
  labelAction?: React.ReactNode;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
}

type Availability = { isAvailable: boolean } | null;

const FROZEN_HINT =
  'Published: this address stays when the headline changes. A slug typed here moves it, and the old one keeps leading to the story.';

/**
 * The content-manager's `uid` input, as a desk needs it: the availability note sits beside the
 * text instead of over it, and a story that has been published offers no "regenerate", which
 * would move its public address. Every `uid` field uses it; the slug the plugin keeps comes from
 * the plugin's own generator through the content-manager's uid routes, any other from Strapi's.
 */
export const SlugInput = React.forwardRef<HTMLInputElement, SlugInputProps>(
  ({ name, label, hint, labelAction, placeholder, required, disabled }, ref) => {
    const field = useField<string>(name);
    const values = useForm('SlugInput', (state) => state.values);
    const { model, id } = useContentManagerContext();
    const locale = useEditLocale();
    const params = React.useMemo(() => (locale ? { locale } : undefined), [locale]);
    const { post } = useFetchClient();
    const managed = useSettings()?.[model]?.slug?.field === name;
    const { everPublished } = useEverPublished();
    const frozen = managed && everPublished;

    const value = field.value ?? '';
    const debounced = useDebounce(value, 300);
    const [availability, setAvailability] = React.useState<Availability>(null);
    React.useEffect(() => {
      setAvailability(null);
      const trimmed = debounced.trim();
      if (trimmed === '' || trimmed === (field.initialValue ?? '')) return;
      let cancelled = false;
      post<{ isAvailable: boolean }>(
        '/content-manager/uid/check-availability',
        { contentTypeUID: model, field: name, value: trimmed },
        { params }
      ).then(
        (answer) => !cancelled && setAvailability({ isAvailable: answer.data.isAvailable }),
        () => undefined
      );
      return () => {
        cancelled = true;
      };
    }, [debounced, field.initialValue, model, name, params, post]);

    const [regenerating, setRegenerating] = React.useState(false);
    const regenerate = async () => {
      setRegenerating(true);
      try {
        const answer = await post<{ data: string }>(
          '/content-manager/uid/generate',
          { contentTypeUID: model, field: name, data: { ...(values as Record<string, unknown>), id: id ?? '' } },
          { params }
        );
        field.onChange(name, answer.data.data);
      } finally {
        setRegenerating(false);
      }
    };

    const note = availability && value === debounced && (
      <Flex gap={1} alignItems="center" data-testid="slug-availability">
        {availability.isAvailable ? <CheckCircle fill="success600" /> : <WarningCircle fill="danger600" />}
        <Typography variant="pi" textColor={availability.isAvailable ? 'success600' : 'danger600'}>
          {availability.isAvailable ? 'Available' : 'Taken'}
        </Typography>
      </Flex>
    );

    return (
      <Field.Root name={name} hint={frozen ? FROZEN_HINT : hint} error={field.error} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <TextInput
          ref={ref}
          name={name}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          onChange={field.onChange}
          endAction={
            <Flex gap={2} alignItems="center">
              {note}
              {!disabled && !frozen && (
                <Field.Action label="Regenerate" onClick={regenerate} disabled={regenerating}>
                  <ArrowClockwise />
                </Field.Action>
              )}
            </Flex>
          }
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);
SlugInput.displayName = 'SlugInput';
