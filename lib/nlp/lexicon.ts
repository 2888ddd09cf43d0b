/** Word lists that carry the English conventions the people and role finders rely on. */

/** Courtesy titles written before a name; dropped from the name itself. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'madam']);

/** Abbreviated titles written before a name ("Sen. Ruth Adler"), with the title they stand for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'Senator'], ['gov', 'Governor'], ['rep', 'Representative'], ['gen', 'General'], ['lt', 'Lieutenant'],
  ['col', 'Colonel'], ['maj', 'Major'], ['capt', 'Captain'], ['sgt', 'Sergeant'], ['adm', 'Admiral'],
  ['cmdr', 'Commander'], ['supt', 'Superintendent'], ['insp', 'Inspector'], ['det', 'Detective'], ['atty', 'Attorney'],
  ['amb', 'Ambassador'], ['pres', 'President'], ['prof', 'Professor'], ['rev', 'Reverend'], ['cllr', 'Councillor'],
  // Plurals, before two or more names: "Sens. Ruth Adler and Ben Okafor".
  ['sens', 'Senators'], ['reps', 'Representatives'], ['govs', 'Governors'], ['gens', 'Generals'],
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
  'ministers', 'officials', 'leaders', 'lawmakers', 'senators', 'executives', 'economists', 'analysts', 'cofounder', 'elect',
  'skipper', 'fisherman', 'farmer', 'trader', 'banker', 'designer', 'engineer', 'architect', 'programmer', 'developer',
  'worker', 'chef', 'pilot', 'driver', 'resident', 'witness', 'survivor', 'victim', 'fan',
  'organiser', 'organizer', 'campaigner', 'protester', 'host', 'presenter', 'blogger', 'podcaster',
  'fellow', 'striker', 'principal', 'legislator', 'contestant', 'intern', 'volunteer', 'suspect', 'defendant',
  'plaintiff', 'inmate', 'lieutenant-governor', 'lord-mayor',
  'administrator', 'ombudsman', 'ombudswoman', 'alderman', 'comptroller', 'treasurer', 'registrar', 'marshal', 'constable',
  'trooper', 'warden', 'magistrate', 'chaplain', 'pastor', 'emperor', 'sultan', 'czar', 'tsar', 'republican', 'democrat',
]);

/** Endings of agent nouns that name a profession ("biologist", "historian"). */
export const PROFESSION_ENDING = /(?:ists?|ians?|ologists?)$/;

/**
 * Nouns of occupations and standing that head a role when written in lower case ("former star
 * Paul George", "accused trafficker", "point guard"); capitalised they are as often words of a
 * name or of a proper noun ("Star Tribune", "Coast Guard", "Forward Party"), so they do not count.
 */
export const COMMON_ROLE_NOUNS = new Set([
  // sport
  'star', 'guard', 'forward', 'midfielder', 'defender', 'goalkeeper', 'goalie', 'winger', 'quarterback', 'linebacker',
  'cornerback', 'pitcher', 'shortstop', 'outfielder', 'infielder', 'batsman', 'bowler', 'jockey', 'boxer', 'wrestler',
  'golfer', 'sprinter', 'swimmer', 'runner', 'skier', 'skater', 'rookie', 'referee', 'umpire', 'champion', 'athlete',
  'teammate', 'playmaker', 'receiver',
  // business and money
  'shareholder', 'stakeholder', 'financier', 'tycoon', 'magnate', 'mogul', 'billionaire', 'millionaire', 'businessman',
  'businesswoman', 'employee', 'staffer', 'accountant', 'auditor', 'broker', 'agent', 'heir', 'heiress', 'landlord',
  'retailer', 'supplier', 'contractor', 'vendor',
  // entertainment and the arts
  'songstress', 'songwriter', 'rapper', 'dancer', 'choreographer', 'filmmaker', 'playwright', 'poet', 'painter',
  'sculptor', 'drummer', 'frontman', 'frontwoman', 'performer', 'entertainer', 'celebrity', 'personality',
  'influencer', 'composer', 'conductor', 'narrator', 'critic', 'broadcaster', 'pundit',
  // law, crime and the courts
  'offender', 'trafficker', 'smuggler', 'gunman', 'attacker', 'assailant', 'killer', 'murderer', 'shooter', 'robber',
  'fugitive', 'convict', 'prisoner', 'detainee', 'hostage', 'accuser', 'informant', 'whistleblower', 'barrister',
  'solicitor', 'juror', 'clerk',
  // public life, faith, learning
  'hopeful', 'frontrunner', 'front-runner', 'regulator', 'bureaucrat', 'soldier', 'sailor', 'airman', 'commando', 'spy',
  'operative', 'militant', 'insurgent', 'rebel', 'fighter', 'monarch', 'empress', 'dictator', 'strongman', 'scholar',
  'lecturer', 'academic', 'surgeon', 'paramedic', 'preacher', 'monk', 'nun', 'vicar', 'missionary', 'advocate',
  'supporter', 'donor', 'philanthropist', 'mentor',
]);

/** Prefixes and suffixes that make a role of a role: "co-CEO", "vice-premier", "ex-minister", "editor-in-chief". */
const ROLE_PREFIX = /^(?:co|vice|ex|deputy|acting|under|sub|assistant)-/;
const ROLE_SUFFIX = /-(?:elect|designate|general|in-chief|at-large)$/;

/**
 * Whether `word` (lower case) heads a role. The profession endings and the common role nouns only
 * count for words written in lower case: capitalised, "Christian", "Julian" and "Tunisian" are
 * names and demonyms.
 */
export function isRoleWord(word: string, writtenLowerCase = true): boolean {
  if (ROLE_HEADS.has(word) || TITLE_ABBREVIATIONS.has(word)) return true;
  if (writtenLowerCase && (COMMON_ROLE_NOUNS.has(word) || (PROFESSION_ENDING.test(word) && word.length > 5))) return true;
  const bare = word.replace(ROLE_PREFIX, '').replace(ROLE_SUFFIX, '');
  if (bare !== word && bare.length > 1) return isRoleWord(bare, writtenLowerCase);
  // Plurals head roles shared by a list of names: "judges Len Goodman, Bruno Tonioli and ...";
  // capitalised, they are as often part of a body's name ("House of Representatives Speaker").
  if (!writtenLowerCase) return false;
  const singular = word.replace(/ies$/u, 'y').replace(/(?:ss|sh|ch|x)es$/u, (ending) => ending.slice(0, -2)).replace(/([^s])s$/u, '$1');
  return singular !== word && singular.length > 2 && (ROLE_HEADS.has(singular) || COMMON_ROLE_NOUNS.has(singular));
}

/** Head nouns that name a public office wherever they stand ("Bank of England Governor"). */
export const PUBLIC_OFFICES = new Set([
  'minister', 'ministers', 'senator', 'senators', 'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'chancellor',
  'premier', 'prime', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'legislator', 'mp', 'mep',
  'general', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'sheriff', 'councillor', 'councilman', 'councilwoman',
  'assemblyman', 'assemblywoman', 'prosecutor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'ranger',
  'undersecretary', 'ombudsman', 'ombudswoman', 'alderman', 'comptroller', 'constable', 'trooper', 'marshal',
  'soldier', 'sailor', 'airman', 'commando', 'monarch', 'emperor', 'empress', 'sultan', 'czar', 'tsar', 'dictator',
  'magistrate', 'warden', 'republican', 'democrat', 'tory',
]);

/** Head nouns that name a public office unless the role places them in a company ("president of Acme Inc"). */
export const OFFICES_OUTSIDE_COMPANIES = new Set([
  'president', 'presidents', 'secretary', 'commissioner', 'speaker', 'representative', 'commander', 'officer', 'official',
  'officials', 'delegate', 'negotiator', 'justice', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'administrator',
  'treasurer', 'registrar', 'regulator', 'bureaucrat',
]);

/**
 * A judge is a public office in a court, not on a television show: the title counts when written
 * as one ("Judge Ruth Adler") or placed in a court ("federal judge", "appeals court judge").
 */
export const JUDICIAL_HEADS = new Set(['judge', 'judges']);
export const COURT_WORDS = new Set(['court', 'courts', 'federal', 'district', 'circuit', 'appeals', 'appellate', 'supreme', 'tribunal', 'magistrates', 'crown', 'county', 'state', 'immigration', 'bankruptcy']);

/** Words that put a role in government, parliament, the military, diplomacy, a party or an international body. */
export const PUBLIC_INSTITUTIONS = new Set([
  'government', 'governmental', 'kremlin', 'parliament', 'parliamentary', 'congress', 'congressional', 'senate',
  'duma', 'ministry', 'cabinet', 'military', 'army', 'navy', 'marines', 'police', 'opposition', 'party', 'nato', 'un',
  'eu', 'embassy', 'pentagon', 'treasury', 'administration', 'federal', 'presidential', 'council', 'official',
  'state', 'conservation', 'interior', 'defence', 'defense', 'commonwealth', 'assembly', 'legislature', 'bundestag',
  'knesset', 'consulate', 'diplomatic', 'municipal', 'county', 'prison', 'prisons', 'court', 'judicial', 'judiciary',
  'directorate', 'intelligence', 'customs',
  // Government agencies known by their initials, as a class.
  'fbi', 'cia', 'nsa', 'nasa', 'dhs', 'doj', 'epa', 'fda', 'irs', 'fema', 'atf', 'dea', 'tsa', 'cdc', 'nih', 'fcc', 'ftc',
  'faa', 'ntsb', 'usda', 'hhs', 'gao', 'mi5', 'mi6', 'gchq', 'interpol', 'unesco', 'unicef', 'who', 'imf', 'opec', 'osce',
]);
export const PUBLIC_INSTITUTION_PHRASES = [
  'white house', 'national security', 'foreign policy', 'foreign affairs', 'air force', 'home office', 'city hall',
  'united nations', 'european commission', 'security council', 'european union', 'african union', 'soviet union',
  'central bank', 'world bank', 'national guard', 'coast guard', 'homeland security', 'secret service', 'public prosecutor',
];
/** Capitalised nouns that name a government body ("Department of Justice", "Bureau of Prisons"). */
export const PUBLIC_BODY_NAMES = /\b(?:Department|Ministry|Bureau|Agency|Directorate|Commission|Office of)\b/u;

/** Words that place a role in a company or other private body. */
export const PRIVATE_BODIES = new Set([
  'company', 'companies', 'corp', 'corporation', 'inc', 'llc', 'ltd', 'plc', 'firm', 'bank', 'group', 'association',
  'institute', 'university', 'college', 'school', 'foundation', 'club', 'league', 'network', 'magazine', 'newspaper',
  'website', 'studio', 'studios', 'startup', 'brand', 'board', 'society', 'charity', 'union', 'unions', 'team',
  'airline', 'hospital', 'clinic', 'church', 'show', 'band', 'label', 'agency', 'consultancy', 'fund', 'museum',
]);
/** Titles that say a company even without its name: "chief executive officer", "CEO". */
export const COMPANY_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'executive', 'chairman', 'chairwoman', 'founder', 'shareholder', 'investor']);
export const PRIVATE_BODY_PHRASES = ['think tank', 'non-profit', 'nonprofit', 'trade group', 'law firm', 'consulting firm'];

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
