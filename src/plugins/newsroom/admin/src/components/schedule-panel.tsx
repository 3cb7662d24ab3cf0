import * as React from 'react';
import { Button, DateTimePicker, Field, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useSettings } from '../hooks/use-settings';

/** What the content-manager hands an edit-view side panel (its own types are not exported to plugins). */
interface PanelProps {
  model: string;
  documentId?: string;
  document?: Record<string, unknown>;
}

type OnChange = (field: string, value: unknown) => void;

const asDate = (value: unknown) => (typeof value === 'string' && value ? new Date(value) : undefined);
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const local = (date: Date) => date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const Picker = ({
  label,
  name,
  value,
  onChange,
}: {
  label: string;
  name: string;
  value: Date | undefined;
  onChange: OnChange;
}) => (
  <Field.Root name={`newsroom-schedule-${name}`} hint={`Your time (${zone()})`}>
    <Field.Label>{label}</Field.Label>
    <DateTimePicker
      value={value}
      clearLabel="Clear"
      onChange={(date: Date | undefined) => onChange(name, date ? date.toISOString() : null)}
      onClear={() => onChange(name, null)}
    />
    <Field.Hint />
  </Field.Root>
);

/**
 * Beside Publish: when the draft goes out by itself (and comes down), picked in the editor's own
 * time zone, and a way to cancel. It edits the same fields as the form, so Save stores the schedule;
 * the server checks it and the plugin's scheduler publishes it.
 */
export const SchedulePanel = ({ model, document }: PanelProps) => {
  const settings = useSettings();
  const values = useForm('NewsroomSchedulePanel', (state) => state.values as Record<string, unknown>, false);
  const onChange = useForm('NewsroomSchedulePanel', (state) => state.onChange as OnChange, false);
  const fields = settings?.[model]?.schedule;
  if (!fields || !values || !onChange) return null;

  const publishAt = asDate(values[fields.publishAt]);
  const unpublishAt = fields.unpublishAt ? asDate(values[fields.unpublishAt]) : undefined;
  const saved = asDate(document?.[fields.publishAt]);
  const savedDown = fields.unpublishAt ? asDate(document?.[fields.unpublishAt]) : undefined;
  const cancel = () => {
    onChange(fields.publishAt, null);
    if (fields.unpublishAt) onChange(fields.unpublishAt, null);
  };

  return {
    title: 'Schedule',
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-schedule">
        {saved ? (
          <Typography variant="omega" fontWeight="semiBold" data-testid="newsroom-scheduled-for">
            Scheduled for {local(saved)}
          </Typography>
        ) : null}
        {savedDown ? (
          <Typography variant="pi" textColor="neutral600">
            Comes down {local(savedDown)}
          </Typography>
        ) : null}
        <Picker label="Publish at" name={fields.publishAt} value={publishAt} onChange={onChange} />
        {fields.unpublishAt ? (
          <Picker label="Unpublish at" name={fields.unpublishAt} value={unpublishAt} onChange={onChange} />
        ) : null}
        {publishAt || unpublishAt ? (
          <Button variant="danger-light" onClick={cancel} fullWidth>
            Cancel schedule
          </Button>
        ) : null}
        <Typography variant="pi" textColor="neutral600">
          {saved && !publishAt ? 'Save to cancel the schedule.' : 'Save to keep the schedule.'}
        </Typography>
      </Flex>
    ),
  };
};
