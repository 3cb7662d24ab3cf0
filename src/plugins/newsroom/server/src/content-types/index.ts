import redirectSchema from './redirect/schema.json';

export default {
  redirect: { schema: redirectSchema },
};
