import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseHeadline, stripTitleDecorations } from './page-title';

const stripped: Array<{ title: string; sites?: string[]; headline: string }> = [
  {
    title: 'Seoul Opens Its First Driverless Subway Line | The Daily Ledger',
    headline: 'Seoul Opens Its First Driverless Subway Line',
  },
  { title: 'Headline Of The Story @ Jane’s Blog :: Example Site ::', headline: 'Headline Of The Story' },
  {
    title: '宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网',
    headline: '宇航员在太空中喝酒会怎么样？后果很严重',
  },
  {
    title: 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say - The New York Times',
    headline: 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say',
  },
  {
    title: 'BBC News - Kim Jong-un arrives in Vladivostok',
    sites: ['BBC News'],
    headline: 'Kim Jong-un arrives in Vladivostok',
  },
  {
    title: 'Kim Jong-un – the long road to Vladivostok – World Wire',
    headline: 'Kim Jong-un – the long road to Vladivostok',
  },
  {
    title: 'Xbox One X review:  A console that keeps up with gaming PCs',
    headline: 'Xbox One X review: A console that keeps up with gaming PCs',
  },
  { title: 'The 9/11 files, twenty years on', headline: 'The 9/11 files, twenty years on' },
  {
    title: 'Allergies Health Center » Hay fever season starts early this year',
    sites: ['Allergies Health Center'],
    headline: 'Hay fever season starts early this year',
  },
  { title: 'Salon', sites: ['Salon'], headline: 'Salon' },
];

for (const c of stripped) {
  test(`stripTitleDecorations: ${c.title}`, () => assert.equal(stripTitleDecorations(c.title, c.sites), c.headline));
}

const chosen: Array<{ name: string; sources: Parameters<typeof chooseHeadline>[0]; headline: string | undefined }> = [
  {
    name: 'all agree',
    sources: {
      og: 'Ferry Service Resumes',
      document: 'Ferry Service Resumes | Coast Paper',
      h1: 'Ferry Service Resumes',
    },
    headline: 'Ferry Service Resumes',
  },
  {
    name: 'a site-logo h1 is outvoted by the page’s own titles',
    sources: { og: 'The sharing economy is a lie', document: 'The sharing economy is a lie - Salon.com', h1: 'Salon' },
    headline: 'The sharing economy is a lie',
  },
  {
    name: 'a section banner h1 loses to the <title> alone',
    sources: {
      document: 'How does the brain turn information into thought? - Medical News Today',
      h1: 'Allergies Health Center',
    },
    headline: 'How does the brain turn information into thought?',
  },
  {
    name: 'a shortened JSON-LD headline is outvoted by og:title, <title> and h1',
    sources: {
      jsonLd: 'Arctic shipping route opens weeks early',
      og: 'Arctic shipping route opens weeks early as sea ice shrinks',
      document: 'Arctic shipping route opens weeks early as sea ice shrinks - World Wire',
      h1: 'Arctic shipping route opens weeks early as sea ice shrinks',
    },
    headline: 'Arctic shipping route opens weeks early as sea ice shrinks',
  },
  {
    name: 'two against two: the structured data wins, as in Readability',
    sources: {
      jsonLd: 'Apple’s Vision Pro hands-on: the Retina display moment for headsets',
      og: 'Apple’s Vision Pro is the Retina display moment for headsets',
      document: 'Apple’s Vision Pro hands-on: the Retina display moment for headsets - The Verge',
      h1: 'Apple’s Vision Pro is the Retina display moment for headsets',
    },
    headline: 'Apple’s Vision Pro hands-on: the Retina display moment for headsets',
  },
  {
    name: 'all differ: og:title before the <title> and the h1',
    sources: {
      og: 'The Modern Ambitions Behind Neon',
      document: 'A Brief History of Neon Signage - CityLab',
      h1: 'Why Neon Is the Ultimate Symbol',
    },
    headline: 'The Modern Ambitions Behind Neon',
  },
  { name: 'nothing at all', sources: {}, headline: undefined },
];

for (const c of chosen) {
  test(`chooseHeadline: ${c.name}`, () => assert.equal(chooseHeadline(c.sources), c.headline));
}
