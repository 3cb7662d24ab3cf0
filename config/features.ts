export default {
  future: {
    // Stamps a story's first publication, kept across republishing: the
    // plugin freezes slugs from then on, and it is the honest datePublished.
    experimental_firstPublishedAt: true,
  },
};
