import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { secret } from './helpers/secret';
import { operationLimits } from '../src/graphql/operation-limits';
import { skipStrapiLimiter } from '../src/security/login-attempts';

/**
 * Uploads on an S3-compatible store when a bucket is named: several processes (or machines) must serve
 * and write the same files, which `public/uploads` on one disk cannot give them.
 */
const uploadStore = (env: Core.Config.Shared.ConfigParams['env']) =>
  env('UPLOAD_S3_BUCKET')
    ? {
        upload: {
          config: {
            provider: 'aws-s3',
            providerOptions: {
              baseUrl: env('UPLOAD_S3_PUBLIC_URL'),
              s3Options: {
                region: env('UPLOAD_S3_REGION', 'us-east-1'),
                endpoint: env('UPLOAD_S3_ENDPOINT'),
                forcePathStyle: env.bool('UPLOAD_S3_FORCE_PATH_STYLE', false),
                credentials: {
                  accessKeyId: env('UPLOAD_S3_ACCESS_KEY_ID'),
                  secretAccessKey: env('UPLOAD_S3_SECRET_ACCESS_KEY'),
                },
                params: { Bucket: env('UPLOAD_S3_BUCKET') },
              },
            },
          },
        },
      }
    : {};

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  ...uploadStore(env),
  'users-permissions': {
    config: {
      // Its limiter counts every request (successes too) in one process's memory: on logins,
      // global::login-throttle replaces it; it still guards registration and forgotten passwords.
      ratelimit: { skip: skipStrapiLimiter },
      jwtSecret: secret(env, 'JWT_SECRET', 'dev-users-permissions-jwt-secret'),
    },
  },
  newsroom: {
    // Off only to measure what the plugin costs (npm run bench:slugs).
    enabled: env.bool('NEWSROOM_PLUGIN_ENABLED', true),
    config: {
      contentTypes: {
        'api::article.article': {
          slug: { field: 'slug', source: 'title' },
          reading: {
            // article.text's rich text is read by default; Read Also links and captions are not body text.
            fields: ['body'],
            imageComponents: ['article.image'],
            summary: 'summary',
            excerpt: 'excerpt',
            readingTime: 'readingTime',
            wordCount: 'wordCount',
          },
          schedule: { publishAt: 'publishAt', unpublishAt: 'unpublishAt' },
        },
        'api::author.author': {
          slug: { field: 'slug', source: 'name' },
        },
        'api::section.section': {
          slug: { field: 'slug', source: 'name' },
        },
        'api::tag.tag': {
          slug: { field: 'slug', source: 'name' },
        },
      },
      rates: {
        wordsPerMinute: env.int('READING_WORDS_PER_MINUTE', 230),
        cjkCharactersPerMinute: env.int('READING_CJK_CHARACTERS_PER_MINUTE', 500),
      },
      scheduler: {
        intervalSeconds: env.float('SCHEDULER_INTERVAL_SECONDS', 1),
        pastToleranceSeconds: env.int('SCHEDULE_PAST_TOLERANCE_SECONDS', 60),
      },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      maxLimit: 100,
      defaultLimit: 25,
      // Apollo's sandbox is a developer's tool; in production GET /graphql shows no page at all (Strapi's
      // `false` gives Apollo's production page, which still loads an explorer from Apollo's CDN).
      landingPage: env.bool('GRAPHQL_LANDING_PAGE', env('NODE_ENV') !== 'production')
        ? true
        : () => ApolloServerPluginLandingPageDisabled(),
      apolloServer: {
        // The schema is a map of every field: public in development, a setting in production.
        introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV') !== 'production'),
        // Aliases and fragments multiply what one request costs; refused before any resolver runs.
        validationRules: [operationLimits({ maxRootFields: 20, maxFields: 500 })],
        // The GraphQL route skips strapi::body and parses its own: the same 1 MB as REST.
        bodyParserConfig: { jsonLimit: '1mb', formLimit: '1mb', textLimit: '1mb' },
        // Stack traces name the server's files; errors say what was wrong without them.
        includeStacktraceInErrorResponses: false,
      },
    },
  },
});
