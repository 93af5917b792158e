// @ts-check
/**
 * Sample content for the demo API: fourteen articles from The Alder Bay Courier, an invented news site
 * for the invented port city of Alder Bay and the Wend Valley around it. Every name, place and event
 * here is made up.
 *
 * Prose is written with plain quotes and apostrophes; `typeset` turns them into typographic ones, as
 * WordPress does, and the API then sends those as numeric entities (`&#8217;`).
 */

/** @typedef {{ id: number, slug: string, name: string, description: string }} Author */
/** @typedef {{ id: number, slug: string, name: string, description: string, hue: number }} Category */
/** @typedef {{ id: number, slug: string, name: string }} Tag */
/**
 * An article, ready to serve. Dates are UTC, `YYYY-MM-DDTHH:MM:SS`.
 * @typedef {object} Post
 * @property {number} id
 * @property {string} slug
 * @property {string} date
 * @property {string} modified
 * @property {string} title Plain text.
 * @property {string} excerpt Plain text.
 * @property {string} content HTML.
 * @property {number} author
 * @property {number[]} categories
 * @property {number[]} tags
 * @property {number} views
 * @property {{ alt: string, caption: string } | undefined} image The featured image, drawn as `/demo-media/<slug>.svg`.
 * @property {'open' | 'closed'} commentStatus
 */
/**
 * @typedef {object} SeedComment
 * @property {number} id
 * @property {number} post
 * @property {number} parent
 * @property {string} author_name
 * @property {string} author_email
 * @property {string} author_url
 * @property {string} content
 * @property {string} date
 * @property {'approved' | 'hold'} status
 */

export const SITE = {
  name: 'The Alder Bay Courier',
  description: 'News from Alder Bay and the Wend Valley',
  language: 'en-GB',
};

/** @type {Author[]} */
export const AUTHORS = [
  { id: 1, slug: 'mara-okafor', name: 'Mara Okafor', description: 'City affairs editor.' },
  { id: 2, slug: 'tomas-lindqvist', name: 'Tomas Lindqvist', description: 'Science and environment correspondent.' },
  { id: 3, slug: 'priya-raman', name: 'Priya Raman', description: 'Business reporter.' },
  { id: 4, slug: 'declan-hughes', name: 'Declan Hughes', description: 'Sports writer.' },
  { id: 5, slug: 'elise-moreau', name: 'Elise Moreau', description: 'Culture editor and world desk.' },
];

/** @type {Category[]} */
export const CATEGORIES = [
  { id: 2, slug: 'world', name: 'World', description: 'News from beyond the valley.', hue: 210 },
  { id: 3, slug: 'local', name: 'Local', description: 'Alder Bay and the Wend Valley.', hue: 150 },
  { id: 4, slug: 'science', name: 'Science', description: 'Research, nature and the night sky.', hue: 265 },
  { id: 5, slug: 'business', name: 'Business', description: 'Work, trade and the local economy.', hue: 35 },
  { id: 6, slug: 'sport', name: 'Sport', description: 'Football, rowing and everything in between.', hue: 0 },
  { id: 7, slug: 'culture', name: 'Culture', description: 'Stage, screen, music and books.', hue: 320 },
];

/** @param {string} text */
export const slugify = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** @type {Tag[]} */
export const TAGS = [
  'Flooding', 'Harbour', 'City council', 'Transport', 'Libraries', 'Education', 'Wildlife', 'River Wend',
  'Football', 'Rowing', 'Theatre', 'Film', 'Music', 'Astronomy', 'Food and drink', 'Jobs', 'Climate',
  'Ferries', 'Reviews', 'Events',
].map((name, index) => ({ id: 20 + index, slug: slugify(name), name }));

/** Straight quotes in text (not inside tags) to curly ones, opening after a space, `(`, `>` or a dash. */
function typeset(/** @type {string} */ html) {
  return html.replace(/['"](?=[^<>]*(?:<|$))/g, (quote, /** @type {number} */ offset) => {
    const before = html.charAt(offset - 1);
    const opening = before === '' || /[\s(>\u2013\u2014]/.test(before);
    if (quote === "'") return opening ? '\u2018' : '\u2019';
    return opening ? '\u201c' : '\u201d';
  });
}

/** @param {...string} texts */
const paragraphs = (...texts) => texts.map((text) => `<p>${text}</p>`).join('\n');

const LEAD = `<p>The river reached the top step but one. In the early hours of 25 November, with the Wend estuary running more than a metre above its predicted height, the eight steel gates of the Saltings flood barrier rose for the first time in a real emergency. By dawn the water was falling, the bars and shops of Old Quay were dry, and the engineers who had spent a decade arguing for the barrier were allowed, briefly, to go to bed.</p>
<h2>A forecast nobody wanted</h2>
<p>Forecasters at the regional marine office first flagged the risk the previous weekend. A deep area of low pressure was tracking towards the coast at the same time as the highest spring tides of the autumn, and a strong westerly wind was expected to pile water into the narrow mouth of the estuary.</p>
<p>By Monday the models agreed: a surge of between 0.9 and 1.3 metres would arrive within an hour of high water. "Any one of those things on its own, we deal with every winter," said Ruth Ellery, the Harbour Trust's duty harbourmaster. "All three together is exactly the night the barrier was built for."</p>
<h2>Closing the gates</h2>
<p>The barrier spans 310 metres between the Saltings embankment and the old ferry slipway at Northgate Point. For most of the year its gates lie flat on the riverbed so that ships can pass over them. Closing them means pumping air into hollow chambers inside each gate until it swings upright against the tide.</p>
<p>Shipping was halted at 11pm. The last vessel upriver, a grain carrier bound for the east quay, tied up with twenty minutes to spare. The first gate began to rise at 1.53am and the last locked into place at 2.40am, 47 minutes in all and slightly inside the design time.</p>
<h2>The night on the quay</h2>
<p>On Old Quay, where floods in two of the last ten winters left water lapping at the doors of the Customs House, volunteers from the neighbourhood flood group had stacked sandbags by mid-afternoon, just in case. Around thirty people stayed up to watch.</p>
<blockquote class="wp-block-quote"><p>We watched the river come up the steps, stop two short of the top and just sit there. Nobody said anything for a good ten minutes. Then someone put the kettle on.</p><cite>Jamie Costa, Old Quay flood warden</cite></blockquote>
<p>Downstream of the barrier the picture was different. The tide gauge at Northgate Point recorded its highest reading since records began there, and spray was thrown over the promenade railings until well after 4am.</p>
<h2>What the barrier cost</h2>
<figure class="wp-block-image size-large"><img src="/demo-media/saltings-barrier-gates.svg?w=1200&amp;h=800" alt="The eight barrier gates raised across the estuary, seen from the north bank" width="1200" height="800" /><figcaption class="wp-element-caption">The barrier's gates in the raised position, seen from Northgate Point. Illustration: The Alder Bay Courier</figcaption></figure>
<p>The scheme cost £48m, of which the city council paid £11m and a national coastal defence fund the rest. When it was approved, opponents argued that the money would be better spent raising the river walls, and a long-running campaign questioned whether a barrier that might close once a decade could ever justify its price.</p>
<p>Upkeep is a cost of its own. The council has set aside money for the gates' maintenance in its <a href="/news/barrier-maintenance-budget/">draft budget for next year</a>, the first since the barrier came into service.</p>
<h2>Who was still flooded</h2>
<p>The barrier protects the city, not the marshes beyond it. In Eastholme, a hamlet of around forty homes outside the defended area, water came over the sea wall shortly after 3am and reached the ground floors of eleven houses.</p>
<p>The county's emergency team opened a rest centre in Eastholme village hall, where nineteen people spent the rest of the night. No injuries were reported. Residents have long asked for their own defences, and several said this week that the barrier's success had made that case harder, not easier, to ignore.</p>
<h2>Lessons for the next surge</h2>
<p>The Harbour Trust will publish a full review in the spring. Its early findings, shared with councillors last night, include:</p>
<ul>
<li>Gate five rose about four minutes more slowly than the others; engineers suspect a valve and will inspect it at the next low tide.</li>
<li>Live readings from the estuary gauges were viewed more than 60,000 times in the night, and the Trust wants them to stay <a href="https://tides.example.org/stations/wend-estuary">publicly available</a> all year.</li>
<li>Text alerts reached most registered households within ten minutes, but people who had moved home since signing up were missed.</li>
<li>Sandbag stores in Old Quay and Millbrook were half empty by midnight and will be restocked before January.</li>
</ul>
<h2>What happens next</h2>
<p>The gates were lowered again at 9.15am, after the tide had turned and the wind had eased. Shipping resumed before noon. Engineers will spend the coming weeks checking the seals and hinges for wear, work that was always planned after the first full closure.</p>
<p>"We built it hoping we would hardly ever need it," said Ellery. "Now we know it works. The harder question is what we do for the places it was never designed to protect."</p>`;

/**
 * @typedef {object} DraftPost
 * @property {number} id
 * @property {string} slug
 * @property {string} date
 * @property {string} [modified]
 * @property {string} title
 * @property {string} excerpt
 * @property {string} content
 * @property {string} author Author slug.
 * @property {string} category Category slug.
 * @property {string[]} tags Tag slugs.
 * @property {number} views
 * @property {{ alt: string, caption: string }} [image]
 * @property {'closed'} [commentStatus]
 */

/** @type {DraftPost[]} */
const DRAFTS = [
  {
    id: 1,
    slug: 'saltings-barrier-surge-night',
    date: '2026-11-26T07:30:00',
    modified: '2026-11-26T11:05:00',
    title: "How the Saltings barrier held: inside Alder Bay's night of the surge",
    excerpt:
      'The flood barrier closed for the first time in a real emergency and kept Old Quay dry. Downstream, the hamlet of Eastholme was not so lucky.',
    content: LEAD,
    author: 'mara-okafor',
    category: 'local',
    tags: ['flooding', 'harbour', 'river-wend'],
    views: 18420,
    image: { alt: 'The Saltings flood barrier at dusk, gates raised', caption: 'The Saltings barrier during its first emergency closure.' },
  },
  {
    id: 2,
    slug: 'northgate-library-reopens',
    date: '2026-11-17T09:15:00',
    title: 'Northgate library reopens with a makerspace and longer hours',
    excerpt: 'After two years behind scaffolding, the branch library is open again, with a workshop, a quiet floor and evening opening four days a week.',
    content: paragraphs(
      `Northgate library reopened on Monday after a two-year refurbishment, with a new workshop on the ground floor and evening opening until 8pm from Monday to Thursday.`,
      `The building, a red-brick former corn merchant's office, had been closed since a roof survey found rot in the main beams. The repairs were extended to add a lift, replace the heating and turn the old reading room into what staff call the makerspace: sewing machines, a small 3D printer and a bench of tools that can be booked in hourly slots.`,
      `"People kept asking us for somewhere to fix things, not just somewhere to read about fixing things," said branch manager Oluwaseun Adeyemi. The top floor has been kept as a quiet study space, and the children's library has moved to the ground floor beside the garden.`,
      `Loans from the temporary branch at the community centre will be transferred automatically. The library's local history collection, stored off site during the works, will return in stages over the winter.`,
    ),
    author: 'mara-okafor',
    category: 'local',
    tags: ['libraries', 'education'],
    views: 3120,
    image: { alt: 'The brick front of Northgate library with new glass doors', caption: 'Northgate library after its refurbishment.' },
  },
  {
    id: 3,
    slug: 'eels-return-upper-wend',
    date: '2026-11-21T14:00:00',
    title: 'Eels are returning to the upper Wend, university survey finds',
    excerpt: 'Young eels have been counted above the old mill weirs for the first time in decades, three years after fish passes were fitted.',
    content: paragraphs(
      `Young eels are making their way past the old mill weirs on the upper Wend for the first time in living memory, according to a survey by researchers at Wend Valley University.`,
      `The team, led by freshwater ecologist Dr Hana Sorensen, set traps at six points along the river over the summer and autumn. Above the weir at Millbrook they counted 214 juvenile eels, known as elvers, compared with none in a similar survey five years ago.`,
      `The change follows the installation of three eel passes in 2023: narrow ramps lined with bristles that the fish can climb around a weir. "Eels will go almost anywhere if you give them something damp to wriggle up," Sorensen said. "For a century the weirs simply stopped them."`,
      `The researchers caution that one good year is not a recovery. Eel numbers vary widely with ocean conditions thousands of miles away, where the fish are born, and the team plans to repeat the survey for at least five more years.`,
      `Volunteers can help by reporting sightings to the university's river project, which is also looking for landowners willing to host traps next season.`,
    ),
    author: 'tomas-lindqvist',
    category: 'science',
    tags: ['wildlife', 'river-wend'],
    views: 5480,
    image: { alt: "A young eel in a researcher's gloved hand", caption: 'An elver counted above Millbrook weir.' },
  },
  {
    id: 4,
    slug: 'harbour-trust-record-year-crane-shortage',
    date: '2026-11-14T10:30:00',
    title: 'Harbour Trust reports record year – but warns of crane shortage',
    excerpt: 'Container traffic through Alder Bay rose by a tenth, but ageing cranes and a shortage of trained operators are slowing the quays down.',
    content: paragraphs(
      `The Alder Bay Harbour Trust handled more containers in the past year than at any time in its history, its annual report shows, but the port's chief executive warned that ageing equipment could soon hold it back.`,
      `Traffic rose by 11 per cent to just over 412,000 containers, helped by two new shipping routes to the northern ports. Revenue grew by 8 per cent, and the Trust recorded its first surplus in four years.`,
      `Yet three of the port's seven ship-to-shore cranes are more than thirty years old, and one was out of service for eleven weeks after a gearbox failure. "We turned ships away this summer that we would have loved to handle," said chief executive Andrew Nakamura.`,
      `The Trust plans to replace two cranes over the next three years and has opened a training centre for crane operators with Alder Bay College, aiming to train forty people a year. The first course starts in January.`,
    ),
    author: 'priya-raman',
    category: 'business',
    tags: ['harbour', 'jobs'],
    views: 2760,
    image: { alt: 'Container cranes on the east quay against a pale sky', caption: 'Cranes on the east quay.' },
  },
  {
    id: 5,
    slug: 'barrier-maintenance-budget',
    date: '2026-11-07T17:45:00',
    title: 'Council sets aside £3.2m for barrier upkeep in draft budget',
    excerpt: 'The first budget since the flood barrier opened includes money for its maintenance, along with a small rise in parking charges.',
    content: paragraphs(
      `Alder Bay City Council has set aside £3.2m over three years to maintain the Saltings flood barrier, in a draft budget published on Friday.`,
      `The sum covers routine inspections, replacement seals and a full test closure every autumn. It is the first budget since the barrier came into service last year, and councillors were told the running costs were close to the original estimate.`,
      `Other proposals include a 20p rise in the hourly charge at council car parks, an extra £400,000 for road resurfacing and a freeze on fees for sports pitches. The budget does not include any money for defences at Eastholme, which lies outside the protected area.`,
      `Residents can comment on the plans online or at drop-in sessions at the Guildhall until the middle of January. A final vote is due in February.`,
    ),
    author: 'mara-okafor',
    category: 'local',
    tags: ['city-council', 'flooding'],
    views: 4105,
    image: { alt: 'The Guildhall council chamber with empty benches', caption: 'The council chamber at the Guildhall.' },
  },
  {
    id: 6,
    slug: 'athletic-late-winner-cup-run',
    date: '2026-11-24T22:10:00',
    title: "Athletic's late winner keeps cup run alive",
    excerpt: 'A stoppage-time header from Kofi Asante sent Alder Bay Athletic into the fourth round for the first time in nine years.',
    content: paragraphs(
      `Kofi Asante's header three minutes into stoppage time sent Alder Bay Athletic into the fourth round of the county cup for the first time in nine years, beating Harrowfield Town 2-1 at Marsh Road.`,
      `The visitors led at half-time through a deflected shot from the edge of the area, and for long spells Athletic struggled to create anything against a well-organised defence. The equaliser came from a corner on 71 minutes, bundled in by captain Sean Mulvey.`,
      `With extra time looming, substitute Lena Brandt crossed from the right and Asante, who had been on the pitch for only six minutes, rose above two defenders. "I just closed my eyes and hoped," he said afterwards.`,
      `A crowd of 3,908, the biggest at Marsh Road this season, stayed long after the whistle. The draw for the fourth round takes place on Sunday.`,
    ),
    author: 'declan-hughes',
    category: 'sport',
    tags: ['football'],
    views: 21930,
    image: { alt: 'Floodlights over a packed football stand at night', caption: 'Marsh Road under the floodlights.' },
  },
  {
    id: 7,
    slug: 'corn-exchange-winter-season-silent-film',
    date: '2026-10-31T12:00:00',
    title: 'Corn Exchange opens winter season with a live score for a silent comedy',
    excerpt: "A twelve-piece orchestra will play a newly written score to a restored 1920s comedy on the season's opening night.",
    content: paragraphs(
      `The Corn Exchange will open its winter season with a restored silent comedy accompanied by a twelve-piece orchestra playing a score written for the occasion.`,
      `The film, a 1920s two-reeler about a lighthouse keeper and an uncooperative cat, was found in poor condition in a private collection and restored over two years by a film archive in the north. Its new score is by Alder Bay composer Ines Vakil, who has written music for the venue's family concerts.`,
      `The season also includes a folk festival weekend, a month of Saturday-morning children's theatre and, in February, a week of films made by students at Alder Bay College.`,
      `Tickets for the opening night are already three-quarters sold. The venue has added a relaxed screening on the Sunday afternoon, with the lights left partly up and the volume lowered.`,
    ),
    author: 'elise-moreau',
    category: 'culture',
    tags: ['film', 'music', 'events'],
    views: 1890,
    image: { alt: 'An orchestra in front of a cinema screen', caption: 'Rehearsals for the opening night at the Corn Exchange.' },
  },
  {
    id: 8,
    slug: 'coastal-cities-storm-surge-summit',
    date: '2026-11-19T08:40:00',
    title: 'Coastal cities agree to share storm-surge data',
    excerpt: "Engineers and planners from thirty port cities have agreed to pool tide-gauge readings so that forecasts can draw on each other's records.",
    content: paragraphs(
      `Representatives of thirty coastal cities have agreed to share readings from their tide gauges and flood defences, at a three-day meeting of engineers and planners in the port city of Halvik.`,
      `Under the agreement, each city will publish its gauge readings in a common format, so that forecasters can compare how surges behave in estuaries of similar shape. Many cities keep decades of records that have never been studied outside their own harbour offices.`,
      `"A surge that floods one estuary is often the same weather system that tested another a day earlier," said the meeting's chair, Dr Marguerite Olsen. "Until now, almost nobody was comparing notes."`,
      `Alder Bay was represented by the Harbour Trust, whose engineers presented the design of the Saltings barrier. The cities will meet again in two years to review the first shared data.`,
    ),
    author: 'elise-moreau',
    category: 'world',
    tags: ['flooding', 'climate'],
    views: 2215,
    image: { alt: 'A tide gauge on a harbour wall with waves breaking below', caption: 'A tide gauge on a harbour wall.' },
  },
  {
    id: 9,
    slug: 'allotment-astronomers-variable-star',
    date: '2026-11-05T19:20:00',
    title: 'Allotment astronomers spot a star that dims every eleven hours',
    excerpt: 'Members of the Millbrook Astronomical Society have found a variable star that no catalogue had recorded, using a telescope in a garden shed.',
    content: paragraphs(
      `A group of amateur astronomers working from a shed on the Millbrook allotments has discovered a star whose brightness dips sharply every eleven hours and four minutes.`,
      `Members of the Millbrook Astronomical Society noticed the star while testing a new camera in September. Over the following weeks they photographed it on every clear night and found the same dip repeating with clockwork regularity.`,
      `The pattern suggests an eclipsing binary: two stars orbiting so closely that one passes in front of the other. Researchers at Wend Valley University checked the society's measurements and confirmed that the star had not been listed as variable in any catalogue.`,
      `"We are a group of retired teachers and a couple of students with a second-hand telescope," said society secretary Gwen Pryce. "It is lovely to know that there is still something up there for people like us to find."`,
      `The society holds open evenings on the first Friday of each month, weather permitting.`,
    ),
    author: 'tomas-lindqvist',
    category: 'science',
    tags: ['astronomy'],
    views: 7340,
    image: { alt: 'A small telescope inside a garden shed with its roof open', caption: "The society's observatory on the Millbrook allotments." },
  },
  {
    id: 10,
    slug: 'crumb-and-co-fifth-bakery-training-kitchen',
    date: '2026-11-12T11:00:00',
    title: 'Crumb & Co. opens fifth bakery and a kitchen to train apprentices',
    excerpt: 'The family-run bakery chain is opening on Station Road and will take on twelve apprentice bakers a year in a training kitchen next door.',
    content: paragraphs(
      `Crumb &amp; Co., the family bakery that began as a market stall in Old Quay fifteen years ago, opens its fifth shop on Station Road on Saturday, together with a training kitchen for apprentice bakers.`,
      `The business employs 64 people and expects to reach 80 by next summer. Co-founder Rosa Delgado said the company had struggled to find trained bakers willing to work early shifts, and decided to train its own. Twelve apprentices a year will split their time between the kitchen and college.`,
      `"Every one of our head bakers started with us washing trays," Delgado said. "We just want to make that route official, and paid properly from day one."`,
      `The Station Road shop will open at 6.30am to catch commuters from the early trains, and will sell bread from the previous day at half price after 4pm.`,
    ),
    author: 'priya-raman',
    category: 'business',
    tags: ['food-and-drink', 'jobs'],
    views: 6120,
    image: { alt: 'Loaves cooling on racks in a bakery window', caption: 'Bread in the window of the new Station Road shop.' },
  },
  {
    id: 11,
    slug: 'rowing-club-youth-eight-head-race',
    date: '2026-11-03T16:35:00',
    title: "Rowing club's youth eight takes regional head race",
    excerpt: "Alder Bay Rowing Club's under-18 crew beat 26 other boats over the four-kilometre course on the lower Wend.",
    content: paragraphs(
      `Alder Bay Rowing Club's under-18 eight won the regional head race on Sunday, finishing the four-kilometre course on the lower Wend eleven seconds ahead of their nearest rivals.`,
      `Head races are processions against the clock: crews set off one after another and are timed over the distance. Alder Bay started ninth of 27 boats and had overtaken two crews by the Millbrook bend.`,
      `Coach Anneke de Wit said the crew had trained through the summer at six in the morning, before the river got busy. "They did the boring work nobody sees," she said. "Today was the reward."`,
    ),
    author: 'declan-hughes',
    category: 'sport',
    tags: ['rowing', 'river-wend'],
    views: 1450,
    image: { alt: 'A rowing eight on a misty river at dawn', caption: 'The youth eight in training on the lower Wend.' },
  },
  {
    id: 12,
    slug: 'northern-ferry-operators-shared-winter-timetable',
    date: '2026-10-29T07:50:00',
    title: 'Northern ferry operators agree a shared winter timetable',
    excerpt: 'Four companies serving the northern straits will coordinate sailings so that connections still work when storms cancel crossings.',
    content: paragraphs(
      `Four ferry companies operating across the northern straits have agreed to coordinate their winter timetables for the first time, so that passengers can switch between operators when bad weather cancels sailings.`,
      `Under the arrangement, a ticket with one company will be accepted on another's next available crossing whenever a sailing is cancelled for weather. The operators will also stagger their departures so that two boats do not leave the same harbour within minutes of each other.`,
      `The change affects routes to Alder Bay, whose ferry terminal handles about a fifth of the strait's winter traffic. Island communities have asked for such an arrangement for years, pointing out that a single cancellation could leave travellers stranded for two days.`,
      `The shared timetable runs from November to March and will be reviewed in the spring.`,
    ),
    author: 'elise-moreau',
    category: 'world',
    tags: ['ferries', 'transport'],
    views: 980,
    image: { alt: 'A ferry leaving harbour in grey winter light', caption: 'A winter crossing leaves Alder Bay.' },
  },
  {
    id: 13,
    slug: 'review-the-lamplighters-daughter',
    date: '2026-11-10T23:05:00',
    title: "Review: 'The Lamplighter's Daughter' at the Quayside Theatre",
    excerpt: "A quiet, funny and finally devastating new play about a family that keeps the town's last gas lamps burning.",
    content: paragraphs(
      `Four stars. There are eleven gas lamps left in Alder Bay, and in Nell Hartigan's new play one family has tended them for three generations. <em>The Lamplighter's Daughter</em>, which opened at the Quayside Theatre on Tuesday, follows the youngest of them as she decides whether to keep the job or leave the town.`,
      `Hartigan writes wonderfully about work: the ladders, the mantles, the logbook in which every lamp's hours are recorded. The first act is gentle and often very funny, with Tariq Bello outstanding as a council officer who wants the lamps replaced and cannot bring himself to say so.`,
      `The second act darkens quickly, and not every turn is earned; a late revelation about the father feels borrowed from a more conventional play. But Maeve Connolly, in the title role, holds the stage through it with real stillness.`,
      `The set, a single lamp post that slowly tilts over the course of the evening, is one of the best things the Quayside has done. The play runs until 12 December.`,
    ),
    author: 'elise-moreau',
    category: 'culture',
    tags: ['theatre', 'reviews'],
    views: 2630,
    image: { alt: 'An actor on a ladder beside a lit gas lamp on a dark stage', caption: "Maeve Connolly in The Lamplighter's Daughter." },
  },
  {
    id: 14,
    slug: 'lantern-parade-road-closures',
    date: '2026-10-27T13:00:00',
    title: 'Lantern parade: road closures and bus changes on Saturday',
    excerpt: 'Parts of the city centre will close from 4pm on Saturday 31 October for the annual lantern parade; buses will be diverted.',
    content: paragraphs(
      `The annual lantern parade will leave Castle Green at 6pm on Saturday 31 October and follow the river to Old Quay, finishing with music on the harbour steps at about 7.30pm.`,
      `Quay Street, Bridge Street and the riverside road between the Guildhall and the ferry terminal will close to traffic from 4pm until 9pm. Bus routes 3, 7 and 12 will be diverted along Station Road, and the Old Quay stop will not be served.`,
      `Lantern-making workshops run at Northgate library and the Millbrook community centre on Saturday morning. Organisers ask that lanterns use battery lights rather than candles.`,
    ),
    author: 'mara-okafor',
    category: 'local',
    tags: ['events', 'transport'],
    views: 8810,
    commentStatus: 'closed',
  },
];

/**
 * @template {{ id: number, slug: string }} T
 * @param {T[]} list
 * @param {string} slug
 */
function idOf(list, slug) {
  const found = list.find((item) => item.slug === slug);
  if (!found) throw new Error(`posts.js: unknown slug "${slug}"`);
  return found.id;
}

/** @type {Post[]} */
export const POSTS = DRAFTS.map((draft) => ({
  id: draft.id,
  slug: draft.slug,
  date: draft.date,
  modified: draft.modified ?? draft.date,
  title: typeset(draft.title),
  excerpt: typeset(draft.excerpt),
  content: typeset(draft.content),
  author: idOf(AUTHORS, draft.author),
  categories: [idOf(CATEGORIES, draft.category)],
  tags: draft.tags.map((slug) => idOf(TAGS, slug)),
  views: draft.views,
  image: draft.image && { alt: typeset(draft.image.alt), caption: typeset(draft.image.caption) },
  commentStatus: draft.commentStatus ?? 'open',
}));

/**
 * Comments already on the site: [post, parent comment id (0: none), name, minutes after the post, content, status].
 * @type {Array<[number, number, string, number, string, ('approved' | 'hold')?]>} */
const SEEDS = [
  [1, 0, 'Harriet Vale', 95, "My mother's house on Quay Steps flooded twice before the barrier went in. She rang me at 3am just to say the carpet was dry. Thank you to everyone who worked that night."],
  [1, 0, 'Osman Reid', 140, 'Good piece. I would like to know why gate five was slow. Is that a design problem or a maintenance one?'],
  [1, 2, 'Kit Brennan', 182, "The spring review is supposed to cover exactly that. Worth asking at the Harbour Trust's next open meeting."],
  [1, 0, 'Frank', 200, 'Cheap sandbags delivered overnight, see http://sandbags.example.com', 'hold'],
  [6, 0, 'Sam Achebe', 25, 'Best atmosphere at Marsh Road in years. The noise when that header went in!'],
  [6, 0, 'Lou Fenner', 61, 'Poor first half, deserved it in the second. Whoever we draw next, bring it on.'],
  [13, 0, 'Nadia Kerr', 600, 'Saw it on opening night. The second act is worth the ticket on its own, whatever the reviewer says.'],
  [14, 0, 'Ben Okoro', 240, 'Will the number 7 still stop at the hospital during the diversion?'],
  // The lead story's discussion, in three threads (ids go on from 9: the parents below count from the top).
  [1, 1, 'Jamie Costa', 128, 'Harriet, tell her the kettle was on at ours too. The river stopped two steps short of the top and thirty of us just stood there watching it.'],
  [1, 9, 'Harriet Vale', 171, 'I will, Jamie. She wants to know when she can put the rugs back down. I told her March, to be safe.'],
  [1, 1, 'Aled Pryce', 262, "Same on Water Lane. First winter in six we haven't had to carry everything upstairs. Worth every penny of the 48 million as far as I'm concerned."],
  [1, 11, 'Bea Lindgren', 305, 'Easy to say from Water Lane. None of the 48 million was spent on Eastholme, and eleven houses there had water through the door.'],
  [1, 12, 'Aled Pryce', 338, "Fair point, and I didn't mean it that way. I'd happily see the next scheme go on the marsh side."],
  [1, 3, 'Osman Reid', 226, 'Thanks, Kit. Are those meetings open to anyone, or only to Trust members?'],
  [1, 2, 'Tariq Mensah', 290, "I've worked on tidal gates elsewhere. A slow gate on its first real closure is common: air valves stick after months of sitting still. Four minutes is a finding, not a failure."],
  [1, 0, 'Dilys Harker', 410, 'We live in Eastholme. The water came under the back door at about ten past three and was over our ankles in the kitchen by four. The people at the rest centre were kind, but we would rather not need them again.'],
  [1, 16, 'Maggie Stroud', 452, "So sorry, Dilys. The village hall is collecting for the eleven houses: there's a box at the shop, and they'll take furniture too."],
  [1, 16, 'Rhys Okonjo', 515, "Defences for the marsh side were costed in 2022 and then shelved. I'll be asking at full council next month whether that study can come back out."],
  [1, 18, 'Dilys Harker', 584, 'Thank you. A few of us will be in the public gallery.'],
];

/** @type {SeedComment[]} */
export const SEED_COMMENTS = SEEDS.map(([post, parent, name, minutes, content, status = 'approved'], index) => {
  const published = POSTS.find((item) => item.id === post)?.date ?? '';
  return {
    id: index + 1,
    post,
    parent,
    author_name: name,
    author_email: `${slugify(name)}@example.com`,
    author_url: '',
    content,
    date: new Date(Date.parse(`${published}Z`) + minutes * 60_000).toISOString().slice(0, 19),
    status,
  };
});
