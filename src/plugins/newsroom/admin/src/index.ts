import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './plugin-id';
import { SlugFollowsTitle } from './components/slug-follows-title';
import { OldAddressesPanel } from './components/old-addresses-panel';
import { SchedulePanel } from './components/schedule-panel';
import { SlugInput } from './components/slug-input';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Newsroom' });
    // Replaces the content-manager's uid input everywhere (see slug-input.tsx for why). Strapi
    // types library inputs as taking no props, though its InputRenderer hands them the field's.
    app.addFields({ type: 'uid', Component: SlugInput as unknown as ComponentType });
  },

  bootstrap(app: StrapiApp) {
    // Stock Strapi proposes a slug only when the regenerate button is clicked:
    // this makes the slug follow the source field as the editor types it.
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', {
      name: `${PLUGIN_ID}-slug-follows-title`,
      Component: SlugFollowsTitle,
    });
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel: (panels: unknown[]) => void };
    };
    contentManager.apis.addEditViewSidePanel([SchedulePanel, OldAddressesPanel]);
  },
};
