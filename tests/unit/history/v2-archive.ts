/** Records as schema version 2 kept them (the articles of v1-archive.ts): empty fields left out, dated index keys, no names table. */
export const V2_ROW = {
  url: 'https://news.example/2013/letters',
  title: 'Obama sends Putin a letter',
  site: 'Example News',
  published: '2013-04-14',
  firstSeen: '2013-04-15T08:00:00.000Z',
  lastSeen: '2013-04-16T08:00:00.000Z',
  authors: ['Ivan Nechepurenko'],
  people: [
    { identity: 'sergei lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'], role: 'Foreign Minister', official: true },
    { identity: 'vladimir putin', name: 'Vladimir Putin', aliases: ['Putin'], role: 'President', official: true },
  ],
  events: [{ name: 'G20 meeting', date: '2013-09-05', end: '2013-09-06', place: 'St. Petersburg' }],
  relatedUrls: ['https://news.example/2013/meetings'],
  excerpt: 'The Kremlin said the United States has sent Russia a positive signal.',
  personKeys: ['sergei lavrov|2013-04-14', 'vladimir putin|2013-04-14'],
  eventKeys: ['g20 meeting|2013-04-14'],
};

export const V2_UNREAD_ROW = {
  url: 'https://news.example/2013/meetings',
  title: 'Putin and Obama plan meetings',
  site: 'news.example',
  firstSeen: '2013-04-15T08:00:00.000Z',
  lastSeen: '2013-04-15T08:00:00.000Z',
  read: false,
};
