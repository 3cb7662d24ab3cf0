/** The benchmarks' archive: generated stories, written over REST as a client would. */
/** What the seeding reads of a document it created. */
export interface Created {
  documentId: string;
}

const words = (n: number, seed: number) =>
  Array.from(
    { length: n },
    (_, i) => ['news', 'report', 'minister', 'city', 'budget', 'vote', 'river', 'school'][(i * 7 + seed) % 8]
  ).join(' ');

/** Seeds `count` published stories (50 authors, 50 Read Also links) over REST, six at a time; answers their slugs. */
export async function seedStories(url: string, token: string, count: number) {
  const post = async <T extends Created = Created>(type: string, data: object) => {
    const response = await fetch(`${url}/api/${type}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ data }),
    });
    if (!response.ok) throw new Error(`seeding ${type}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { data: T }).data;
  };
  const authors: Created[] = [];
  for (let i = 0; i < 50; i++) authors.push(await post('authors', { name: `Reporter ${i}`, bio: words(40, i) }));
  const links: Created[] = [];
  for (let i = 0; i < 50; i++)
    links.push(await post('related-links', { title: `Related story ${i}`, url: `https://example.org/${i}` }));

  const slugs: string[] = [];
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const story = await post<Created & { slug: string }>('articles', {
        title: `Story number ${i} about the ${words(3, i)}`,
        author: authors[i % authors.length].documentId,
        body: [
          {
            __component: 'article.text',
            content: [
              { type: 'heading', level: 2, children: [{ type: 'text', text: 'Background' }] },
              { type: 'paragraph', children: [{ type: 'text', text: words(150, i) }] },
            ],
          },
          { __component: 'article.read-also', link: links[i % links.length].documentId },
          {
            __component: 'article.text',
            content: [{ type: 'paragraph', children: [{ type: 'text', text: words(150, i + 1) }] }],
          },
        ],
      });
      slugs.push(story.slug);
      if (slugs.length % 1000 === 0)
        console.log(
          `  seeded ${slugs.length} stories (${Math.round(slugs.length / ((Date.now() - started) / 1000))}/s)`
        );
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return slugs;
}
