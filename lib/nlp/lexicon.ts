/** Word lists that carry the English conventions the people and role finders rely on. */

/** Courtesy titles written before a name; dropped from the name itself. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'madam']);

/** Abbreviated titles written before a name ("Sen. Ruth Adler"), with the title they stand for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'Senator'], ['gov', 'Governor'], ['rep', 'Representative'], ['gen', 'General'], ['lt', 'Lieutenant'],
  ['col', 'Colonel'], ['maj', 'Major'], ['capt', 'Captain'], ['sgt', 'Sergeant'], ['adm', 'Admiral'],
  ['cmdr', 'Commander'], ['supt', 'Superintendent'], ['insp', 'Inspector'], ['det', 'Detective'], ['atty', 'Attorney'],
  ['amb', 'Ambassador'], ['pres', 'President'], ['prof', 'Professor'], ['rev', 'Reverend'], ['cllr', 'Councillor'],
]);

/** Lower-case name particles that may sit inside a name ("Ursula von der Leyen", "Bashar al-Assad"). */
export const NAME_PARTICLES = new Set([
  'al', 'bin', 'bint', 'ibn', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'la', 'le', 'ten', 'ter', 'van', 'von', 'y', 'zu',
]);

/**
 * Head nouns of roles: the last word of "Foreign Minister", "official spokesman", "deputy director of ...".
 * Used to recognise a title before a name and an appositive after it.
 */
export const ROLE_HEADS = new Set([
  'adviser', 'advisor', 'advisers', 'advisors', 'aide', 'ambassador', 'analyst', 'anchor', 'archbishop', 'assemblyman',
  'assemblywoman', 'attorney', 'author', 'bishop', 'boss', 'cardinal', 'captain', 'ceo', 'cfo', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'chancellor', 'chief', 'cleric', 'coach', 'colleague', 'colonel', 'columnist',
  'commander', 'commissioner', 'congressman', 'congresswoman', 'consultant', 'coo', 'correspondent', 'councillor',
  'councilman', 'councilwoman', 'counsel', 'cto', 'dean', 'delegate', 'deputy', 'detective', 'diplomat', 'director',
  'economist', 'editor', 'emir', 'envoy', 'executive', 'expert', 'elder', 'founder', 'general', 'governor', 'head',
  'historian', 'imam', 'inspector', 'investor', 'journalist', 'judge', 'justice', 'king', 'lawmaker', 'lawyer', 'leader',
  'lieutenant', 'manager', 'mayor', 'member', 'minister', 'mp', 'mep', 'negotiator', 'novelist', 'officer', 'official',
  'owner', 'partner', 'photographer', 'player', 'pope', 'premier', 'president', 'priest', 'prince', 'princess',
  'professor', 'prosecutor', 'queen', 'rabbi', 'ranger', 'representative', 'reporter', 'researcher', 'scientist',
  'secretary', 'senator', 'sergeant', 'sheikh', 'sheriff', 'speaker', 'spokesman', 'spokesperson', 'spokeswoman',
  'strategist', 'superintendent', 'undersecretary', 'veteran', 'whisperer', 'writer', 'activist', 'actor', 'actress',
  'singer', 'artist', 'entrepreneur', 'physician', 'doctor', 'nurse', 'teacher', 'student', 'candidate', 'nominee',
  'contender', 'challenger', 'incumbent', 'chieftain', 'warlord', 'commentator', 'pollster', 'producer', 'publisher',
  'ministers', 'officials', 'leaders', 'lawmakers', 'senators', 'executives', 'economists', 'analysts',
  'vice-president', 'co-founder', 'cofounder', 'president-elect', 'ex-president', 'secretary-general', 'elect',
  'skipper', 'fisherman', 'farmer', 'trader', 'banker', 'designer', 'engineer', 'architect', 'programmer', 'developer',
  'worker', 'chef', 'pilot', 'driver', 'resident', 'witness', 'survivor', 'victim', 'fan',
  'organiser', 'organizer', 'campaigner', 'protester', 'host', 'presenter', 'blogger', 'podcaster',
  'fellow', 'striker', 'principal', 'legislator', 'contestant', 'intern', 'volunteer', 'suspect', 'defendant',
  'plaintiff', 'inmate', 'co-owner', 'director-general', 'attorney-general', 'solicitor-general', 'lieutenant-governor', 'lord-mayor',
]);

/** Endings of agent nouns that name a profession ("biologist", "historian"). */
export const PROFESSION_ENDING = /(?:ists?|ians?|ologists?)$/;

/**
 * Whether `word` (lower case) heads a role. The profession endings only count for words written in
 * lower case: capitalised, "Christian", "Julian" and "Tunisian" are names and demonyms.
 */
export function isRoleWord(word: string, writtenLowerCase = true): boolean {
  return ROLE_HEADS.has(word) || TITLE_ABBREVIATIONS.has(word) || (writtenLowerCase && PROFESSION_ENDING.test(word) && word.length > 5);
}

/** Head nouns that name a public office wherever they stand ("Bank of England Governor"). */
export const PUBLIC_OFFICES = new Set([
  'minister', 'ministers', 'senator', 'senators', 'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'chancellor',
  'premier', 'prime', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'legislator', 'mp', 'mep', 'judge',
  'general', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'sheriff', 'councillor', 'councilman', 'councilwoman',
  'assemblyman', 'assemblywoman', 'prosecutor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'ranger',
  'undersecretary', 'president-elect',
]);

/** Head nouns that name a public office unless the role places them in a company ("president of Acme Inc"). */
export const OFFICES_OUTSIDE_COMPANIES = new Set([
  'president', 'presidents', 'secretary', 'commissioner', 'speaker', 'representative', 'commander', 'officer', 'official',
  'officials', 'delegate', 'negotiator', 'justice', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Words that put a role in government, parliament, the military, diplomacy, a party or an international body. */
export const PUBLIC_INSTITUTIONS = new Set([
  'government', 'governmental', 'kremlin', 'parliament', 'parliamentary', 'congress', 'congressional', 'senate',
  'duma', 'ministry', 'cabinet', 'military', 'army', 'navy', 'marines', 'police', 'opposition', 'party', 'nato', 'un',
  'eu', 'embassy', 'pentagon', 'treasury', 'administration', 'federal', 'presidential', 'council', 'official',
  'state', 'conservation', 'interior', 'defence', 'defense', 'commonwealth', 'assembly', 'legislature', 'bundestag',
  'knesset', 'consulate', 'diplomatic', 'municipal', 'county',
]);
export const PUBLIC_INSTITUTION_PHRASES = ['white house', 'national security', 'foreign policy', 'foreign affairs', 'air force', 'home office', 'city hall', 'united nations', 'european commission', 'security council'];

/** Words that place a role in a company or other private body. */
export const PRIVATE_BODIES = new Set([
  'company', 'companies', 'corp', 'corporation', 'inc', 'llc', 'ltd', 'plc', 'firm', 'bank', 'group', 'association',
  'institute', 'university', 'college', 'school', 'foundation', 'club', 'league', 'network', 'magazine', 'newspaper',
  'website', 'studio', 'studios', 'startup', 'brand', 'ceo', 'chief', 'executive', 'board', 'society', 'charity',
]);

/** Words for family ties: "his wife Grace", "her son, Tom". */
export const KINSHIP = new Set([
  'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'partner', 'fiance',
  'fiancee', 'fiancé', 'fiancée', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'nephew', 'niece', 'uncle',
  'aunt', 'cousin', 'child', 'stepson', 'stepdaughter', 'girlfriend', 'boyfriend', 'spouse',
]);

/** Last words that make a capitalised phrase a place, organisation, thing or event rather than a person. */
export const NON_PERSON_HEADS = new Set([
  'academy', 'act', 'administration', 'agency', 'airport', 'airlines', 'alliance', 'army', 'assembly', 'association',
  'authority', 'avenue', 'award', 'bank', 'bay', 'beach', 'board', 'bridge', 'building', 'bureau', 'cathedral', 'center',
  'centre', 'church', 'city', 'club', 'coast', 'college', 'commission', 'committee', 'company', 'conference', 'congress',
  'corp', 'corporation', 'council', 'county', 'court', 'cup', 'day', 'department', 'desert', 'district', 'duma',
  'embassy', 'empire', 'exchange', 'festival', 'force', 'forces', 'forum', 'foundation', 'fund', 'gallery', 'games', 'garden', 'gardens', 'arena', 'heights', 'hills', 'hole', 'falls', 'canyon', 'forest', 'field', 'fields', 'springs', 'village', 'town', 'township', 'borough',
  'group', 'hall', 'harbour', 'harbor', 'holdings', 'hospital', 'hotel', 'house', 'inc', 'index', 'institute', 'island',
  'islands', 'journal', 'kingdom', 'lab', 'labs', 'lake', 'league', 'ltd', 'magazine', 'mall', 'market', 'media',
  'ministry', 'mountain', 'mountains', 'museum', 'nations', 'navy', 'network', 'news', 'ocean', 'office', 'online',
  'palace', 'park', 'parliament', 'partners', 'party', 'plaza', 'police', 'post', 'press', 'prize', 'program',
  'programme', 'project', 'province', 'railway', 'records', 'region', 'republic', 'review', 'river', 'road', 'school',
  'sea', 'senate', 'service', 'services', 'society', 'square', 'stadium', 'state', 'states', 'station', 'street',
  'studio', 'studios', 'summit', 'system', 'systems', 'team', 'technologies', 'times', 'tower', 'treaty', 'tribe',
  'trust', 'union', 'university', 'valley', 'war', 'week', 'weekly', 'tribune', 'herald', 'gazette', 'daily',
  'telegraph', 'guardian', 'reuters', 'wire', 'tv', 'radio', 'channel', 'app', 'phone', 'pro', 'plus', 'max', 'mini',
  'series', 'edition', 'version', 'model', 'bill', 'law', 'agreement', 'accord', 'deal', 'crisis', 'scandal', 'co', 'awards', 'democrats', 'republicans', 'chronicle', 'observer', 'examiner', 'courier', 'inquirer', 'bulletin', 'insider',
  'affair', 'election', 'elections', 'revolution', 'protest', 'protests', 'movement', 'campaign', 'initiative',
  'strategy', 'policy', 'doctrine', 'plan', 'report', 'study', 'survey', 'code', 'medal', 'trophy',
  'championship', 'open', 'olympics', 'marathon', 'gp', 'motors', 'airways', 'pharmaceuticals', 'energy', 'oil', 'gas',
]);

/** Verbs of speech and report that follow a person's name ("Lavrov said"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'explained', 'explains',
  'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'asked', 'asks', 'replied', 'replies', 'recalled',
  'recalls', 'stated', 'states', 'claimed', 'claims', 'acknowledged', 'admitted', 'announced', 'announces', 'believes',
  'believed', 'thinks', 'thought', 'called', 'calls', 'tweeted', 'posted', 'urged', 'urges', 'continued', 'suggested',
  'declined', 'denied', 'agreed', 'vowed', 'pledged', 'confirmed', 'responded', 'countered', 'conceded',
]);
