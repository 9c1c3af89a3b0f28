// src/lexicon/people.ts
var HONORIFICS = /* @__PURE__ */ new Map([
  ["mr", "male"],
  ["mister", "male"],
  ["sir", "male"],
  ["lord", "male"],
  ["king", "male"],
  ["prince", "male"],
  ["mrs", "female"],
  ["ms", "female"],
  ["miss", "female"],
  ["madam", "female"],
  ["lady", "female"],
  ["dame", "female"],
  ["queen", "female"],
  ["princess", "female"],
  ["mme", "female"],
  ["dr", "unknown"],
  ["prof", "unknown"],
  ["professor", "unknown"],
  ["gen", "unknown"],
  ["general", "unknown"],
  ["lt", "unknown"],
  ["col", "unknown"],
  ["maj", "unknown"],
  ["capt", "unknown"],
  ["cmdr", "unknown"],
  ["adm", "unknown"],
  ["sgt", "unknown"],
  ["cpl", "unknown"],
  ["admiral", "unknown"],
  ["colonel", "unknown"],
  ["major", "unknown"],
  ["captain", "unknown"],
  ["sen", "unknown"],
  ["senator", "unknown"],
  ["rep", "unknown"],
  ["representative", "unknown"],
  ["gov", "unknown"],
  ["governor", "unknown"],
  ["pres", "unknown"],
  ["president", "unknown"],
  ["vice", "unknown"],
  ["premier", "unknown"],
  ["chancellor", "unknown"],
  ["minister", "unknown"],
  ["secretary", "unknown"],
  ["mayor", "unknown"],
  ["judge", "unknown"],
  ["justice", "unknown"],
  ["rev", "unknown"],
  ["reverend", "unknown"],
  ["father", "male"],
  ["sister", "female"],
  ["rabbi", "unknown"],
  ["imam", "unknown"],
  ["pope", "male"],
  ["cardinal", "unknown"],
  ["bishop", "unknown"],
  ["attorney", "unknown"],
  ["ambassador", "unknown"],
  ["speaker", "unknown"],
  ["leader", "unknown"],
  ["chairman", "male"],
  ["chairwoman", "female"],
  ["chair", "unknown"],
  ["coach", "unknown"],
  ["officer", "unknown"],
  ["detective", "unknown"],
  ["sheriff", "unknown"],
  ["commissioner", "unknown"],
  ["councilman", "male"],
  ["councilwoman", "female"],
  ["councillor", "unknown"],
  ["councilor", "unknown"],
  ["congressman", "male"],
  ["congresswoman", "female"],
  ["assemblyman", "male"],
  ["assemblywoman", "female"],
  ["del", "unknown"],
  ["hon", "unknown"],
  ["st", "unknown"],
  ["saint", "unknown"],
  ["pm", "unknown"],
  ["ceo", "unknown"],
  ["spokesman", "male"],
  ["spokeswoman", "female"],
  ["spokesperson", "unknown"],
  ["sheikh", "male"],
  ["emir", "male"],
  ["ayatollah", "male"],
  ["crown", "unknown"],
  ["chief", "unknown"],
  ["director", "unknown"],
  ["nominee", "unknown"],
  ["candidate", "unknown"],
  ["host", "unknown"],
  ["anchor", "unknown"],
  ["pastor", "unknown"]
]);
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cmdr",
  "adm",
  "sgt",
  "cpl",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "st",
  "jr",
  "sr",
  "mme",
  "hon",
  "del",
  "no",
  "vs",
  "inc",
  "corp",
  "co",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "u.s",
  "u.k",
  "u.n",
  "d.c",
  "e.g",
  "i.e",
  "etc",
  "approx",
  "dept",
  "univ",
  "assn",
  "bros",
  "est",
  "fig",
  "vol",
  "ave",
  "blvd",
  "gop"
]);
var ROLE_NOUNS = /* @__PURE__ */ new Set([
  "president",
  "minister",
  "leader",
  "premier",
  "chancellor",
  "secretary",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "senator",
  "governor",
  "mayor",
  "representative",
  "congressman",
  "congresswoman",
  "lawmaker",
  "legislator",
  "chairman",
  "chairwoman",
  "chair",
  "director",
  "executive",
  "officer",
  "chief",
  "head",
  "founder",
  "ceo",
  "cfo",
  "manager",
  "adviser",
  "advisor",
  "aide",
  "official",
  "ambassador",
  "envoy",
  "diplomat",
  "general",
  "commander",
  "admiral",
  "colonel",
  "captain",
  "judge",
  "justice",
  "attorney",
  "lawyer",
  "prosecutor",
  "candidate",
  "nominee",
  "strategist",
  "pollster",
  "analyst",
  "economist",
  "professor",
  "researcher",
  "scientist",
  "expert",
  "author",
  "writer",
  "journalist",
  "reporter",
  "correspondent",
  "editor",
  "columnist",
  "host",
  "anchor",
  "commentator",
  "activist",
  "organizer",
  "organiser",
  "campaigner",
  "coach",
  "player",
  "owner",
  "partner",
  "member",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "bishop",
  "cardinal",
  "rabbi",
  "imam",
  "pastor",
  "priest",
  "sheriff",
  "commissioner",
  "councillor",
  "councilor",
  "councilman",
  "councilwoman",
  "speaker",
  "whip",
  "treasurer",
  "deputy",
  "vice",
  "prime",
  "foreign",
  "defence",
  "defense",
  "interior",
  "finance",
  "health",
  "justice",
  "economy",
  "trade",
  "surrogate",
  "supporter",
  "critic",
  "opponent",
  "rival",
  "challenger",
  "incumbent",
  "mogul",
  "billionaire",
  "businessman",
  "businesswoman",
  "entrepreneur",
  "investor",
  "economist",
  "physician",
  "doctor",
  "nurse",
  "teacher",
  "student",
  "resident",
  "voter",
  "worker",
  "witness",
  "victim",
  "survivor",
  "friend",
  "mother",
  "father",
  "son",
  "daughter",
  "wife",
  "husband",
  "brother",
  "sister",
  "widow",
  "actor",
  "actress",
  "singer",
  "star",
  "comedian",
  "rapper",
  "musician",
  "artist",
  "filmmaker",
  "producer",
  "manager",
  "operative",
  "consultant",
  "pundit",
  "blogger",
  "historian",
  "sociologist",
  "psychologist",
  "physicist",
  "chemist",
  "biologist",
  "engineer",
  "architect",
  "officer",
  "soldier",
  "veteran",
  "general",
  "sergeant",
  "lieutenant",
  "colonel",
  "marshal",
  "monarch",
  "dictator",
  "strongman",
  "autocrat",
  "ruler",
  "emir",
  "sheikh",
  "chairperson",
  "president-elect",
  "frontrunner",
  "front-runner",
  "hopeful",
  "contender",
  "ex-president",
  "co-founder",
  "senators",
  "sens",
  "reps",
  "representatives",
  "governors",
  "presidents",
  "ministers",
  "officials"
]);
var PERSON_DESCRIPTION_HEADS = /* @__PURE__ */ new Set([
  "leader",
  "president",
  "minister",
  "premier",
  "chancellor",
  "senator",
  "governor",
  "mayor",
  "congressman",
  "congresswoman",
  "lawmaker",
  "candidate",
  "nominee",
  "chairman",
  "chairwoman",
  "billionaire",
  "mogul",
  "businessman",
  "businesswoman",
  "general",
  "commander",
  "secretary",
  "judge",
  "ambassador",
  "envoy",
  "executive",
  "ceo",
  "founder",
  "host",
  "anchor",
  "star",
  "singer",
  "actor",
  "actress",
  "frontrunner",
  "front-runner",
  "president-elect",
  "democrat",
  "republican",
  "strategist",
  "pollster",
  "author",
  "coach",
  "businessman",
  "real-estate",
  "tycoon",
  "veteran",
  "lawyer",
  "attorney",
  "prosecutor",
  "official"
]);
var GROUP_NOUNS = /* @__PURE__ */ new Set([
  "officials",
  "official",
  "source",
  "sources",
  "aides",
  "aide",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "campaign",
  "administration",
  "government",
  "ministry",
  "department",
  "agency",
  "police",
  "authorities",
  "company",
  "firm",
  "statement",
  "report",
  "reports",
  "poll",
  "polls",
  "survey",
  "study",
  "analysis",
  "critics",
  "experts",
  "analysts",
  "observers",
  "supporters",
  "opponents",
  "protesters",
  "residents",
  "witnesses",
  "voters",
  "democrats",
  "republicans",
  "lawmakers",
  "senators",
  "officers",
  "investigators",
  "prosecutors",
  "lawyers",
  "attorneys",
  "documents",
  "memo",
  "letter",
  "lawsuit",
  "complaint",
  "indictment",
  "court",
  "judge",
  "military",
  "army",
  "army's",
  "white",
  "kremlin",
  "pentagon",
  "committee",
  "panel",
  "commission",
  "council",
  "board",
  "group",
  "organization",
  "organisation",
  "union",
  "party",
  "team",
  "website",
  "newspaper",
  "network",
  "magazine",
  "outlet",
  "paper",
  "post",
  "times",
  "journal",
  "transcript",
  "insiders",
  "advisers",
  "advisors",
  "allies",
  "associates",
  "friends",
  "people",
  "person",
  "others",
  "staff",
  "staffers",
  "spokespeople",
  "representatives",
  "leaders",
  "members",
  "employees",
  "workers",
  "economists",
  "scientists",
  "researchers",
  "doctors",
  "activists",
  "organizers",
  "organisers",
  "reporters",
  "journalists",
  "editors",
  "statement",
  "release",
  "filing",
  "ruling",
  "opinion",
  "editorial",
  "article",
  "story",
  "ad",
  "ads",
  "advert",
  "commercial",
  "video",
  "spot",
  "email",
  "emails",
  "tweet",
  "message",
  "sign",
  "banner",
  "website",
  "man",
  "woman",
  "men",
  "women",
  "child",
  "children",
  "boy",
  "girl",
  "teenager",
  "student",
  "students",
  "resident",
  "voter",
  "protester",
  "supporter",
  "fan",
  "fans",
  "viewer",
  "viewers",
  "caller",
  "reader",
  "readers",
  "attendee",
  "attendees",
  "participant",
  "participants",
  "delegate",
  "delegates",
  "parent",
  "parents",
  "neighbor",
  "neighbour",
  "veteran",
  "veterans",
  "crowd",
  "audience",
  "spokesmen",
  "surrogate",
  "surrogates",
  "aides",
  "staffer",
  "adviser",
  "advisor",
  "economist",
  "strategist",
  "strategists",
  "pollster",
  "pollsters",
  "analyst",
  "expert",
  "insider",
  "observer",
  "critic"
]);
var ORGANIZATION_WORDS = /* @__PURE__ */ new Set([
  "party",
  "committee",
  "commission",
  "council",
  "department",
  "ministry",
  "agency",
  "bureau",
  "office",
  "service",
  "campaign",
  "administration",
  "government",
  "court",
  "congress",
  "senate",
  "house",
  "parliament",
  "assembly",
  "university",
  "college",
  "institute",
  "foundation",
  "association",
  "society",
  "union",
  "federation",
  "league",
  "club",
  "team",
  "company",
  "corporation",
  "corp",
  "inc",
  "ltd",
  "llc",
  "group",
  "bank",
  "fund",
  "trust",
  "news",
  "times",
  "post",
  "journal",
  "tribune",
  "herald",
  "gazette",
  "magazine",
  "network",
  "press",
  "radio",
  "television",
  "tv",
  "channel",
  "daily",
  "telegraph",
  "guardian",
  "observer",
  "review",
  "reuters",
  "associated",
  "center",
  "centre",
  "organization",
  "organisation",
  "board",
  "authority",
  "police",
  "army",
  "navy",
  "force",
  "forces",
  "military",
  "command",
  "pentagon",
  "kremlin",
  "nato",
  "fbi",
  "cia",
  "nsa",
  "epa",
  "un",
  "eu",
  "who",
  "cnn",
  "bbc",
  "nbc",
  "abc",
  "cbs",
  "fox",
  "msnbc",
  "npr",
  "pbs",
  "ap",
  "afp",
  "politico",
  "breitbart",
  "axios",
  "project",
  "coalition",
  "alliance",
  "movement",
  "network",
  "church",
  "school",
  "hospital",
  "clinic",
  "lab",
  "laboratories",
  "systems",
  "technologies",
  "media",
  "communications",
  "industries",
  "holdings",
  "partners",
  "airlines",
  "motors",
  "energy",
  "oil",
  "pharmaceuticals",
  "studios",
  "records",
  "pictures",
  "poll",
  "survey"
]);
var SPEAKER_PRONOUNS = /* @__PURE__ */ new Map([
  ["he", { gender: "male", plural: false }],
  ["she", { gender: "female", plural: false }],
  ["they", { gender: "unknown", plural: true }],
  ["it", { gender: "unknown", plural: false }],
  ["we", { gender: "unknown", plural: true }],
  ["i", { gender: "unknown", plural: false }]
]);
var NAME_PARTICLES = /* @__PURE__ */ new Set([
  "de",
  "da",
  "di",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "bin",
  "ibn",
  "al",
  "el",
  "ben",
  "y"
]);
var NAME_SUFFIXES = /* @__PURE__ */ new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"]);
var ROLE_MODIFIER_HINTS = /* @__PURE__ */ new Set([
  "former",
  "then",
  "acting",
  "deputy",
  "vice",
  "senior",
  "junior",
  "chief",
  "top",
  "lead",
  "assistant",
  "associate",
  "executive",
  "general",
  "state",
  "federal",
  "national",
  "regional",
  "local",
  "foreign",
  "defence",
  "defense",
  "prime",
  "first",
  "second",
  "interim",
  "incoming",
  "outgoing",
  "longtime",
  "veteran",
  "democratic",
  "republican",
  "conservative",
  "liberal",
  "independent",
  "presidential",
  "vice-presidential",
  "press",
  "communications"
]);

// src/lexicon/speech-verbs.ts
var REGULAR = [
  "accuse",
  "acknowledge",
  "add",
  "address",
  "admit",
  "advise",
  "affirm",
  "agree",
  "allege",
  "announce",
  "answer",
  "argue",
  "ask",
  "assert",
  "assure",
  "blast",
  "boast",
  "call",
  "caution",
  "charge",
  "chant",
  "cite",
  "claim",
  "comment",
  "complain",
  "concede",
  "conclude",
  "confirm",
  "contend",
  "continue",
  "counter",
  "cry",
  "decide",
  "declare",
  "demand",
  "deny",
  "describe",
  "disclose",
  "dismiss",
  "echo",
  "emphasise",
  "emphasize",
  "estimate",
  "exclaim",
  "explain",
  "express",
  "insist",
  "joke",
  "lament",
  "maintain",
  "mention",
  "mock",
  "mutter",
  "narrate",
  "note",
  "object",
  "observe",
  "opine",
  "order",
  "plead",
  "pledge",
  "point",
  "post",
  "praise",
  "predict",
  "proclaim",
  "promise",
  "pronounce",
  "propose",
  "protest",
  "quip",
  "recall",
  "recount",
  "reflect",
  "reiterate",
  "remark",
  "remind",
  "reply",
  "report",
  "respond",
  "retort",
  "reveal",
  "scoff",
  "scream",
  "shout",
  "sigh",
  "signal",
  "snap",
  "state",
  "stress",
  "suggest",
  "testify",
  "thunder",
  "tweet",
  "underline",
  "urge",
  "vow",
  "warn",
  "whisper",
  "wonder",
  "yell",
  "criticise",
  "criticize",
  "condemn",
  "denounce",
  "hail",
  "welcome",
  "question",
  "claim",
  "recommend",
  "repeat",
  "summarise",
  "summarize",
  "characterise",
  "characterize",
  "recognise",
  "recognize",
  "inform",
  "instruct",
  "indicate",
  "caution",
  "acknowledge",
  "assess",
  "contest",
  "reason",
  "fume",
  "gush",
  "laugh",
  "muse",
  "rage",
  "rant",
  "rail",
  "retweet",
  "brag",
  "lash",
  "slam",
  "quote",
  "deride",
  "preach",
  "plead",
  "retaliate",
  "interject",
  "interrupt",
  "bark",
  "growl",
  "grumble",
  "groan",
  "marvel",
  "gasp",
  "chuckle",
  "sneer",
  "taunt",
  "tease",
  "scold",
  "chide",
  "rebuke",
  "lecture",
  "cheer",
  "applaud",
  "implore",
  "beg",
  "pray",
  "toast",
  "concur",
  "agree",
  "disagree",
  "dispute",
  "rebut",
  "refute",
  "retract",
  "clarify",
  "elaborate",
  "specify",
  "stipulate",
  "posit",
  "theorize",
  "theorise",
  "speculate",
  "hypothesize",
  "guess",
  "reckon",
  "figure",
  "surmise",
  "allow",
  "confide",
  "confess",
  "divulge",
  "leak",
  "hint",
  "imply",
  "intimate",
  "insinuate",
  "caution",
  "advise",
  "counsel",
  "warn",
  "threaten",
  "vow",
  "guarantee",
  "swear",
  "attest",
  "certify",
  "verify",
  "declare",
  "decree",
  "rule",
  "summarize",
  "recap",
  "relate",
  "narrate",
  "describe",
  "depict",
  "portray",
  "paint",
  "characterize",
  "label",
  "dub",
  "brand",
  "term",
  "nickname",
  "scribble",
  "jot",
  "text",
  "message",
  "email",
  "blog",
  "broadcast",
  "air",
  "publish"
];
var IRREGULAR = [
  ["say", "says", "said", "saying"],
  ["tell", "tells", "told", "telling"],
  ["write", "writes", "wrote", "written", "writing"],
  ["speak", "speaks", "spoke", "spoken", "speaking"],
  ["swear", "swears", "swore", "sworn", "swearing"],
  ["tweet", "tweets", "tweeted", "tweeting"],
  ["put", "puts", "putting"],
  ["forecast", "forecasts", "forecasting"],
  ["admit", "admits", "admitted", "admitting"],
  ["quip", "quips", "quipped", "quipping"],
  ["snap", "snaps", "snapped", "snapping"],
  ["plead", "pleads", "pleaded", "pled", "pleading"],
  ["teach", "teaches", "taught", "teaching"],
  ["think", "thinks", "thought", "thinking"],
  ["read", "reads", "reading"],
  ["hold", "holds", "held", "holding"],
  ["write", "writes", "wrote", "writing"],
  ["go", "goes", "went", "going"],
  ["lash", "lashes", "lashed", "lashing"],
  ["slam", "slams", "slammed", "slamming"],
  ["brag", "brags", "bragged", "bragging"],
  ["rail", "rails", "railed", "railing"],
  ["echo", "echoes", "echoed", "echoing"],
  ["cry", "cries", "cried", "crying"],
  ["deny", "denies", "denied", "denying"],
  ["reply", "replies", "replied", "replying"],
  ["testify", "testifies", "testified", "testifying"],
  ["object", "objects", "objected", "objecting"]
];
var WEAK_CUE_LEMMAS = /* @__PURE__ */ new Set(["read", "hold", "think", "go", "put", "teach", "call", "post", "order", "question", "object", "reason", "point", "address", "express", "signal", "welcome", "decide", "quote", "continue", "laugh", "sigh", "echo", "counter", "express", "mock", "charge", "praise", "criticise", "criticize", "condemn", "denounce", "hail", "dismiss", "blast", "slam", "lash", "rail", "accuse", "describe", "characterise", "characterize", "cite", "ask", "demand", "urge", "pledge", "promise", "vow", "wonder", "joke"]);
var REPORTING_LEMMAS = /* @__PURE__ */ new Set([
  "say",
  "tell",
  "add",
  "write",
  "state",
  "claim",
  "argue",
  "assert",
  "insist",
  "note",
  "explain",
  "warn",
  "announce",
  "declare",
  "suggest",
  "predict",
  "confirm",
  "deny",
  "admit",
  "acknowledge",
  "concede",
  "allege",
  "contend",
  "maintain",
  "emphasise",
  "emphasize",
  "stress",
  "reveal",
  "report",
  "recall",
  "reply",
  "respond",
  "answer",
  "tweet",
  "conclude",
  "complain",
  "observe",
  "remark",
  "reiterate",
  "testify",
  "disclose",
  "indicate",
  "agree",
  "boast",
  "brag",
  "caution",
  "comment",
  "counter",
  "estimate",
  "inform",
  "mention",
  "proclaim",
  "promise",
  "pledge",
  "vow",
  "assure",
  "remind",
  "signal",
  "swear",
  "continue",
  "point",
  "speak"
]);
function regularForms(base) {
  const forms = [base];
  if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(base + "es");
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ies");
  else forms.push(base + "s");
  if (base.endsWith("e")) forms.push(base + "d", base.slice(0, -1) + "ing");
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ied", base + "ing");
  else forms.push(base + "ed", base + "ing");
  return forms;
}
var SPEECH_VERBS = (() => {
  const map = /* @__PURE__ */ new Map();
  for (const base of REGULAR) for (const f of regularForms(base)) if (!map.has(f)) map.set(f, base);
  for (const forms of IRREGULAR) {
    const base = forms[0];
    for (const f of forms) map.set(f, base);
  }
  return map;
})();
function isGerund(form) {
  return form.endsWith("ing");
}
var PHRASAL_CUES = /* @__PURE__ */ new Map([
  ["shot", "back"],
  ["shoots", "back"],
  ["fired", "back"],
  ["fires", "back"],
  ["hit", "back"],
  ["hits", "back"],
  ["pushed", "back"],
  ["pushes", "back"],
  ["wrote", "back"],
  ["chimed", "in"],
  ["chimes", "in"],
  ["weighed", "in"],
  ["weighs", "in"],
  ["cut", "in"],
  ["broke", "in"],
  ["piped", "up"],
  ["spoke", "up"],
  ["went", "on"],
  ["goes", "on"],
  ["spelled", "out"],
  ["laid", "out"],
  ["lashed", "out"],
  ["lashes", "out"],
  ["called", "out"],
  ["summed", "up"]
]);
var SOURCE_AFTER_PHRASES = [
  ["according", "to"],
  ["in", "the", "words", "of"],
  ["as", "quoted", "by"],
  ["quoting"],
  ["per"]
];

// src/speakers/word-tags.ts
import nlp from "compromise";
var LEXICON = nlp.world().model.one.lexicon;
function tagsOf(word) {
  if (!Object.prototype.hasOwnProperty.call(LEXICON, word)) return [];
  const t = LEXICON[word];
  return t === void 0 ? [] : typeof t === "string" ? [t] : t;
}
var FUNCTION_TAGS = /* @__PURE__ */ new Set([
  "Determiner",
  "Conjunction",
  "Preposition",
  "Pronoun",
  "Adverb",
  "QuestionWord",
  "Modal",
  "Copula",
  "Possessive",
  "Reflexive",
  "Negative",
  "Condition",
  "Gerund",
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Verb",
  "Imperative",
  "Participle",
  "PhrasalVerb",
  "Expression",
  "Value",
  "Cardinal",
  "Ordinal",
  "TextValue",
  "Multiple",
  "Comparative",
  "Superlative",
  "Adjective",
  "Plural",
  "Singular",
  "Noun",
  "Uncountable",
  "Actor",
  "Duration",
  "Unit",
  "Date"
]);
var NEVER_NAME_TAGS = /* @__PURE__ */ new Set(["WeekDay", "Month", "Demonym", "Date", "Duration"]);
var PERSON_TAGS = /* @__PURE__ */ new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);
var PLACE_TAGS = /* @__PURE__ */ new Set(["Place", "City", "Country", "Region"]);
var MONTHS = /* @__PURE__ */ new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
function isNeverName(lower) {
  if (MONTHS.has(lower) && lower !== "may") return true;
  return tagsOf(lower).some((t) => NEVER_NAME_TAGS.has(t));
}
function isCommonWord(lower) {
  const tags = tagsOf(lower);
  if (tags.some((t) => PERSON_TAGS.has(t) || PLACE_TAGS.has(t) || t === "Organization" || t === "ProperNoun")) return false;
  return tags.some((t) => FUNCTION_TAGS.has(t));
}
function lexiconKind(lower) {
  const tags = tagsOf(lower);
  if (tags.some((t) => PERSON_TAGS.has(t))) return "person";
  if (tags.some((t) => PLACE_TAGS.has(t))) return "place";
  if (tags.includes("Organization") || tags.includes("SportsTeam")) return "organization";
  return null;
}
function firstNameGender(lower) {
  const tags = tagsOf(lower);
  if (tags.includes("MaleName")) return "male";
  if (tags.includes("FemaleName")) return "female";
  if (tags.includes("FirstName")) return "unknown";
  return null;
}
function isDemonym(lower) {
  return tagsOf(lower).includes("Demonym");
}
function isBareVerb(lower) {
  const tags = tagsOf(lower);
  return tags.includes("Infinitive") || tags.includes("Verb") || tags.includes("Copula") || tags.includes("PhrasalVerb") || tags.includes("Imperative");
}
var STRICT_FUNCTION_TAGS = /* @__PURE__ */ new Set(["Determiner", "Conjunction", "Preposition", "Pronoun", "QuestionWord", "Modal", "Copula", "Possessive", "Reflexive", "Negative", "Condition", "Adverb"]);
function isFunctionWord(lower) {
  return tagsOf(lower).some((t) => STRICT_FUNCTION_TAGS.has(t));
}
var NON_NOUN_TAGS = /* @__PURE__ */ new Set(["Adjective", "Adverb", "Preposition", "Conjunction", "Determiner", "Superlative", "Comparative", "Pronoun", "QuestionWord", "Modal", "Copula", "Negative", "Condition", "Gerund", "Expression"]);
var NOUN_TAGS = /* @__PURE__ */ new Set(["Noun", "Singular", "Plural", "Uncountable", "Actor", "ProperNoun", "FirstName", "MaleName", "FemaleName", "LastName", "Person", "Place", "City", "Country", "Region", "Organization"]);
function isNonNounWord(lower) {
  const tags = tagsOf(lower);
  return tags.some((t) => NON_NOUN_TAGS.has(t)) && !tags.some((t) => NOUN_TAGS.has(t));
}

// src/speakers/find-mentions.ts
var MAX_NAME_TOKENS = 6;
var PLAIN_HONORIFICS = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "miss", "mister", "madam", "mme", "dr", "sir", "dame", "lady", "lord"]);
var DETERMINERS = /* @__PURE__ */ new Set(["a", "an", "the", "another", "one", "two", "three", "several", "some", "many", "other", "senior", "anonymous", "unnamed", "top", "his", "her", "their", "its", "our", "both", "most", "few", "numerous", "multiple"]);
var ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]+$/u;
var ALL_CAPS_WORD = /^[\p{Lu}][\p{Lu}'’.-]+$/u;
function isCapWord(t) {
  return t !== void 0 && t.kind === "word" && t.cap;
}
function findMentions(text, tokens, first, last, paragraph, known = /* @__PURE__ */ new Set()) {
  const out = [];
  let i = first;
  while (i < last) {
    const t = tokens[i];
    if (t.kind !== "word") {
      i++;
      continue;
    }
    const pronoun = SPEAKER_PRONOUNS.get(t.lower);
    if (pronoun && (!t.cap || i === first || t.lower === "i")) {
      if (t.lower !== "i" && t.lower !== "we") {
        out.push(mention("pronoun", tokens, text, paragraph, i, i + 1, t.text, [], pronoun.gender, pronoun.plural, null, "unknown"));
      }
      i++;
      continue;
    }
    if (t.cap) {
      const m = readName(text, tokens, i, first, last, paragraph, known);
      if (m && "skipTo" in m) {
        i = Math.max(i + 1, m.skipTo);
        continue;
      }
      if (m && m.possessive) {
        const g = readOwnedGroup(text, tokens, m, last, paragraph);
        if (g) {
          out.push(g);
          i = g.last;
          continue;
        }
      }
      if (m) {
        out.push(m);
        i = m.last;
        continue;
      }
    }
    const d = readDescriptionOrGroup(text, tokens, i, first, last, paragraph);
    if (d) {
      out.push(d);
      i = d.last;
      continue;
    }
    i++;
  }
  return out;
}
function mention(kind, tokens, text, paragraph, a, b, name, nameTokens, gender, plural, role, entityKind) {
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  return {
    kind,
    paragraph,
    first: a,
    last: b,
    text: text.slice(start, end),
    start,
    end,
    name,
    nameTokens,
    gender,
    plural,
    role,
    entityKind,
    possessive: tokens[b - 1].possessive,
    lead: a
  };
}
function readName(text, tokens, i, first, last, paragraph, known) {
  const t = tokens[i];
  if (isNeverName(t.lower) && !HONORIFICS.has(t.lower)) return null;
  const prevTok = tokens[i - 1];
  const sentenceStart = i === first || prevTok.kind === "quote" && /[.!?]\W*$/.test(prevTok.text) || /^[(\[—–-]$/.test(prevTok.text);
  const beforeCue = tokens[i + 1]?.kind === "word" && SPEECH_VERBS.has(tokens[i + 1].lower) && !tokens[i + 1].cap || known.has(t.lower);
  if (sentenceStart && isFunctionWord(t.lower) && !HONORIFICS.has(t.lower)) return null;
  if (sentenceStart && GROUP_NOUNS.has(t.lower) && !isCapWord(tokens[i + 1])) return null;
  if (sentenceStart && isCommonWord(t.lower) && !HONORIFICS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !(beforeCue && !isFunctionWord(t.lower))) {
    if (!isCapWord(tokens[i + 1]) || /^(?:the|but|and|or|so|if|as|in|on|at|for|while|when|after|before|since|because|although|though|speaking|unlike|like|with|without|during|despite|according|asked|meanwhile|still|yet|then|now|also|even|here|there|this|that|these|those|it|he|she|they|we|i|you|his|her|their|our|my|its|a|an|to|from|by|of|under|over|about|last|next|every|each|all|both|no|not)$/.test(t.lower)) {
      return null;
    }
  }
  if (SPEECH_VERBS.has(t.lower) && sentenceStart) return null;
  let j = i;
  const parts = [];
  while (j < last) {
    const u = tokens[j];
    if (isCapWord(u) && parts.length > 0 && isFunctionWord(u.lower) && !HONORIFICS.has(u.lower)) break;
    if (isCapWord(u) && (!isNeverName(u.lower) || HONORIFICS.has(u.lower)) && !(parts.length > 0 && SPEECH_VERBS.has(u.lower) && !HONORIFICS.has(u.lower))) {
      parts.push(j);
      j++;
      if (u.possessive) break;
      const dot = tokens[j];
      if (dot && dot.text === "." && dot.start === u.end && (HONORIFICS.has(u.lower) || u.text.length === 1 || NAME_SUFFIXES.has(u.lower)) && isCapWord(tokens[j + 1])) j++;
      else if (dot && dot.text === "." && dot.start === u.end && (HONORIFICS.has(u.lower) || u.text.length === 1 || ABBREVIATIONS.has(u.lower)) && isCapWord(tokens[j + 1])) j++;
      else if (dot && dot.text === "." && dot.start === u.end && (HONORIFICS.has(u.lower) || u.text.length === 1)) j++;
      continue;
    }
    if (u.kind === "word" && NAME_PARTICLES.has(u.lower) && !u.cap && parts.length > 0 && isCapWord(tokens[j + 1])) {
      j++;
      continue;
    }
    if (u.kind === "punct" && u.text === "," && parts.length > 0 && NAME_SUFFIXES.has(tokens[j + 1]?.lower ?? "")) {
      j++;
      continue;
    }
    break;
  }
  if (parts.length === 0) return null;
  let end = j;
  while (end > i && tokens[end - 1].kind === "punct") end--;
  const words = parts.filter((k) => k < end);
  let split = -1;
  for (let w = 0; w < words.length - 1; w++) {
    const lw = tokens[words[w]].lower;
    if (HONORIFICS.has(lw) || ROLE_NOUNS.has(lw)) split = w;
  }
  const titleIdx = split >= 0 ? words.slice(0, split + 1) : [];
  const nameIdx = split >= 0 ? words.slice(split + 1) : words;
  while (nameIdx.length > 1 && isDemonym(tokens[nameIdx[0]].lower)) titleIdx.push(nameIdx.shift());
  if (nameIdx.length === 0) return null;
  if (nameIdx.length > MAX_NAME_TOKENS) return { skipTo: end };
  if (words.length === 1 && titleIdx.length === 0) {
    const after = tokens[end];
    if (after && after.kind === "word" && !after.cap && ROLE_NOUNS.has(after.lower) && isCapWord(tokens[end + 1])) return null;
  }
  const nameTokens = nameIdx.map((k) => tokens[k].lower);
  if (nameIdx.length === 1 && titleIdx.length === 0 && isNonNounWord(nameTokens[0]) && !beforeCue) return null;
  const firstName = tokens[nameIdx[0]];
  const name = text.slice(firstName.start, tokens[nameIdx[nameIdx.length - 1]].end).replace(/['’]s$/, "").replace(/['’]$/, "");
  let gender = "unknown";
  let kind = "unknown";
  for (const k of titleIdx) {
    const g = HONORIFICS.get(tokens[k].lower);
    if (g !== void 0) {
      kind = "person";
      if (g !== "unknown") gender = g;
    } else if (ROLE_NOUNS.has(tokens[k].lower)) kind = "person";
  }
  const lowerAll = nameTokens;
  const single = nameIdx.length === 1;
  if (lowerAll.some((w) => ORGANIZATION_WORDS.has(w)) || single && ACRONYM.test(firstName.text) && firstName.text.length <= 6 && lexiconKind(firstName.lower) !== "person") {
    if (kind !== "person") kind = "organization";
  }
  if (kind === "unknown") {
    const k0 = lexiconKind(nameTokens[0]);
    const kl = lexiconKind(nameTokens[nameTokens.length - 1]);
    const fg = firstNameGender(nameTokens[0]);
    if (fg !== null && !single) {
      kind = "person";
      gender = fg;
    } else if (single && k0 === "place") kind = "place";
    else if (!single && kl === "place" && k0 !== "person") kind = "place";
    else if (k0 === "organization" || kl === "organization") kind = "organization";
    else if (k0 === "person" || kl === "person") kind = "person";
  } else if (kind === "person" && gender === "unknown") {
    const fg = firstNameGender(nameTokens[0]);
    if (fg !== null && nameIdx.length > 1) gender = fg;
  }
  if (!single && nameIdx.every((k) => ALL_CAPS_WORD.test(tokens[k].text))) return { skipTo: end };
  const rolePre = readRoleBefore(text, tokens, i, first);
  const titleText = titleIdx.length > 0 && !(titleIdx.length === 1 && PLAIN_HONORIFICS.has(tokens[titleIdx[0]].lower)) ? text.slice(tokens[titleIdx[0]].start, tokens[titleIdx[titleIdx.length - 1]].end) : null;
  const role = rolePre && titleText ? `${rolePre} ${titleText}` : rolePre ?? titleText;
  if (role && kind === "unknown") kind = "person";
  const m = mention("name", tokens, text, paragraph, i, end, name, nameTokens, gender, false, role, kind);
  return rolePre ? { ...m, lead: roleStart(tokens, i, first) } : m;
}
function readRoleBefore(text, tokens, i, first) {
  const k = roleStart(tokens, i, first) - 1;
  if (k + 1 >= i) return null;
  return text.slice(tokens[k + 1].start, tokens[i - 1].end);
}
function roleStart(tokens, i, first) {
  let k = i - 1;
  let hasRole = false;
  while (k >= first && i - k <= 6) {
    const t = tokens[k];
    if (t.kind !== "word") break;
    if (ROLE_NOUNS.has(t.lower)) hasRole = true;
    else if (!(ROLE_MODIFIER_HINTS.has(t.lower) || isDemonym(t.lower) || t.lower.includes("-") || t.cap && !DETERMINERS.has(t.lower) && !isCommonWord(t.lower))) break;
    k--;
  }
  return hasRole ? k + 1 : i;
}
function readDescriptionOrGroup(text, tokens, i, first, last, paragraph) {
  const t = tokens[i];
  const head = t.lower;
  const isDesc = PERSON_DESCRIPTION_HEADS.has(head);
  const isGroup = GROUP_NOUNS.has(head) || ROLE_NOUNS.has(head);
  if (!isDesc && !isGroup) return null;
  const next = tokens[i + 1];
  if (isCapWord(next) && !isCommonWord(next.lower)) return null;
  if (next && next.kind === "word" && (GROUP_NOUNS.has(next.lower) || ROLE_NOUNS.has(next.lower)) && !next.cap && next.lower !== head) return null;
  let k = i - 1;
  let det = null;
  while (k >= first && i - k <= 5) {
    const u = tokens[k];
    if (u.kind !== "word") break;
    if (DETERMINERS.has(u.lower)) {
      det = u.lower;
      k--;
      break;
    }
    if (u.possessive || u.cap && !isFunctionWord(u.lower) && !isNeverName(u.lower) && k !== first || ROLE_MODIFIER_HINTS.has(u.lower) || isDemonym(u.lower) || GROUP_NOUNS.has(u.lower) || ROLE_NOUNS.has(u.lower) || u.lower.includes("-") || /^(?:former|senior|top|campaign|party|state|news|white|house|security|intelligence|law|enforcement|election|military|police|government|administration|company|federal|local|u\.s|us|american)$/.test(u.lower)) {
      k--;
      continue;
    }
    break;
  }
  const a = k + 1;
  const plural = head.endsWith("s") && !head.endsWith("ss");
  if (isDesc && det === "the" && !plural) {
    return mention("description", tokens, text, paragraph, a, i + 1, head, [], "unknown", false, null, "person");
  }
  if (!isGroup) return null;
  if (!plural && det === null && a === i) return null;
  const phrase = text.slice(tokens[a].start, t.end);
  const orgHead = ORGANIZATION_WORDS.has(head);
  return mention("group", tokens, text, paragraph, a, i + 1, phrase.replace(/^(?:the|a|an|another|one)\s+/i, ""), [], "unknown", plural, null, orgHead ? "organization" : "group");
}
function readOwnedGroup(text, tokens, owner, last, paragraph) {
  for (let k = owner.last; k < Math.min(last, owner.last + 3); k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.cap) return null;
    if (GROUP_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower)) {
      const next = tokens[k + 1];
      if (next && next.kind === "word" && !next.cap && (GROUP_NOUNS.has(next.lower) || ROLE_NOUNS.has(next.lower))) continue;
      const phrase = text.slice(owner.start, t.end);
      const kind = ORGANIZATION_WORDS.has(t.lower) ? "organization" : "group";
      return mention("group", tokens, text, paragraph, owner.first, k + 1, phrase, [], "unknown", t.lower.endsWith("s"), null, kind);
    }
    if (!(ROLE_MODIFIER_HINTS.has(t.lower) || t.lower.includes("-") || /^(?:own|longtime|top|senior|chief|former|new|press|campaign|legal|national|security|policy|communications)$/.test(t.lower))) return null;
  }
  return null;
}

// src/speakers/split-sentences.ts
var TERMINAL = /* @__PURE__ */ new Set([".", "!", "?", "\u2026"]);
var QUOTE_END = /[.!?…]["'”’»]?\s*$/;
function splitSentences(tokens, paragraph) {
  const out = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    let boundary = false;
    if (t.kind === "punct" && TERMINAL.has(t.text)) {
      const prev = tokens[i - 1];
      const abbreviation = t.text === "." && prev?.kind === "word" && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || prev.text.length === 1 && prev.cap);
      boundary = !abbreviation && (!next || next.cap || next.kind === "quote" || next.kind === "punct");
      if (abbreviation && next && next.cap && prev && ABBREVIATIONS.has(prev.lower) && /^(?:inc|corp|co|ltd|etc|jr|sr)$/.test(prev.lower)) boundary = true;
    } else if (t.kind === "quote" && next && QUOTE_END.test(t.text)) {
      boundary = next.kind === "quote" || next.kind === "word" && next.cap && !isCueStart(tokens, i + 1);
    }
    if (boundary) {
      out.push({ paragraph, first, last: i + 1 });
      first = i + 1;
    }
  }
  if (first < tokens.length) out.push({ paragraph, first, last: tokens.length });
  return out;
}
function isCueStart(tokens, i) {
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k];
    if (t.kind !== "word") return false;
    if (!t.cap) return SPEECH_VERBS.has(t.lower) || PHRASAL_CUES.has(t.lower);
  }
  return false;
}

// src/speakers/tokenize.ts
var CAP = new RegExp("^\\p{Lu}", "u");
function isWordChar(c) {
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));
}
function isJoiner(c) {
  return c === 39 || c === 8217 || c === 45 || c === 8208 || c === 8209 || c === 46 || c === 38;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 8239 || c === 8201;
}
function tokenize(text, quotes) {
  const tokens = [];
  let q = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const next = quotes[q];
    if (next && i >= next.span.open) {
      let end = next.span.close === null ? Math.max(next.span.end, next.span.open + 1) : next.span.close + 1;
      if (next.span.close !== null && text.charCodeAt(next.span.close) === 39 && text.charCodeAt(end) === 39) end++;
      tokens.push({ kind: "quote", text: text.slice(next.span.open, end), lower: "", start: next.span.open, end, cap: false, possessive: false, quote: next.index });
      i = Math.max(i, end);
      q++;
      continue;
    }
    const limit = next ? next.span.open : n;
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j2 = i + 1;
      let segment2 = i;
      while (j2 < limit) {
        const d = text.charCodeAt(j2);
        if (isWordChar(d)) {
          j2++;
          continue;
        }
        if (isJoiner(d) && j2 + 1 < limit && isWordChar(text.charCodeAt(j2 + 1)) && (d !== 46 || j2 - segment2 <= 2)) {
          j2 += 2;
          segment2 = j2 - 1;
          continue;
        }
        break;
      }
      let word = text.slice(i, j2);
      let possessive = false;
      let lower = word.toLowerCase();
      if (/['’]s$/.test(lower)) {
        possessive = true;
        lower = lower.slice(0, -2);
      } else if (j2 < limit && (text.charCodeAt(j2) === 39 || text.charCodeAt(j2) === 8217) && lower.endsWith("s") && (j2 + 1 >= limit || !isWordChar(text.charCodeAt(j2 + 1)))) {
        possessive = true;
      }
      tokens.push({ kind: "word", text: word, lower, start: i, end: j2, cap: CAP.test(word), possessive, quote: -1 });
      i = j2;
      continue;
    }
    let j = i + 1;
    if (c === 45) while (j < limit && text.charCodeAt(j) === 45) j++;
    const p = text.slice(i, j);
    tokens.push({ kind: "punct", text: p, lower: p, start: i, end: j, cap: false, possessive: false, quote: -1 });
    i = j;
  }
  return tokens;
}

// src/attribution/analyze.ts
function analyze(paragraphs, quotes) {
  const byParagraph = paragraphs.map(() => []);
  quotes.forEach((span2, index) => byParagraph[span2.paragraph]?.push({ span: span2, index }));
  const sites = new Array(quotes.length);
  const known = /* @__PURE__ */ new Set();
  const out = paragraphs.map((text, p) => {
    const qs = byParagraph[p].sort((a, b) => a.span.open - b.span.open);
    const tokens = tokenize(text, qs);
    const sentences = splitSentences(tokens, p);
    const mentions = sentences.map((s, si) => {
      for (let k = s.first; k < s.last; k++) {
        const t = tokens[k];
        if (t.kind === "quote") sites[t.quote] = { paragraph: p, sentence: si, token: k };
      }
      const found = findMentions(text, tokens, s.first, s.last, p, known);
      for (const m of found) if (m.kind === "name" && m.nameTokens.length > 1 && m.entityKind !== "organization") for (const w of m.nameTokens) known.add(w);
      return found;
    });
    return { index: p, text, tokens, sentences, mentions };
  });
  return { paragraphs: out, quotes, sites };
}

// src/speakers/build-entities.ts
var EntityTable = class {
  entities = [];
  groups = /* @__PURE__ */ new Map();
  /** The entity a name mention refers to, created when new. Later, shorter mentions join the earliest longer name that contains them. */
  resolveName(m) {
    const toks = m.nameTokens;
    let found;
    if (toks.length >= 2) {
      const key = toks.join(" ");
      found = this.find((e) => e.nameTokens.join(" ") === key) ?? this.find((e) => e.nameTokens.length === 1 && e.nameTokens[0] === toks[toks.length - 1] && e.kind !== "place" && e.kind !== "organization" && m.entityKind !== "organization") ?? this.find((e) => e.nameTokens.length > toks.length && containsRun(e.nameTokens, toks));
      if (found && found.nameTokens.length < toks.length) {
        found.name = m.name;
        found.nameTokens = toks;
      }
    } else {
      const w = toks[0];
      const compatible = (e) => m.gender === "unknown" || e.gender === "unknown" || e.gender === m.gender;
      found = this.find((e) => e.nameTokens.length > 1 && e.nameTokens[e.nameTokens.length - 1] === w && compatible(e) && e.kind !== "organization" && e.kind !== "place") ?? this.find((e) => e.nameTokens.length > 1 && e.nameTokens[0] === w && e.kind === "person" && compatible(e) && m.entityKind !== "organization") ?? this.find((e) => e.nameTokens.length === 1 && e.nameTokens[0] === w);
    }
    if (!found) {
      found = { id: this.entities.length, name: m.name, nameTokens: toks, kind: m.entityKind, gender: m.gender, aliases: /* @__PURE__ */ new Set(), roles: [], lastSeen: m.paragraph };
      this.entities.push(found);
    }
    if (found.kind === "unknown" || found.kind !== "person" && m.entityKind === "person" && found.nameTokens.length > 1) {
      if (m.entityKind !== "unknown") found.kind = m.entityKind;
    }
    if (found.gender === "unknown" && m.gender !== "unknown") found.gender = m.gender;
    found.aliases.add(m.text.replace(/['’]s$/, ""));
    if (toks.length === 1 && found.nameTokens.length > 1) found.aliases.add(m.name);
    if (m.role && !found.roles.includes(m.role)) found.roles.push(m.role);
    found.lastSeen = m.paragraph;
    return found;
  }
  /** The entity of a group source (`officials`, `the campaign`), one per distinct phrase. */
  resolveGroup(m) {
    const key = m.name.toLowerCase();
    const head = key.split(/\s+/).pop() ?? key;
    if (/^the\s/i.test(m.text) && !m.plural && ORGANIZATION_WORDS.has(head)) {
      const org = this.find((e2) => e2.kind === "organization" && e2.nameTokens.length > 1 && e2.nameTokens.includes(head));
      if (org) {
        org.aliases.add(m.text);
        org.lastSeen = m.paragraph;
        return org;
      }
    }
    let e = this.groups.get(key);
    if (!e) {
      e = { id: this.entities.length, name: m.name, nameTokens: [key], kind: m.entityKind, gender: "unknown", aliases: /* @__PURE__ */ new Set(), roles: [], lastSeen: m.paragraph };
      this.entities.push(e);
      this.groups.set(key, e);
    }
    e.aliases.add(m.text);
    e.lastSeen = m.paragraph;
    return e;
  }
  /** The most recently seen entity that satisfies the test. */
  find(test) {
    let best;
    for (const e of this.entities) if (test(e) && (!best || e.lastSeen >= best.lastSeen)) best = e;
    return best;
  }
};
function containsRun(hay, needle) {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
var APPOSITIVE_MAX_TOKENS = 16;
function readAppositiveRole(text, tokens, m, last) {
  const comma = tokens[m.last];
  if (!comma || comma.text !== ",") return null;
  let a = m.last + 1;
  if (tokens[a]?.lower === "who" && /^(?:is|was|has|had)$/.test(tokens[a + 1]?.lower ?? "")) a += 2;
  let b = a;
  let role = false;
  while (b < last && b - a < APPOSITIVE_MAX_TOKENS) {
    const t = tokens[b];
    if (t.kind === "quote" || t.kind === "punct" && t.text !== "-" && t.text !== "\u2019" && t.text !== "'") break;
    if (SPEECH_VERBS.has(t.lower) && b > a) return null;
    if (ROLE_NOUNS.has(t.lower) || HONORIFICS.has(t.lower)) role = true;
    b++;
  }
  if (!role || b === a) return null;
  const end = tokens[b]?.text;
  if (end !== "," && end !== "." && end !== void 0 && end !== ";") return null;
  return text.slice(tokens[a].start, tokens[b - 1].end);
}

// src/attribution/cues.ts
var AUXILIARIES = /* @__PURE__ */ new Set(["has", "have", "had", "was", "is", "were", "are", "will", "would", "did", "does", "do", "also", "later", "then", "once", "previously", "repeatedly", "again", "recently", "earlier", "further", "just", "had", "has", "reportedly", "allegedly", "publicly", "privately", "simply", "flatly", "quickly", "bluntly", "often", "still", "even", "first", "last", "initially", "never", "not", "been", "be", "being", "may", "might", "could", "should", "can", "must", "to"]);
function isStop(tokens, x) {
  const t = tokens[x];
  if (t.kind !== "punct" || !/^[.!?;:]$/.test(t.text)) return false;
  if (t.text !== ".") return true;
  const prev = tokens[x - 1];
  return !(prev && prev.kind === "word" && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || prev.text.length === 1 && prev.cap));
}
var NOUN_MARKERS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "this",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "executive",
  "first",
  "last",
  "new",
  "latest",
  "whose",
  "in",
  "on",
  "at",
  "of",
  "for",
  "with",
  "from",
  "across",
  "about",
  "into",
  "by",
  "some",
  "many",
  "all",
  "both",
  "several"
]);
function isAuxiliary(t) {
  return t.kind === "word" && (AUXILIARIES.has(t.lower) || t.lower.endsWith("ly") && t.lower.length > 4 && !t.cap);
}
function findCues(tokens, first, last) {
  const out = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    const phrase = matchSourceAfter(tokens, i, last);
    if (phrase > 0) {
      out.push({ first: i, last: i + phrase, lemma: "according to", gerund: false, sourceAfter: true, reporting: true, weak: false });
      i += phrase - 1;
      continue;
    }
    if (t.cap && i > first && !(t.lower.endsWith("ed") && tokens[i - 1]?.text === ",")) continue;
    const particle = PHRASAL_CUES.get(t.lower);
    if (particle !== void 0 && tokens[i + 1]?.lower === particle && tokens[i + 2]?.lower !== "to") {
      if (!NOUN_MARKERS.has(tokens[i - 1]?.lower ?? "")) {
        out.push({ first: i, last: i + 2, lemma: `${t.lower} ${particle}`, gerund: false, sourceAfter: false, reporting: false, weak: false });
        i++;
        continue;
      }
    }
    const lemma = SPEECH_VERBS.get(t.lower);
    if (lemma === void 0) continue;
    const prev = tokens[i - 1];
    if (prev && prev.kind === "word" && !isGerund(t.lower) && (prev.lower === "to" || NOUN_MARKERS.has(prev.lower))) continue;
    if (tokens[i + 1]?.lower === "to" && tokens[i + 2]?.kind === "word" && !tokens[i + 2].cap && isBareVerb(tokens[i + 2].lower) && lemma !== "say" && lemma !== "tell" && lemma !== "write") continue;
    let end = i + 1;
    if (lemma === "point") {
      if (tokens[end]?.lower !== "out") continue;
      end++;
    } else if (lemma === "go") {
      if (!(tokens[end]?.lower === "on" && tokens[end + 1]?.lower === "to" && SPEECH_VERBS.has(tokens[end + 2]?.lower ?? ""))) continue;
      end += 3;
    }
    let start = i;
    while (start > first && /^(?:has|have|had)$/.test(tokens[start - 1].lower)) start--;
    out.push({
      first: start,
      last: end,
      lemma,
      gerund: isGerund(t.lower),
      sourceAfter: false,
      reporting: REPORTING_LEMMAS.has(lemma),
      weak: WEAK_CUE_LEMMAS.has(lemma)
    });
  }
  return out;
}
function matchSourceAfter(tokens, i, last) {
  for (const words of SOURCE_AFTER_PHRASES) {
    if (i + words.length >= last) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) {
      ok = false;
      break;
    }
    if (ok && words.length === 1 && words[0] === "per" && !tokens[i + 1]?.cap) ok = false;
    if (ok) return words.length;
  }
  return 0;
}
function mentionAfter(mentions, index, maxGap, tokens) {
  for (const m of mentions) {
    if (m.first < index) continue;
    if (m.first - index > maxGap) return void 0;
    let blocked = false;
    for (let k = index; k < m.first; k++) {
      const t = tokens[k];
      if (t.kind === "quote" || t.kind === "punct" && t.text !== ",") blocked = true;
    }
    return blocked ? void 0 : m;
  }
  return void 0;
}

// src/attribution/reported-speech.ts
var MIN_CLAUSE_WORDS = 4;
var MAX_QUOTED_SHARE = 0.5;
var BARE_CLAUSE = /* @__PURE__ */ new Set(["say", "tell", "add", "claim", "argue", "insist", "write", "tweet", "warn", "predict", "suggest", "note", "state", "explain", "believe", "contend", "maintain", "assert", "announce", "declare", "report", "reveal", "confirm", "deny", "admit", "acknowledge", "emphasise", "emphasize", "stress", "promise", "vow", "concede"]);
var OBJECT_CLAUSE = /* @__PURE__ */ new Set(["emphasise", "emphasize", "stress", "deny", "confirm", "announce", "reveal", "acknowledge", "predict", "note", "promise", "pledge", "vow", "concede", "admit", "reiterate", "propose", "urge", "demand"]);
var CLAUSE_END = /^(?:—|–|--|;|:)$/;
var TIME_WORDS = /^(?:on|in|at|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|previously|repeatedly|again|also|week|month|year|morning|afternoon|evening|night|during|an|a|the|interview|statement|speech|press|conference|release|with|to|reporters|told|of|his|her|their|its|on|twitter|facebook|cnn|fox|msnbc|abc|nbc|cbs|radio|television|tv|news|program|show|email|letter)$/;
function findReported(para, s, cues, subjectOf, quotes) {
  const { tokens } = para;
  const out = [];
  for (const cue of cues) {
    if (cue.gerund || !cue.reporting && !cue.sourceAfter) continue;
    const m = subjectOf(cue);
    if (!m) continue;
    let a = -1;
    let b = -1;
    if (cue.sourceAfter) {
      if (cue.first === s.first || cue.first === s.first + 1 && tokens[s.first].kind === "word") {
        const comma = findToken(tokens, m.last, s.last, ",", 6);
        if (comma < 0) continue;
        a = comma + 1;
        b = clauseEnd(tokens, a, s.last);
      } else if (tokens[cue.first - 1]?.text === ",") {
        a = s.first;
        b = cue.first - 1;
      } else continue;
    } else if (closesSentence(tokens, Math.max(m.last, cue.last), s.last) && tokens[Math.min(m.lead, cue.first) - 1]?.text === "," && Math.min(m.lead, cue.first) - 1 > s.first) {
      a = s.first;
      b = Math.min(m.lead, cue.first) - 1;
      if (tokens[a]?.kind === "quote" && tokens[a + 1]?.text === ",") continue;
    } else if (m.last > cue.first) {
      continue;
    } else {
      let k = cue.last;
      while (k < s.last && (isAuxiliary(tokens[k]) || tokens[k].kind === "word" && TIME_WORDS.test(tokens[k].lower) && tokens[k].lower !== "that")) {
        if (tokens[k].lower === "to" || tokens[k].lower === "told") {
          k++;
          continue;
        }
        k++;
      }
      const lemma = cue.lemma;
      if (lemma === "tell" || lemma === "inform" || lemma === "assure" || lemma === "remind" || lemma === "warn") {
        const that = findToken(tokens, cue.last, s.last, "that", 10);
        if (that >= 0) k = that;
      }
      if (tokens[k]?.lower === "that") a = k + 1;
      else if (BARE_CLAUSE.has(lemma) && startsClause(tokens[k])) a = k;
      else if (OBJECT_CLAUSE.has(lemma) && tokens[k]?.kind === "word" && /^(?:the|a|an|his|her|their|its|our|this|that)$/.test(tokens[k].lower)) a = k;
      else continue;
      b = clauseEnd(tokens, a, s.last);
    }
    if (a < 0 || b <= a) continue;
    while (b > a && tokens[b - 1].kind === "punct") b--;
    if (b <= a) continue;
    const words = countWords(tokens, a, b);
    if (words < MIN_CLAUSE_WORDS) continue;
    const start = tokens[a].start;
    const end = tokens[b - 1].end;
    let quoted = 0;
    for (let k = a; k < b; k++) if (tokens[k].kind === "quote") quoted += tokens[k].end - tokens[k].start;
    if (quoted / Math.max(1, end - start) > MAX_QUOTED_SHARE) continue;
    void quotes;
    out.push({ start, end, mention: m, cue, rule: cue.sourceAfter ? "according-to" : "reported-speech" });
    break;
  }
  return out;
}
function closesSentence(tokens, from, last) {
  let k = from;
  while (k < last && (tokens[k].kind === "word" && (TIME_WORDS.test(tokens[k].lower) || tokens[k].cap) || tokens[k].text === ",")) k++;
  return k >= last || /^[.!?]$/.test(tokens[k].text);
}
function findToken(tokens, from, to, text, max) {
  for (let k = from; k < to && k < from + max; k++) if (tokens[k].lower === text || tokens[k].text === text) return k;
  return -1;
}
function clauseEnd(tokens, a, last) {
  for (let k = a; k < last; k++) {
    const t = tokens[k];
    if (t.kind === "punct" && CLAUSE_END.test(t.text)) return k;
    if (t.text === "," && /^(?:adding|saying|noting|arguing|insisting|explaining|warning|calling|stressing|according)$/.test(tokens[k + 1]?.lower ?? "")) return k;
  }
  return last;
}
function startsClause(t) {
  if (!t) return false;
  if (t.kind === "quote") return false;
  if (t.kind !== "word") return false;
  return t.cap || /^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|this|these|those|no|nobody|everyone|someone|all|some|many|most|both)$/.test(t.lower);
}
function countWords(tokens, a, b) {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k].kind === "word") n++;
  else if (tokens[k].kind === "quote") n += 2;
  return n;
}

// src/attribution/rules.ts
var RULES = {
  "multi-paragraph": 0.95,
  "transcript-label": 0.95,
  "cue-after": 0.97,
  "cue-before": 0.96,
  "according-to": 0.94,
  "sentence-cue": 0.9,
  "same-sentence": 0.9,
  "dash-attribution": 0.92,
  "colon-intro": 0.9,
  "sentence-subject": 0.75,
  continuation: 0.85,
  "previous-subject": 0.7,
  "paragraph-speaker": 0.75,
  "reported-speech": 0.88,
  none: 0
};

// src/attribution/subjects.ts
var FRONTED = /^(?:after|before|while|when|whilst|during|in|on|at|speaking|asked|addressing|writing|responding|referring|unlike|like|despite|although|though|as|since|because|following|with|without|for|from|under|over|upon|by|if|once|until|amid|among|according|earlier|later|last|this|meanwhile|separately|still|yet|however|but|and|so|then|also|instead|indeed|again|now|here|there|today|yesterday|moreover|besides|furthermore|nonetheless|nevertheless|regarding|citing|appearing|visiting|testifying|campaigning|answering|pressed|interviewed|even|too|thus|hence|otherwise|similarly|likewise|finally|first|second|third|next|sometimes|often|just|only|already|perhaps|maybe|surely|clearly|notably|speaking|talking|reflecting|looking|pointing|noting|asked|told|given|faced|confronted)$/;
var PREPOSITIONS = /* @__PURE__ */ new Set(["to", "with", "by", "of", "for", "from", "against", "at", "on", "in", "about", "toward", "towards", "into", "than", "like", "between", "among", "including", "invited", "met", "told", "asked", "urged", "called", "named", "and", "or", "over", "under", "behind", "beside", "besides", "via", "after", "before", "during", "whom"]);
var APPOSITIVE_REACH = 40;
var LONG_SUBJECT_REACH = 12;
function hasClauseBreak(tokens, a, b) {
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.kind === "quote" || t.text === "," || t.text === ";" || t.text === ":" || /^(?:that|which|who|because|while|when|if|but|and)$/.test(t.lower)) return true;
  }
  return false;
}
var HEARER_VERBS = /* @__PURE__ */ new Set(["tell", "ask", "urge", "inform", "assure", "remind", "warn", "call", "accuse", "praise", "criticise", "criticize", "blast", "slam", "mock", "thank", "quote", "cite", "describe", "dismiss", "condemn", "denounce", "hail", "welcome", "question", "charge", "order", "advise", "instruct", "answer", "address"]);
function afterDateline(tokens, first, last) {
  const t0 = tokens[first];
  if (!t0 || !t0.cap) return first;
  for (let k = first + 1; k < Math.min(last, first + 12); k++) {
    const t = tokens[k];
    if (t.kind === "punct" && /^(?:—|–|--|-)$/.test(t.text)) return k + 1;
    if (t.kind === "quote") return first;
    if (t.kind === "word" && !t.cap && !/^\d/.test(t.text) && t.lower !== "de" && t.lower !== "la") return first;
  }
  return first;
}
function mainSubject(tokens, first, last, mentions) {
  let from = afterDateline(tokens, first, last);
  const t0 = tokens[from];
  const fronted = Boolean(t0 && t0.kind === "word" && (FRONTED.test(t0.lower) || isNeverName(t0.lower) || /^\d/.test(t0.text)));
  if (fronted) {
    for (let k = from; k < last; k++) {
      const t = tokens[k];
      if (t.kind === "punct" && t.text === ",") {
        from = k + 1;
        break;
      }
      if (t.kind === "quote") break;
    }
  }
  for (const m of mentions) {
    if (m.first < from) continue;
    const before = tokens[m.first - 1];
    if (m.first > from && before && before.kind === "word" && PREPOSITIONS.has(before.lower)) continue;
    if (m.possessive && m.kind === "name") continue;
    if (fronted && m.first === from && m.entityKind === "place" && tokens[m.last]?.text === ",") continue;
    return m;
  }
  return void 0;
}
function cueSubject(tokens, cue, first, last, mentions, subject) {
  if (cue.first > first && /^(?:was|were|been|being|is|are)$/.test(tokens[cue.first - 1].lower) && tokens[cue.last]?.lower === "by") {
    const by = mentions.find((m) => m.first === cue.last + 1 || m.first === cue.last + 2 && tokens[cue.last + 1].kind === "word");
    if (by) return by;
  }
  let k = cue.first - 1;
  while (k >= first && isAuxiliary(tokens[k])) k--;
  if (k >= first && /^(?:who|which|that)$/.test(tokens[k].lower) && !cue.gerund) {
    k--;
    if (k >= first && tokens[k].text === ",") k--;
  }
  const left = mentions.find((m) => m.last - 1 === k);
  if (cue.gerund) {
    return left && left.kind !== "group" && tokens[left.first - 1]?.lower === "with" ? left : subject;
  }
  if (left && !(left.kind === "name" && left.possessive)) return preferName(tokens, left, mentions);
  if (k >= first && tokens[k].text === ",") {
    const named = appositiveName(tokens, k, first, mentions, subject);
    if (named) return named;
  }
  const opener = tokens[cue.first - 1];
  if (!HEARER_VERBS.has(cue.lemma) && (!opener || opener.kind === "quote" || opener.text === "," || opener.text === ":")) {
    let a = cue.last;
    while (a < last && isAuxiliary(tokens[a])) a++;
    const right = mentions.find((m) => m.lead === a);
    if (right && (right.kind !== "pronoun" || opener?.kind === "quote" && /^(?:he|she)$/i.test(right.text))) return right;
  }
  if (opener && opener.kind === "word" && /^(?:and|but|or|then|also)$/.test(opener.lower)) return subject;
  if (subject && subject.last <= cue.first && cue.first - subject.last <= LONG_SUBJECT_REACH && !hasClauseBreak(tokens, subject.last, cue.first)) return subject;
  return void 0;
}
function preferName(tokens, m, mentions) {
  if (m.kind === "name" && m.entityKind === "place" && /^(?:of|from)$/.test(tokens[m.first - 1]?.lower ?? "")) {
    const owner = mentions.find((x) => x.last === m.first - 1 && x.kind === "name");
    if (owner) return owner;
  }
  if ((m.kind === "group" || m.kind === "description") && tokens[m.last]?.text === ",") {
    const named = mentions.find((x) => x.first === m.last + 1 && x.kind === "name" && x.entityKind !== "place" && x.entityKind !== "organization");
    if (named) return named;
  }
  return m;
}
function appositiveName(tokens, k, first, mentions, subject) {
  const candidates = [];
  let close = k;
  if (tokens[k - 1]?.text === ")") {
    let o = k - 1;
    while (o > first && tokens[o].text !== "(" && k - o < 8) o--;
    if (tokens[o]?.text === "(") close = o;
  }
  const inner = mentions.find((m) => m.last === close && m.kind === "name" && tokens[m.lead - 1]?.text === "," && m.entityKind !== "place");
  if (inner && inner.entityKind !== "organization") return inner;
  for (let j = k - 1; j >= Math.max(first, k - APPOSITIVE_REACH); j--) {
    const t = tokens[j];
    if (t.kind === "quote" || isStop(tokens, j)) break;
    if (t.text !== ",") continue;
    let end = j;
    if (tokens[j - 1]?.text === ")") {
      let o = j - 1;
      while (o > first && tokens[o].text !== "(" && j - o < 8) o--;
      if (tokens[o]?.text === "(") end = o;
    }
    const m = mentions.find((x) => x.last === end && (x.kind === "name" || x.kind === "pronoun" || x.kind === "group" || x.kind === "description"));
    if (m) candidates.push(m);
  }
  if (candidates.length === 0) return void 0;
  if (subject && candidates.includes(subject)) return preferName(tokens, subject, mentions);
  return preferName(tokens, candidates[0], mentions);
}

// src/attribution/attribute.ts
var NONE = { entity: null, mention: null, cue: null, rule: "none", confidence: 0 };
var ADJACENT_WINDOW = 10;
var DASHES = /^(?:—|–|―|‒|--|-)$/;
var WEAK_CUE_REACH = 3;
var CONTINUATION_REACH = 1;
var PRONOUN_PENALTY = 0.06;
function attribute(analysis, options = {}) {
  const table = new EntityTable();
  const state = new State(table);
  const results = analysis.quotes.map(() => NONE);
  const reported = [];
  let colonIntro = null;
  for (const para of analysis.paragraphs) {
    const { tokens } = para;
    state.previousParagraphSubject = state.paragraphSubject;
    state.paragraphSubject = null;
    const paragraphQuotes = [];
    para.sentences.forEach((s, si) => {
      const mentions = para.mentions[si];
      for (const m of mentions) {
        const e = state.resolve(m, true);
        if (e && m.kind === "name") {
          const role = readAppositiveRole(para.text, tokens, m, s.last);
          if (role && !e.roles.includes(role)) e.roles.push(role);
        }
      }
      const cues = findCues(tokens, s.first, s.last);
      const subject = mainSubject(tokens, s.first, s.last, mentions);
      const subjectEntity = subject ? state.resolve(subject) : null;
      if (subjectEntity && subject && subject.kind !== "group") state.promote(subjectEntity);
      const cueSubjects = /* @__PURE__ */ new Map();
      const subjectOf = (c) => {
        if (!cueSubjects.has(c)) {
          cueSubjects.set(c, c.sourceAfter ? withName(tokens, mentionAfter(mentions, c.last, 3, tokens), mentions) : cueSubject(tokens, c, s.first, s.last, mentions, subject));
        }
        return cueSubjects.get(c);
      };
      const decide = (m, cue, rule) => {
        if (!m) return null;
        const entity = state.resolve(m);
        if (!entity) return null;
        const base = RULES[rule];
        const confidence = m.kind === "name" ? base : m.kind === "group" ? base - PRONOUN_PENALTY / 2 : base - PRONOUN_PENALTY;
        return { entity, mention: m, cue: cue ? cueSite(para, cue) : null, rule, confidence: round(confidence) };
      };
      let lastInSentence = null;
      for (let k = s.first; k < s.last; k++) {
        const t = tokens[k];
        if (t.kind !== "quote") continue;
        const qi = t.quote;
        const span2 = analysis.quotes[qi];
        paragraphQuotes.push(qi);
        const decided = transcriptLabel(state, para, span2) ?? continuationPiece(analysis.quotes, results, qi) ?? adjacent(tokens, k, s.first, s.last, cues, mentions, subjectOf, decide) ?? sentenceCue(tokens, cues, k, subjectOf, decide) ?? (lastInSentence ? { ...lastInSentence, rule: "same-sentence", confidence: RULES["same-sentence"] } : null) ?? dashAttribution(tokens, k, s.last, mentions, decide) ?? (colonIntro && k === 0 ? { ...colonIntro, rule: "colon-intro", confidence: RULES["colon-intro"] } : null) ?? (subject && subject.first < k && subject.kind !== "group" ? decide(subject, null, "sentence-subject") : null) ?? continuation(state, para.index, k === 0 || tokens[k - 1]?.kind === "punct" && k === 1) ?? null;
        if (decided) {
          results[qi] = decided;
          lastInSentence = decided;
          state.attributed(decided, para.index);
        }
      }
      if (options.indirect !== false) {
        for (const r of findReported(para, s, cues, subjectOf, analysis.quotes)) {
          const d = decide(r.mention, r.cue, r.rule);
          if (d) {
            reported.push({ ...d, paragraph: para.index, start: r.start, end: r.end });
            state.attributed(d, para.index);
          }
        }
      }
      const lastToken = tokens[s.last - 1];
      if (si === para.sentences.length - 1 && lastToken?.text === ":") {
        const cue = [...cues].reverse().find((c) => subjectOf(c));
        colonIntro = cue ? decide(subjectOf(cue), cue, "colon-intro") : subject && subject.kind !== "pronoun" ? decide(subject, null, "colon-intro") : null;
      } else if (si === para.sentences.length - 1) {
        colonIntro = null;
      }
      if (si === 0) state.paragraphSubject = subject && subject.kind === "name" && subjectEntity && subjectEntity.kind !== "place" ? subjectEntity : null;
    });
    for (const qi of paragraphQuotes) {
      if (results[qi].entity) continue;
      const other = paragraphQuotes.map((j) => results[j]).find((r) => r.entity);
      if (other) results[qi] = { ...other, rule: "paragraph-speaker", confidence: RULES["paragraph-speaker"] };
    }
  }
  return { quotes: results, reported, table };
}
function withName(tokens, m, mentions) {
  return m ? preferName(tokens, m, mentions) : void 0;
}
function round(x) {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
function cueSite(para, cue) {
  return { paragraph: para.index, start: para.tokens[cue.first].start, end: para.tokens[cue.last - 1].end };
}
function continuationPiece(quotes, results, qi) {
  const q = quotes[qi];
  if (!q.continuation || qi === 0) return null;
  const prev = results[qi - 1];
  if (!prev.entity) return null;
  return { ...prev, rule: "multi-paragraph", confidence: round(Math.min(prev.confidence, RULES["multi-paragraph"])) };
}
var LABEL = /^\s*([\p{Lu}][\p{Lu}.'’ -]{1,40}?)\s*:\s/u;
function transcriptLabel(state, para, span2) {
  const inside = para.text.slice(span2.start, span2.end);
  const m = LABEL.exec(inside) ?? (span2.open < 40 ? LABEL.exec(para.text.slice(0, span2.open)) : null);
  if (!m) return null;
  const label = m[1].trim();
  if (label.length < 2 || !new RegExp("\\p{Lu}{2}", "u").test(label)) return null;
  const entity = state.labelled(label);
  const offset = m.index + m[0].indexOf(label) + (inside === m.input ? span2.start : 0);
  const mention2 = { text: label, paragraph: para.index, start: offset, end: offset + label.length };
  return { entity, mention: mention2, cue: null, rule: "transcript-label", confidence: RULES["transcript-label"] };
}
function adjacent(tokens, k, first, last, cues, mentions, subjectOf, decide) {
  const cueAt = (j2) => cues.find((c) => c.first === j2 && !c.gerund);
  let j = k + 1;
  if (tokens[j]?.text === ",") j++;
  let after = cueAt(j);
  if (!after) {
    const m = mentions.find((x) => x.lead === j);
    if (m) {
      let e = m.last;
      if (tokens[e]?.text === "." && !isStop(tokens, e)) e++;
      if (tokens[e]?.text === "(") {
        let c = e + 1;
        while (c < last && c - e < 10 && tokens[c].text !== ")") c++;
        if (tokens[c]?.text === ")") e = c + 1;
      }
      if (tokens[e]?.text === ",") {
        for (let x = e + 1; x < Math.min(last, e + 14); x++) {
          const t = tokens[x];
          if (t.kind === "quote" || isStop(tokens, x)) break;
          if (t.text === ",") {
            e = x + 1;
            break;
          }
        }
      }
      while (e < last && isAuxiliary(tokens[e])) e++;
      after = cueAt(e) ?? (e !== m.last ? cueAt(m.last) : void 0);
    }
  }
  if (after) {
    const m = subjectOf(after);
    if (m && m.first > k) {
      const d = decide(m, after, after.sourceAfter ? "according-to" : "cue-after");
      if (d) return d;
    }
  }
  let from = first;
  for (let x = k - 1; x >= first && x >= k - ADJACENT_WINDOW; x--) {
    const t = tokens[x];
    if (t.kind === "quote" || t.kind === "punct" && /^[.!?;]$/.test(t.text)) {
      from = x + 1;
      break;
    }
  }
  const before = [...cues].reverse().find((c) => c.last <= k && c.first >= Math.max(from, k - ADJACENT_WINDOW) && (!c.weak || k - c.last <= WEAK_CUE_REACH) && !reportedInside(tokens, cues, c, k));
  if (before) {
    const m = subjectOf(before);
    if (m) {
      const d = decide(m, before, before.sourceAfter ? "according-to" : "cue-before");
      if (d) return d;
    }
  }
  return null;
}
function sentenceCue(tokens, cues, k, subjectOf, decide) {
  const before = cues.filter((c) => c.last <= k && !reportedInside(tokens, cues, c, k)).reverse();
  const after = cues.filter((c) => c.first > k);
  for (const c of [...before, ...after]) {
    if (c.weak && !c.reporting) continue;
    const m = subjectOf(c);
    if (!m) continue;
    const d = decide(m, c, c.sourceAfter ? "according-to" : "sentence-cue");
    if (d) return d;
  }
  return null;
}
function reportedInside(tokens, cues, c, k) {
  let adjacentToQuote = true;
  for (let x = c.last; x < k; x++) if (!(tokens[x].text === ":" || tokens[x].text === ",")) {
    adjacentToQuote = false;
    break;
  }
  if (adjacentToQuote) return false;
  return cues.some((o) => o !== c && o.reporting && !o.sourceAfter && o.last <= c.first && tokens[o.last]?.lower === "that" && !hasStop(tokens, o.last, c.first));
}
function hasStop(tokens, a, b) {
  for (let x = a; x < b; x++) if (tokens[x].kind === "quote" || isStop(tokens, x)) return true;
  return false;
}
function dashAttribution(tokens, k, last, mentions, decide) {
  const dash = tokens[k + 1];
  if (!dash || !DASHES.test(dash.text)) return null;
  const m = mentions.find((x) => x.lead === k + 2 && x.kind === "name");
  if (!m) return null;
  const rest = tokens.slice(m.last, last).filter((t) => t.kind !== "punct");
  if (rest.length > 8) return null;
  return decide(m, null, "dash-attribution");
}
function continuation(state, paragraph, opensParagraph) {
  if (!opensParagraph) return null;
  const last = state.lastAttribution;
  if (last && last.entity && paragraph - state.lastAttributionParagraph <= CONTINUATION_REACH) {
    return { entity: last.entity, mention: null, cue: null, rule: "continuation", confidence: RULES.continuation };
  }
  const topic = state.previousParagraphSubject;
  if (topic) return { entity: topic, mention: null, cue: null, rule: "previous-subject", confidence: RULES["previous-subject"] };
  return null;
}
var State = class {
  constructor(table) {
    this.table = table;
  }
  /** Entities most recently made salient first. */
  salient = [];
  resolved = /* @__PURE__ */ new Map();
  lastAttribution = null;
  /** The named subject of the current paragraph's first sentence. */
  paragraphSubject = null;
  /** The same, for the paragraph before. */
  previousParagraphSubject = null;
  lastAttributionParagraph = -1;
  /** The entity a mention refers to (names and groups from the table; pronouns and descriptions from salience). */
  resolve(m, firstSight = false) {
    if (this.resolved.has(m)) return this.resolved.get(m);
    let e = null;
    if (m.kind === "name") e = this.table.resolveName(m);
    else if (m.kind === "group") e = this.table.resolveGroup(m);
    else if (firstSight) return null;
    else if (m.kind === "pronoun") e = this.pronoun(m);
    else e = this.description(m);
    this.resolved.set(m, e);
    if (e && m.kind !== "name" && m.kind !== "group") e.aliases.add(m.text);
    return e;
  }
  promote(e) {
    this.salient = [e, ...this.salient.filter((x) => x !== e)].slice(0, 12);
  }
  attributed(a, paragraph) {
    if (!a.entity) return;
    this.lastAttribution = a;
    this.lastAttributionParagraph = paragraph;
    if (a.entity.kind !== "group") this.promote(a.entity);
  }
  labelled(label) {
    const words = label.toLowerCase().split(/\s+/);
    const w = words[words.length - 1];
    const known = this.table.entities.find((e) => e.kind !== "group" && e.nameTokens.includes(w));
    if (known) return known;
    const name = label.split(/\s+/).map((x) => x.charAt(0) + x.slice(1).toLowerCase()).join(" ");
    return this.table.resolveName({ kind: "name", paragraph: 0, first: 0, last: 0, lead: 0, text: name, start: 0, end: 0, name, nameTokens: words, gender: "unknown", plural: false, role: null, entityKind: "person", possessive: false });
  }
  pronoun(m) {
    const p = SPEAKER_PRONOUNS.get(m.text.toLowerCase());
    if (!p) return null;
    if (p.plural) return this.salient.find((e) => e.kind === "group" || e.kind === "organization") ?? null;
    if (m.text.toLowerCase() === "it") return this.salient.find((e) => e.kind === "organization" || e.kind === "place") ?? null;
    return this.salient.find((e) => (e.kind === "person" || e.kind === "unknown") && (p.gender === "unknown" || e.gender === "unknown" || e.gender === p.gender)) ?? null;
  }
  description(m) {
    if (!PERSON_DESCRIPTION_HEADS.has(m.name)) return null;
    const words = m.text.toLowerCase().split(/\s+/).slice(1, -1);
    const people = this.salient.filter((e) => e.kind === "person" || e.kind === "unknown");
    const fits = (e) => e.roles.some((r) => {
      const rl = r.toLowerCase();
      return rl.includes(m.name) && words.every((w) => w.length <= 2 || /['’]s$/.test(w) || /^\d/.test(w) || rl.includes(w) || !/^[a-z]/.test(w) || w === "former");
    });
    const byRole = people.find(fits) ?? this.table.find((e) => (e.kind === "person" || e.kind === "unknown") && fits(e));
    const loose = people.find((e) => e.roles.some((r) => words.some((w) => w.length > 2 && r.toLowerCase().includes(w))));
    return byRole ?? loose ?? people[0] ?? null;
  }
};

// src/attribution/build-result.ts
function buildQuotes(paragraphs, spans, attributed) {
  const items = [];
  spans.forEach((q, i) => items.push({ paragraph: q.paragraph, start: q.start, end: q.end, kind: q.kind, a: attributed.quotes[i] }));
  for (const r of attributed.reported) items.push({ paragraph: r.paragraph, start: r.start, end: r.end, kind: "indirect", a: r });
  items.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start || (x.kind === "indirect" ? 1 : 0) - (y.kind === "indirect" ? 1 : 0));
  const ids = /* @__PURE__ */ new Map();
  const speakerQuotes = /* @__PURE__ */ new Map();
  const quotes = items.map((it, n) => {
    const id = `q${n + 1}`;
    const e = it.a.entity;
    let sid = null;
    if (e) {
      sid = ids.get(e) ?? `s${ids.size + 1}`;
      ids.set(e, sid);
      const list = speakerQuotes.get(e) ?? [];
      list.push(id);
      speakerQuotes.set(e, list);
      if (it.a.mention) e.aliases.add(it.a.mention.text);
    }
    const text = paragraphs[it.paragraph].slice(it.start, it.end);
    return {
      id,
      text,
      paragraph: it.paragraph,
      start: it.start,
      end: it.end,
      kind: it.kind,
      speaker: sid,
      cue: it.a.cue ? span(paragraphs, it.a.cue) : null,
      mention: it.a.mention ? span(paragraphs, it.a.mention) : null,
      confidence: e ? it.a.confidence : 0,
      rule: e ? it.a.rule : "none"
    };
  });
  const speakers = [...ids].map(([e, id]) => ({
    id,
    name: e.name,
    kind: e.kind,
    aliases: aliasesOf(e),
    roles: [...e.roles],
    quotes: speakerQuotes.get(e) ?? []
  }));
  return { quotes, speakers };
}
function span(paragraphs, s) {
  return { text: paragraphs[s.paragraph].slice(s.start, s.end), paragraph: s.paragraph, start: s.start, end: s.end };
}
function aliasesOf(e) {
  const all = [e.name, ...e.aliases];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const a of all) if (!seen.has(a)) {
    seen.add(a);
    out.push(a);
  }
  const isName = (a) => new RegExp("^\\p{Lu}", "u").test(a) && !/^(?:He|She|It|They|The|A|An)\b/.test(a);
  return [...out.filter(isName), ...out.filter((a) => !isName(a))];
}

// src/decode/decode.ts
import { decode as decodeEntities2 } from "he";

// src/decode/normalize-input.ts
var BOM = 65279;
function normalizeInput(input) {
  let text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

// src/decode/count-tags.ts
var HTML_ELEMENT_NAMES = /* @__PURE__ */ new Set([
  "a",
  "abbr",
  "address",
  "area",
  "article",
  "aside",
  "audio",
  "b",
  "base",
  "bdi",
  "bdo",
  "blockquote",
  "body",
  "br",
  "button",
  "canvas",
  "caption",
  "center",
  "cite",
  "code",
  "col",
  "colgroup",
  "data",
  "dd",
  "del",
  "details",
  "dfn",
  "dialog",
  "div",
  "dl",
  "dt",
  "em",
  "embed",
  "fieldset",
  "figcaption",
  "figure",
  "font",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hgroup",
  "hr",
  "html",
  "i",
  "iframe",
  "img",
  "input",
  "ins",
  "kbd",
  "label",
  "legend",
  "li",
  "link",
  "main",
  "map",
  "mark",
  "menu",
  "meta",
  "meter",
  "nav",
  "noscript",
  "object",
  "ol",
  "optgroup",
  "option",
  "output",
  "p",
  "param",
  "picture",
  "pre",
  "progress",
  "q",
  "rp",
  "rt",
  "ruby",
  "s",
  "samp",
  "script",
  "section",
  "select",
  "small",
  "source",
  "span",
  "strong",
  "style",
  "sub",
  "summary",
  "sup",
  "svg",
  "table",
  "tbody",
  "td",
  "template",
  "textarea",
  "tfoot",
  "th",
  "thead",
  "time",
  "title",
  "tr",
  "track",
  "u",
  "ul",
  "var",
  "video",
  "wbr"
]);
var MAX_TAG_NAME = 32;
var GT = 62;
var SLASH = 47;
var BANG = 33;
var HYPHEN = 45;
function isAsciiLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90;
}
function isNameChar(c) {
  return isAsciiLetter(c) || c >= 48 && c <= 57 || c === HYPHEN || c === 58;
}
function isTagSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}
function isKnownTagAt(s, i) {
  if (!isAsciiLetter(s.charCodeAt(i))) return false;
  let j = i + 1;
  const limit = Math.min(s.length, i + MAX_TAG_NAME);
  while (j < limit && isNameChar(s.charCodeAt(j))) j++;
  if (j < s.length) {
    const next = s.charCodeAt(j);
    if (next !== GT && next !== SLASH && next !== 38 && !isTagSpace(next)) return false;
  }
  const name = s.slice(i, j).toLowerCase();
  return HTML_ELEMENT_NAMES.has(name) || name.indexOf("-") > 0 && !name.endsWith("-");
}
function countTags(s) {
  let count = 0;
  let i = s.indexOf("<");
  while (i !== -1) {
    const c = s.charCodeAt(i + 1);
    if (c === BANG) count++;
    else if (c === SLASH ? isKnownTagAt(s, i + 2) : isKnownTagAt(s, i + 1)) count++;
    i = s.indexOf("<", i + 1);
  }
  return count;
}
var ENCODED_LT = ["lt;", "#60;", "#060;", "#x3c;", "#x03c;"];
var AMP = ["amp;"];
var ENCODED_SLASH = ["sol;", "#47;", "#047;", "#x2f;", "#x02f;"];
function matchAnyAt(s, i, options) {
  for (const option of options) {
    if (s.length - i >= option.length && s.slice(i, i + option.length).toLowerCase() === option) {
      return option.length;
    }
  }
  return 0;
}
function countEncodedTags(s) {
  let count = 0;
  let i = s.indexOf("&");
  while (i !== -1) {
    let j = i + 1;
    while (matchAnyAt(s, j, AMP) > 0) j += 4;
    const first = s.charCodeAt(j) | 32;
    const lt = first === 108 || first === 35 ? matchAnyAt(s, j, ENCODED_LT) : 0;
    if (lt > 0) {
      j += lt;
      if (s.charCodeAt(j) === SLASH) j++;
      else if (s.charCodeAt(j) === 38) {
        let k = j + 1;
        while (matchAnyAt(s, k, AMP) > 0) k += 4;
        const slash = matchAnyAt(s, k, ENCODED_SLASH);
        if (slash > 0) j = k + slash;
      }
      if (isKnownTagAt(s, j)) count++;
    }
    i = s.indexOf("&", Math.max(i + 1, j));
  }
  return count;
}

// src/decode/split-regions.ts
var MIN_ENCODED_TAGS = 2;
function isBlank(s, start, end) {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12 && c !== 160 && c !== 65279) return false;
  }
  return true;
}
function isHtmlBlock(block) {
  return countTags(block) >= 1 || countEncodedTags(block) >= MIN_ENCODED_TAGS;
}
function splitRegions(s) {
  let firstHtml = -1;
  let lastHtmlEnd = -1;
  let blockStart = -1;
  let blockEnd = -1;
  const closeBlock = () => {
    if (blockStart === -1) return;
    if (isHtmlBlock(s.slice(blockStart, blockEnd))) {
      if (firstHtml === -1) firstHtml = blockStart;
      lastHtmlEnd = blockEnd;
    }
    blockStart = -1;
  };
  let lineStart = 0;
  while (lineStart <= s.length) {
    let lineEnd = s.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = s.length;
    if (isBlank(s, lineStart, lineEnd)) closeBlock();
    else {
      if (blockStart === -1) blockStart = lineStart;
      blockEnd = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  closeBlock();
  const regions = [];
  const push = (type, start, end) => {
    if (end > start && !isBlankText(s, start, end)) regions.push({ type, start, end });
  };
  if (firstHtml === -1) {
    push("text", 0, s.length);
    return regions;
  }
  push("text", 0, firstHtml);
  push("html", firstHtml, lastHtmlEnd);
  push("text", lastHtmlEnd, s.length);
  return regions;
}
function isBlankText(s, start, end) {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 10 && !isBlank(s, i, i + 1)) return false;
  }
  return true;
}

// src/decode/unwrap-encoded-markup.ts
import { decode as decodeEntities } from "he";
var MAX_ENCODING_LAYERS = 4;
var MIN_TAG_GAIN = 2;
var MIN_TAG_GAIN_RATIO = 1.5;
function unwrapEncodedMarkup(html) {
  let best = html;
  let bestTags = countTags(html);
  let layers = 0;
  let candidate = html;
  for (let layer = 1; layer <= MAX_ENCODING_LAYERS; layer++) {
    if (candidate.indexOf("&") === -1) break;
    const next = decodeEntities(candidate);
    if (next === candidate) break;
    const tags = countTags(next);
    if (tags - bestTags >= MIN_TAG_GAIN && tags >= bestTags * MIN_TAG_GAIN_RATIO) {
      best = next;
      bestTags = tags;
      layers = layer;
      break;
    }
    if (tags > bestTags) break;
    candidate = next;
  }
  return { html: best, layers };
}

// src/decode/decode.ts
var REPLACEMENT_CHARACTER = "\uFFFD";
function decodeText(content) {
  return content.indexOf("&") === -1 ? content : decodeEntities2(content);
}
function decode(input, options = {}) {
  const warnings = [];
  const text = normalizeInput(input);
  if (typeof input !== "string" && text.indexOf(REPLACEMENT_CHARACTER) !== -1) {
    warnings.push({
      code: "invalid-utf8",
      message: "The bytes were not valid UTF-8 everywhere; invalid sequences were replaced with U+FFFD."
    });
  }
  const format = options.format ?? "auto";
  if (format === "text") return { parts: text.trim() ? [{ type: "text", content: decodeText(text) }] : [], warnings };
  const regions = format === "html" ? [{ type: "html", start: 0, end: text.length }] : splitRegions(text);
  const parts = [];
  for (const region of regions) {
    const content = text.slice(region.start, region.end);
    if (region.type === "text") {
      parts.push({ type: "text", content: decodeText(content) });
      continue;
    }
    const unwrapped = unwrapEncodedMarkup(content);
    if (unwrapped.layers > 0) {
      warnings.push({
        code: "encoded-markup",
        message: `The HTML markup was hidden under ${unwrapped.layers} layer${unwrapped.layers === 1 ? "" : "s"} of entity encoding, which ${unwrapped.layers === 1 ? "was" : "were"} undone.`,
        offset: region.start
      });
    }
    parts.push({ type: "html", content: unwrapped.html });
  }
  return { parts, warnings };
}

// src/errors.ts
var InputTooLargeError = class extends RangeError {
  /** Stable code for programs: `ERR_INPUT_TOO_LARGE`. */
  code = "ERR_INPUT_TOO_LARGE";
  /** Size of the input in bytes (UTF-8 for strings). */
  size;
  /** The limit that was exceeded. */
  limit;
  constructor(size, limit) {
    super(`Input is ${size} bytes, more than maxInputBytes (${limit})`);
    this.name = "InputTooLargeError";
    this.size = size;
    this.limit = limit;
  }
};
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const t = typeof value;
  if (t === "number" || t === "boolean" || t === "bigint") return `a ${t} (${String(value)})`;
  if (t === "object") return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return t === "undefined" ? "undefined" : `a ${t}`;
}

// src/lexicon/quote-marks.ts
var MarkLevel = {
  Double: 0,
  Single: 1,
  Guillemet: 2,
  SingleGuillemet: 3,
  Corner: 4,
  WhiteCorner: 5
};
var MARK_LEVEL_COUNT = 6;
var QUOTE_MARKS = [
  { mark: "\u201C", level: MarkLevel.Double, role: "open-first" },
  { mark: "\u201D", level: MarkLevel.Double, role: "close-first" },
  { mark: "\u201E", level: MarkLevel.Double, role: "open" },
  { mark: "\u201F", level: MarkLevel.Double, role: "open" },
  { mark: '"', level: MarkLevel.Double, role: "either" },
  { mark: "''", level: MarkLevel.Double, role: "either" },
  { mark: "``", level: MarkLevel.Double, role: "open" },
  { mark: "\u2018", level: MarkLevel.Single, role: "open-first" },
  { mark: "\u2019", level: MarkLevel.Single, role: "close-apostrophe" },
  { mark: "\u201A", level: MarkLevel.Single, role: "open" },
  { mark: "\u201B", level: MarkLevel.Single, role: "open" },
  { mark: "'", level: MarkLevel.Single, role: "either-apostrophe" },
  { mark: "\xAB", level: MarkLevel.Guillemet, role: "open-first" },
  { mark: "\xBB", level: MarkLevel.Guillemet, role: "close-first" },
  { mark: "\u2039", level: MarkLevel.SingleGuillemet, role: "open-first" },
  { mark: "\u203A", level: MarkLevel.SingleGuillemet, role: "close-first" },
  { mark: "\u300C", level: MarkLevel.Corner, role: "open" },
  { mark: "\u300D", level: MarkLevel.Corner, role: "close" },
  { mark: "\u300E", level: MarkLevel.WhiteCorner, role: "open" },
  { mark: "\u300F", level: MarkLevel.WhiteCorner, role: "close" },
  { mark: "\uFF02", level: MarkLevel.Double, role: "either" }
];
var ELISIONS = /* @__PURE__ */ new Set([
  "em",
  "til",
  "cause",
  "tis",
  "twas",
  "bout",
  "round",
  "n",
  "nuff",
  "cept",
  "fraid",
  "kay",
  "sup",
  "ya",
  "y"
]);
var TITLE_CUES = /* @__PURE__ */ new Set([
  "book",
  "books",
  "film",
  "films",
  "movie",
  "movies",
  "song",
  "songs",
  "show",
  "shows",
  "album",
  "albums",
  "titled",
  "entitled",
  "episode",
  "episodes",
  "column",
  "op-ed",
  "oped",
  "editorial",
  "novel",
  "memoir",
  "play",
  "poem",
  "series",
  "documentary",
  "podcast",
  "program",
  "programme",
  "article",
  "essay",
  "report",
  "headline",
  "single",
  "track",
  "musical",
  "opera",
  "sitcom",
  "magazine",
  "newspaper",
  "blog",
  "website",
  "site",
  "bill",
  "act",
  "campaign",
  "tour",
  "game",
  "video",
  "speech",
  "chapter",
  "exhibition",
  "painting",
  "called",
  "named",
  "dubbed"
]);
var STRONG_TITLE_CUES = /* @__PURE__ */ new Set(["titled", "entitled", "headlined", "hashtag"]);
var NICKNAME_CUES = /* @__PURE__ */ new Set([
  "nicknamed",
  "dubbed",
  "called",
  "named",
  "calls",
  "dubs",
  "nicknames",
  "aka",
  "a.k.a.",
  "alias"
]);
var TERM_CUES = /* @__PURE__ */ new Set([
  "so-called",
  "word",
  "words",
  "term",
  "terms",
  "phrase",
  "label",
  "slogan",
  "motto",
  "hashtag",
  "moniker",
  "nickname",
  "buzzword",
  "catchphrase",
  "euphemism",
  "acronym",
  "abbreviation",
  "expression"
]);
var QUOTE_INTRO_VERBS = /* @__PURE__ */ new Set([
  "said",
  "says",
  "say",
  "added",
  "adds",
  "asked",
  "asks",
  "told",
  "tells",
  "wrote",
  "writes",
  "replied",
  "replies",
  "continued",
  "continues",
  "declared",
  "declares",
  "explained",
  "explains",
  "stated",
  "states",
  "insisted",
  "insists",
  "noted",
  "notes",
  "warned",
  "warns",
  "tweeted",
  "tweets",
  "remarked",
  "recalled",
  "answered",
  "responded",
  "argued",
  "argues",
  "concluded",
  "shouted",
  "joked",
  "quipped",
  "exclaimed",
  "posted",
  "reads",
  "read",
  "saying",
  "adding",
  "asking",
  "writing",
  "telling",
  "announced",
  "announces"
]);

// src/quotes/read-characters.ts
var LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
var UPPER = new RegExp("\\p{Lu}", "u");
var DIGIT_0 = 48;
var DIGIT_9 = 57;
function isSpaceCode(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160 || code === 5760 || code >= 8192 && code <= 8203 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function isDigitCode(code) {
  return code >= DIGIT_0 && code <= DIGIT_9;
}
function isWordAt(text, index) {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
  return LETTER_OR_DIGIT.test(text.charAt(index));
}
function isUpperAt(text, index) {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text.charAt(index));
}
function isOpeningPunctCode(code) {
  return code === 40 || code === 91 || code === 123 || code === 60 || code === 47 || code === 45 || code >= 8208 && code <= 8213 || code === 8722 || code === 191 || code === 161;
}
function isSentenceEndCode(code) {
  return code === 46 || code === 33 || code === 63 || code === 8230;
}

// src/quotes/classify-quote.ts
var MIN_SENTENCE_WORDS = 3;
var MAX_TITLE_WORDS = 12;
var MAX_NICKNAME_WORDS = 4;
var MAX_TERM_WORDS = 3;
var MAX_CUE_WORD_CHARS = 24;
function classifyKind(text, range) {
  if (range.continuation) return "direct";
  let p = range.open - 1;
  while (p >= 0 && (isSpaceCode(text.charCodeAt(p)) || isOpeningPunctCode(text.charCodeAt(p)) && !isWordAt(text, p - 1))) p--;
  if (p < 0) return "direct";
  const before = text.charCodeAt(p);
  if (before === 58 || isSentenceEndCode(before)) return "direct";
  if (!isWordAt(text, p) && p > 0 && isSentenceEndCode(text.charCodeAt(p - 1))) return "direct";
  if (before === 44 && QUOTE_INTRO_VERBS.has(wordEndingAt(text, p - 1))) return "direct";
  return holdsSentence(text, range.start, range.end) ? "direct" : "partial";
}
function isSpeech(text, range) {
  if (range.continuation) return true;
  if (text.charCodeAt(range.open - 1) === 61) return false;
  const words = countWords2(text, range.start, range.end);
  const cueEnd = skipSpaceBack(text, range.open - 1);
  const cue = wordEndingAt(text, cueEnd);
  if (TERM_CUES.has(cue) && words <= MAX_TERM_WORDS) return false;
  if (STRONG_TITLE_CUES.has(cue) && words <= MAX_TITLE_WORDS) return false;
  const titleCase = isTitleCase(text, range.start, range.end);
  if (!titleCase) return true;
  if (TITLE_CUES.has(cue) && words <= MAX_TITLE_WORDS) return false;
  if (words <= MAX_NICKNAME_WORDS) {
    const earlier = wordEndingAt(text, skipSpaceBack(text, cueEnd - cue.length));
    if (NICKNAME_CUES.has(cue) || NICKNAME_CUES.has(earlier)) return false;
  }
  if (isPossessive(cue) && words <= MAX_TITLE_WORDS && !holdsSentence(text, range.start, range.end)) return false;
  if (words <= MAX_NICKNAME_WORDS && range.close !== null && isBetweenNames(text, range.open, range.close)) return false;
  return true;
}
function isPossessive(word) {
  return word.length > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
}
function isBetweenNames(text, open, close) {
  if (text.charCodeAt(open - 1) !== 32 || !isWordAt(text, open - 2)) return false;
  let w = open - 2;
  while (w > 0 && isWordAt(text, w - 1)) w--;
  if (!isUpperAt(text, w)) return false;
  if (text.charCodeAt(close + 1) !== 32) return false;
  return isUpperAt(text, close + 2) && isWordAt(text, close + 3) && isWordAt(text, close + 4);
}
function skipSpaceBack(text, from) {
  let p = from;
  while (p >= 0 && isSpaceCode(text.charCodeAt(p))) p--;
  return p;
}
function wordEndingAt(text, last) {
  let p = last;
  const limit = Math.max(0, last - MAX_CUE_WORD_CHARS);
  while (p >= limit && (isWordAt(text, p) || isCueInnerCode(text.charCodeAt(p)))) p--;
  return text.slice(p + 1, last + 1).toLowerCase();
}
function isCueInnerCode(code) {
  return code === 45 || code === 46 || code === 39 || code === 8217;
}
function countWords2(text, start, end) {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
function isTitleCase(text, start, end) {
  if (!isUpperAt(text, start)) return false;
  let wordStart = -1;
  for (let i = start; i <= end; i++) {
    const word = i < end && isWordAt(text, i);
    if (word && wordStart < 0) wordStart = i;
    if (!word && wordStart >= 0) {
      if (i - wordStart >= 4 && !isUpperAt(text, wordStart)) return false;
      wordStart = -1;
    }
  }
  return true;
}
function holdsSentence(text, start, end) {
  if (!isUpperAt(text, start)) return false;
  if (countWords2(text, start, end) < MIN_SENTENCE_WORDS) return false;
  let last = end - 1;
  while (last > start && !isWordAt(text, last) && !isSentenceEndCode(text.charCodeAt(last))) last--;
  if (isSentenceEndCode(text.charCodeAt(last))) return true;
  for (let i = start + 1; i < end - 2; i++) {
    if (isSentenceEndCode(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 32 && isUpperAt(text, i + 2)) return true;
  }
  return false;
}

// src/quotes/join-paragraph-pieces.ts
var MAX_WARNINGS_PER_PARAGRAPH = 8;
function joinParagraphPieces(scans, multiParagraph) {
  const pieces = [];
  const warnings = [];
  let continued = false;
  scans.forEach((scan, paragraph) => {
    let spans = scan.spans;
    let nextContinued = false;
    const local = [];
    for (const mark of scan.stray) {
      local.push({ code: "stray-mark", message: `Closing mark ${mark.mark} closes no quotation.`, paragraph, offset: mark.offset });
    }
    if (scan.unclosed.length > 0) {
      const next = scans[paragraph + 1];
      if (multiParagraph && scan.pending !== null && next !== void 0 && next.leadingOpen !== null) {
        spans = [...spans, scan.pending];
        nextContinued = true;
      } else {
        for (const mark of scan.unclosed) {
          local.push({ code: "unclosed-quote", message: `Opening mark ${mark.mark} is never closed in its paragraph; it is ignored.`, paragraph, offset: mark.offset });
        }
        if (scan.orphans.length > 0) spans = [...spans, ...scan.orphans].sort((a, b) => a.start - b.start);
      }
    }
    local.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    warnings.push(...local.slice(0, MAX_WARNINGS_PER_PARAGRAPH));
    for (const span2 of spans) {
      const continuation2 = continued && span2.open === scan.leadingOpen;
      pieces.push({ open: span2.open, start: span2.start, end: span2.end, close: span2.close, paragraph, continuation: continuation2 });
    }
    continued = nextContinued;
  });
  return { pieces, warnings };
}

// src/quotes/pair-straight-quotes.ts
function readMarkContext(text, index, width, isMark) {
  const prev = index > 0 ? text.charCodeAt(index - 1) : -1;
  const after = index + width;
  const next = after < text.length ? text.charCodeAt(after) : -1;
  const prevSpace = prev === -1 || isSpaceCode(prev);
  const nextSpace = next === -1 || isSpaceCode(next);
  const openingAfterSpace = (prevSpace || isOpeningPunctCode(prev)) && !nextSpace;
  const openingPosition = openingAfterSpace || isMark(prev) && !nextSpace;
  const nextIsWord = next !== -1 && !nextSpace && !isOpeningPunctCode(next) && isWordLike(next);
  const closingPosition = !prevSpace && !nextIsWord;
  const dangling = prevSpace && nextSpace;
  return { openingPosition, openingAfterSpace, closingPosition, dangling };
}
function isWordLike(code) {
  if (code >= 128) return code !== 8230 && !(code >= 8208 && code <= 8223);
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 36 || code === 35 || code === 64;
}
function decideMarkAction(role, context, levelOpen, apostrophe) {
  const { openingPosition, openingAfterSpace, closingPosition, dangling } = context;
  switch (role) {
    case "open":
      return "open";
    case "close":
      return levelOpen ? "close" : "stray";
    case "open-first":
      if (apostrophe) return "skip";
      if (levelOpen && (closingPosition && !openingPosition || dangling)) return "close";
      return openingPosition || !closingPosition ? "open" : "stray";
    case "close-first":
      if (levelOpen) return "close";
      return openingAfterSpace ? "open" : "stray";
    case "either":
      if (levelOpen) return openingPosition && !closingPosition ? "open" : "close";
      if (openingPosition) return "open";
      return dangling || closingPosition ? "stray" : "open";
    case "either-apostrophe":
      if (apostrophe) return "skip";
      if (levelOpen && (closingPosition || dangling) && !openingPosition) return "close";
      return openingPosition ? "open" : "skip";
    case "close-apostrophe":
      if (apostrophe) return "skip";
      return levelOpen && !openingPosition ? "close" : "skip";
  }
}

// src/quotes/tell-apostrophes.ts
var MAX_ELISION_CHARS = 6;
function isApostrophe(text, index) {
  const wordBefore = isWordAt(text, index - 1);
  const wordAfter = isWordAt(text, index + 1);
  if (wordBefore && wordAfter) return true;
  const mark = text.charCodeAt(index);
  if (!wordBefore) {
    if (isDigitCode(text.charCodeAt(index + 1)) && isDigitCode(text.charCodeAt(index + 2))) return true;
    if (isNAnd(text, index, mark)) return true;
    if (wordAfter && isElision(text, index + 1)) return true;
  } else if (isAfterN(text, index)) {
    return true;
  }
  return false;
}
function isNAnd(text, index, mark) {
  const n = text.charCodeAt(index + 1);
  return (n === 110 || n === 78) && text.charCodeAt(index + 2) === mark && !isWordAt(text, index + 3);
}
function isAfterN(text, index) {
  const n = text.charCodeAt(index - 1);
  return (n === 110 || n === 78) && text.charCodeAt(index - 2) === text.charCodeAt(index) && !isWordAt(text, index - 3);
}
function isElision(text, from) {
  let end = from;
  while (end < text.length && end - from <= MAX_ELISION_CHARS && isWordAt(text, end)) end++;
  if (end - from > MAX_ELISION_CHARS) return false;
  return ELISIONS.has(text.slice(from, end).toLowerCase());
}

// src/quotes/scan-marks.ts
var MAX_NESTING_DEPTH = 8;
var MAX_RECORDED_STRAY_MARKS = 8;
var MARK_BY_CODE = /* @__PURE__ */ new Map();
var DOUBLED_BY_CODE = /* @__PURE__ */ new Map();
for (const entry of QUOTE_MARKS) {
  const code = entry.mark.charCodeAt(0);
  if (entry.mark.length === 2) DOUBLED_BY_CODE.set(code, entry);
  else MARK_BY_CODE.set(code, entry);
}
var IS_MARK = new Uint8Array(65536);
for (const code of MARK_BY_CODE.keys()) IS_MARK[code] = 1;
for (const code of DOUBLED_BY_CODE.keys()) IS_MARK[code] = 1;
function isMarkCode(code) {
  return code >= 0 && IS_MARK[code] === 1;
}
function scanMarks(text) {
  const spans = [];
  const stray = [];
  const stack = [];
  const openByLevel = new Int32Array(MARK_LEVEL_COUNT);
  let leadingOpen = null;
  let firstContent = 0;
  while (firstContent < text.length && isSpaceCode(text.charCodeAt(firstContent))) firstContent++;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (IS_MARK[code] !== 1) continue;
    let mark = MARK_BY_CODE.get(code);
    let width = 1;
    const doubled = DOUBLED_BY_CODE.get(code);
    if (doubled !== void 0 && text.charCodeAt(i + 1) === code) {
      const tripleClosing = text.charCodeAt(i + 2) === code && !isWordLikeAfter(text, i + 3);
      if (!tripleClosing) {
        mark = doubled;
        width = 2;
      }
    }
    if (mark === void 0) continue;
    const context = readMarkContext(text, i, width, isMarkCode);
    const maybeApostrophe = width === 1 && mark.level === MarkLevel.Single && mark.role !== "open";
    const levelOpen = maybeApostrophe ? stack[stack.length - 1]?.level === mark.level : (openByLevel[mark.level] ?? 0) > 0;
    const apostrophe = maybeApostrophe && isApostrophe(text, i);
    const action = decideMarkAction(mark.role, context, levelOpen, apostrophe);
    if (action === "open") {
      if (i === firstContent) leadingOpen = i;
      if (stack.length < MAX_NESTING_DEPTH) {
        stack.push({ at: i, width, level: mark.level, children: null });
        openByLevel[mark.level] = (openByLevel[mark.level] ?? 0) + 1;
      }
    } else if (action === "close") {
      closeLevel(text, stack, openByLevel, mark.level, i, spans);
    } else if (action === "stray" && stray.length < MAX_RECORDED_STRAY_MARKS) {
      stray.push({ offset: i, mark: mark.mark });
    }
    i += width - 1;
  }
  const bottom = stack[0];
  if (bottom === void 0) return { spans, pending: null, orphans: [], unclosed: [], stray, leadingOpen };
  const orphans = [];
  for (const entry of stack) if (entry.children !== null) orphans.push(...entry.children);
  const start = skipSpaceForward(text, bottom.at + bottom.width, length);
  const end = skipSpaceBackward(text, length, start);
  const pending = start < end ? { open: bottom.at, start, end, close: null } : null;
  const unclosed = stack.map((entry) => ({ offset: entry.at, mark: text.slice(entry.at, entry.at + entry.width) }));
  return { spans, pending, orphans, unclosed, stray, leadingOpen };
}
function closeLevel(text, stack, openByLevel, level, at, spans) {
  let k = stack.length - 1;
  while (k >= 0 && stack[k]?.level !== level) k--;
  const entry = stack[k];
  if (entry === void 0) return;
  for (let j = stack.length - 1; j >= k; j--) {
    const popped = stack[j];
    if (popped !== void 0) openByLevel[popped.level] = (openByLevel[popped.level] ?? 0) - 1;
  }
  stack.length = k;
  const start = skipSpaceForward(text, entry.at + entry.width, at);
  const end = skipSpaceBackward(text, at, start);
  if (start >= end) return;
  const span2 = { open: entry.at, start, end, close: at };
  const parent = stack[k - 1];
  if (parent === void 0) spans.push(span2);
  else (parent.children ??= []).push(span2);
}
function isWordLikeAfter(text, index) {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return !isSpaceCode(code) && !isMarkCode(code) && code !== 44 && code !== 46 && code !== 59 && code !== 58 && code !== 33 && code !== 63;
}
function skipSpaceForward(text, from, limit) {
  let i = from;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
function skipSpaceBackward(text, from, limit) {
  let i = from;
  while (i > limit && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

// src/quotes/find-quotations.ts
function findQuotations(paragraphs, options = {}) {
  if (!Array.isArray(paragraphs)) throw new TypeError(`findQuotations expects an array of strings, got ${typeof paragraphs}`);
  const scans = paragraphs.map((text, index) => {
    if (typeof text !== "string") throw new TypeError(`findQuotations expects paragraph ${index} to be a string, got ${typeof text}`);
    return scanMarks(text);
  });
  const { pieces, warnings } = joinParagraphPieces(scans, options.multiParagraph ?? true);
  const quotes = pieces.map((piece) => {
    const text = paragraphs[piece.paragraph] ?? "";
    return {
      paragraph: piece.paragraph,
      start: piece.start,
      end: piece.end,
      text: text.slice(piece.start, piece.end),
      open: piece.open,
      close: piece.close,
      continuation: piece.continuation,
      kind: classifyKind(text, piece),
      speech: isSpeech(text, piece)
    };
  });
  return { quotes, warnings };
}

// src/segment/clean-title-tag.ts
var MAX_SITE_NAME_CHARS = 40;
function cleanTitleTag(title) {
  if (title === null) return null;
  let best = title;
  if (title.includes(" | ")) {
    best = "";
    for (const piece of title.split(" | ")) if (piece.trim().length > best.length) best = piece.trim();
  }
  for (const dash of [" - ", " \u2013 ", " \u2014 "]) {
    const at = best.lastIndexOf(dash);
    if (at > 0 && best.length - at - dash.length <= MAX_SITE_NAME_CHARS && at >= best.length - at) {
      best = best.slice(0, at).trim();
      break;
    }
  }
  return best === "" ? null : best;
}

// src/lexicon/boilerplate.ts
var BOILERPLATE_PARAGRAPHS = [
  "advertisement",
  "advertisements",
  "advertising",
  "sponsored",
  "sponsored content",
  "story continues below advertisement",
  "article continues below advertisement",
  "continue reading below",
  "continue reading",
  "exit mobile version",
  "share this",
  "share this article",
  "share this story",
  "share",
  "like this",
  "like loading",
  "loading",
  "related",
  "related posts",
  "related articles",
  "related stories",
  "related content",
  "read more",
  "read next",
  "more stories",
  "recommended",
  "recommended for you",
  "you may also like",
  "you might also like",
  "most popular",
  "trending",
  "comments",
  "leave a comment",
  "leave a reply",
  "skip to content",
  "skip to main content",
  "back to top",
  "print",
  "email",
  "facebook",
  "twitter",
  "whatsapp",
  "linkedin",
  "reddit",
  "tweet",
  "pin it",
  "copy link",
  "accept",
  "accept all",
  "accept cookies",
  "manage cookies",
  "cookie policy",
  "privacy policy"
];
var BOILERPLATE_OPENINGS = [
  { start: "discover more from " },
  { start: "subscribe to ", contains: ["newsletter", "email", "e-mail", "posts", "updates", "our ", "latest", "channel", "podcast", "alerts", "inbox"] },
  { start: "subscribe now" },
  { start: "subscribe for ", contains: ["newsletter", "email", "updates", "latest", "access", "free"] },
  { start: "sign up for ", contains: ["newsletter", "email", "e-mail", "updates", "alerts", "briefing", "our ", "free"] },
  { start: "sign up to ", contains: ["newsletter", "email", "e-mail", "updates", "alerts", "briefing", "our ", "free"] },
  { start: "get our ", contains: ["newsletter", "email", "app"] },
  { start: "click here to " },
  { start: "click to share" },
  { start: "click to email" },
  { start: "click to print" },
  { start: "follow us on " },
  { start: "like us on facebook" },
  { start: "share this:" },
  { start: "share on ", contains: ["facebook", "twitter", "linkedin", "whatsapp", "reddit", "email"] },
  { start: "like this:" },
  { start: "read more:" },
  { start: "read more at " },
  { start: "read more about ", contains: ["here", "\xBB", "\u2192"] },
  { start: "related:" },
  { start: "see also:" },
  { start: "also read:" },
  { start: "we use cookies" },
  { start: "this website uses cookies" },
  { start: "this site uses cookies" },
  { start: "by continuing to use this " },
  { start: "by using this site" },
  { start: "all rights reserved" },
  { start: "copyright \xA9" },
  { start: "\xA9 " },
  { start: "enter your email" },
  { start: "type your email" },
  { start: "already a subscriber" },
  { start: "already have an account" },
  { start: "join our mailing list" },
  { start: "download our app" }
];
var BOILERPLATE_CONTAINER_WORDS = /* @__PURE__ */ new Set([
  "ad",
  "ads",
  "adsbygoogle",
  "adslot",
  "adunit",
  "advert",
  "adverts",
  "advertisement",
  "advertising",
  "sponsor",
  "sponsored",
  "sponsors",
  "promo",
  "promoted",
  "wpcnt",
  "wpa",
  "wordads",
  "outbrain",
  "taboola",
  "share",
  "sharing",
  "sharedaddy",
  "social",
  "newsletter",
  "subscribe",
  "subscription",
  "related",
  "recommended",
  "comments",
  "disqus",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "popup",
  "modal",
  "sidebar",
  "breadcrumb",
  "breadcrumbs",
  "byline",
  "relatedposts"
]);

// src/segment/is-boilerplate.ts
var MAX_BOILERPLATE_CHARS = 200;
var EXACT = new Set(BOILERPLATE_PARAGRAPHS);
var OPENING_FIRST_CHARS = new Set(BOILERPLATE_OPENINGS.map((rule) => rule.start.charAt(0)));
function isWordChar2(c) {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57 || (code | 32) >= 97 && (code | 32) <= 122;
  return c.toLowerCase() !== c.toUpperCase();
}
function normalise(text) {
  let start = 0;
  let end = text.length;
  while (start < end && !isWordChar2(text.charAt(start))) start++;
  while (end > start && !isWordChar2(text.charAt(end - 1))) end--;
  return text.slice(start, end).toLowerCase();
}
function isBoilerplate(paragraph) {
  if (paragraph.length > MAX_BOILERPLATE_CHARS) return false;
  const norm = normalise(paragraph);
  if (norm === "") return paragraph.trim() !== "" && paragraph.length <= 3;
  if (EXACT.has(norm)) return true;
  const lower = paragraph.trimStart().toLowerCase().replace(/^[-–—•·|]+\s*/, "");
  if (!OPENING_FIRST_CHARS.has(lower.charAt(0))) return false;
  for (const rule of BOILERPLATE_OPENINGS) {
    if (!lower.startsWith(rule.start)) continue;
    if (!rule.contains || rule.contains.some((word) => lower.includes(word))) return true;
  }
  return false;
}

// src/segment/pick-title.ts
var MAX_TITLE_CHARS = 150;
var HEADLINE_CASE_SHARE = 0.75;
var MIN_HEADLINE_WORDS = 2;
var SMALL_WORDS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "and",
  "but",
  "or",
  "nor",
  "for",
  "so",
  "yet",
  "of",
  "in",
  "on",
  "at",
  "to",
  "by",
  "with",
  "from",
  "as",
  "vs",
  "vs.",
  "via",
  "per",
  "up",
  "into",
  "onto",
  "off",
  "out",
  "over",
  "than",
  "is",
  "be",
  "de",
  "la",
  "van",
  "von"
]);
var CLOSERS = `"'\u2019\u201D\xBB)]}*`;
var SENTENCE_END = ".!?\u2026";
var CONTINUES = ",:;-\u2013\u2014(";
function isHeadlineCase(line) {
  let words = 0;
  let capitalised = 0;
  for (const token of line.split(" ")) {
    let i = 0;
    while (i < token.length && `"'\u2018\u201C\xAB([`.includes(token.charAt(i))) i++;
    const first = token.charAt(i);
    if (first === "" || first.toLowerCase() === first.toUpperCase()) continue;
    if (SMALL_WORDS.has(token.slice(i).toLowerCase())) continue;
    words++;
    if (first !== first.toLowerCase()) capitalised++;
  }
  return words >= MIN_HEADLINE_WORDS && capitalised / words >= HEADLINE_CASE_SHARE;
}
function isTitleLike(text, singleLine, followed) {
  if (!followed || !singleLine || text.length > MAX_TITLE_CHARS) return false;
  if (text.toLowerCase() === text.toUpperCase()) return false;
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end--;
  const last = text.charAt(end - 1);
  if (CONTINUES.includes(last) && last !== ";") return false;
  if (SENTENCE_END.includes(last)) return isHeadlineCase(text);
  return true;
}

// src/segment/select-article-blocks.ts
var MIN_REAL_PARAGRAPH_CHARS = 80;
var MIN_SCOPE_CHARS = 300;
function isReal(scope) {
  return scope.longest >= MIN_REAL_PARAGRAPH_CHARS || scope.chars >= MIN_SCOPE_CHARS;
}
function selectArticleBlocks(blocks) {
  let best = null;
  const seen = /* @__PURE__ */ new Set();
  for (const block of blocks) {
    for (let s = block.scope; s !== null && !seen.has(s); s = s.parent) {
      seen.add(s);
      if (!isReal(s)) continue;
      if (best === null || s.rank < best.rank || s.rank === best.rank && s.chars > best.chars) best = s;
    }
  }
  if (best === null) return [...blocks];
  const chosen = best;
  return blocks.filter((block) => {
    for (let s = block.scope; s !== null; s = s.parent) if (s === chosen) return true;
    return false;
  });
}

// src/segment/collapse-whitespace.ts
function collapseWhitespace(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/segment/split-plain-text.ts
var BLANK_LINE = /\n[ \t\f\v\u00a0]*\n/;
function splitPlainText(content) {
  const raw = BLANK_LINE.test(content) ? content.split(BLANK_LINE) : content.split("\n");
  const blocks = [];
  for (const chunk of raw) {
    if (chunk.indexOf("\n") === -1) {
      const text2 = collapseWhitespace(chunk);
      if (text2 !== "") blocks.push({ text: text2, singleLine: true });
      continue;
    }
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    const kept = lines.length > 1 ? lines.filter((line) => !isBoilerplate(collapseWhitespace(line))) : lines;
    const text = collapseWhitespace(kept.join("\n"));
    if (text !== "") blocks.push({ text, singleLine: kept.length === 1 });
  }
  return blocks;
}

// src/segment/walk-blocks.ts
import { Parser } from "htmlparser2";

// src/segment/html-elements.ts
var BLOCK_ELEMENTS = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "img",
  "picture",
  "video",
  "audio",
  "iframe"
]);
var SKIPPED_ELEMENTS = /* @__PURE__ */ new Set([
  "head",
  "script",
  "style",
  "noscript",
  "iframe",
  "template",
  "svg",
  "math",
  "canvas",
  "object",
  "embed",
  "video",
  "audio",
  "button",
  "form",
  "select",
  "textarea",
  "input",
  "option",
  "label",
  "nav",
  "aside",
  "dialog",
  "menu",
  "amp-ad",
  "amp-embed",
  "amp-sticky-ad",
  "amp-auto-ads",
  "amp-analytics",
  "amp-pixel"
]);
var SKIPPED_ROLES = /* @__PURE__ */ new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alertdialog",
  "menu",
  "menubar"
]);
var NEVER_SKIPPED_BY_CLASS = /* @__PURE__ */ new Set(["html", "body", "main", "article"]);
var OPTIONAL_END_TAG_ELEMENTS = /* @__PURE__ */ new Set([
  "html",
  "head",
  "body",
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "option",
  "optgroup",
  "colgroup",
  "caption",
  "rb",
  "rt",
  "rtc",
  "rp"
]);

// src/segment/walk-blocks.ts
var MAX_SCOPE_DEPTH = 16;
var BLANK_LINE2 = /\n[ \t\f\v\u00a0]*\n/;
function hasBoilerplateWord(value) {
  if (!value) return false;
  let start = 0;
  const s = value.toLowerCase();
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c === 45 || c === 95 || c === 32 || c === 9 || c === 10 || c === 12) {
      if (i > start && BOILERPLATE_CONTAINER_WORDS.has(s.slice(start, i))) return true;
      start = i + 1;
    }
  }
  return false;
}
function isHiddenStyle(style) {
  if (!style) return false;
  const compact = style.toLowerCase().replace(/\s+/g, "");
  return compact.includes("display:none") || compact.includes("visibility:hidden");
}
function walkBlocks(html) {
  const blocks = [];
  const warnings = [];
  const titles = { articleH1: null, ogTitle: null, firstH1: null, titleTag: null };
  const stack = [];
  let hardDepth = 0;
  let softDepth = 0;
  let blockDepth = 0;
  let articleDepth = 0;
  let scopeDepth = 0;
  let scope = null;
  let titleDepth = 0;
  let h1Depth = 0;
  let heading = 0;
  let pieces = [];
  let rootText = false;
  let pendingBreaks = 0;
  let h1Pieces = [];
  let titlePieces = [];
  let ending = false;
  let unclosed = 0;
  const emit = (raw) => {
    const text = collapseWhitespace(raw);
    if (text === "") return;
    blocks.push({ text, scope, heading });
    for (let s = scope; s !== null; s = s.parent) {
      s.chars += text.length;
      if (text.length > s.longest) s.longest = text.length;
    }
  };
  const flush = () => {
    pendingBreaks = 0;
    if (pieces.length === 0) return;
    const raw = pieces.join("");
    pieces = [];
    if (rootText && BLANK_LINE2.test(raw)) for (const part of raw.split(BLANK_LINE2)) emit(part);
    else emit(raw);
    rootText = false;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const classy = !NEVER_SKIPPED_BY_CLASS.has(name) && (hasBoilerplateWord(attribs["class"]) || hasBoilerplateWord(attribs["id"]));
        const inArticle = articleDepth > 0;
        const hard = SKIPPED_ELEMENTS.has(name) || classy || (name === "header" || name === "footer") && !(inArticle && name === "header") || attribs["role"] !== void 0 && SKIPPED_ROLES.has(attribs["role"].toLowerCase()) || attribs["hidden"] !== void 0 || attribs["aria-hidden"] === "true" || isHiddenStyle(attribs["style"]);
        const soft = name === "header" && inArticle;
        const block = BLOCK_ELEMENTS.has(name);
        const itemprop = attribs["itemprop"];
        const rank = itemprop !== void 0 && itemprop.toLowerCase().split(" ").includes("articlebody") ? 0 : name === "article" ? 1 : name === "main" || attribs["role"] === "main" ? 2 : -1;
        const opensScope = rank !== -1 && hardDepth === 0 && scopeDepth < MAX_SCOPE_DEPTH;
        const article = rank === 0 || rank === 1;
        if (name === "br") {
          pendingBreaks++;
          if (hardDepth === 0 && softDepth === 0) pieces.push(" ");
        } else if (block && !(hardDepth > 0 && !hard)) {
          flush();
        }
        if (name === "meta" && titles.ogTitle === null) {
          const property = (attribs["property"] ?? attribs["name"] ?? "").toLowerCase();
          const content = attribs["content"];
          if (property === "og:title" && content) titles.ogTitle = collapseWhitespace(content) || null;
        }
        stack.push({ name, hard, soft, block, scope: opensScope, article });
        if (hard) hardDepth++;
        if (soft) softDepth++;
        if (block && name !== "html" && name !== "body") blockDepth++;
        if (article) articleDepth++;
        if (opensScope) {
          scopeDepth++;
          scope = { rank, parent: scope, chars: 0, longest: 0 };
        }
        if (name === "title") titleDepth++;
        if (name === "h1") h1Depth++;
        if (name.length === 2 && name.charCodeAt(0) === 104 && name >= "h1" && name <= "h6") heading = Number(name[1]);
      },
      onclosetag(name, isImplied) {
        const frame = stack.pop();
        if (!frame) return;
        if (ending && isImplied && !OPTIONAL_END_TAG_ELEMENTS.has(frame.name)) unclosed++;
        if (frame.block && hardDepth === (frame.hard ? 1 : 0)) flush();
        if (frame.hard) hardDepth--;
        if (frame.soft) softDepth--;
        if (frame.block && frame.name !== "html" && frame.name !== "body") blockDepth--;
        if (frame.article) articleDepth--;
        if (frame.scope) {
          scopeDepth--;
          scope = scope ? scope.parent : null;
        }
        if (frame.name === "title") {
          titleDepth--;
          if (titleDepth === 0 && titles.titleTag === null) titles.titleTag = collapseWhitespace(titlePieces.join("")) || null;
          titlePieces = [];
        }
        if (frame.name === "h1") {
          h1Depth--;
          if (h1Depth === 0) {
            const text = collapseWhitespace(h1Pieces.join(""));
            h1Pieces = [];
            if (text && hardDepth === 0) {
              if (titles.firstH1 === null) titles.firstH1 = text;
              if (titles.articleH1 === null && articleDepth > 0) titles.articleH1 = text;
            }
          }
        }
        if (name.length === 2 && name.charCodeAt(0) === 104 && name >= "h1" && name <= "h6") heading = 0;
      },
      ontext(data) {
        if (titleDepth > 0) {
          if (hardDepth === 0 || stack.some((f) => f.name === "head")) titlePieces.push(data);
          return;
        }
        if (hardDepth > 0) return;
        if (h1Depth > 0) h1Pieces.push(data);
        if (softDepth > 0) return;
        if (pendingBreaks >= 2 && data.trim() !== "") flush();
        if (data.trim() !== "") pendingBreaks = 0;
        if (blockDepth === 0) rootText = true;
        pieces.push(data);
      }
    },
    { decodeEntities: true }
  );
  parser.write(html);
  ending = true;
  parser.end();
  flush();
  if (unclosed > 0 || endsInsideTag(html)) {
    warnings.push({
      code: "truncated-html",
      message: unclosed > 0 ? `The HTML ended with ${unclosed} element${unclosed === 1 ? "" : "s"} still open; it may be truncated.` : "The HTML ended inside a tag or comment; it may be truncated."
    });
  }
  return { blocks, titles, warnings };
}
function endsInsideTag(html) {
  const commentOpen = html.lastIndexOf("<!--");
  if (commentOpen !== -1 && html.indexOf("-->", commentOpen + 4) === -1) return true;
  const lastOpen = html.lastIndexOf("<");
  if (lastOpen === -1 || html.lastIndexOf(">") > lastOpen) return false;
  const next = html.charCodeAt(lastOpen + 1);
  return next >= 97 && next <= 122 || next >= 65 && next <= 90 || next === 47 || next === 33;
}

// src/segment/segment.ts
function segment(doc, options = {}) {
  const dropBoilerplate = options.dropBoilerplate ?? true;
  const detectTitle = options.detectTitle ?? true;
  const warnings = [];
  const items = [];
  let htmlTitle = null;
  for (const part of doc.parts) {
    if (part.type === "text") {
      for (const block of splitPlainText(part.content)) {
        items.push({ text: block.text, singleLine: block.singleLine, heading: 0, fromText: true });
      }
      continue;
    }
    const walked = walkBlocks(part.content);
    warnings.push(...walked.warnings);
    for (const block of selectArticleBlocks(walked.blocks)) {
      items.push({ text: block.text, singleLine: true, heading: block.heading, fromText: false });
    }
    const t = walked.titles;
    htmlTitle ??= t.articleH1 ?? t.ogTitle ?? t.firstH1 ?? cleanTitleTag(t.titleTag);
  }
  const body = dropBoilerplate ? items.filter((item) => !isBoilerplate(item.text)) : items;
  let title = null;
  let from = 0;
  if (detectTitle) {
    const first = body[0];
    if (first !== void 0 && first.fromText && doc.parts[0]?.type === "text" && isTitleLike(first.text, first.singleLine, body.length > 1)) {
      title = first.text;
      from = 1;
    } else {
      title = htmlTitle;
    }
  }
  const paragraphs = [];
  for (let i = from; i < body.length; i++) {
    const item = body[i];
    if (title === null || item.heading !== 1) paragraphs.push(item.text);
  }
  if (paragraphs.length === 0) {
    warnings.push({ code: "no-paragraphs", message: "No body paragraph was found in the input." });
  }
  return { title, paragraphs, warnings };
}

// src/extract.ts
var DEFAULT_MAX_INPUT_BYTES = 1e7;
function extractQuotes(input, options = {}) {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError(`extractQuotes expects a string or a Uint8Array, got ${describe(input)}`);
  }
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const size = typeof input === "string" ? input.length * 3 <= limit ? input.length : utf8Length(input) : input.byteLength;
  if (size > limit) throw new InputTooLargeError(size, limit);
  const decoded = decode(input, options.format ? { format: options.format } : {});
  const seg = segment(decoded);
  const found = findQuotations(seg.paragraphs);
  const speech = found.quotes.filter((q) => q.speech);
  const analysis = analyze(seg.paragraphs, speech);
  const attributed = attribute(analysis, options.indirect === void 0 ? {} : { indirect: options.indirect });
  const { quotes, speakers } = buildQuotes(seg.paragraphs, speech, attributed);
  return {
    title: seg.title,
    paragraphs: seg.paragraphs.map((text, index) => ({ index, text })),
    quotes,
    speakers,
    warnings: [...decoded.warnings, ...seg.warnings, ...found.warnings]
  };
}
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
export {
  DEFAULT_MAX_INPUT_BYTES,
  InputTooLargeError,
  decode,
  extractQuotes,
  findQuotations,
  segment
};
