// GUEST_APP_TYPO lets the test prove that a wrong option stops the start with a clear message.
module.exports = ({ env }) => ({
  'users-permissions': { config: { jwtSecret: 'guest-app-users-permissions-secret' } },
  newsroom: {
    enabled: true,
    config: {
      contentTypes: {
        'api::story.story': {
          slug: { field: env('GUEST_APP_TYPO') ? 'slugg' : 'slug', source: 'headline' },
          reading: {
            fields: ['lede', 'sections'],
            components: { 'blog.pull-quote': ['quote'] },
            imageComponents: ['blog.figure'],
            readingTime: 'minutes',
            wordCount: 'words',
          },
        },
        'api::page.page': {
          slug: { field: 'path', source: 'name' },
          reading: { fields: ['content'], wordCount: 'words', readingTime: 'minutes' },
        },
      },
    },
  },
});
