/**
 * Honorifics, titles, role nouns and group nouns: the words around names that tell who a speaker is.
 * Keys are lower case, without a final period.
 */

/** Gender a word implies, for pronoun agreement. */
export type Gender = "male" | "female" | "unknown";

/** Honorifics and titles written before a name (`Mr Putin`, `Gen. Zhang`, `Sen. Jane Doe`), with the gender they imply. */
export const HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ["mr", "male"], ["mister", "male"], ["sir", "male"], ["lord", "male"], ["king", "male"], ["prince", "male"],
  ["mrs", "female"], ["ms", "female"], ["miss", "female"], ["madam", "female"], ["lady", "female"], ["dame", "female"],
  ["queen", "female"], ["princess", "female"], ["mme", "female"],
  ["dr", "unknown"], ["prof", "unknown"], ["professor", "unknown"], ["gen", "unknown"], ["general", "unknown"],
  ["lt", "unknown"], ["col", "unknown"], ["maj", "unknown"], ["capt", "unknown"], ["cmdr", "unknown"], ["adm", "unknown"],
  ["sgt", "unknown"], ["cpl", "unknown"], ["admiral", "unknown"], ["colonel", "unknown"], ["major", "unknown"], ["captain", "unknown"],
  ["sen", "unknown"], ["senator", "unknown"], ["rep", "unknown"], ["representative", "unknown"], ["gov", "unknown"],
  ["governor", "unknown"], ["pres", "unknown"], ["president", "unknown"], ["vice", "unknown"], ["premier", "unknown"],
  ["chancellor", "unknown"], ["minister", "unknown"], ["secretary", "unknown"], ["mayor", "unknown"], ["judge", "unknown"],
  ["justice", "unknown"], ["rev", "unknown"], ["reverend", "unknown"], ["father", "male"], ["sister", "female"], ["rabbi", "unknown"],
  ["imam", "unknown"], ["pope", "male"], ["cardinal", "unknown"], ["bishop", "unknown"], ["attorney", "unknown"], ["ambassador", "unknown"],
  ["speaker", "unknown"], ["leader", "unknown"], ["chairman", "male"], ["chairwoman", "female"], ["chair", "unknown"], ["coach", "unknown"],
  ["officer", "unknown"], ["detective", "unknown"], ["sheriff", "unknown"], ["commissioner", "unknown"], ["councilman", "male"],
  ["councilwoman", "female"], ["councillor", "unknown"], ["councilor", "unknown"], ["congressman", "male"], ["congresswoman", "female"],
  ["assemblyman", "male"], ["assemblywoman", "female"], ["del", "unknown"], ["hon", "unknown"], ["st", "unknown"], ["saint", "unknown"],
  ["pm", "unknown"], ["ceo", "unknown"], ["spokesman", "male"], ["spokeswoman", "female"], ["spokesperson", "unknown"],
  ["sheikh", "male"], ["emir", "male"], ["ayatollah", "male"], ["crown", "unknown"], ["chief", "unknown"], ["director", "unknown"],
  ["nominee", "unknown"], ["candidate", "unknown"], ["host", "unknown"], ["anchor", "unknown"], ["pastor", "unknown"],
]);

/** Abbreviated titles and what they stand for, for roles (`Gen Zhang` → role `General`). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["gen", "General"], ["sen", "Senator"], ["rep", "Representative"], ["gov", "Governor"], ["lt", "Lieutenant"],
  ["col", "Colonel"], ["maj", "Major"], ["capt", "Captain"], ["cmdr", "Commander"], ["adm", "Admiral"], ["sgt", "Sergeant"],
  ["cpl", "Corporal"], ["prof", "Professor"], ["pres", "President"], ["rev", "Reverend"], ["del", "Delegate"], ["hon", "Honourable"],
]);

/** Honorifics that are written abbreviated, optionally with a period (`Mr.`, `Gen.`): a period after them does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "sen", "rep", "gov",
  "pres", "rev", "st", "jr", "sr", "mme", "hon", "del", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar",
  "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "etc", "approx",
  "dept", "univ", "assn", "bros", "est", "fig", "vol", "ave", "blvd",
]);

/**
 * Nouns that head a role (`Russian president`, `defence minister`, `chief executive`); a role phrase before a name
 * or in an appositive is kept as the speaker's role, and `the president` can stand for a named speaker.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "president", "minister", "leader", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson",
  "senator", "governor", "mayor", "representative", "congressman", "congresswoman", "lawmaker", "legislator",
  "chairman", "chairwoman", "chair", "director", "executive", "officer", "chief", "head", "founder", "ceo", "cfo",
  "manager", "adviser", "advisor", "aide", "official", "ambassador", "envoy", "diplomat", "general", "commander",
  "admiral", "colonel", "captain", "judge", "justice", "attorney", "lawyer", "prosecutor", "candidate", "nominee",
  "strategist", "pollster", "analyst", "economist", "professor", "researcher", "scientist", "expert", "author",
  "writer", "journalist", "reporter", "correspondent", "editor", "columnist", "host", "anchor", "commentator",
  "activist", "organizer", "organiser", "campaigner", "coach", "player", "owner", "partner", "member", "king", "queen",
  "prince", "princess", "pope", "bishop", "cardinal", "rabbi", "imam", "pastor", "priest", "sheriff", "commissioner",
  "councillor", "councilor", "councilman", "councilwoman", "speaker", "whip", "treasurer", "deputy", "vice",
  "prime", "foreign", "defence", "defense", "interior", "finance", "health", "justice", "economy", "trade",
  "surrogate", "supporter", "critic", "opponent", "rival", "challenger", "incumbent", "mogul", "billionaire",
  "businessman", "businesswoman", "entrepreneur", "investor", "economist", "physician", "doctor", "nurse",
  "teacher", "student", "resident", "voter", "worker", "witness", "victim", "survivor", "friend", "mother",
  "father", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "actor", "actress", "singer",
  "star", "comedian", "rapper", "musician", "artist", "filmmaker", "producer", "manager", "operative",
  "consultant", "pundit", "blogger", "historian", "sociologist", "psychologist", "physicist", "chemist",
  "biologist", "engineer", "architect", "officer", "soldier", "veteran", "general", "sergeant", "lieutenant",
  "colonel", "marshal", "monarch", "dictator", "strongman", "autocrat", "ruler", "emir", "sheikh", "chairperson",
  "president-elect", "frontrunner", "front-runner", "hopeful", "contender", "ex-president", "co-founder",
  "senators", "sens", "reps", "representatives", "governors", "presidents", "ministers", "officials",
  "advocate", "counsel", "administrator", "superintendent", "principal", "dean", "provost", "chancellor", "trustee",
  "inspector", "auditor", "comptroller", "controller", "clerk", "marshal", "ombudsman", "regulator", "negotiator",
  "democrat", "republican", "conservative", "liberal", "progressive", "libertarian", "independent",
]);

/**
 * Heads of descriptions that stand for a person already named (`the Russian leader`, `the senator`):
 * resolved to the most salient person of the article.
 */
export const PERSON_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  "leader", "president", "minister", "premier", "chancellor", "senator", "governor", "mayor", "congressman",
  "congresswoman", "lawmaker", "candidate", "nominee", "chairman", "chairwoman", "billionaire", "mogul",
  "businessman", "businesswoman", "general", "commander", "secretary", "judge", "ambassador", "envoy",
  "executive", "ceo", "founder", "host", "anchor", "star", "singer", "actor", "actress", "frontrunner",
  "front-runner", "president-elect", "democrat", "republican", "strategist", "pollster", "author", "coach",
  "businessman", "real-estate", "tycoon", "veteran", "lawyer", "attorney", "prosecutor", "official",
]);

/** Endings of nouns for a person the lexicon may not list (`socialist`, `politician`, `neurosurgeon`). */
export const PERSON_NOUN_ENDINGS: readonly string[] = ["ist", "ian", "eon"];

/**
 * Nouns for one person the article need not name (`the source`, `the witness`): a description with such a head never
 * stands for a phrase met earlier (`Nisan Ahmado's source` stays an unnamed source), as roles do not.
 */
export const ANONYMOUS_PERSON_NOUNS: ReadonlySet<string> = new Set(["source", "person", "man", "woman", "insider"]);

/**
 * Heads of a source that speaks for whoever owns it (`his campaign`, `her lawyer`, `its spokesman`, `his
 * letter`, `her submission to the court`): after a possessive pronoun, the source stands for the pronoun's referent.
 */
export const SPEAKS_FOR_OWNER_HEADS: ReadonlySet<string> = new Set([
  "campaign", "office", "lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson",
  "representative", "representatives", "letter", "statement", "memo", "email", "filing", "complaint", "lawsuit",
  "submission", "brief", "testimony", "book", "memoir", "website", "tweet", "post",
]);

/** Nouns for collective or anonymous sources: the speaker is the group itself (`officials`, `the campaign`, `a source`). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "officials", "official", "source", "sources", "aides", "aide", "spokesman", "spokeswoman", "spokesperson",
  "campaign", "administration", "government", "ministry", "department", "agency", "police", "authorities",
  "company", "firm", "statement", "report", "reports", "poll", "polls", "survey", "study", "analysis",
  "critics", "experts", "analysts", "observers", "supporters", "opponents", "protesters", "residents",
  "witnesses", "voters", "democrats", "republicans", "lawmakers", "senators", "officers", "investigators",
  "prosecutors", "lawyers", "attorneys", "documents", "memo", "letter", "lawsuit", "complaint", "indictment",
  "court", "judge", "military", "army", "army's", "white", "kremlin", "pentagon", "committee", "panel",
  "commission", "council", "board", "group", "organization", "organisation", "union", "party", "team",
  "website", "newspaper", "network", "magazine", "outlet", "paper", "post", "times", "journal", "transcript",
  "insiders", "advisers", "advisors", "allies", "associates", "friends", "people", "person", "others",
  "staff", "staffers", "spokespeople", "representatives", "leaders", "members", "employees", "workers",
  "economists", "scientists", "researchers", "doctors", "activists", "organizers", "organisers", "reporters",
  "journalists", "editors", "statement", "release", "filing", "submission", "testimony", "ruling", "opinion", "editorial", "article", "story",
  "ad", "ads", "advert", "commercial", "video", "spot", "email", "emails", "tweet", "message", "sign", "banner", "website",
  "man", "woman", "men", "women", "child", "children", "boy", "girl", "teenager", "student", "students", "resident",
  "voter", "protester", "supporter", "fan", "fans", "viewer", "viewers", "caller", "reader", "readers", "attendee",
  "attendees", "participant", "participants", "delegate", "delegates", "parent", "parents", "neighbor", "neighbour",
  "veteran", "veterans", "crowd", "audience", "spokesmen", "surrogate", "surrogates", "aides", "staffer", "adviser", "advisor",
  "economist", "strategist", "strategists", "pollster", "pollsters", "analyst", "expert", "insider", "observer", "critic",
  "office", "spokesperson", "lawyer", "attorney", "prosecutor", "agency", "board", "network", "newspaper", "editorial",
  "narrator", "announcer", "resolution", "bill", "measure", "platform", "petition", "proposal", "manifesto", "pamphlet",
  "flyer", "leaflet", "mailer", "brochure", "banner", "placard", "headline", "caption", "slogan", "chyron",
  "operator", "importer", "exporter", "shipper", "trader", "farmer", "owner", "driver", "passenger", "customer",
  "shopper", "patient", "nurse", "doctor", "teacher", "pupil", "tenant", "landlord", "employer", "employee",
  "worker", "miner", "fisherman", "neighbour", "bystander", "onlooker", "survivor", "victim", "relative", "mourner",
  "protester", "demonstrator", "striker", "picket", "commuter", "motorist", "cyclist", "traveller", "traveler",
  "tourist", "visitor", "guest", "fan", "spectator", "listener", "reader", "subscriber", "user", "donor", "buyer",
  "seller", "investor", "trader", "banker", "analyst", "executive", "insider", "staffer", "volunteer", "organiser",
  "groups", "organizations", "organisations", "unions", "parties", "committees", "agencies", "companies", "firms",
  "campaigns", "ministries", "departments", "networks", "newspapers", "councils", "governments", "groups", "associations",
  "percent", "respondents", "participants", "americans", "adults", "households", "majority", "minority",
  // Bodies a reporter names again by their kind (`The foundation reported to the IRS that …`, `the fund said`).
  "foundation", "fund", "bank", "institute", "center", "centre", "charity", "nonprofit", "airline", "association",
  "federation", "lender", "insurer", "automaker", "retailer", "utility",
]);

/** Collective nouns that take a plural verb and need no article to be a source (`Police say`, `Staff said`). */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  "police", "staff", "military", "public", "press", "media", "people", "crowd", "audience", "clergy", "personnel",
  "leadership", "management", "faculty", "youth", "cattle", "security", "intelligence", "congress", "parliament",
]);

/** Words that make a capitalised name an organisation (`Central Military Commission`, `The New York Post`). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  "party", "committee", "commission", "council", "department", "ministry", "agency", "bureau", "office", "service",
  "campaign", "administration", "government", "court", "congress", "senate", "house", "parliament", "assembly",
  "university", "college", "institute", "foundation", "association", "society", "union", "federation", "league",
  "club", "team", "company", "corporation", "corp", "inc", "ltd", "llc", "group", "bank", "fund", "trust",
  "news", "times", "post", "journal", "tribune", "herald", "gazette", "magazine", "network", "press", "radio",
  "television", "tv", "channel", "daily", "telegraph", "guardian", "observer", "review", "reuters", "associated",
  "center", "centre", "organization", "organisation", "board", "authority", "police", "army", "navy", "force",
  "forces", "military", "command", "pentagon", "kremlin", "nato", "fbi", "cia", "nsa", "epa", "un", "eu", "who",
  "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "pbs", "ap", "afp", "politico", "breitbart", "axios",
  "project", "coalition", "alliance", "movement", "network", "church", "school", "hospital", "clinic", "lab",
  "laboratories", "systems", "technologies", "media", "communications", "industries", "holdings", "partners",
  "airlines", "motors", "energy", "oil", "pharmaceuticals", "studios", "records", "pictures", "poll", "survey",
  "chamber", "academy", "museum", "embassy", "consulate", "tribunal", "directorate", "secretariat", "consortium",
  "cooperative", "syndicate", "guild", "caucus", "institution",
]);

/**
 * Words that end a company's full name and are dropped when the article names it again (`GateHouse Media` →
 * `GateHouse`, `Apple Inc.` → `Apple`).
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "group", "media", "holdings", "partners",
  "communications", "industries", "technologies", "systems", "networks", "capital", "airlines", "motors",
  "pharmaceuticals", "studios", "entertainment", "international", "enterprises",
]);

/** Pronouns that can stand for a speaker, with gender and number. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, { readonly gender: Gender; readonly plural: boolean }> = new Map([
  ["he", { gender: "male", plural: false }],
  ["she", { gender: "female", plural: false }],
  ["they", { gender: "unknown", plural: true }],
  ["it", { gender: "unknown", plural: false }],
  ["we", { gender: "unknown", plural: true }],
  ["i", { gender: "unknown", plural: false }],
]);

/** Plural nouns that are also verbs of saying and may end a name after `the` (`the United States`, `the Gulf States`). */
export const NAME_PLURALS: ReadonlySet<string> = new Set(["states", "reports", "claims", "notes"]);

/** Name particles written in lower case inside a name (`Charles de Gaulle`, `Ursula von der Leyen`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das", "bin", "ibn", "al", "el", "ben", "y",
]);

/** Suffixes that end a person's name (`Jr.`, `III`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"]);

/** Adjectives of nationality or party that may stand in a role before a name (`Russian president`, `Democratic Sen.`). */
export const ROLE_MODIFIER_HINTS: ReadonlySet<string> = new Set([
  "former", "then", "acting", "deputy", "vice", "senior", "junior", "chief", "top", "lead", "assistant", "associate",
  "executive", "general", "state", "federal", "national", "regional", "local", "foreign", "defence", "defense",
  "prime", "first", "second", "interim", "incoming", "outgoing", "longtime", "veteran", "democratic", "republican",
  "conservative", "liberal", "independent", "presidential", "vice-presidential", "press", "communications",
]);
