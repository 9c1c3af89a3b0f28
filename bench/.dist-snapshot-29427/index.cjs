"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/index.ts
var src_exports = {};
__export(src_exports, {
  DEFAULT_MAX_INPUT_BYTES: () => DEFAULT_MAX_INPUT_BYTES,
  InputTooLargeError: () => InputTooLargeError,
  decode: () => decode2,
  extractQuotes: () => extractQuotes,
  findQuotations: () => findQuotations,
  segment: () => segment
});
module.exports = __toCommonJS(src_exports);

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
var import_compromise = __toESM(require("compromise"), 1);
var LEXICON = import_compromise.default.world().model.one.lexicon;
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

// node_modules/he/src/data.mjs
var regexAstralSymbols = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
var regexAsciiWhitelist = /[\x01-\x7F]/g;
var regexBmpWhitelist = /[\x01-\t\x0B\f\x0E-\x1F\x7F\x81\x8D\x8F\x90\x9D\xA0-\uFFFF]/g;
var regexEncodeNonAscii = /<\u20D2|=\u20E5|>\u20D2|\u205F\u200A|\u219D\u0338|\u2202\u0338|\u2220\u20D2|\u2229\uFE00|\u222A\uFE00|\u223C\u20D2|\u223D\u0331|\u223E\u0333|\u2242\u0338|\u224B\u0338|\u224D\u20D2|\u224E\u0338|\u224F\u0338|\u2250\u0338|\u2261\u20E5|\u2264\u20D2|\u2265\u20D2|\u2266\u0338|\u2267\u0338|\u2268\uFE00|\u2269\uFE00|\u226A\u0338|\u226A\u20D2|\u226B\u0338|\u226B\u20D2|\u227F\u0338|\u2282\u20D2|\u2283\u20D2|\u228A\uFE00|\u228B\uFE00|\u228F\u0338|\u2290\u0338|\u2293\uFE00|\u2294\uFE00|\u22B4\u20D2|\u22B5\u20D2|\u22D8\u0338|\u22D9\u0338|\u22DA\uFE00|\u22DB\uFE00|\u22F5\u0338|\u22F9\u0338|\u2933\u0338|\u29CF\u0338|\u29D0\u0338|\u2A6D\u0338|\u2A70\u0338|\u2A7D\u0338|\u2A7E\u0338|\u2AA1\u0338|\u2AA2\u0338|\u2AAC\uFE00|\u2AAD\uFE00|\u2AAF\u0338|\u2AB0\u0338|\u2AC5\u0338|\u2AC6\u0338|\u2ACB\uFE00|\u2ACC\uFE00|\u2AFD\u20E5|[\xA0-\u0113\u0116-\u0122\u0124-\u012B\u012E-\u014D\u0150-\u017E\u0192\u01B5\u01F5\u0237\u02C6\u02C7\u02D8-\u02DD\u0311\u0391-\u03A1\u03A3-\u03A9\u03B1-\u03C9\u03D1\u03D2\u03D5\u03D6\u03DC\u03DD\u03F0\u03F1\u03F5\u03F6\u0401-\u040C\u040E-\u044F\u0451-\u045C\u045E\u045F\u2002-\u2005\u2007-\u2010\u2013-\u2016\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2025\u2026\u2030-\u2035\u2039\u203A\u203E\u2041\u2043\u2044\u204F\u2057\u205F-\u2063\u20AC\u20DB\u20DC\u2102\u2105\u210A-\u2113\u2115-\u211E\u2122\u2124\u2127-\u2129\u212C\u212D\u212F-\u2131\u2133-\u2138\u2145-\u2148\u2153-\u215E\u2190-\u219B\u219D-\u21A7\u21A9-\u21AE\u21B0-\u21B3\u21B5-\u21B7\u21BA-\u21DB\u21DD\u21E4\u21E5\u21F5\u21FD-\u2205\u2207-\u2209\u220B\u220C\u220F-\u2214\u2216-\u2218\u221A\u221D-\u2238\u223A-\u2257\u2259\u225A\u225C\u225F-\u2262\u2264-\u228B\u228D-\u229B\u229D-\u22A5\u22A7-\u22B0\u22B2-\u22BB\u22BD-\u22DB\u22DE-\u22E3\u22E6-\u22F7\u22F9-\u22FE\u2305\u2306\u2308-\u2310\u2312\u2313\u2315\u2316\u231C-\u231F\u2322\u2323\u232D\u232E\u2336\u233D\u233F\u237C\u23B0\u23B1\u23B4-\u23B6\u23DC-\u23DF\u23E2\u23E7\u2423\u24C8\u2500\u2502\u250C\u2510\u2514\u2518\u251C\u2524\u252C\u2534\u253C\u2550-\u256C\u2580\u2584\u2588\u2591-\u2593\u25A1\u25AA\u25AB\u25AD\u25AE\u25B1\u25B3-\u25B5\u25B8\u25B9\u25BD-\u25BF\u25C2\u25C3\u25CA\u25CB\u25EC\u25EF\u25F8-\u25FC\u2605\u2606\u260E\u2640\u2642\u2660\u2663\u2665\u2666\u266A\u266D-\u266F\u2713\u2717\u2720\u2736\u2758\u2772\u2773\u27C8\u27C9\u27E6-\u27ED\u27F5-\u27FA\u27FC\u27FF\u2902-\u2905\u290C-\u2913\u2916\u2919-\u2920\u2923-\u292A\u2933\u2935-\u2939\u293C\u293D\u2945\u2948-\u294B\u294E-\u2976\u2978\u2979\u297B-\u297F\u2985\u2986\u298B-\u2996\u299A\u299C\u299D\u29A4-\u29B7\u29B9\u29BB\u29BC\u29BE-\u29C5\u29C9\u29CD-\u29D0\u29DC-\u29DE\u29E3-\u29E5\u29EB\u29F4\u29F6\u2A00-\u2A02\u2A04\u2A06\u2A0C\u2A0D\u2A10-\u2A17\u2A22-\u2A27\u2A29\u2A2A\u2A2D-\u2A31\u2A33-\u2A3C\u2A3F\u2A40\u2A42-\u2A4D\u2A50\u2A53-\u2A58\u2A5A-\u2A5D\u2A5F\u2A66\u2A6A\u2A6D-\u2A75\u2A77-\u2A9A\u2A9D-\u2AA2\u2AA4-\u2AB0\u2AB3-\u2AC8\u2ACB\u2ACC\u2ACF-\u2ADB\u2AE4\u2AE6-\u2AE9\u2AEB-\u2AF3\u2AFD\uFB00-\uFB04]|\uD835[\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDCCF\uDD04\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDD6B]/g;
var encodeMap = /* @__PURE__ */ new Map([
  ["	", "Tab"],
  ["\n", "NewLine"],
  ["!", "excl"],
  ['"', "quot"],
  ["#", "num"],
  ["$", "dollar"],
  ["%", "percnt"],
  ["&", "amp"],
  ["'", "apos"],
  ["(", "lpar"],
  [")", "rpar"],
  ["*", "ast"],
  ["+", "plus"],
  [",", "comma"],
  [".", "period"],
  ["/", "sol"],
  [":", "colon"],
  [";", "semi"],
  ["<", "lt"],
  ["<\u20D2", "nvlt"],
  ["=", "equals"],
  ["=\u20E5", "bne"],
  [">", "gt"],
  [">\u20D2", "nvgt"],
  ["?", "quest"],
  ["@", "commat"],
  ["[", "lsqb"],
  ["]", "rsqb"],
  ["^", "Hat"],
  ["_", "lowbar"],
  ["`", "grave"],
  ["fj", "fjlig"],
  ["{", "lcub"],
  ["|", "vert"],
  ["}", "rcub"],
  ["\xA0", "nbsp"],
  ["\xA1", "iexcl"],
  ["\xA2", "cent"],
  ["\xA3", "pound"],
  ["\xA4", "curren"],
  ["\xA5", "yen"],
  ["\xA6", "brvbar"],
  ["\xA7", "sect"],
  ["\xA8", "die"],
  ["\xA9", "copy"],
  ["\xAA", "ordf"],
  ["\xAB", "laquo"],
  ["\xAC", "not"],
  ["\xAD", "shy"],
  ["\xAE", "reg"],
  ["\xAF", "macr"],
  ["\xB0", "deg"],
  ["\xB1", "pm"],
  ["\xB2", "sup2"],
  ["\xB3", "sup3"],
  ["\xB4", "acute"],
  ["\xB5", "micro"],
  ["\xB6", "para"],
  ["\xB7", "middot"],
  ["\xB8", "cedil"],
  ["\xB9", "sup1"],
  ["\xBA", "ordm"],
  ["\xBB", "raquo"],
  ["\xBC", "frac14"],
  ["\xBD", "half"],
  ["\xBE", "frac34"],
  ["\xBF", "iquest"],
  ["\xC0", "Agrave"],
  ["\xC1", "Aacute"],
  ["\xC2", "Acirc"],
  ["\xC3", "Atilde"],
  ["\xC4", "Auml"],
  ["\xC5", "angst"],
  ["\xC6", "AElig"],
  ["\xC7", "Ccedil"],
  ["\xC8", "Egrave"],
  ["\xC9", "Eacute"],
  ["\xCA", "Ecirc"],
  ["\xCB", "Euml"],
  ["\xCC", "Igrave"],
  ["\xCD", "Iacute"],
  ["\xCE", "Icirc"],
  ["\xCF", "Iuml"],
  ["\xD0", "ETH"],
  ["\xD1", "Ntilde"],
  ["\xD2", "Ograve"],
  ["\xD3", "Oacute"],
  ["\xD4", "Ocirc"],
  ["\xD5", "Otilde"],
  ["\xD6", "Ouml"],
  ["\xD7", "times"],
  ["\xD8", "Oslash"],
  ["\xD9", "Ugrave"],
  ["\xDA", "Uacute"],
  ["\xDB", "Ucirc"],
  ["\xDC", "Uuml"],
  ["\xDD", "Yacute"],
  ["\xDE", "THORN"],
  ["\xDF", "szlig"],
  ["\xE0", "agrave"],
  ["\xE1", "aacute"],
  ["\xE2", "acirc"],
  ["\xE3", "atilde"],
  ["\xE4", "auml"],
  ["\xE5", "aring"],
  ["\xE6", "aelig"],
  ["\xE7", "ccedil"],
  ["\xE8", "egrave"],
  ["\xE9", "eacute"],
  ["\xEA", "ecirc"],
  ["\xEB", "euml"],
  ["\xEC", "igrave"],
  ["\xED", "iacute"],
  ["\xEE", "icirc"],
  ["\xEF", "iuml"],
  ["\xF0", "eth"],
  ["\xF1", "ntilde"],
  ["\xF2", "ograve"],
  ["\xF3", "oacute"],
  ["\xF4", "ocirc"],
  ["\xF5", "otilde"],
  ["\xF6", "ouml"],
  ["\xF7", "div"],
  ["\xF8", "oslash"],
  ["\xF9", "ugrave"],
  ["\xFA", "uacute"],
  ["\xFB", "ucirc"],
  ["\xFC", "uuml"],
  ["\xFD", "yacute"],
  ["\xFE", "thorn"],
  ["\xFF", "yuml"],
  ["\u0100", "Amacr"],
  ["\u0101", "amacr"],
  ["\u0102", "Abreve"],
  ["\u0103", "abreve"],
  ["\u0104", "Aogon"],
  ["\u0105", "aogon"],
  ["\u0106", "Cacute"],
  ["\u0107", "cacute"],
  ["\u0108", "Ccirc"],
  ["\u0109", "ccirc"],
  ["\u010A", "Cdot"],
  ["\u010B", "cdot"],
  ["\u010C", "Ccaron"],
  ["\u010D", "ccaron"],
  ["\u010E", "Dcaron"],
  ["\u010F", "dcaron"],
  ["\u0110", "Dstrok"],
  ["\u0111", "dstrok"],
  ["\u0112", "Emacr"],
  ["\u0113", "emacr"],
  ["\u0116", "Edot"],
  ["\u0117", "edot"],
  ["\u0118", "Eogon"],
  ["\u0119", "eogon"],
  ["\u011A", "Ecaron"],
  ["\u011B", "ecaron"],
  ["\u011C", "Gcirc"],
  ["\u011D", "gcirc"],
  ["\u011E", "Gbreve"],
  ["\u011F", "gbreve"],
  ["\u0120", "Gdot"],
  ["\u0121", "gdot"],
  ["\u0122", "Gcedil"],
  ["\u0124", "Hcirc"],
  ["\u0125", "hcirc"],
  ["\u0126", "Hstrok"],
  ["\u0127", "hstrok"],
  ["\u0128", "Itilde"],
  ["\u0129", "itilde"],
  ["\u012A", "Imacr"],
  ["\u012B", "imacr"],
  ["\u012E", "Iogon"],
  ["\u012F", "iogon"],
  ["\u0130", "Idot"],
  ["\u0131", "imath"],
  ["\u0132", "IJlig"],
  ["\u0133", "ijlig"],
  ["\u0134", "Jcirc"],
  ["\u0135", "jcirc"],
  ["\u0136", "Kcedil"],
  ["\u0137", "kcedil"],
  ["\u0138", "kgreen"],
  ["\u0139", "Lacute"],
  ["\u013A", "lacute"],
  ["\u013B", "Lcedil"],
  ["\u013C", "lcedil"],
  ["\u013D", "Lcaron"],
  ["\u013E", "lcaron"],
  ["\u013F", "Lmidot"],
  ["\u0140", "lmidot"],
  ["\u0141", "Lstrok"],
  ["\u0142", "lstrok"],
  ["\u0143", "Nacute"],
  ["\u0144", "nacute"],
  ["\u0145", "Ncedil"],
  ["\u0146", "ncedil"],
  ["\u0147", "Ncaron"],
  ["\u0148", "ncaron"],
  ["\u0149", "napos"],
  ["\u014A", "ENG"],
  ["\u014B", "eng"],
  ["\u014C", "Omacr"],
  ["\u014D", "omacr"],
  ["\u0150", "Odblac"],
  ["\u0151", "odblac"],
  ["\u0152", "OElig"],
  ["\u0153", "oelig"],
  ["\u0154", "Racute"],
  ["\u0155", "racute"],
  ["\u0156", "Rcedil"],
  ["\u0157", "rcedil"],
  ["\u0158", "Rcaron"],
  ["\u0159", "rcaron"],
  ["\u015A", "Sacute"],
  ["\u015B", "sacute"],
  ["\u015C", "Scirc"],
  ["\u015D", "scirc"],
  ["\u015E", "Scedil"],
  ["\u015F", "scedil"],
  ["\u0160", "Scaron"],
  ["\u0161", "scaron"],
  ["\u0162", "Tcedil"],
  ["\u0163", "tcedil"],
  ["\u0164", "Tcaron"],
  ["\u0165", "tcaron"],
  ["\u0166", "Tstrok"],
  ["\u0167", "tstrok"],
  ["\u0168", "Utilde"],
  ["\u0169", "utilde"],
  ["\u016A", "Umacr"],
  ["\u016B", "umacr"],
  ["\u016C", "Ubreve"],
  ["\u016D", "ubreve"],
  ["\u016E", "Uring"],
  ["\u016F", "uring"],
  ["\u0170", "Udblac"],
  ["\u0171", "udblac"],
  ["\u0172", "Uogon"],
  ["\u0173", "uogon"],
  ["\u0174", "Wcirc"],
  ["\u0175", "wcirc"],
  ["\u0176", "Ycirc"],
  ["\u0177", "ycirc"],
  ["\u0178", "Yuml"],
  ["\u0179", "Zacute"],
  ["\u017A", "zacute"],
  ["\u017B", "Zdot"],
  ["\u017C", "zdot"],
  ["\u017D", "Zcaron"],
  ["\u017E", "zcaron"],
  ["\u0192", "fnof"],
  ["\u01B5", "imped"],
  ["\u01F5", "gacute"],
  ["\u0237", "jmath"],
  ["\u02C6", "circ"],
  ["\u02C7", "caron"],
  ["\u02D8", "breve"],
  ["\u02D9", "dot"],
  ["\u02DA", "ring"],
  ["\u02DB", "ogon"],
  ["\u02DC", "tilde"],
  ["\u02DD", "dblac"],
  ["\u0311", "DownBreve"],
  ["\u0391", "Alpha"],
  ["\u0392", "Beta"],
  ["\u0393", "Gamma"],
  ["\u0394", "Delta"],
  ["\u0395", "Epsilon"],
  ["\u0396", "Zeta"],
  ["\u0397", "Eta"],
  ["\u0398", "Theta"],
  ["\u0399", "Iota"],
  ["\u039A", "Kappa"],
  ["\u039B", "Lambda"],
  ["\u039C", "Mu"],
  ["\u039D", "Nu"],
  ["\u039E", "Xi"],
  ["\u039F", "Omicron"],
  ["\u03A0", "Pi"],
  ["\u03A1", "Rho"],
  ["\u03A3", "Sigma"],
  ["\u03A4", "Tau"],
  ["\u03A5", "Upsilon"],
  ["\u03A6", "Phi"],
  ["\u03A7", "Chi"],
  ["\u03A8", "Psi"],
  ["\u03A9", "ohm"],
  ["\u03B1", "alpha"],
  ["\u03B2", "beta"],
  ["\u03B3", "gamma"],
  ["\u03B4", "delta"],
  ["\u03B5", "epsi"],
  ["\u03B6", "zeta"],
  ["\u03B7", "eta"],
  ["\u03B8", "theta"],
  ["\u03B9", "iota"],
  ["\u03BA", "kappa"],
  ["\u03BB", "lambda"],
  ["\u03BC", "mu"],
  ["\u03BD", "nu"],
  ["\u03BE", "xi"],
  ["\u03BF", "omicron"],
  ["\u03C0", "pi"],
  ["\u03C1", "rho"],
  ["\u03C2", "sigmaf"],
  ["\u03C3", "sigma"],
  ["\u03C4", "tau"],
  ["\u03C5", "upsi"],
  ["\u03C6", "phi"],
  ["\u03C7", "chi"],
  ["\u03C8", "psi"],
  ["\u03C9", "omega"],
  ["\u03D1", "thetav"],
  ["\u03D2", "Upsi"],
  ["\u03D5", "phiv"],
  ["\u03D6", "piv"],
  ["\u03DC", "Gammad"],
  ["\u03DD", "gammad"],
  ["\u03F0", "kappav"],
  ["\u03F1", "rhov"],
  ["\u03F5", "epsiv"],
  ["\u03F6", "bepsi"],
  ["\u0401", "IOcy"],
  ["\u0402", "DJcy"],
  ["\u0403", "GJcy"],
  ["\u0404", "Jukcy"],
  ["\u0405", "DScy"],
  ["\u0406", "Iukcy"],
  ["\u0407", "YIcy"],
  ["\u0408", "Jsercy"],
  ["\u0409", "LJcy"],
  ["\u040A", "NJcy"],
  ["\u040B", "TSHcy"],
  ["\u040C", "KJcy"],
  ["\u040E", "Ubrcy"],
  ["\u040F", "DZcy"],
  ["\u0410", "Acy"],
  ["\u0411", "Bcy"],
  ["\u0412", "Vcy"],
  ["\u0413", "Gcy"],
  ["\u0414", "Dcy"],
  ["\u0415", "IEcy"],
  ["\u0416", "ZHcy"],
  ["\u0417", "Zcy"],
  ["\u0418", "Icy"],
  ["\u0419", "Jcy"],
  ["\u041A", "Kcy"],
  ["\u041B", "Lcy"],
  ["\u041C", "Mcy"],
  ["\u041D", "Ncy"],
  ["\u041E", "Ocy"],
  ["\u041F", "Pcy"],
  ["\u0420", "Rcy"],
  ["\u0421", "Scy"],
  ["\u0422", "Tcy"],
  ["\u0423", "Ucy"],
  ["\u0424", "Fcy"],
  ["\u0425", "KHcy"],
  ["\u0426", "TScy"],
  ["\u0427", "CHcy"],
  ["\u0428", "SHcy"],
  ["\u0429", "SHCHcy"],
  ["\u042A", "HARDcy"],
  ["\u042B", "Ycy"],
  ["\u042C", "SOFTcy"],
  ["\u042D", "Ecy"],
  ["\u042E", "YUcy"],
  ["\u042F", "YAcy"],
  ["\u0430", "acy"],
  ["\u0431", "bcy"],
  ["\u0432", "vcy"],
  ["\u0433", "gcy"],
  ["\u0434", "dcy"],
  ["\u0435", "iecy"],
  ["\u0436", "zhcy"],
  ["\u0437", "zcy"],
  ["\u0438", "icy"],
  ["\u0439", "jcy"],
  ["\u043A", "kcy"],
  ["\u043B", "lcy"],
  ["\u043C", "mcy"],
  ["\u043D", "ncy"],
  ["\u043E", "ocy"],
  ["\u043F", "pcy"],
  ["\u0440", "rcy"],
  ["\u0441", "scy"],
  ["\u0442", "tcy"],
  ["\u0443", "ucy"],
  ["\u0444", "fcy"],
  ["\u0445", "khcy"],
  ["\u0446", "tscy"],
  ["\u0447", "chcy"],
  ["\u0448", "shcy"],
  ["\u0449", "shchcy"],
  ["\u044A", "hardcy"],
  ["\u044B", "ycy"],
  ["\u044C", "softcy"],
  ["\u044D", "ecy"],
  ["\u044E", "yucy"],
  ["\u044F", "yacy"],
  ["\u0451", "iocy"],
  ["\u0452", "djcy"],
  ["\u0453", "gjcy"],
  ["\u0454", "jukcy"],
  ["\u0455", "dscy"],
  ["\u0456", "iukcy"],
  ["\u0457", "yicy"],
  ["\u0458", "jsercy"],
  ["\u0459", "ljcy"],
  ["\u045A", "njcy"],
  ["\u045B", "tshcy"],
  ["\u045C", "kjcy"],
  ["\u045E", "ubrcy"],
  ["\u045F", "dzcy"],
  ["\u2002", "ensp"],
  ["\u2003", "emsp"],
  ["\u2004", "emsp13"],
  ["\u2005", "emsp14"],
  ["\u2007", "numsp"],
  ["\u2008", "puncsp"],
  ["\u2009", "thinsp"],
  ["\u200A", "hairsp"],
  ["\u200B", "ZeroWidthSpace"],
  ["\u200C", "zwnj"],
  ["\u200D", "zwj"],
  ["\u200E", "lrm"],
  ["\u200F", "rlm"],
  ["\u2010", "dash"],
  ["\u2013", "ndash"],
  ["\u2014", "mdash"],
  ["\u2015", "horbar"],
  ["\u2016", "Vert"],
  ["\u2018", "lsquo"],
  ["\u2019", "rsquo"],
  ["\u201A", "sbquo"],
  ["\u201C", "ldquo"],
  ["\u201D", "rdquo"],
  ["\u201E", "bdquo"],
  ["\u2020", "dagger"],
  ["\u2021", "Dagger"],
  ["\u2022", "bull"],
  ["\u2025", "nldr"],
  ["\u2026", "mldr"],
  ["\u2030", "permil"],
  ["\u2031", "pertenk"],
  ["\u2032", "prime"],
  ["\u2033", "Prime"],
  ["\u2034", "tprime"],
  ["\u2035", "bprime"],
  ["\u2039", "lsaquo"],
  ["\u203A", "rsaquo"],
  ["\u203E", "oline"],
  ["\u2041", "caret"],
  ["\u2043", "hybull"],
  ["\u2044", "frasl"],
  ["\u204F", "bsemi"],
  ["\u2057", "qprime"],
  ["\u205F", "MediumSpace"],
  ["\u205F\u200A", "ThickSpace"],
  ["\u2060", "NoBreak"],
  ["\u2061", "af"],
  ["\u2062", "it"],
  ["\u2063", "ic"],
  ["\u20AC", "euro"],
  ["\u20DB", "tdot"],
  ["\u20DC", "DotDot"],
  ["\u2102", "Copf"],
  ["\u2105", "incare"],
  ["\u210A", "gscr"],
  ["\u210B", "Hscr"],
  ["\u210C", "Hfr"],
  ["\u210D", "Hopf"],
  ["\u210E", "planckh"],
  ["\u210F", "hbar"],
  ["\u2110", "Iscr"],
  ["\u2111", "Im"],
  ["\u2112", "Lscr"],
  ["\u2113", "ell"],
  ["\u2115", "Nopf"],
  ["\u2116", "numero"],
  ["\u2117", "copysr"],
  ["\u2118", "wp"],
  ["\u2119", "Popf"],
  ["\u211A", "Qopf"],
  ["\u211B", "Rscr"],
  ["\u211C", "Re"],
  ["\u211D", "Ropf"],
  ["\u211E", "rx"],
  ["\u2122", "trade"],
  ["\u2124", "Zopf"],
  ["\u2127", "mho"],
  ["\u2128", "Zfr"],
  ["\u2129", "iiota"],
  ["\u212C", "Bscr"],
  ["\u212D", "Cfr"],
  ["\u212F", "escr"],
  ["\u2130", "Escr"],
  ["\u2131", "Fscr"],
  ["\u2133", "Mscr"],
  ["\u2134", "oscr"],
  ["\u2135", "aleph"],
  ["\u2136", "beth"],
  ["\u2137", "gimel"],
  ["\u2138", "daleth"],
  ["\u2145", "DD"],
  ["\u2146", "dd"],
  ["\u2147", "ee"],
  ["\u2148", "ii"],
  ["\u2153", "frac13"],
  ["\u2154", "frac23"],
  ["\u2155", "frac15"],
  ["\u2156", "frac25"],
  ["\u2157", "frac35"],
  ["\u2158", "frac45"],
  ["\u2159", "frac16"],
  ["\u215A", "frac56"],
  ["\u215B", "frac18"],
  ["\u215C", "frac38"],
  ["\u215D", "frac58"],
  ["\u215E", "frac78"],
  ["\u2190", "larr"],
  ["\u2191", "uarr"],
  ["\u2192", "rarr"],
  ["\u2193", "darr"],
  ["\u2194", "harr"],
  ["\u2195", "varr"],
  ["\u2196", "nwarr"],
  ["\u2197", "nearr"],
  ["\u2198", "searr"],
  ["\u2199", "swarr"],
  ["\u219A", "nlarr"],
  ["\u219B", "nrarr"],
  ["\u219D", "rarrw"],
  ["\u219D\u0338", "nrarrw"],
  ["\u219E", "Larr"],
  ["\u219F", "Uarr"],
  ["\u21A0", "Rarr"],
  ["\u21A1", "Darr"],
  ["\u21A2", "larrtl"],
  ["\u21A3", "rarrtl"],
  ["\u21A4", "mapstoleft"],
  ["\u21A5", "mapstoup"],
  ["\u21A6", "map"],
  ["\u21A7", "mapstodown"],
  ["\u21A9", "larrhk"],
  ["\u21AA", "rarrhk"],
  ["\u21AB", "larrlp"],
  ["\u21AC", "rarrlp"],
  ["\u21AD", "harrw"],
  ["\u21AE", "nharr"],
  ["\u21B0", "lsh"],
  ["\u21B1", "rsh"],
  ["\u21B2", "ldsh"],
  ["\u21B3", "rdsh"],
  ["\u21B5", "crarr"],
  ["\u21B6", "cularr"],
  ["\u21B7", "curarr"],
  ["\u21BA", "olarr"],
  ["\u21BB", "orarr"],
  ["\u21BC", "lharu"],
  ["\u21BD", "lhard"],
  ["\u21BE", "uharr"],
  ["\u21BF", "uharl"],
  ["\u21C0", "rharu"],
  ["\u21C1", "rhard"],
  ["\u21C2", "dharr"],
  ["\u21C3", "dharl"],
  ["\u21C4", "rlarr"],
  ["\u21C5", "udarr"],
  ["\u21C6", "lrarr"],
  ["\u21C7", "llarr"],
  ["\u21C8", "uuarr"],
  ["\u21C9", "rrarr"],
  ["\u21CA", "ddarr"],
  ["\u21CB", "lrhar"],
  ["\u21CC", "rlhar"],
  ["\u21CD", "nlArr"],
  ["\u21CE", "nhArr"],
  ["\u21CF", "nrArr"],
  ["\u21D0", "lArr"],
  ["\u21D1", "uArr"],
  ["\u21D2", "rArr"],
  ["\u21D3", "dArr"],
  ["\u21D4", "iff"],
  ["\u21D5", "vArr"],
  ["\u21D6", "nwArr"],
  ["\u21D7", "neArr"],
  ["\u21D8", "seArr"],
  ["\u21D9", "swArr"],
  ["\u21DA", "lAarr"],
  ["\u21DB", "rAarr"],
  ["\u21DD", "zigrarr"],
  ["\u21E4", "larrb"],
  ["\u21E5", "rarrb"],
  ["\u21F5", "duarr"],
  ["\u21FD", "loarr"],
  ["\u21FE", "roarr"],
  ["\u21FF", "hoarr"],
  ["\u2200", "forall"],
  ["\u2201", "comp"],
  ["\u2202", "part"],
  ["\u2202\u0338", "npart"],
  ["\u2203", "exist"],
  ["\u2204", "nexist"],
  ["\u2205", "empty"],
  ["\u2207", "Del"],
  ["\u2208", "in"],
  ["\u2209", "notin"],
  ["\u220B", "ni"],
  ["\u220C", "notni"],
  ["\u220F", "prod"],
  ["\u2210", "coprod"],
  ["\u2211", "sum"],
  ["\u2212", "minus"],
  ["\u2213", "mp"],
  ["\u2214", "plusdo"],
  ["\u2216", "setmn"],
  ["\u2217", "lowast"],
  ["\u2218", "compfn"],
  ["\u221A", "Sqrt"],
  ["\u221D", "prop"],
  ["\u221E", "infin"],
  ["\u221F", "angrt"],
  ["\u2220", "ang"],
  ["\u2220\u20D2", "nang"],
  ["\u2221", "angmsd"],
  ["\u2222", "angsph"],
  ["\u2223", "mid"],
  ["\u2224", "nmid"],
  ["\u2225", "par"],
  ["\u2226", "npar"],
  ["\u2227", "and"],
  ["\u2228", "or"],
  ["\u2229", "cap"],
  ["\u2229\uFE00", "caps"],
  ["\u222A", "cup"],
  ["\u222A\uFE00", "cups"],
  ["\u222B", "int"],
  ["\u222C", "Int"],
  ["\u222D", "tint"],
  ["\u222E", "oint"],
  ["\u222F", "Conint"],
  ["\u2230", "Cconint"],
  ["\u2231", "cwint"],
  ["\u2232", "cwconint"],
  ["\u2233", "awconint"],
  ["\u2234", "there4"],
  ["\u2235", "becaus"],
  ["\u2236", "ratio"],
  ["\u2237", "Colon"],
  ["\u2238", "minusd"],
  ["\u223A", "mDDot"],
  ["\u223B", "homtht"],
  ["\u223C", "sim"],
  ["\u223C\u20D2", "nvsim"],
  ["\u223D", "bsim"],
  ["\u223D\u0331", "race"],
  ["\u223E", "ac"],
  ["\u223E\u0333", "acE"],
  ["\u223F", "acd"],
  ["\u2240", "wr"],
  ["\u2241", "nsim"],
  ["\u2242", "esim"],
  ["\u2242\u0338", "nesim"],
  ["\u2243", "sime"],
  ["\u2244", "nsime"],
  ["\u2245", "cong"],
  ["\u2246", "simne"],
  ["\u2247", "ncong"],
  ["\u2248", "ap"],
  ["\u2249", "nap"],
  ["\u224A", "ape"],
  ["\u224B", "apid"],
  ["\u224B\u0338", "napid"],
  ["\u224C", "bcong"],
  ["\u224D", "CupCap"],
  ["\u224D\u20D2", "nvap"],
  ["\u224E", "bump"],
  ["\u224E\u0338", "nbump"],
  ["\u224F", "bumpe"],
  ["\u224F\u0338", "nbumpe"],
  ["\u2250", "doteq"],
  ["\u2250\u0338", "nedot"],
  ["\u2251", "eDot"],
  ["\u2252", "efDot"],
  ["\u2253", "erDot"],
  ["\u2254", "colone"],
  ["\u2255", "ecolon"],
  ["\u2256", "ecir"],
  ["\u2257", "cire"],
  ["\u2259", "wedgeq"],
  ["\u225A", "veeeq"],
  ["\u225C", "trie"],
  ["\u225F", "equest"],
  ["\u2260", "ne"],
  ["\u2261", "equiv"],
  ["\u2261\u20E5", "bnequiv"],
  ["\u2262", "nequiv"],
  ["\u2264", "le"],
  ["\u2264\u20D2", "nvle"],
  ["\u2265", "ge"],
  ["\u2265\u20D2", "nvge"],
  ["\u2266", "lE"],
  ["\u2266\u0338", "nlE"],
  ["\u2267", "gE"],
  ["\u2267\u0338", "ngE"],
  ["\u2268", "lnE"],
  ["\u2268\uFE00", "lvnE"],
  ["\u2269", "gnE"],
  ["\u2269\uFE00", "gvnE"],
  ["\u226A", "ll"],
  ["\u226A\u0338", "nLtv"],
  ["\u226A\u20D2", "nLt"],
  ["\u226B", "gg"],
  ["\u226B\u0338", "nGtv"],
  ["\u226B\u20D2", "nGt"],
  ["\u226C", "twixt"],
  ["\u226D", "NotCupCap"],
  ["\u226E", "nlt"],
  ["\u226F", "ngt"],
  ["\u2270", "nle"],
  ["\u2271", "nge"],
  ["\u2272", "lsim"],
  ["\u2273", "gsim"],
  ["\u2274", "nlsim"],
  ["\u2275", "ngsim"],
  ["\u2276", "lg"],
  ["\u2277", "gl"],
  ["\u2278", "ntlg"],
  ["\u2279", "ntgl"],
  ["\u227A", "pr"],
  ["\u227B", "sc"],
  ["\u227C", "prcue"],
  ["\u227D", "sccue"],
  ["\u227E", "prsim"],
  ["\u227F", "scsim"],
  ["\u227F\u0338", "NotSucceedsTilde"],
  ["\u2280", "npr"],
  ["\u2281", "nsc"],
  ["\u2282", "sub"],
  ["\u2282\u20D2", "vnsub"],
  ["\u2283", "sup"],
  ["\u2283\u20D2", "vnsup"],
  ["\u2284", "nsub"],
  ["\u2285", "nsup"],
  ["\u2286", "sube"],
  ["\u2287", "supe"],
  ["\u2288", "nsube"],
  ["\u2289", "nsupe"],
  ["\u228A", "subne"],
  ["\u228A\uFE00", "vsubne"],
  ["\u228B", "supne"],
  ["\u228B\uFE00", "vsupne"],
  ["\u228D", "cupdot"],
  ["\u228E", "uplus"],
  ["\u228F", "sqsub"],
  ["\u228F\u0338", "NotSquareSubset"],
  ["\u2290", "sqsup"],
  ["\u2290\u0338", "NotSquareSuperset"],
  ["\u2291", "sqsube"],
  ["\u2292", "sqsupe"],
  ["\u2293", "sqcap"],
  ["\u2293\uFE00", "sqcaps"],
  ["\u2294", "sqcup"],
  ["\u2294\uFE00", "sqcups"],
  ["\u2295", "oplus"],
  ["\u2296", "ominus"],
  ["\u2297", "otimes"],
  ["\u2298", "osol"],
  ["\u2299", "odot"],
  ["\u229A", "ocir"],
  ["\u229B", "oast"],
  ["\u229D", "odash"],
  ["\u229E", "plusb"],
  ["\u229F", "minusb"],
  ["\u22A0", "timesb"],
  ["\u22A1", "sdotb"],
  ["\u22A2", "vdash"],
  ["\u22A3", "dashv"],
  ["\u22A4", "top"],
  ["\u22A5", "bot"],
  ["\u22A7", "models"],
  ["\u22A8", "vDash"],
  ["\u22A9", "Vdash"],
  ["\u22AA", "Vvdash"],
  ["\u22AB", "VDash"],
  ["\u22AC", "nvdash"],
  ["\u22AD", "nvDash"],
  ["\u22AE", "nVdash"],
  ["\u22AF", "nVDash"],
  ["\u22B0", "prurel"],
  ["\u22B2", "vltri"],
  ["\u22B3", "vrtri"],
  ["\u22B4", "ltrie"],
  ["\u22B4\u20D2", "nvltrie"],
  ["\u22B5", "rtrie"],
  ["\u22B5\u20D2", "nvrtrie"],
  ["\u22B6", "origof"],
  ["\u22B7", "imof"],
  ["\u22B8", "mumap"],
  ["\u22B9", "hercon"],
  ["\u22BA", "intcal"],
  ["\u22BB", "veebar"],
  ["\u22BD", "barvee"],
  ["\u22BE", "angrtvb"],
  ["\u22BF", "lrtri"],
  ["\u22C0", "Wedge"],
  ["\u22C1", "Vee"],
  ["\u22C2", "xcap"],
  ["\u22C3", "xcup"],
  ["\u22C4", "diam"],
  ["\u22C5", "sdot"],
  ["\u22C6", "Star"],
  ["\u22C7", "divonx"],
  ["\u22C8", "bowtie"],
  ["\u22C9", "ltimes"],
  ["\u22CA", "rtimes"],
  ["\u22CB", "lthree"],
  ["\u22CC", "rthree"],
  ["\u22CD", "bsime"],
  ["\u22CE", "cuvee"],
  ["\u22CF", "cuwed"],
  ["\u22D0", "Sub"],
  ["\u22D1", "Sup"],
  ["\u22D2", "Cap"],
  ["\u22D3", "Cup"],
  ["\u22D4", "fork"],
  ["\u22D5", "epar"],
  ["\u22D6", "ltdot"],
  ["\u22D7", "gtdot"],
  ["\u22D8", "Ll"],
  ["\u22D8\u0338", "nLl"],
  ["\u22D9", "Gg"],
  ["\u22D9\u0338", "nGg"],
  ["\u22DA", "leg"],
  ["\u22DA\uFE00", "lesg"],
  ["\u22DB", "gel"],
  ["\u22DB\uFE00", "gesl"],
  ["\u22DE", "cuepr"],
  ["\u22DF", "cuesc"],
  ["\u22E0", "nprcue"],
  ["\u22E1", "nsccue"],
  ["\u22E2", "nsqsube"],
  ["\u22E3", "nsqsupe"],
  ["\u22E6", "lnsim"],
  ["\u22E7", "gnsim"],
  ["\u22E8", "prnsim"],
  ["\u22E9", "scnsim"],
  ["\u22EA", "nltri"],
  ["\u22EB", "nrtri"],
  ["\u22EC", "nltrie"],
  ["\u22ED", "nrtrie"],
  ["\u22EE", "vellip"],
  ["\u22EF", "ctdot"],
  ["\u22F0", "utdot"],
  ["\u22F1", "dtdot"],
  ["\u22F2", "disin"],
  ["\u22F3", "isinsv"],
  ["\u22F4", "isins"],
  ["\u22F5", "isindot"],
  ["\u22F5\u0338", "notindot"],
  ["\u22F6", "notinvc"],
  ["\u22F7", "notinvb"],
  ["\u22F9", "isinE"],
  ["\u22F9\u0338", "notinE"],
  ["\u22FA", "nisd"],
  ["\u22FB", "xnis"],
  ["\u22FC", "nis"],
  ["\u22FD", "notnivc"],
  ["\u22FE", "notnivb"],
  ["\u2305", "barwed"],
  ["\u2306", "Barwed"],
  ["\u2308", "lceil"],
  ["\u2309", "rceil"],
  ["\u230A", "lfloor"],
  ["\u230B", "rfloor"],
  ["\u230C", "drcrop"],
  ["\u230D", "dlcrop"],
  ["\u230E", "urcrop"],
  ["\u230F", "ulcrop"],
  ["\u2310", "bnot"],
  ["\u2312", "profline"],
  ["\u2313", "profsurf"],
  ["\u2315", "telrec"],
  ["\u2316", "target"],
  ["\u231C", "ulcorn"],
  ["\u231D", "urcorn"],
  ["\u231E", "dlcorn"],
  ["\u231F", "drcorn"],
  ["\u2322", "frown"],
  ["\u2323", "smile"],
  ["\u232D", "cylcty"],
  ["\u232E", "profalar"],
  ["\u2336", "topbot"],
  ["\u233D", "ovbar"],
  ["\u233F", "solbar"],
  ["\u237C", "angzarr"],
  ["\u23B0", "lmoust"],
  ["\u23B1", "rmoust"],
  ["\u23B4", "tbrk"],
  ["\u23B5", "bbrk"],
  ["\u23B6", "bbrktbrk"],
  ["\u23DC", "OverParenthesis"],
  ["\u23DD", "UnderParenthesis"],
  ["\u23DE", "OverBrace"],
  ["\u23DF", "UnderBrace"],
  ["\u23E2", "trpezium"],
  ["\u23E7", "elinters"],
  ["\u2423", "blank"],
  ["\u24C8", "oS"],
  ["\u2500", "boxh"],
  ["\u2502", "boxv"],
  ["\u250C", "boxdr"],
  ["\u2510", "boxdl"],
  ["\u2514", "boxur"],
  ["\u2518", "boxul"],
  ["\u251C", "boxvr"],
  ["\u2524", "boxvl"],
  ["\u252C", "boxhd"],
  ["\u2534", "boxhu"],
  ["\u253C", "boxvh"],
  ["\u2550", "boxH"],
  ["\u2551", "boxV"],
  ["\u2552", "boxdR"],
  ["\u2553", "boxDr"],
  ["\u2554", "boxDR"],
  ["\u2555", "boxdL"],
  ["\u2556", "boxDl"],
  ["\u2557", "boxDL"],
  ["\u2558", "boxuR"],
  ["\u2559", "boxUr"],
  ["\u255A", "boxUR"],
  ["\u255B", "boxuL"],
  ["\u255C", "boxUl"],
  ["\u255D", "boxUL"],
  ["\u255E", "boxvR"],
  ["\u255F", "boxVr"],
  ["\u2560", "boxVR"],
  ["\u2561", "boxvL"],
  ["\u2562", "boxVl"],
  ["\u2563", "boxVL"],
  ["\u2564", "boxHd"],
  ["\u2565", "boxhD"],
  ["\u2566", "boxHD"],
  ["\u2567", "boxHu"],
  ["\u2568", "boxhU"],
  ["\u2569", "boxHU"],
  ["\u256A", "boxvH"],
  ["\u256B", "boxVh"],
  ["\u256C", "boxVH"],
  ["\u2580", "uhblk"],
  ["\u2584", "lhblk"],
  ["\u2588", "block"],
  ["\u2591", "blk14"],
  ["\u2592", "blk12"],
  ["\u2593", "blk34"],
  ["\u25A1", "squ"],
  ["\u25AA", "squf"],
  ["\u25AB", "EmptyVerySmallSquare"],
  ["\u25AD", "rect"],
  ["\u25AE", "marker"],
  ["\u25B1", "fltns"],
  ["\u25B3", "xutri"],
  ["\u25B4", "utrif"],
  ["\u25B5", "utri"],
  ["\u25B8", "rtrif"],
  ["\u25B9", "rtri"],
  ["\u25BD", "xdtri"],
  ["\u25BE", "dtrif"],
  ["\u25BF", "dtri"],
  ["\u25C2", "ltrif"],
  ["\u25C3", "ltri"],
  ["\u25CA", "loz"],
  ["\u25CB", "cir"],
  ["\u25EC", "tridot"],
  ["\u25EF", "xcirc"],
  ["\u25F8", "ultri"],
  ["\u25F9", "urtri"],
  ["\u25FA", "lltri"],
  ["\u25FB", "EmptySmallSquare"],
  ["\u25FC", "FilledSmallSquare"],
  ["\u2605", "starf"],
  ["\u2606", "star"],
  ["\u260E", "phone"],
  ["\u2640", "female"],
  ["\u2642", "male"],
  ["\u2660", "spades"],
  ["\u2663", "clubs"],
  ["\u2665", "hearts"],
  ["\u2666", "diams"],
  ["\u266A", "sung"],
  ["\u266D", "flat"],
  ["\u266E", "natur"],
  ["\u266F", "sharp"],
  ["\u2713", "check"],
  ["\u2717", "cross"],
  ["\u2720", "malt"],
  ["\u2736", "sext"],
  ["\u2758", "VerticalSeparator"],
  ["\u2772", "lbbrk"],
  ["\u2773", "rbbrk"],
  ["\u27C8", "bsolhsub"],
  ["\u27C9", "suphsol"],
  ["\u27E6", "lobrk"],
  ["\u27E7", "robrk"],
  ["\u27E8", "lang"],
  ["\u27E9", "rang"],
  ["\u27EA", "Lang"],
  ["\u27EB", "Rang"],
  ["\u27EC", "loang"],
  ["\u27ED", "roang"],
  ["\u27F5", "xlarr"],
  ["\u27F6", "xrarr"],
  ["\u27F7", "xharr"],
  ["\u27F8", "xlArr"],
  ["\u27F9", "xrArr"],
  ["\u27FA", "xhArr"],
  ["\u27FC", "xmap"],
  ["\u27FF", "dzigrarr"],
  ["\u2902", "nvlArr"],
  ["\u2903", "nvrArr"],
  ["\u2904", "nvHarr"],
  ["\u2905", "Map"],
  ["\u290C", "lbarr"],
  ["\u290D", "rbarr"],
  ["\u290E", "lBarr"],
  ["\u290F", "rBarr"],
  ["\u2910", "RBarr"],
  ["\u2911", "DDotrahd"],
  ["\u2912", "UpArrowBar"],
  ["\u2913", "DownArrowBar"],
  ["\u2916", "Rarrtl"],
  ["\u2919", "latail"],
  ["\u291A", "ratail"],
  ["\u291B", "lAtail"],
  ["\u291C", "rAtail"],
  ["\u291D", "larrfs"],
  ["\u291E", "rarrfs"],
  ["\u291F", "larrbfs"],
  ["\u2920", "rarrbfs"],
  ["\u2923", "nwarhk"],
  ["\u2924", "nearhk"],
  ["\u2925", "searhk"],
  ["\u2926", "swarhk"],
  ["\u2927", "nwnear"],
  ["\u2928", "toea"],
  ["\u2929", "tosa"],
  ["\u292A", "swnwar"],
  ["\u2933", "rarrc"],
  ["\u2933\u0338", "nrarrc"],
  ["\u2935", "cudarrr"],
  ["\u2936", "ldca"],
  ["\u2937", "rdca"],
  ["\u2938", "cudarrl"],
  ["\u2939", "larrpl"],
  ["\u293C", "curarrm"],
  ["\u293D", "cularrp"],
  ["\u2945", "rarrpl"],
  ["\u2948", "harrcir"],
  ["\u2949", "Uarrocir"],
  ["\u294A", "lurdshar"],
  ["\u294B", "ldrushar"],
  ["\u294E", "LeftRightVector"],
  ["\u294F", "RightUpDownVector"],
  ["\u2950", "DownLeftRightVector"],
  ["\u2951", "LeftUpDownVector"],
  ["\u2952", "LeftVectorBar"],
  ["\u2953", "RightVectorBar"],
  ["\u2954", "RightUpVectorBar"],
  ["\u2955", "RightDownVectorBar"],
  ["\u2956", "DownLeftVectorBar"],
  ["\u2957", "DownRightVectorBar"],
  ["\u2958", "LeftUpVectorBar"],
  ["\u2959", "LeftDownVectorBar"],
  ["\u295A", "LeftTeeVector"],
  ["\u295B", "RightTeeVector"],
  ["\u295C", "RightUpTeeVector"],
  ["\u295D", "RightDownTeeVector"],
  ["\u295E", "DownLeftTeeVector"],
  ["\u295F", "DownRightTeeVector"],
  ["\u2960", "LeftUpTeeVector"],
  ["\u2961", "LeftDownTeeVector"],
  ["\u2962", "lHar"],
  ["\u2963", "uHar"],
  ["\u2964", "rHar"],
  ["\u2965", "dHar"],
  ["\u2966", "luruhar"],
  ["\u2967", "ldrdhar"],
  ["\u2968", "ruluhar"],
  ["\u2969", "rdldhar"],
  ["\u296A", "lharul"],
  ["\u296B", "llhard"],
  ["\u296C", "rharul"],
  ["\u296D", "lrhard"],
  ["\u296E", "udhar"],
  ["\u296F", "duhar"],
  ["\u2970", "RoundImplies"],
  ["\u2971", "erarr"],
  ["\u2972", "simrarr"],
  ["\u2973", "larrsim"],
  ["\u2974", "rarrsim"],
  ["\u2975", "rarrap"],
  ["\u2976", "ltlarr"],
  ["\u2978", "gtrarr"],
  ["\u2979", "subrarr"],
  ["\u297B", "suplarr"],
  ["\u297C", "lfisht"],
  ["\u297D", "rfisht"],
  ["\u297E", "ufisht"],
  ["\u297F", "dfisht"],
  ["\u2985", "lopar"],
  ["\u2986", "ropar"],
  ["\u298B", "lbrke"],
  ["\u298C", "rbrke"],
  ["\u298D", "lbrkslu"],
  ["\u298E", "rbrksld"],
  ["\u298F", "lbrksld"],
  ["\u2990", "rbrkslu"],
  ["\u2991", "langd"],
  ["\u2992", "rangd"],
  ["\u2993", "lparlt"],
  ["\u2994", "rpargt"],
  ["\u2995", "gtlPar"],
  ["\u2996", "ltrPar"],
  ["\u299A", "vzigzag"],
  ["\u299C", "vangrt"],
  ["\u299D", "angrtvbd"],
  ["\u29A4", "ange"],
  ["\u29A5", "range"],
  ["\u29A6", "dwangle"],
  ["\u29A7", "uwangle"],
  ["\u29A8", "angmsdaa"],
  ["\u29A9", "angmsdab"],
  ["\u29AA", "angmsdac"],
  ["\u29AB", "angmsdad"],
  ["\u29AC", "angmsdae"],
  ["\u29AD", "angmsdaf"],
  ["\u29AE", "angmsdag"],
  ["\u29AF", "angmsdah"],
  ["\u29B0", "bemptyv"],
  ["\u29B1", "demptyv"],
  ["\u29B2", "cemptyv"],
  ["\u29B3", "raemptyv"],
  ["\u29B4", "laemptyv"],
  ["\u29B5", "ohbar"],
  ["\u29B6", "omid"],
  ["\u29B7", "opar"],
  ["\u29B9", "operp"],
  ["\u29BB", "olcross"],
  ["\u29BC", "odsold"],
  ["\u29BE", "olcir"],
  ["\u29BF", "ofcir"],
  ["\u29C0", "olt"],
  ["\u29C1", "ogt"],
  ["\u29C2", "cirscir"],
  ["\u29C3", "cirE"],
  ["\u29C4", "solb"],
  ["\u29C5", "bsolb"],
  ["\u29C9", "boxbox"],
  ["\u29CD", "trisb"],
  ["\u29CE", "rtriltri"],
  ["\u29CF", "LeftTriangleBar"],
  ["\u29CF\u0338", "NotLeftTriangleBar"],
  ["\u29D0", "RightTriangleBar"],
  ["\u29D0\u0338", "NotRightTriangleBar"],
  ["\u29DC", "iinfin"],
  ["\u29DD", "infintie"],
  ["\u29DE", "nvinfin"],
  ["\u29E3", "eparsl"],
  ["\u29E4", "smeparsl"],
  ["\u29E5", "eqvparsl"],
  ["\u29EB", "lozf"],
  ["\u29F4", "RuleDelayed"],
  ["\u29F6", "dsol"],
  ["\u2A00", "xodot"],
  ["\u2A01", "xoplus"],
  ["\u2A02", "xotime"],
  ["\u2A04", "xuplus"],
  ["\u2A06", "xsqcup"],
  ["\u2A0C", "qint"],
  ["\u2A0D", "fpartint"],
  ["\u2A10", "cirfnint"],
  ["\u2A11", "awint"],
  ["\u2A12", "rppolint"],
  ["\u2A13", "scpolint"],
  ["\u2A14", "npolint"],
  ["\u2A15", "pointint"],
  ["\u2A16", "quatint"],
  ["\u2A17", "intlarhk"],
  ["\u2A22", "pluscir"],
  ["\u2A23", "plusacir"],
  ["\u2A24", "simplus"],
  ["\u2A25", "plusdu"],
  ["\u2A26", "plussim"],
  ["\u2A27", "plustwo"],
  ["\u2A29", "mcomma"],
  ["\u2A2A", "minusdu"],
  ["\u2A2D", "loplus"],
  ["\u2A2E", "roplus"],
  ["\u2A2F", "Cross"],
  ["\u2A30", "timesd"],
  ["\u2A31", "timesbar"],
  ["\u2A33", "smashp"],
  ["\u2A34", "lotimes"],
  ["\u2A35", "rotimes"],
  ["\u2A36", "otimesas"],
  ["\u2A37", "Otimes"],
  ["\u2A38", "odiv"],
  ["\u2A39", "triplus"],
  ["\u2A3A", "triminus"],
  ["\u2A3B", "tritime"],
  ["\u2A3C", "iprod"],
  ["\u2A3F", "amalg"],
  ["\u2A40", "capdot"],
  ["\u2A42", "ncup"],
  ["\u2A43", "ncap"],
  ["\u2A44", "capand"],
  ["\u2A45", "cupor"],
  ["\u2A46", "cupcap"],
  ["\u2A47", "capcup"],
  ["\u2A48", "cupbrcap"],
  ["\u2A49", "capbrcup"],
  ["\u2A4A", "cupcup"],
  ["\u2A4B", "capcap"],
  ["\u2A4C", "ccups"],
  ["\u2A4D", "ccaps"],
  ["\u2A50", "ccupssm"],
  ["\u2A53", "And"],
  ["\u2A54", "Or"],
  ["\u2A55", "andand"],
  ["\u2A56", "oror"],
  ["\u2A57", "orslope"],
  ["\u2A58", "andslope"],
  ["\u2A5A", "andv"],
  ["\u2A5B", "orv"],
  ["\u2A5C", "andd"],
  ["\u2A5D", "ord"],
  ["\u2A5F", "wedbar"],
  ["\u2A66", "sdote"],
  ["\u2A6A", "simdot"],
  ["\u2A6D", "congdot"],
  ["\u2A6D\u0338", "ncongdot"],
  ["\u2A6E", "easter"],
  ["\u2A6F", "apacir"],
  ["\u2A70", "apE"],
  ["\u2A70\u0338", "napE"],
  ["\u2A71", "eplus"],
  ["\u2A72", "pluse"],
  ["\u2A73", "Esim"],
  ["\u2A74", "Colone"],
  ["\u2A75", "Equal"],
  ["\u2A77", "eDDot"],
  ["\u2A78", "equivDD"],
  ["\u2A79", "ltcir"],
  ["\u2A7A", "gtcir"],
  ["\u2A7B", "ltquest"],
  ["\u2A7C", "gtquest"],
  ["\u2A7D", "les"],
  ["\u2A7D\u0338", "nles"],
  ["\u2A7E", "ges"],
  ["\u2A7E\u0338", "nges"],
  ["\u2A7F", "lesdot"],
  ["\u2A80", "gesdot"],
  ["\u2A81", "lesdoto"],
  ["\u2A82", "gesdoto"],
  ["\u2A83", "lesdotor"],
  ["\u2A84", "gesdotol"],
  ["\u2A85", "lap"],
  ["\u2A86", "gap"],
  ["\u2A87", "lne"],
  ["\u2A88", "gne"],
  ["\u2A89", "lnap"],
  ["\u2A8A", "gnap"],
  ["\u2A8B", "lEg"],
  ["\u2A8C", "gEl"],
  ["\u2A8D", "lsime"],
  ["\u2A8E", "gsime"],
  ["\u2A8F", "lsimg"],
  ["\u2A90", "gsiml"],
  ["\u2A91", "lgE"],
  ["\u2A92", "glE"],
  ["\u2A93", "lesges"],
  ["\u2A94", "gesles"],
  ["\u2A95", "els"],
  ["\u2A96", "egs"],
  ["\u2A97", "elsdot"],
  ["\u2A98", "egsdot"],
  ["\u2A99", "el"],
  ["\u2A9A", "eg"],
  ["\u2A9D", "siml"],
  ["\u2A9E", "simg"],
  ["\u2A9F", "simlE"],
  ["\u2AA0", "simgE"],
  ["\u2AA1", "LessLess"],
  ["\u2AA1\u0338", "NotNestedLessLess"],
  ["\u2AA2", "GreaterGreater"],
  ["\u2AA2\u0338", "NotNestedGreaterGreater"],
  ["\u2AA4", "glj"],
  ["\u2AA5", "gla"],
  ["\u2AA6", "ltcc"],
  ["\u2AA7", "gtcc"],
  ["\u2AA8", "lescc"],
  ["\u2AA9", "gescc"],
  ["\u2AAA", "smt"],
  ["\u2AAB", "lat"],
  ["\u2AAC", "smte"],
  ["\u2AAC\uFE00", "smtes"],
  ["\u2AAD", "late"],
  ["\u2AAD\uFE00", "lates"],
  ["\u2AAE", "bumpE"],
  ["\u2AAF", "pre"],
  ["\u2AAF\u0338", "npre"],
  ["\u2AB0", "sce"],
  ["\u2AB0\u0338", "nsce"],
  ["\u2AB3", "prE"],
  ["\u2AB4", "scE"],
  ["\u2AB5", "prnE"],
  ["\u2AB6", "scnE"],
  ["\u2AB7", "prap"],
  ["\u2AB8", "scap"],
  ["\u2AB9", "prnap"],
  ["\u2ABA", "scnap"],
  ["\u2ABB", "Pr"],
  ["\u2ABC", "Sc"],
  ["\u2ABD", "subdot"],
  ["\u2ABE", "supdot"],
  ["\u2ABF", "subplus"],
  ["\u2AC0", "supplus"],
  ["\u2AC1", "submult"],
  ["\u2AC2", "supmult"],
  ["\u2AC3", "subedot"],
  ["\u2AC4", "supedot"],
  ["\u2AC5", "subE"],
  ["\u2AC5\u0338", "nsubE"],
  ["\u2AC6", "supE"],
  ["\u2AC6\u0338", "nsupE"],
  ["\u2AC7", "subsim"],
  ["\u2AC8", "supsim"],
  ["\u2ACB", "subnE"],
  ["\u2ACB\uFE00", "vsubnE"],
  ["\u2ACC", "supnE"],
  ["\u2ACC\uFE00", "vsupnE"],
  ["\u2ACF", "csub"],
  ["\u2AD0", "csup"],
  ["\u2AD1", "csube"],
  ["\u2AD2", "csupe"],
  ["\u2AD3", "subsup"],
  ["\u2AD4", "supsub"],
  ["\u2AD5", "subsub"],
  ["\u2AD6", "supsup"],
  ["\u2AD7", "suphsub"],
  ["\u2AD8", "supdsub"],
  ["\u2AD9", "forkv"],
  ["\u2ADA", "topfork"],
  ["\u2ADB", "mlcp"],
  ["\u2AE4", "Dashv"],
  ["\u2AE6", "Vdashl"],
  ["\u2AE7", "Barv"],
  ["\u2AE8", "vBar"],
  ["\u2AE9", "vBarv"],
  ["\u2AEB", "Vbar"],
  ["\u2AEC", "Not"],
  ["\u2AED", "bNot"],
  ["\u2AEE", "rnmid"],
  ["\u2AEF", "cirmid"],
  ["\u2AF0", "midcir"],
  ["\u2AF1", "topcir"],
  ["\u2AF2", "nhpar"],
  ["\u2AF3", "parsim"],
  ["\u2AFD", "parsl"],
  ["\u2AFD\u20E5", "nparsl"],
  ["\u{1D49C}", "Ascr"],
  ["\u{1D49E}", "Cscr"],
  ["\u{1D49F}", "Dscr"],
  ["\u{1D4A2}", "Gscr"],
  ["\u{1D4A5}", "Jscr"],
  ["\u{1D4A6}", "Kscr"],
  ["\u{1D4A9}", "Nscr"],
  ["\u{1D4AA}", "Oscr"],
  ["\u{1D4AB}", "Pscr"],
  ["\u{1D4AC}", "Qscr"],
  ["\u{1D4AE}", "Sscr"],
  ["\u{1D4AF}", "Tscr"],
  ["\u{1D4B0}", "Uscr"],
  ["\u{1D4B1}", "Vscr"],
  ["\u{1D4B2}", "Wscr"],
  ["\u{1D4B3}", "Xscr"],
  ["\u{1D4B4}", "Yscr"],
  ["\u{1D4B5}", "Zscr"],
  ["\u{1D4B6}", "ascr"],
  ["\u{1D4B7}", "bscr"],
  ["\u{1D4B8}", "cscr"],
  ["\u{1D4B9}", "dscr"],
  ["\u{1D4BB}", "fscr"],
  ["\u{1D4BD}", "hscr"],
  ["\u{1D4BE}", "iscr"],
  ["\u{1D4BF}", "jscr"],
  ["\u{1D4C0}", "kscr"],
  ["\u{1D4C1}", "lscr"],
  ["\u{1D4C2}", "mscr"],
  ["\u{1D4C3}", "nscr"],
  ["\u{1D4C5}", "pscr"],
  ["\u{1D4C6}", "qscr"],
  ["\u{1D4C7}", "rscr"],
  ["\u{1D4C8}", "sscr"],
  ["\u{1D4C9}", "tscr"],
  ["\u{1D4CA}", "uscr"],
  ["\u{1D4CB}", "vscr"],
  ["\u{1D4CC}", "wscr"],
  ["\u{1D4CD}", "xscr"],
  ["\u{1D4CE}", "yscr"],
  ["\u{1D4CF}", "zscr"],
  ["\u{1D504}", "Afr"],
  ["\u{1D505}", "Bfr"],
  ["\u{1D507}", "Dfr"],
  ["\u{1D508}", "Efr"],
  ["\u{1D509}", "Ffr"],
  ["\u{1D50A}", "Gfr"],
  ["\u{1D50D}", "Jfr"],
  ["\u{1D50E}", "Kfr"],
  ["\u{1D50F}", "Lfr"],
  ["\u{1D510}", "Mfr"],
  ["\u{1D511}", "Nfr"],
  ["\u{1D512}", "Ofr"],
  ["\u{1D513}", "Pfr"],
  ["\u{1D514}", "Qfr"],
  ["\u{1D516}", "Sfr"],
  ["\u{1D517}", "Tfr"],
  ["\u{1D518}", "Ufr"],
  ["\u{1D519}", "Vfr"],
  ["\u{1D51A}", "Wfr"],
  ["\u{1D51B}", "Xfr"],
  ["\u{1D51C}", "Yfr"],
  ["\u{1D51E}", "afr"],
  ["\u{1D51F}", "bfr"],
  ["\u{1D520}", "cfr"],
  ["\u{1D521}", "dfr"],
  ["\u{1D522}", "efr"],
  ["\u{1D523}", "ffr"],
  ["\u{1D524}", "gfr"],
  ["\u{1D525}", "hfr"],
  ["\u{1D526}", "ifr"],
  ["\u{1D527}", "jfr"],
  ["\u{1D528}", "kfr"],
  ["\u{1D529}", "lfr"],
  ["\u{1D52A}", "mfr"],
  ["\u{1D52B}", "nfr"],
  ["\u{1D52C}", "ofr"],
  ["\u{1D52D}", "pfr"],
  ["\u{1D52E}", "qfr"],
  ["\u{1D52F}", "rfr"],
  ["\u{1D530}", "sfr"],
  ["\u{1D531}", "tfr"],
  ["\u{1D532}", "ufr"],
  ["\u{1D533}", "vfr"],
  ["\u{1D534}", "wfr"],
  ["\u{1D535}", "xfr"],
  ["\u{1D536}", "yfr"],
  ["\u{1D537}", "zfr"],
  ["\u{1D538}", "Aopf"],
  ["\u{1D539}", "Bopf"],
  ["\u{1D53B}", "Dopf"],
  ["\u{1D53C}", "Eopf"],
  ["\u{1D53D}", "Fopf"],
  ["\u{1D53E}", "Gopf"],
  ["\u{1D540}", "Iopf"],
  ["\u{1D541}", "Jopf"],
  ["\u{1D542}", "Kopf"],
  ["\u{1D543}", "Lopf"],
  ["\u{1D544}", "Mopf"],
  ["\u{1D546}", "Oopf"],
  ["\u{1D54A}", "Sopf"],
  ["\u{1D54B}", "Topf"],
  ["\u{1D54C}", "Uopf"],
  ["\u{1D54D}", "Vopf"],
  ["\u{1D54E}", "Wopf"],
  ["\u{1D54F}", "Xopf"],
  ["\u{1D550}", "Yopf"],
  ["\u{1D552}", "aopf"],
  ["\u{1D553}", "bopf"],
  ["\u{1D554}", "copf"],
  ["\u{1D555}", "dopf"],
  ["\u{1D556}", "eopf"],
  ["\u{1D557}", "fopf"],
  ["\u{1D558}", "gopf"],
  ["\u{1D559}", "hopf"],
  ["\u{1D55A}", "iopf"],
  ["\u{1D55B}", "jopf"],
  ["\u{1D55C}", "kopf"],
  ["\u{1D55D}", "lopf"],
  ["\u{1D55E}", "mopf"],
  ["\u{1D55F}", "nopf"],
  ["\u{1D560}", "oopf"],
  ["\u{1D561}", "popf"],
  ["\u{1D562}", "qopf"],
  ["\u{1D563}", "ropf"],
  ["\u{1D564}", "sopf"],
  ["\u{1D565}", "topf"],
  ["\u{1D566}", "uopf"],
  ["\u{1D567}", "vopf"],
  ["\u{1D568}", "wopf"],
  ["\u{1D569}", "xopf"],
  ["\u{1D56A}", "yopf"],
  ["\u{1D56B}", "zopf"],
  ["\uFB00", "fflig"],
  ["\uFB01", "filig"],
  ["\uFB02", "fllig"],
  ["\uFB03", "ffilig"],
  ["\uFB04", "ffllig"]
]);
var regexInvalidRawCodePoint = /[\0-\x08\x0B\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var regexDecode = /&(CounterClockwiseContourIntegral|ClockwiseContourIntegral|DoubleLongLeftRightArrow|NotNestedGreaterGreater|DiacriticalDoubleAcute|NotSquareSupersetEqual|CloseCurlyDoubleQuote|DoubleContourIntegral|FilledVerySmallSquare|NegativeVeryThinSpace|NotPrecedesSlantEqual|NotRightTriangleEqual|NotSucceedsSlantEqual|CapitalDifferentialD|DoubleLeftRightArrow|DoubleLongRightArrow|EmptyVerySmallSquare|NestedGreaterGreater|NotDoubleVerticalBar|NotGreaterSlantEqual|NotLeftTriangleEqual|NotSquareSubsetEqual|OpenCurlyDoubleQuote|ReverseUpEquilibrium|DoubleLongLeftArrow|DownLeftRightVector|LeftArrowRightArrow|NegativeMediumSpace|NotGreaterFullEqual|NotRightTriangleBar|RightArrowLeftArrow|SquareSupersetEqual|leftrightsquigarrow|DownRightTeeVector|DownRightVectorBar|LongLeftRightArrow|Longleftrightarrow|NegativeThickSpace|NotLeftTriangleBar|PrecedesSlantEqual|ReverseEquilibrium|RightDoubleBracket|RightDownTeeVector|RightDownVectorBar|RightTriangleEqual|SquareIntersection|SucceedsSlantEqual|blacktriangleright|longleftrightarrow|DoubleUpDownArrow|DoubleVerticalBar|DownLeftTeeVector|DownLeftVectorBar|FilledSmallSquare|GreaterSlantEqual|LeftDoubleBracket|LeftDownTeeVector|LeftDownVectorBar|LeftTriangleEqual|NegativeThinSpace|NotGreaterGreater|NotLessSlantEqual|NotNestedLessLess|NotReverseElement|NotSquareSuperset|NotTildeFullEqual|RightAngleBracket|RightUpDownVector|SquareSubsetEqual|VerticalSeparator|blacktriangledown|blacktriangleleft|leftrightharpoons|rightleftharpoons|twoheadrightarrow|DiacriticalAcute|DiacriticalGrave|DiacriticalTilde|DoubleRightArrow|DownArrowUpArrow|EmptySmallSquare|GreaterEqualLess|GreaterFullEqual|LeftAngleBracket|LeftUpDownVector|LessEqualGreater|NonBreakingSpace|NotPrecedesEqual|NotRightTriangle|NotSucceedsEqual|NotSucceedsTilde|NotSupersetEqual|RightTriangleBar|RightUpTeeVector|RightUpVectorBar|UnderParenthesis|UpArrowDownArrow|circlearrowright|downharpoonright|ntrianglerighteq|rightharpoondown|rightrightarrows|twoheadleftarrow|vartriangleright|CloseCurlyQuote|ContourIntegral|DoubleDownArrow|DoubleLeftArrow|DownRightVector|LeftRightVector|LeftTriangleBar|LeftUpTeeVector|LeftUpVectorBar|LowerRightArrow|NotGreaterEqual|NotGreaterTilde|NotHumpDownHump|NotLeftTriangle|NotSquareSubset|OverParenthesis|RightDownVector|ShortRightArrow|UpperRightArrow|bigtriangledown|circlearrowleft|curvearrowright|downharpoonleft|leftharpoondown|leftrightarrows|nLeftrightarrow|nleftrightarrow|ntrianglelefteq|rightleftarrows|rightsquigarrow|rightthreetimes|straightepsilon|trianglerighteq|vartriangleleft|DiacriticalDot|DoubleRightTee|DownLeftVector|GreaterGreater|HorizontalLine|InvisibleComma|InvisibleTimes|LeftDownVector|LeftRightArrow|Leftrightarrow|LessSlantEqual|LongRightArrow|Longrightarrow|LowerLeftArrow|NestedLessLess|NotGreaterLess|NotLessGreater|NotSubsetEqual|NotVerticalBar|OpenCurlyQuote|ReverseElement|RightTeeVector|RightVectorBar|ShortDownArrow|ShortLeftArrow|SquareSuperset|TildeFullEqual|UpperLeftArrow|ZeroWidthSpace|curvearrowleft|doublebarwedge|downdownarrows|hookrightarrow|leftleftarrows|leftrightarrow|leftthreetimes|longrightarrow|looparrowright|nshortparallel|ntriangleright|rightarrowtail|rightharpoonup|trianglelefteq|upharpoonright|ApplyFunction|DifferentialD|DoubleLeftTee|DoubleUpArrow|LeftTeeVector|LeftVectorBar|LessFullEqual|LongLeftArrow|Longleftarrow|NotEqualTilde|NotTildeEqual|NotTildeTilde|Poincareplane|PrecedesEqual|PrecedesTilde|RightArrowBar|RightTeeArrow|RightTriangle|RightUpVector|SucceedsEqual|SucceedsTilde|SupersetEqual|UpEquilibrium|VerticalTilde|VeryThinSpace|bigtriangleup|blacktriangle|divideontimes|fallingdotseq|hookleftarrow|leftarrowtail|leftharpoonup|longleftarrow|looparrowleft|measuredangle|ntriangleleft|shortparallel|smallsetminus|triangleright|upharpoonleft|varsubsetneqq|varsupsetneqq|DownArrowBar|DownTeeArrow|ExponentialE|GreaterEqual|GreaterTilde|HilbertSpace|HumpDownHump|Intersection|LeftArrowBar|LeftTeeArrow|LeftTriangle|LeftUpVector|NotCongruent|NotHumpEqual|NotLessEqual|NotLessTilde|Proportional|RightCeiling|RoundImplies|ShortUpArrow|SquareSubset|UnderBracket|VerticalLine|blacklozenge|exponentiale|risingdotseq|triangledown|triangleleft|varsubsetneq|varsupsetneq|CircleMinus|CircleTimes|Equilibrium|GreaterLess|LeftCeiling|LessGreater|MediumSpace|NotLessLess|NotPrecedes|NotSucceeds|NotSuperset|OverBracket|RightVector|Rrightarrow|RuleDelayed|SmallCircle|SquareUnion|SubsetEqual|UpDownArrow|Updownarrow|VerticalBar|backepsilon|blacksquare|circledcirc|circleddash|curlyeqprec|curlyeqsucc|diamondsuit|eqslantless|expectation|nRightarrow|nrightarrow|preccurlyeq|precnapprox|quaternions|straightphi|succcurlyeq|succnapprox|thickapprox|updownarrow|Bernoullis|CirclePlus|EqualTilde|Fouriertrf|ImaginaryI|Laplacetrf|LeftVector|Lleftarrow|NotElement|NotGreater|Proportion|RightArrow|RightFloor|Rightarrow|ThickSpace|TildeEqual|TildeTilde|UnderBrace|UpArrowBar|UpTeeArrow|circledast|complement|curlywedge|eqslantgtr|gtreqqless|lessapprox|lesseqqgtr|lmoustache|longmapsto|mapstodown|mapstoleft|nLeftarrow|nleftarrow|nsubseteqq|nsupseteqq|precapprox|rightarrow|rmoustache|sqsubseteq|sqsupseteq|subsetneqq|succapprox|supsetneqq|upuparrows|varepsilon|varnothing|Backslash|CenterDot|CircleDot|Congruent|Coproduct|DoubleDot|DownArrow|DownBreve|Downarrow|HumpEqual|LeftArrow|LeftFloor|Leftarrow|LessTilde|Mellintrf|MinusPlus|NotCupCap|NotExists|NotSubset|OverBrace|PlusMinus|Therefore|ThinSpace|TripleDot|UnionPlus|backprime|backsimeq|bigotimes|centerdot|checkmark|complexes|dotsquare|downarrow|gtrapprox|gtreqless|gvertneqq|heartsuit|leftarrow|lesseqgtr|lvertneqq|ngeqslant|nleqslant|nparallel|nshortmid|nsubseteq|nsupseteq|pitchfork|rationals|spadesuit|subseteqq|subsetneq|supseteqq|supsetneq|therefore|triangleq|varpropto|DDotrahd|DotEqual|Integral|LessLess|NotEqual|NotTilde|PartialD|Precedes|RightTee|Succeeds|SuchThat|Superset|Uarrocir|UnderBar|andslope|angmsdaa|angmsdab|angmsdac|angmsdad|angmsdae|angmsdaf|angmsdag|angmsdah|angrtvbd|approxeq|awconint|backcong|barwedge|bbrktbrk|bigoplus|bigsqcup|biguplus|bigwedge|boxminus|boxtimes|bsolhsub|capbrcup|circledR|circledS|cirfnint|clubsuit|cupbrcap|curlyvee|cwconint|doteqdot|dotminus|drbkarow|dzigrarr|elinters|emptyset|eqvparsl|fpartint|geqslant|gesdotol|gnapprox|hksearow|hkswarow|imagline|imagpart|infintie|integers|intercal|intlarhk|laemptyv|ldrushar|leqslant|lesdotor|llcorner|lnapprox|lrcorner|lurdshar|mapstoup|multimap|naturals|ncongdot|notindot|otimesas|parallel|plusacir|pointint|precneqq|precnsim|profalar|profline|profsurf|raemptyv|realpart|rppolint|rtriltri|scpolint|setminus|shortmid|smeparsl|sqsubset|sqsupset|subseteq|succneqq|succnsim|supseteq|thetasym|thicksim|timesbar|triangle|triminus|trpezium|ulcorner|urcorner|varkappa|varsigma|vartheta|Because|Cayleys|Cconint|Cedilla|Diamond|DownTee|Element|Epsilon|Implies|LeftTee|NewLine|NoBreak|NotLess|Omicron|OverBar|Product|UpArrow|Uparrow|Upsilon|alefsym|angrtvb|angzarr|asympeq|backsim|because|bemptyv|between|bigcirc|bigodot|bigstar|bnequiv|boxplus|ccupssm|cemptyv|cirscir|coloneq|congdot|cudarrl|cudarrr|cularrp|curarrm|dbkarow|ddagger|ddotseq|demptyv|diamond|digamma|dotplus|dwangle|epsilon|eqcolon|equivDD|gesdoto|gtquest|gtrless|harrcir|intprod|isindot|larrbfs|larrsim|lbrksld|lbrkslu|ldrdhar|lesdoto|lessdot|lessgtr|lesssim|lotimes|lozenge|ltquest|luruhar|maltese|minusdu|napprox|natural|nearrow|nexists|notinva|notinvb|notinvc|notniva|notnivb|notnivc|npolint|npreceq|nsqsube|nsqsupe|nsubset|nsucceq|nsupset|nvinfin|nvltrie|nvrtrie|nwarrow|olcross|omicron|orderof|orslope|pertenk|planckh|pluscir|plussim|plustwo|precsim|quatint|questeq|rarrbfs|rarrsim|rbrksld|rbrkslu|rdldhar|realine|rotimes|ruluhar|searrow|simplus|simrarr|subedot|submult|subplus|subrarr|succsim|supdsub|supedot|suphsol|suphsub|suplarr|supmult|supplus|swarrow|topfork|triplus|tritime|uparrow|upsilon|uwangle|vzigzag|zigrarr|Aacute|Abreve|Agrave|Assign|Atilde|Barwed|Bumpeq|Cacute|Ccaron|Ccedil|Colone|Conint|CupCap|Dagger|Dcaron|DotDot|Dstrok|Eacute|Ecaron|Egrave|Exists|ForAll|Gammad|Gbreve|Gcedil|HARDcy|Hstrok|Iacute|Igrave|Itilde|Jsercy|Kcedil|Lacute|Lambda|Lcaron|Lcedil|Lmidot|Lstrok|Nacute|Ncaron|Ncedil|Ntilde|Oacute|Odblac|Ograve|Oslash|Otilde|Otimes|Racute|Rarrtl|Rcaron|Rcedil|SHCHcy|SOFTcy|Sacute|Scaron|Scedil|Square|Subset|Supset|Tcaron|Tcedil|Tstrok|Uacute|Ubreve|Udblac|Ugrave|Utilde|Vdashl|Verbar|Vvdash|Yacute|Zacute|Zcaron|aacute|abreve|agrave|andand|angmsd|angsph|apacir|approx|atilde|barvee|barwed|becaus|bernou|bigcap|bigcup|bigvee|bkarow|bottom|bowtie|boxbox|bprime|brvbar|bullet|bumpeq|cacute|capand|capcap|capcup|capdot|ccaron|ccedil|circeq|cirmid|colone|commat|compfn|conint|coprod|copysr|cularr|cupcap|cupcup|cupdot|curarr|curren|cylcty|dagger|daleth|dcaron|dfisht|divide|divonx|dlcorn|dlcrop|dollar|drcorn|drcrop|dstrok|eacute|easter|ecaron|ecolon|egrave|egsdot|elsdot|emptyv|emsp13|emsp14|eparsl|eqcirc|equals|equest|female|ffilig|ffllig|forall|frac12|frac13|frac14|frac15|frac16|frac18|frac23|frac25|frac34|frac35|frac38|frac45|frac56|frac58|frac78|gacute|gammad|gbreve|gesdot|gesles|gtlPar|gtrarr|gtrdot|gtrsim|hairsp|hamilt|hardcy|hearts|hellip|hercon|homtht|horbar|hslash|hstrok|hybull|hyphen|iacute|igrave|iiiint|iinfin|incare|inodot|intcal|iquest|isinsv|itilde|jsercy|kappav|kcedil|kgreen|lAtail|lacute|lagran|lambda|langle|larrfs|larrhk|larrlp|larrpl|larrtl|latail|lbrace|lbrack|lcaron|lcedil|ldquor|lesdot|lesges|lfisht|lfloor|lharul|llhard|lmidot|lmoust|loplus|lowast|lowbar|lparlt|lrhard|lsaquo|lsquor|lstrok|lthree|ltimes|ltlarr|ltrPar|mapsto|marker|mcomma|midast|midcir|middot|minusb|minusd|mnplus|models|mstpos|nVDash|nVdash|nacute|nbumpe|ncaron|ncedil|nearhk|nequiv|nesear|nexist|nltrie|notinE|nparsl|nprcue|nrarrc|nrarrw|nrtrie|nsccue|nsimeq|ntilde|numero|nvDash|nvHarr|nvdash|nvlArr|nvrArr|nwarhk|nwnear|oacute|odblac|odsold|ograve|ominus|origof|oslash|otilde|otimes|parsim|percnt|period|permil|phmmat|planck|plankv|plusdo|plusdu|plusmn|preceq|primes|prnsim|propto|prurel|puncsp|qprime|rAtail|racute|rangle|rarrap|rarrfs|rarrhk|rarrlp|rarrpl|rarrtl|ratail|rbrace|rbrack|rcaron|rcedil|rdquor|rfisht|rfloor|rharul|rmoust|roplus|rpargt|rsaquo|rsquor|rthree|rtimes|sacute|scaron|scedil|scnsim|searhk|seswar|sfrown|shchcy|sigmaf|sigmav|simdot|smashp|softcy|solbar|spades|sqcaps|sqcups|sqsube|sqsupe|square|squarf|ssetmn|ssmile|sstarf|subdot|subset|subsim|subsub|subsup|succeq|supdot|supset|supsim|supsub|supsup|swarhk|swnwar|target|tcaron|tcedil|telrec|there4|thetav|thinsp|thksim|timesb|timesd|topbot|topcir|tprime|tridot|tstrok|uacute|ubreve|udblac|ufisht|ugrave|ulcorn|ulcrop|urcorn|urcrop|utilde|vangrt|varphi|varrho|veebar|vellip|verbar|vsubnE|vsubne|vsupnE|vsupne|wedbar|wedgeq|weierp|wreath|xoplus|xotime|xsqcup|xuplus|xwedge|yacute|zacute|zcaron|zeetrf|AElig|Acirc|Alpha|Amacr|Aogon|Aring|Breve|Ccirc|Colon|Cross|Dashv|Delta|Ecirc|Emacr|Eogon|Equal|Gamma|Gcirc|Hacek|Hcirc|IJlig|Icirc|Imacr|Iogon|Iukcy|Jcirc|Jukcy|Kappa|OElig|Ocirc|Omacr|Omega|Prime|RBarr|Scirc|Sigma|THORN|TRADE|TSHcy|Theta|Tilde|Ubrcy|Ucirc|Umacr|Union|Uogon|UpTee|Uring|VDash|Vdash|Wcirc|Wedge|Ycirc|acirc|acute|aelig|aleph|alpha|amacr|amalg|angle|angrt|angst|aogon|aring|asymp|awint|bcong|bdquo|bepsi|blank|blk12|blk14|blk34|block|boxDL|boxDR|boxDl|boxDr|boxHD|boxHU|boxHd|boxHu|boxUL|boxUR|boxUl|boxUr|boxVH|boxVL|boxVR|boxVh|boxVl|boxVr|boxdL|boxdR|boxdl|boxdr|boxhD|boxhU|boxhd|boxhu|boxuL|boxuR|boxul|boxur|boxvH|boxvL|boxvR|boxvh|boxvl|boxvr|breve|bsemi|bsime|bsolb|bumpE|bumpe|caret|caron|ccaps|ccirc|ccups|cedil|check|clubs|colon|comma|crarr|cross|csube|csupe|ctdot|cuepr|cuesc|cupor|cuvee|cuwed|cwint|dashv|dblac|ddarr|delta|dharl|dharr|diams|disin|doteq|dtdot|dtrif|duarr|duhar|eDDot|ecirc|efDot|emacr|empty|eogon|eplus|epsiv|eqsim|equiv|erDot|erarr|esdot|exist|fflig|filig|fjlig|fllig|fltns|forkv|frasl|frown|gamma|gcirc|gescc|gimel|gneqq|gnsim|grave|gsime|gsiml|gtcir|gtdot|harrw|hcirc|hoarr|icirc|iexcl|iiint|iiota|ijlig|imacr|image|imath|imped|infin|iogon|iprod|isinE|isins|isinv|iukcy|jcirc|jmath|jukcy|kappa|lAarr|lBarr|langd|laquo|larrb|lates|lbarr|lbbrk|lbrke|lceil|ldquo|lescc|lhard|lharu|lhblk|llarr|lltri|lneqq|lnsim|loang|loarr|lobrk|lopar|lrarr|lrhar|lrtri|lsime|lsimg|lsquo|ltcir|ltdot|ltrie|ltrif|mDDot|mdash|micro|minus|mumap|nabla|napid|napos|natur|nbump|ncong|ndash|neArr|nearr|nedot|nesim|ngeqq|ngsim|nhArr|nharr|nhpar|nlArr|nlarr|nleqq|nless|nlsim|nltri|notin|notni|npart|nprec|nrArr|nrarr|nrtri|nsime|nsmid|nspar|nsubE|nsube|nsucc|nsupE|nsupe|numsp|nvsim|nwArr|nwarr|ocirc|odash|oelig|ofcir|ohbar|olarr|olcir|oline|omacr|omega|operp|oplus|orarr|order|ovbar|parsl|phone|plusb|pluse|pound|prcue|prime|prnap|prsim|quest|rAarr|rBarr|radic|rangd|range|raquo|rarrb|rarrc|rarrw|ratio|rbarr|rbbrk|rbrke|rceil|rdquo|reals|rhard|rharu|rlarr|rlhar|rnmid|roang|roarr|robrk|ropar|rrarr|rsquo|rtrie|rtrif|sbquo|sccue|scirc|scnap|scsim|sdotb|sdote|seArr|searr|setmn|sharp|sigma|simeq|simgE|simlE|simne|slarr|smile|smtes|sqcap|sqcup|sqsub|sqsup|srarr|starf|strns|subnE|subne|supnE|supne|swArr|swarr|szlig|theta|thkap|thorn|tilde|times|trade|trisb|tshcy|twixt|ubrcy|ucirc|udarr|udhar|uharl|uharr|uhblk|ultri|umacr|uogon|uplus|upsih|uring|urtri|utdot|utrif|uuarr|vBarv|vDash|varpi|vdash|veeeq|vltri|vnsub|vnsup|vprop|vrtri|wcirc|wedge|xcirc|xdtri|xhArr|xharr|xlArr|xlarr|xodot|xrArr|xrarr|xutri|ycirc|Aopf|Ascr|Auml|Barv|Beta|Bopf|Bscr|CHcy|COPY|Cdot|Copf|Cscr|DJcy|DScy|DZcy|Darr|Dopf|Dscr|Edot|Eopf|Escr|Esim|Euml|Fopf|Fscr|GJcy|Gdot|Gopf|Gscr|Hopf|Hscr|IEcy|IOcy|Idot|Iopf|Iota|Iscr|Iuml|Jopf|Jscr|KHcy|KJcy|Kopf|Kscr|LJcy|Lang|Larr|Lopf|Lscr|Mopf|Mscr|NJcy|Nopf|Nscr|Oopf|Oscr|Ouml|Popf|Pscr|QUOT|Qopf|Qscr|Rang|Rarr|Ropf|Rscr|SHcy|Sopf|Sqrt|Sscr|Star|TScy|Topf|Tscr|Uarr|Uopf|Upsi|Uscr|Uuml|Vbar|Vert|Vopf|Vscr|Wopf|Wscr|Xopf|Xscr|YAcy|YIcy|YUcy|Yopf|Yscr|Yuml|ZHcy|Zdot|Zeta|Zopf|Zscr|andd|andv|ange|aopf|apid|apos|ascr|auml|bNot|bbrk|beta|beth|bnot|bopf|boxH|boxV|boxh|boxv|bscr|bsim|bsol|bull|bump|caps|cdot|cent|chcy|cirE|circ|cire|comp|cong|copf|copy|cscr|csub|csup|cups|dArr|dHar|darr|dash|diam|djcy|dopf|dscr|dscy|dsol|dtri|dzcy|eDot|ecir|edot|emsp|ensp|eopf|epar|epsi|escr|esim|euml|euro|excl|flat|fnof|fopf|fork|fscr|gdot|geqq|gesl|gjcy|gnap|gneq|gopf|gscr|gsim|gtcc|gvnE|hArr|half|harr|hbar|hopf|hscr|iecy|imof|iocy|iopf|iota|iscr|isin|iuml|jopf|jscr|khcy|kjcy|kopf|kscr|lArr|lHar|lang|larr|late|lcub|ldca|ldsh|leqq|lesg|ljcy|lnap|lneq|lopf|lozf|lpar|lscr|lsim|lsqb|ltcc|ltri|lvnE|macr|male|malt|mlcp|mldr|mopf|mscr|nGtv|nLtv|nang|napE|nbsp|ncap|ncup|ngeq|nges|ngtr|nisd|njcy|nldr|nleq|nles|nmid|nopf|npar|npre|nsce|nscr|nsim|nsub|nsup|ntgl|ntlg|nvap|nvge|nvgt|nvle|nvlt|oast|ocir|odiv|odot|ogon|oint|omid|oopf|opar|ordf|ordm|oror|oscr|osol|ouml|para|part|perp|phiv|plus|popf|prap|prec|prnE|prod|prop|pscr|qint|qopf|qscr|quot|rArr|rHar|race|rang|rarr|rcub|rdca|rdsh|real|rect|rhov|ring|ropf|rpar|rscr|rsqb|rtri|scap|scnE|sdot|sect|semi|sext|shcy|sime|simg|siml|smid|smte|solb|sopf|spar|squf|sscr|star|subE|sube|succ|sung|sup1|sup2|sup3|supE|supe|tbrk|tdot|tint|toea|topf|tosa|trie|tscr|tscy|uArr|uHar|uarr|uopf|upsi|uscr|utri|uuml|vArr|vBar|varr|vert|vopf|vscr|wopf|wscr|xcap|xcup|xmap|xnis|xopf|xscr|xvee|yacy|yicy|yopf|yscr|yucy|yuml|zdot|zeta|zhcy|zopf|zscr|zwnj|AMP|Acy|Afr|And|Bcy|Bfr|Cap|Cfr|Chi|Cup|Dcy|Del|Dfr|Dot|ENG|ETH|Ecy|Efr|Eta|Fcy|Ffr|Gcy|Gfr|Hat|Hfr|Icy|Ifr|Int|Jcy|Jfr|Kcy|Kfr|Lcy|Lfr|Lsh|Map|Mcy|Mfr|Ncy|Nfr|Not|Ocy|Ofr|Pcy|Pfr|Phi|Psi|Qfr|REG|Rcy|Rfr|Rho|Rsh|Scy|Sfr|Sub|Sum|Sup|Tab|Tau|Tcy|Tfr|Ucy|Ufr|Vcy|Vee|Vfr|Wfr|Xfr|Ycy|Yfr|Zcy|Zfr|acE|acd|acy|afr|amp|and|ang|apE|ape|ast|bcy|bfr|bne|bot|cap|cfr|chi|cir|cup|dcy|deg|dfr|die|div|dot|ecy|efr|egs|ell|els|eng|eta|eth|fcy|ffr|gEl|gap|gcy|gel|geq|ges|gfr|ggg|glE|gla|glj|gnE|gne|hfr|icy|iff|ifr|int|jcy|jfr|kcy|kfr|lEg|lap|lat|lcy|leg|leq|les|lfr|lgE|lnE|lne|loz|lrm|lsh|map|mcy|mfr|mho|mid|nGg|nGt|nLl|nLt|nap|ncy|nfr|ngE|nge|ngt|nis|niv|nlE|nle|nlt|not|npr|nsc|num|ocy|ofr|ogt|ohm|olt|ord|orv|par|pcy|pfr|phi|piv|prE|pre|psi|qfr|rcy|reg|rfr|rho|rlm|rsh|scE|sce|scy|sfr|shy|sim|smt|sol|squ|sub|sum|sup|tau|tcy|tfr|top|ucy|ufr|uml|vcy|vee|vfr|wfr|xfr|ycy|yen|yfr|zcy|zfr|zwj|DD|GT|Gg|Gt|Im|LT|Ll|Lt|Mu|Nu|Or|Pi|Pr|Re|Sc|Xi|ac|af|ap|dd|ee|eg|el|gE|ge|gg|gl|gt|ic|ii|in|it|lE|le|lg|ll|lt|mp|mu|ne|ni|nu|oS|or|pi|pm|pr|rx|sc|wp|wr|xi);|&(Aacute|Agrave|Atilde|Ccedil|Eacute|Egrave|Iacute|Igrave|Ntilde|Oacute|Ograve|Oslash|Otilde|Uacute|Ugrave|Yacute|aacute|agrave|atilde|brvbar|ccedil|curren|divide|eacute|egrave|frac12|frac14|frac34|iacute|igrave|iquest|middot|ntilde|oacute|ograve|oslash|otilde|plusmn|uacute|ugrave|yacute|AElig|Acirc|Aring|Ecirc|Icirc|Ocirc|THORN|Ucirc|acirc|acute|aelig|aring|cedil|ecirc|icirc|iexcl|laquo|micro|ocirc|pound|raquo|szlig|thorn|times|ucirc|Auml|COPY|Euml|Iuml|Ouml|QUOT|Uuml|auml|cent|copy|euml|iuml|macr|nbsp|ordf|ordm|ouml|para|quot|sect|sup1|sup2|sup3|uuml|yuml|AMP|ETH|REG|amp|deg|eth|not|reg|shy|uml|yen|GT|LT|gt|lt)(?!;)([=a-zA-Z0-9]?)|&#([0-9]+)(;?)|&#[xX]([a-fA-F0-9]+)(;?)|&([0-9a-zA-Z]+)/g;
var decodeMap = /* @__PURE__ */ new Map([
  ["AElig", "\xC6"],
  ["AMP", "&"],
  ["Aacute", "\xC1"],
  ["Abreve", "\u0102"],
  ["Acirc", "\xC2"],
  ["Acy", "\u0410"],
  ["Afr", "\u{1D504}"],
  ["Agrave", "\xC0"],
  ["Alpha", "\u0391"],
  ["Amacr", "\u0100"],
  ["And", "\u2A53"],
  ["Aogon", "\u0104"],
  ["Aopf", "\u{1D538}"],
  ["ApplyFunction", "\u2061"],
  ["Aring", "\xC5"],
  ["Ascr", "\u{1D49C}"],
  ["Assign", "\u2254"],
  ["Atilde", "\xC3"],
  ["Auml", "\xC4"],
  ["Backslash", "\u2216"],
  ["Barv", "\u2AE7"],
  ["Barwed", "\u2306"],
  ["Bcy", "\u0411"],
  ["Because", "\u2235"],
  ["Bernoullis", "\u212C"],
  ["Beta", "\u0392"],
  ["Bfr", "\u{1D505}"],
  ["Bopf", "\u{1D539}"],
  ["Breve", "\u02D8"],
  ["Bscr", "\u212C"],
  ["Bumpeq", "\u224E"],
  ["CHcy", "\u0427"],
  ["COPY", "\xA9"],
  ["Cacute", "\u0106"],
  ["Cap", "\u22D2"],
  ["CapitalDifferentialD", "\u2145"],
  ["Cayleys", "\u212D"],
  ["Ccaron", "\u010C"],
  ["Ccedil", "\xC7"],
  ["Ccirc", "\u0108"],
  ["Cconint", "\u2230"],
  ["Cdot", "\u010A"],
  ["Cedilla", "\xB8"],
  ["CenterDot", "\xB7"],
  ["Cfr", "\u212D"],
  ["Chi", "\u03A7"],
  ["CircleDot", "\u2299"],
  ["CircleMinus", "\u2296"],
  ["CirclePlus", "\u2295"],
  ["CircleTimes", "\u2297"],
  ["ClockwiseContourIntegral", "\u2232"],
  ["CloseCurlyDoubleQuote", "\u201D"],
  ["CloseCurlyQuote", "\u2019"],
  ["Colon", "\u2237"],
  ["Colone", "\u2A74"],
  ["Congruent", "\u2261"],
  ["Conint", "\u222F"],
  ["ContourIntegral", "\u222E"],
  ["Copf", "\u2102"],
  ["Coproduct", "\u2210"],
  ["CounterClockwiseContourIntegral", "\u2233"],
  ["Cross", "\u2A2F"],
  ["Cscr", "\u{1D49E}"],
  ["Cup", "\u22D3"],
  ["CupCap", "\u224D"],
  ["DD", "\u2145"],
  ["DDotrahd", "\u2911"],
  ["DJcy", "\u0402"],
  ["DScy", "\u0405"],
  ["DZcy", "\u040F"],
  ["Dagger", "\u2021"],
  ["Darr", "\u21A1"],
  ["Dashv", "\u2AE4"],
  ["Dcaron", "\u010E"],
  ["Dcy", "\u0414"],
  ["Del", "\u2207"],
  ["Delta", "\u0394"],
  ["Dfr", "\u{1D507}"],
  ["DiacriticalAcute", "\xB4"],
  ["DiacriticalDot", "\u02D9"],
  ["DiacriticalDoubleAcute", "\u02DD"],
  ["DiacriticalGrave", "`"],
  ["DiacriticalTilde", "\u02DC"],
  ["Diamond", "\u22C4"],
  ["DifferentialD", "\u2146"],
  ["Dopf", "\u{1D53B}"],
  ["Dot", "\xA8"],
  ["DotDot", "\u20DC"],
  ["DotEqual", "\u2250"],
  ["DoubleContourIntegral", "\u222F"],
  ["DoubleDot", "\xA8"],
  ["DoubleDownArrow", "\u21D3"],
  ["DoubleLeftArrow", "\u21D0"],
  ["DoubleLeftRightArrow", "\u21D4"],
  ["DoubleLeftTee", "\u2AE4"],
  ["DoubleLongLeftArrow", "\u27F8"],
  ["DoubleLongLeftRightArrow", "\u27FA"],
  ["DoubleLongRightArrow", "\u27F9"],
  ["DoubleRightArrow", "\u21D2"],
  ["DoubleRightTee", "\u22A8"],
  ["DoubleUpArrow", "\u21D1"],
  ["DoubleUpDownArrow", "\u21D5"],
  ["DoubleVerticalBar", "\u2225"],
  ["DownArrow", "\u2193"],
  ["DownArrowBar", "\u2913"],
  ["DownArrowUpArrow", "\u21F5"],
  ["DownBreve", "\u0311"],
  ["DownLeftRightVector", "\u2950"],
  ["DownLeftTeeVector", "\u295E"],
  ["DownLeftVector", "\u21BD"],
  ["DownLeftVectorBar", "\u2956"],
  ["DownRightTeeVector", "\u295F"],
  ["DownRightVector", "\u21C1"],
  ["DownRightVectorBar", "\u2957"],
  ["DownTee", "\u22A4"],
  ["DownTeeArrow", "\u21A7"],
  ["Downarrow", "\u21D3"],
  ["Dscr", "\u{1D49F}"],
  ["Dstrok", "\u0110"],
  ["ENG", "\u014A"],
  ["ETH", "\xD0"],
  ["Eacute", "\xC9"],
  ["Ecaron", "\u011A"],
  ["Ecirc", "\xCA"],
  ["Ecy", "\u042D"],
  ["Edot", "\u0116"],
  ["Efr", "\u{1D508}"],
  ["Egrave", "\xC8"],
  ["Element", "\u2208"],
  ["Emacr", "\u0112"],
  ["EmptySmallSquare", "\u25FB"],
  ["EmptyVerySmallSquare", "\u25AB"],
  ["Eogon", "\u0118"],
  ["Eopf", "\u{1D53C}"],
  ["Epsilon", "\u0395"],
  ["Equal", "\u2A75"],
  ["EqualTilde", "\u2242"],
  ["Equilibrium", "\u21CC"],
  ["Escr", "\u2130"],
  ["Esim", "\u2A73"],
  ["Eta", "\u0397"],
  ["Euml", "\xCB"],
  ["Exists", "\u2203"],
  ["ExponentialE", "\u2147"],
  ["Fcy", "\u0424"],
  ["Ffr", "\u{1D509}"],
  ["FilledSmallSquare", "\u25FC"],
  ["FilledVerySmallSquare", "\u25AA"],
  ["Fopf", "\u{1D53D}"],
  ["ForAll", "\u2200"],
  ["Fouriertrf", "\u2131"],
  ["Fscr", "\u2131"],
  ["GJcy", "\u0403"],
  ["GT", ">"],
  ["Gamma", "\u0393"],
  ["Gammad", "\u03DC"],
  ["Gbreve", "\u011E"],
  ["Gcedil", "\u0122"],
  ["Gcirc", "\u011C"],
  ["Gcy", "\u0413"],
  ["Gdot", "\u0120"],
  ["Gfr", "\u{1D50A}"],
  ["Gg", "\u22D9"],
  ["Gopf", "\u{1D53E}"],
  ["GreaterEqual", "\u2265"],
  ["GreaterEqualLess", "\u22DB"],
  ["GreaterFullEqual", "\u2267"],
  ["GreaterGreater", "\u2AA2"],
  ["GreaterLess", "\u2277"],
  ["GreaterSlantEqual", "\u2A7E"],
  ["GreaterTilde", "\u2273"],
  ["Gscr", "\u{1D4A2}"],
  ["Gt", "\u226B"],
  ["HARDcy", "\u042A"],
  ["Hacek", "\u02C7"],
  ["Hat", "^"],
  ["Hcirc", "\u0124"],
  ["Hfr", "\u210C"],
  ["HilbertSpace", "\u210B"],
  ["Hopf", "\u210D"],
  ["HorizontalLine", "\u2500"],
  ["Hscr", "\u210B"],
  ["Hstrok", "\u0126"],
  ["HumpDownHump", "\u224E"],
  ["HumpEqual", "\u224F"],
  ["IEcy", "\u0415"],
  ["IJlig", "\u0132"],
  ["IOcy", "\u0401"],
  ["Iacute", "\xCD"],
  ["Icirc", "\xCE"],
  ["Icy", "\u0418"],
  ["Idot", "\u0130"],
  ["Ifr", "\u2111"],
  ["Igrave", "\xCC"],
  ["Im", "\u2111"],
  ["Imacr", "\u012A"],
  ["ImaginaryI", "\u2148"],
  ["Implies", "\u21D2"],
  ["Int", "\u222C"],
  ["Integral", "\u222B"],
  ["Intersection", "\u22C2"],
  ["InvisibleComma", "\u2063"],
  ["InvisibleTimes", "\u2062"],
  ["Iogon", "\u012E"],
  ["Iopf", "\u{1D540}"],
  ["Iota", "\u0399"],
  ["Iscr", "\u2110"],
  ["Itilde", "\u0128"],
  ["Iukcy", "\u0406"],
  ["Iuml", "\xCF"],
  ["Jcirc", "\u0134"],
  ["Jcy", "\u0419"],
  ["Jfr", "\u{1D50D}"],
  ["Jopf", "\u{1D541}"],
  ["Jscr", "\u{1D4A5}"],
  ["Jsercy", "\u0408"],
  ["Jukcy", "\u0404"],
  ["KHcy", "\u0425"],
  ["KJcy", "\u040C"],
  ["Kappa", "\u039A"],
  ["Kcedil", "\u0136"],
  ["Kcy", "\u041A"],
  ["Kfr", "\u{1D50E}"],
  ["Kopf", "\u{1D542}"],
  ["Kscr", "\u{1D4A6}"],
  ["LJcy", "\u0409"],
  ["LT", "<"],
  ["Lacute", "\u0139"],
  ["Lambda", "\u039B"],
  ["Lang", "\u27EA"],
  ["Laplacetrf", "\u2112"],
  ["Larr", "\u219E"],
  ["Lcaron", "\u013D"],
  ["Lcedil", "\u013B"],
  ["Lcy", "\u041B"],
  ["LeftAngleBracket", "\u27E8"],
  ["LeftArrow", "\u2190"],
  ["LeftArrowBar", "\u21E4"],
  ["LeftArrowRightArrow", "\u21C6"],
  ["LeftCeiling", "\u2308"],
  ["LeftDoubleBracket", "\u27E6"],
  ["LeftDownTeeVector", "\u2961"],
  ["LeftDownVector", "\u21C3"],
  ["LeftDownVectorBar", "\u2959"],
  ["LeftFloor", "\u230A"],
  ["LeftRightArrow", "\u2194"],
  ["LeftRightVector", "\u294E"],
  ["LeftTee", "\u22A3"],
  ["LeftTeeArrow", "\u21A4"],
  ["LeftTeeVector", "\u295A"],
  ["LeftTriangle", "\u22B2"],
  ["LeftTriangleBar", "\u29CF"],
  ["LeftTriangleEqual", "\u22B4"],
  ["LeftUpDownVector", "\u2951"],
  ["LeftUpTeeVector", "\u2960"],
  ["LeftUpVector", "\u21BF"],
  ["LeftUpVectorBar", "\u2958"],
  ["LeftVector", "\u21BC"],
  ["LeftVectorBar", "\u2952"],
  ["Leftarrow", "\u21D0"],
  ["Leftrightarrow", "\u21D4"],
  ["LessEqualGreater", "\u22DA"],
  ["LessFullEqual", "\u2266"],
  ["LessGreater", "\u2276"],
  ["LessLess", "\u2AA1"],
  ["LessSlantEqual", "\u2A7D"],
  ["LessTilde", "\u2272"],
  ["Lfr", "\u{1D50F}"],
  ["Ll", "\u22D8"],
  ["Lleftarrow", "\u21DA"],
  ["Lmidot", "\u013F"],
  ["LongLeftArrow", "\u27F5"],
  ["LongLeftRightArrow", "\u27F7"],
  ["LongRightArrow", "\u27F6"],
  ["Longleftarrow", "\u27F8"],
  ["Longleftrightarrow", "\u27FA"],
  ["Longrightarrow", "\u27F9"],
  ["Lopf", "\u{1D543}"],
  ["LowerLeftArrow", "\u2199"],
  ["LowerRightArrow", "\u2198"],
  ["Lscr", "\u2112"],
  ["Lsh", "\u21B0"],
  ["Lstrok", "\u0141"],
  ["Lt", "\u226A"],
  ["Map", "\u2905"],
  ["Mcy", "\u041C"],
  ["MediumSpace", "\u205F"],
  ["Mellintrf", "\u2133"],
  ["Mfr", "\u{1D510}"],
  ["MinusPlus", "\u2213"],
  ["Mopf", "\u{1D544}"],
  ["Mscr", "\u2133"],
  ["Mu", "\u039C"],
  ["NJcy", "\u040A"],
  ["Nacute", "\u0143"],
  ["Ncaron", "\u0147"],
  ["Ncedil", "\u0145"],
  ["Ncy", "\u041D"],
  ["NegativeMediumSpace", "\u200B"],
  ["NegativeThickSpace", "\u200B"],
  ["NegativeThinSpace", "\u200B"],
  ["NegativeVeryThinSpace", "\u200B"],
  ["NestedGreaterGreater", "\u226B"],
  ["NestedLessLess", "\u226A"],
  ["NewLine", "\n"],
  ["Nfr", "\u{1D511}"],
  ["NoBreak", "\u2060"],
  ["NonBreakingSpace", "\xA0"],
  ["Nopf", "\u2115"],
  ["Not", "\u2AEC"],
  ["NotCongruent", "\u2262"],
  ["NotCupCap", "\u226D"],
  ["NotDoubleVerticalBar", "\u2226"],
  ["NotElement", "\u2209"],
  ["NotEqual", "\u2260"],
  ["NotEqualTilde", "\u2242\u0338"],
  ["NotExists", "\u2204"],
  ["NotGreater", "\u226F"],
  ["NotGreaterEqual", "\u2271"],
  ["NotGreaterFullEqual", "\u2267\u0338"],
  ["NotGreaterGreater", "\u226B\u0338"],
  ["NotGreaterLess", "\u2279"],
  ["NotGreaterSlantEqual", "\u2A7E\u0338"],
  ["NotGreaterTilde", "\u2275"],
  ["NotHumpDownHump", "\u224E\u0338"],
  ["NotHumpEqual", "\u224F\u0338"],
  ["NotLeftTriangle", "\u22EA"],
  ["NotLeftTriangleBar", "\u29CF\u0338"],
  ["NotLeftTriangleEqual", "\u22EC"],
  ["NotLess", "\u226E"],
  ["NotLessEqual", "\u2270"],
  ["NotLessGreater", "\u2278"],
  ["NotLessLess", "\u226A\u0338"],
  ["NotLessSlantEqual", "\u2A7D\u0338"],
  ["NotLessTilde", "\u2274"],
  ["NotNestedGreaterGreater", "\u2AA2\u0338"],
  ["NotNestedLessLess", "\u2AA1\u0338"],
  ["NotPrecedes", "\u2280"],
  ["NotPrecedesEqual", "\u2AAF\u0338"],
  ["NotPrecedesSlantEqual", "\u22E0"],
  ["NotReverseElement", "\u220C"],
  ["NotRightTriangle", "\u22EB"],
  ["NotRightTriangleBar", "\u29D0\u0338"],
  ["NotRightTriangleEqual", "\u22ED"],
  ["NotSquareSubset", "\u228F\u0338"],
  ["NotSquareSubsetEqual", "\u22E2"],
  ["NotSquareSuperset", "\u2290\u0338"],
  ["NotSquareSupersetEqual", "\u22E3"],
  ["NotSubset", "\u2282\u20D2"],
  ["NotSubsetEqual", "\u2288"],
  ["NotSucceeds", "\u2281"],
  ["NotSucceedsEqual", "\u2AB0\u0338"],
  ["NotSucceedsSlantEqual", "\u22E1"],
  ["NotSucceedsTilde", "\u227F\u0338"],
  ["NotSuperset", "\u2283\u20D2"],
  ["NotSupersetEqual", "\u2289"],
  ["NotTilde", "\u2241"],
  ["NotTildeEqual", "\u2244"],
  ["NotTildeFullEqual", "\u2247"],
  ["NotTildeTilde", "\u2249"],
  ["NotVerticalBar", "\u2224"],
  ["Nscr", "\u{1D4A9}"],
  ["Ntilde", "\xD1"],
  ["Nu", "\u039D"],
  ["OElig", "\u0152"],
  ["Oacute", "\xD3"],
  ["Ocirc", "\xD4"],
  ["Ocy", "\u041E"],
  ["Odblac", "\u0150"],
  ["Ofr", "\u{1D512}"],
  ["Ograve", "\xD2"],
  ["Omacr", "\u014C"],
  ["Omega", "\u03A9"],
  ["Omicron", "\u039F"],
  ["Oopf", "\u{1D546}"],
  ["OpenCurlyDoubleQuote", "\u201C"],
  ["OpenCurlyQuote", "\u2018"],
  ["Or", "\u2A54"],
  ["Oscr", "\u{1D4AA}"],
  ["Oslash", "\xD8"],
  ["Otilde", "\xD5"],
  ["Otimes", "\u2A37"],
  ["Ouml", "\xD6"],
  ["OverBar", "\u203E"],
  ["OverBrace", "\u23DE"],
  ["OverBracket", "\u23B4"],
  ["OverParenthesis", "\u23DC"],
  ["PartialD", "\u2202"],
  ["Pcy", "\u041F"],
  ["Pfr", "\u{1D513}"],
  ["Phi", "\u03A6"],
  ["Pi", "\u03A0"],
  ["PlusMinus", "\xB1"],
  ["Poincareplane", "\u210C"],
  ["Popf", "\u2119"],
  ["Pr", "\u2ABB"],
  ["Precedes", "\u227A"],
  ["PrecedesEqual", "\u2AAF"],
  ["PrecedesSlantEqual", "\u227C"],
  ["PrecedesTilde", "\u227E"],
  ["Prime", "\u2033"],
  ["Product", "\u220F"],
  ["Proportion", "\u2237"],
  ["Proportional", "\u221D"],
  ["Pscr", "\u{1D4AB}"],
  ["Psi", "\u03A8"],
  ["QUOT", '"'],
  ["Qfr", "\u{1D514}"],
  ["Qopf", "\u211A"],
  ["Qscr", "\u{1D4AC}"],
  ["RBarr", "\u2910"],
  ["REG", "\xAE"],
  ["Racute", "\u0154"],
  ["Rang", "\u27EB"],
  ["Rarr", "\u21A0"],
  ["Rarrtl", "\u2916"],
  ["Rcaron", "\u0158"],
  ["Rcedil", "\u0156"],
  ["Rcy", "\u0420"],
  ["Re", "\u211C"],
  ["ReverseElement", "\u220B"],
  ["ReverseEquilibrium", "\u21CB"],
  ["ReverseUpEquilibrium", "\u296F"],
  ["Rfr", "\u211C"],
  ["Rho", "\u03A1"],
  ["RightAngleBracket", "\u27E9"],
  ["RightArrow", "\u2192"],
  ["RightArrowBar", "\u21E5"],
  ["RightArrowLeftArrow", "\u21C4"],
  ["RightCeiling", "\u2309"],
  ["RightDoubleBracket", "\u27E7"],
  ["RightDownTeeVector", "\u295D"],
  ["RightDownVector", "\u21C2"],
  ["RightDownVectorBar", "\u2955"],
  ["RightFloor", "\u230B"],
  ["RightTee", "\u22A2"],
  ["RightTeeArrow", "\u21A6"],
  ["RightTeeVector", "\u295B"],
  ["RightTriangle", "\u22B3"],
  ["RightTriangleBar", "\u29D0"],
  ["RightTriangleEqual", "\u22B5"],
  ["RightUpDownVector", "\u294F"],
  ["RightUpTeeVector", "\u295C"],
  ["RightUpVector", "\u21BE"],
  ["RightUpVectorBar", "\u2954"],
  ["RightVector", "\u21C0"],
  ["RightVectorBar", "\u2953"],
  ["Rightarrow", "\u21D2"],
  ["Ropf", "\u211D"],
  ["RoundImplies", "\u2970"],
  ["Rrightarrow", "\u21DB"],
  ["Rscr", "\u211B"],
  ["Rsh", "\u21B1"],
  ["RuleDelayed", "\u29F4"],
  ["SHCHcy", "\u0429"],
  ["SHcy", "\u0428"],
  ["SOFTcy", "\u042C"],
  ["Sacute", "\u015A"],
  ["Sc", "\u2ABC"],
  ["Scaron", "\u0160"],
  ["Scedil", "\u015E"],
  ["Scirc", "\u015C"],
  ["Scy", "\u0421"],
  ["Sfr", "\u{1D516}"],
  ["ShortDownArrow", "\u2193"],
  ["ShortLeftArrow", "\u2190"],
  ["ShortRightArrow", "\u2192"],
  ["ShortUpArrow", "\u2191"],
  ["Sigma", "\u03A3"],
  ["SmallCircle", "\u2218"],
  ["Sopf", "\u{1D54A}"],
  ["Sqrt", "\u221A"],
  ["Square", "\u25A1"],
  ["SquareIntersection", "\u2293"],
  ["SquareSubset", "\u228F"],
  ["SquareSubsetEqual", "\u2291"],
  ["SquareSuperset", "\u2290"],
  ["SquareSupersetEqual", "\u2292"],
  ["SquareUnion", "\u2294"],
  ["Sscr", "\u{1D4AE}"],
  ["Star", "\u22C6"],
  ["Sub", "\u22D0"],
  ["Subset", "\u22D0"],
  ["SubsetEqual", "\u2286"],
  ["Succeeds", "\u227B"],
  ["SucceedsEqual", "\u2AB0"],
  ["SucceedsSlantEqual", "\u227D"],
  ["SucceedsTilde", "\u227F"],
  ["SuchThat", "\u220B"],
  ["Sum", "\u2211"],
  ["Sup", "\u22D1"],
  ["Superset", "\u2283"],
  ["SupersetEqual", "\u2287"],
  ["Supset", "\u22D1"],
  ["THORN", "\xDE"],
  ["TRADE", "\u2122"],
  ["TSHcy", "\u040B"],
  ["TScy", "\u0426"],
  ["Tab", "	"],
  ["Tau", "\u03A4"],
  ["Tcaron", "\u0164"],
  ["Tcedil", "\u0162"],
  ["Tcy", "\u0422"],
  ["Tfr", "\u{1D517}"],
  ["Therefore", "\u2234"],
  ["Theta", "\u0398"],
  ["ThickSpace", "\u205F\u200A"],
  ["ThinSpace", "\u2009"],
  ["Tilde", "\u223C"],
  ["TildeEqual", "\u2243"],
  ["TildeFullEqual", "\u2245"],
  ["TildeTilde", "\u2248"],
  ["Topf", "\u{1D54B}"],
  ["TripleDot", "\u20DB"],
  ["Tscr", "\u{1D4AF}"],
  ["Tstrok", "\u0166"],
  ["Uacute", "\xDA"],
  ["Uarr", "\u219F"],
  ["Uarrocir", "\u2949"],
  ["Ubrcy", "\u040E"],
  ["Ubreve", "\u016C"],
  ["Ucirc", "\xDB"],
  ["Ucy", "\u0423"],
  ["Udblac", "\u0170"],
  ["Ufr", "\u{1D518}"],
  ["Ugrave", "\xD9"],
  ["Umacr", "\u016A"],
  ["UnderBar", "_"],
  ["UnderBrace", "\u23DF"],
  ["UnderBracket", "\u23B5"],
  ["UnderParenthesis", "\u23DD"],
  ["Union", "\u22C3"],
  ["UnionPlus", "\u228E"],
  ["Uogon", "\u0172"],
  ["Uopf", "\u{1D54C}"],
  ["UpArrow", "\u2191"],
  ["UpArrowBar", "\u2912"],
  ["UpArrowDownArrow", "\u21C5"],
  ["UpDownArrow", "\u2195"],
  ["UpEquilibrium", "\u296E"],
  ["UpTee", "\u22A5"],
  ["UpTeeArrow", "\u21A5"],
  ["Uparrow", "\u21D1"],
  ["Updownarrow", "\u21D5"],
  ["UpperLeftArrow", "\u2196"],
  ["UpperRightArrow", "\u2197"],
  ["Upsi", "\u03D2"],
  ["Upsilon", "\u03A5"],
  ["Uring", "\u016E"],
  ["Uscr", "\u{1D4B0}"],
  ["Utilde", "\u0168"],
  ["Uuml", "\xDC"],
  ["VDash", "\u22AB"],
  ["Vbar", "\u2AEB"],
  ["Vcy", "\u0412"],
  ["Vdash", "\u22A9"],
  ["Vdashl", "\u2AE6"],
  ["Vee", "\u22C1"],
  ["Verbar", "\u2016"],
  ["Vert", "\u2016"],
  ["VerticalBar", "\u2223"],
  ["VerticalLine", "|"],
  ["VerticalSeparator", "\u2758"],
  ["VerticalTilde", "\u2240"],
  ["VeryThinSpace", "\u200A"],
  ["Vfr", "\u{1D519}"],
  ["Vopf", "\u{1D54D}"],
  ["Vscr", "\u{1D4B1}"],
  ["Vvdash", "\u22AA"],
  ["Wcirc", "\u0174"],
  ["Wedge", "\u22C0"],
  ["Wfr", "\u{1D51A}"],
  ["Wopf", "\u{1D54E}"],
  ["Wscr", "\u{1D4B2}"],
  ["Xfr", "\u{1D51B}"],
  ["Xi", "\u039E"],
  ["Xopf", "\u{1D54F}"],
  ["Xscr", "\u{1D4B3}"],
  ["YAcy", "\u042F"],
  ["YIcy", "\u0407"],
  ["YUcy", "\u042E"],
  ["Yacute", "\xDD"],
  ["Ycirc", "\u0176"],
  ["Ycy", "\u042B"],
  ["Yfr", "\u{1D51C}"],
  ["Yopf", "\u{1D550}"],
  ["Yscr", "\u{1D4B4}"],
  ["Yuml", "\u0178"],
  ["ZHcy", "\u0416"],
  ["Zacute", "\u0179"],
  ["Zcaron", "\u017D"],
  ["Zcy", "\u0417"],
  ["Zdot", "\u017B"],
  ["ZeroWidthSpace", "\u200B"],
  ["Zeta", "\u0396"],
  ["Zfr", "\u2128"],
  ["Zopf", "\u2124"],
  ["Zscr", "\u{1D4B5}"],
  ["aacute", "\xE1"],
  ["abreve", "\u0103"],
  ["ac", "\u223E"],
  ["acE", "\u223E\u0333"],
  ["acd", "\u223F"],
  ["acirc", "\xE2"],
  ["acute", "\xB4"],
  ["acy", "\u0430"],
  ["aelig", "\xE6"],
  ["af", "\u2061"],
  ["afr", "\u{1D51E}"],
  ["agrave", "\xE0"],
  ["alefsym", "\u2135"],
  ["aleph", "\u2135"],
  ["alpha", "\u03B1"],
  ["amacr", "\u0101"],
  ["amalg", "\u2A3F"],
  ["amp", "&"],
  ["and", "\u2227"],
  ["andand", "\u2A55"],
  ["andd", "\u2A5C"],
  ["andslope", "\u2A58"],
  ["andv", "\u2A5A"],
  ["ang", "\u2220"],
  ["ange", "\u29A4"],
  ["angle", "\u2220"],
  ["angmsd", "\u2221"],
  ["angmsdaa", "\u29A8"],
  ["angmsdab", "\u29A9"],
  ["angmsdac", "\u29AA"],
  ["angmsdad", "\u29AB"],
  ["angmsdae", "\u29AC"],
  ["angmsdaf", "\u29AD"],
  ["angmsdag", "\u29AE"],
  ["angmsdah", "\u29AF"],
  ["angrt", "\u221F"],
  ["angrtvb", "\u22BE"],
  ["angrtvbd", "\u299D"],
  ["angsph", "\u2222"],
  ["angst", "\xC5"],
  ["angzarr", "\u237C"],
  ["aogon", "\u0105"],
  ["aopf", "\u{1D552}"],
  ["ap", "\u2248"],
  ["apE", "\u2A70"],
  ["apacir", "\u2A6F"],
  ["ape", "\u224A"],
  ["apid", "\u224B"],
  ["apos", "'"],
  ["approx", "\u2248"],
  ["approxeq", "\u224A"],
  ["aring", "\xE5"],
  ["ascr", "\u{1D4B6}"],
  ["ast", "*"],
  ["asymp", "\u2248"],
  ["asympeq", "\u224D"],
  ["atilde", "\xE3"],
  ["auml", "\xE4"],
  ["awconint", "\u2233"],
  ["awint", "\u2A11"],
  ["bNot", "\u2AED"],
  ["backcong", "\u224C"],
  ["backepsilon", "\u03F6"],
  ["backprime", "\u2035"],
  ["backsim", "\u223D"],
  ["backsimeq", "\u22CD"],
  ["barvee", "\u22BD"],
  ["barwed", "\u2305"],
  ["barwedge", "\u2305"],
  ["bbrk", "\u23B5"],
  ["bbrktbrk", "\u23B6"],
  ["bcong", "\u224C"],
  ["bcy", "\u0431"],
  ["bdquo", "\u201E"],
  ["becaus", "\u2235"],
  ["because", "\u2235"],
  ["bemptyv", "\u29B0"],
  ["bepsi", "\u03F6"],
  ["bernou", "\u212C"],
  ["beta", "\u03B2"],
  ["beth", "\u2136"],
  ["between", "\u226C"],
  ["bfr", "\u{1D51F}"],
  ["bigcap", "\u22C2"],
  ["bigcirc", "\u25EF"],
  ["bigcup", "\u22C3"],
  ["bigodot", "\u2A00"],
  ["bigoplus", "\u2A01"],
  ["bigotimes", "\u2A02"],
  ["bigsqcup", "\u2A06"],
  ["bigstar", "\u2605"],
  ["bigtriangledown", "\u25BD"],
  ["bigtriangleup", "\u25B3"],
  ["biguplus", "\u2A04"],
  ["bigvee", "\u22C1"],
  ["bigwedge", "\u22C0"],
  ["bkarow", "\u290D"],
  ["blacklozenge", "\u29EB"],
  ["blacksquare", "\u25AA"],
  ["blacktriangle", "\u25B4"],
  ["blacktriangledown", "\u25BE"],
  ["blacktriangleleft", "\u25C2"],
  ["blacktriangleright", "\u25B8"],
  ["blank", "\u2423"],
  ["blk12", "\u2592"],
  ["blk14", "\u2591"],
  ["blk34", "\u2593"],
  ["block", "\u2588"],
  ["bne", "=\u20E5"],
  ["bnequiv", "\u2261\u20E5"],
  ["bnot", "\u2310"],
  ["bopf", "\u{1D553}"],
  ["bot", "\u22A5"],
  ["bottom", "\u22A5"],
  ["bowtie", "\u22C8"],
  ["boxDL", "\u2557"],
  ["boxDR", "\u2554"],
  ["boxDl", "\u2556"],
  ["boxDr", "\u2553"],
  ["boxH", "\u2550"],
  ["boxHD", "\u2566"],
  ["boxHU", "\u2569"],
  ["boxHd", "\u2564"],
  ["boxHu", "\u2567"],
  ["boxUL", "\u255D"],
  ["boxUR", "\u255A"],
  ["boxUl", "\u255C"],
  ["boxUr", "\u2559"],
  ["boxV", "\u2551"],
  ["boxVH", "\u256C"],
  ["boxVL", "\u2563"],
  ["boxVR", "\u2560"],
  ["boxVh", "\u256B"],
  ["boxVl", "\u2562"],
  ["boxVr", "\u255F"],
  ["boxbox", "\u29C9"],
  ["boxdL", "\u2555"],
  ["boxdR", "\u2552"],
  ["boxdl", "\u2510"],
  ["boxdr", "\u250C"],
  ["boxh", "\u2500"],
  ["boxhD", "\u2565"],
  ["boxhU", "\u2568"],
  ["boxhd", "\u252C"],
  ["boxhu", "\u2534"],
  ["boxminus", "\u229F"],
  ["boxplus", "\u229E"],
  ["boxtimes", "\u22A0"],
  ["boxuL", "\u255B"],
  ["boxuR", "\u2558"],
  ["boxul", "\u2518"],
  ["boxur", "\u2514"],
  ["boxv", "\u2502"],
  ["boxvH", "\u256A"],
  ["boxvL", "\u2561"],
  ["boxvR", "\u255E"],
  ["boxvh", "\u253C"],
  ["boxvl", "\u2524"],
  ["boxvr", "\u251C"],
  ["bprime", "\u2035"],
  ["breve", "\u02D8"],
  ["brvbar", "\xA6"],
  ["bscr", "\u{1D4B7}"],
  ["bsemi", "\u204F"],
  ["bsim", "\u223D"],
  ["bsime", "\u22CD"],
  ["bsol", "\\"],
  ["bsolb", "\u29C5"],
  ["bsolhsub", "\u27C8"],
  ["bull", "\u2022"],
  ["bullet", "\u2022"],
  ["bump", "\u224E"],
  ["bumpE", "\u2AAE"],
  ["bumpe", "\u224F"],
  ["bumpeq", "\u224F"],
  ["cacute", "\u0107"],
  ["cap", "\u2229"],
  ["capand", "\u2A44"],
  ["capbrcup", "\u2A49"],
  ["capcap", "\u2A4B"],
  ["capcup", "\u2A47"],
  ["capdot", "\u2A40"],
  ["caps", "\u2229\uFE00"],
  ["caret", "\u2041"],
  ["caron", "\u02C7"],
  ["ccaps", "\u2A4D"],
  ["ccaron", "\u010D"],
  ["ccedil", "\xE7"],
  ["ccirc", "\u0109"],
  ["ccups", "\u2A4C"],
  ["ccupssm", "\u2A50"],
  ["cdot", "\u010B"],
  ["cedil", "\xB8"],
  ["cemptyv", "\u29B2"],
  ["cent", "\xA2"],
  ["centerdot", "\xB7"],
  ["cfr", "\u{1D520}"],
  ["chcy", "\u0447"],
  ["check", "\u2713"],
  ["checkmark", "\u2713"],
  ["chi", "\u03C7"],
  ["cir", "\u25CB"],
  ["cirE", "\u29C3"],
  ["circ", "\u02C6"],
  ["circeq", "\u2257"],
  ["circlearrowleft", "\u21BA"],
  ["circlearrowright", "\u21BB"],
  ["circledR", "\xAE"],
  ["circledS", "\u24C8"],
  ["circledast", "\u229B"],
  ["circledcirc", "\u229A"],
  ["circleddash", "\u229D"],
  ["cire", "\u2257"],
  ["cirfnint", "\u2A10"],
  ["cirmid", "\u2AEF"],
  ["cirscir", "\u29C2"],
  ["clubs", "\u2663"],
  ["clubsuit", "\u2663"],
  ["colon", ":"],
  ["colone", "\u2254"],
  ["coloneq", "\u2254"],
  ["comma", ","],
  ["commat", "@"],
  ["comp", "\u2201"],
  ["compfn", "\u2218"],
  ["complement", "\u2201"],
  ["complexes", "\u2102"],
  ["cong", "\u2245"],
  ["congdot", "\u2A6D"],
  ["conint", "\u222E"],
  ["copf", "\u{1D554}"],
  ["coprod", "\u2210"],
  ["copy", "\xA9"],
  ["copysr", "\u2117"],
  ["crarr", "\u21B5"],
  ["cross", "\u2717"],
  ["cscr", "\u{1D4B8}"],
  ["csub", "\u2ACF"],
  ["csube", "\u2AD1"],
  ["csup", "\u2AD0"],
  ["csupe", "\u2AD2"],
  ["ctdot", "\u22EF"],
  ["cudarrl", "\u2938"],
  ["cudarrr", "\u2935"],
  ["cuepr", "\u22DE"],
  ["cuesc", "\u22DF"],
  ["cularr", "\u21B6"],
  ["cularrp", "\u293D"],
  ["cup", "\u222A"],
  ["cupbrcap", "\u2A48"],
  ["cupcap", "\u2A46"],
  ["cupcup", "\u2A4A"],
  ["cupdot", "\u228D"],
  ["cupor", "\u2A45"],
  ["cups", "\u222A\uFE00"],
  ["curarr", "\u21B7"],
  ["curarrm", "\u293C"],
  ["curlyeqprec", "\u22DE"],
  ["curlyeqsucc", "\u22DF"],
  ["curlyvee", "\u22CE"],
  ["curlywedge", "\u22CF"],
  ["curren", "\xA4"],
  ["curvearrowleft", "\u21B6"],
  ["curvearrowright", "\u21B7"],
  ["cuvee", "\u22CE"],
  ["cuwed", "\u22CF"],
  ["cwconint", "\u2232"],
  ["cwint", "\u2231"],
  ["cylcty", "\u232D"],
  ["dArr", "\u21D3"],
  ["dHar", "\u2965"],
  ["dagger", "\u2020"],
  ["daleth", "\u2138"],
  ["darr", "\u2193"],
  ["dash", "\u2010"],
  ["dashv", "\u22A3"],
  ["dbkarow", "\u290F"],
  ["dblac", "\u02DD"],
  ["dcaron", "\u010F"],
  ["dcy", "\u0434"],
  ["dd", "\u2146"],
  ["ddagger", "\u2021"],
  ["ddarr", "\u21CA"],
  ["ddotseq", "\u2A77"],
  ["deg", "\xB0"],
  ["delta", "\u03B4"],
  ["demptyv", "\u29B1"],
  ["dfisht", "\u297F"],
  ["dfr", "\u{1D521}"],
  ["dharl", "\u21C3"],
  ["dharr", "\u21C2"],
  ["diam", "\u22C4"],
  ["diamond", "\u22C4"],
  ["diamondsuit", "\u2666"],
  ["diams", "\u2666"],
  ["die", "\xA8"],
  ["digamma", "\u03DD"],
  ["disin", "\u22F2"],
  ["div", "\xF7"],
  ["divide", "\xF7"],
  ["divideontimes", "\u22C7"],
  ["divonx", "\u22C7"],
  ["djcy", "\u0452"],
  ["dlcorn", "\u231E"],
  ["dlcrop", "\u230D"],
  ["dollar", "$"],
  ["dopf", "\u{1D555}"],
  ["dot", "\u02D9"],
  ["doteq", "\u2250"],
  ["doteqdot", "\u2251"],
  ["dotminus", "\u2238"],
  ["dotplus", "\u2214"],
  ["dotsquare", "\u22A1"],
  ["doublebarwedge", "\u2306"],
  ["downarrow", "\u2193"],
  ["downdownarrows", "\u21CA"],
  ["downharpoonleft", "\u21C3"],
  ["downharpoonright", "\u21C2"],
  ["drbkarow", "\u2910"],
  ["drcorn", "\u231F"],
  ["drcrop", "\u230C"],
  ["dscr", "\u{1D4B9}"],
  ["dscy", "\u0455"],
  ["dsol", "\u29F6"],
  ["dstrok", "\u0111"],
  ["dtdot", "\u22F1"],
  ["dtri", "\u25BF"],
  ["dtrif", "\u25BE"],
  ["duarr", "\u21F5"],
  ["duhar", "\u296F"],
  ["dwangle", "\u29A6"],
  ["dzcy", "\u045F"],
  ["dzigrarr", "\u27FF"],
  ["eDDot", "\u2A77"],
  ["eDot", "\u2251"],
  ["eacute", "\xE9"],
  ["easter", "\u2A6E"],
  ["ecaron", "\u011B"],
  ["ecir", "\u2256"],
  ["ecirc", "\xEA"],
  ["ecolon", "\u2255"],
  ["ecy", "\u044D"],
  ["edot", "\u0117"],
  ["ee", "\u2147"],
  ["efDot", "\u2252"],
  ["efr", "\u{1D522}"],
  ["eg", "\u2A9A"],
  ["egrave", "\xE8"],
  ["egs", "\u2A96"],
  ["egsdot", "\u2A98"],
  ["el", "\u2A99"],
  ["elinters", "\u23E7"],
  ["ell", "\u2113"],
  ["els", "\u2A95"],
  ["elsdot", "\u2A97"],
  ["emacr", "\u0113"],
  ["empty", "\u2205"],
  ["emptyset", "\u2205"],
  ["emptyv", "\u2205"],
  ["emsp", "\u2003"],
  ["emsp13", "\u2004"],
  ["emsp14", "\u2005"],
  ["eng", "\u014B"],
  ["ensp", "\u2002"],
  ["eogon", "\u0119"],
  ["eopf", "\u{1D556}"],
  ["epar", "\u22D5"],
  ["eparsl", "\u29E3"],
  ["eplus", "\u2A71"],
  ["epsi", "\u03B5"],
  ["epsilon", "\u03B5"],
  ["epsiv", "\u03F5"],
  ["eqcirc", "\u2256"],
  ["eqcolon", "\u2255"],
  ["eqsim", "\u2242"],
  ["eqslantgtr", "\u2A96"],
  ["eqslantless", "\u2A95"],
  ["equals", "="],
  ["equest", "\u225F"],
  ["equiv", "\u2261"],
  ["equivDD", "\u2A78"],
  ["eqvparsl", "\u29E5"],
  ["erDot", "\u2253"],
  ["erarr", "\u2971"],
  ["escr", "\u212F"],
  ["esdot", "\u2250"],
  ["esim", "\u2242"],
  ["eta", "\u03B7"],
  ["eth", "\xF0"],
  ["euml", "\xEB"],
  ["euro", "\u20AC"],
  ["excl", "!"],
  ["exist", "\u2203"],
  ["expectation", "\u2130"],
  ["exponentiale", "\u2147"],
  ["fallingdotseq", "\u2252"],
  ["fcy", "\u0444"],
  ["female", "\u2640"],
  ["ffilig", "\uFB03"],
  ["fflig", "\uFB00"],
  ["ffllig", "\uFB04"],
  ["ffr", "\u{1D523}"],
  ["filig", "\uFB01"],
  ["fjlig", "fj"],
  ["flat", "\u266D"],
  ["fllig", "\uFB02"],
  ["fltns", "\u25B1"],
  ["fnof", "\u0192"],
  ["fopf", "\u{1D557}"],
  ["forall", "\u2200"],
  ["fork", "\u22D4"],
  ["forkv", "\u2AD9"],
  ["fpartint", "\u2A0D"],
  ["frac12", "\xBD"],
  ["frac13", "\u2153"],
  ["frac14", "\xBC"],
  ["frac15", "\u2155"],
  ["frac16", "\u2159"],
  ["frac18", "\u215B"],
  ["frac23", "\u2154"],
  ["frac25", "\u2156"],
  ["frac34", "\xBE"],
  ["frac35", "\u2157"],
  ["frac38", "\u215C"],
  ["frac45", "\u2158"],
  ["frac56", "\u215A"],
  ["frac58", "\u215D"],
  ["frac78", "\u215E"],
  ["frasl", "\u2044"],
  ["frown", "\u2322"],
  ["fscr", "\u{1D4BB}"],
  ["gE", "\u2267"],
  ["gEl", "\u2A8C"],
  ["gacute", "\u01F5"],
  ["gamma", "\u03B3"],
  ["gammad", "\u03DD"],
  ["gap", "\u2A86"],
  ["gbreve", "\u011F"],
  ["gcirc", "\u011D"],
  ["gcy", "\u0433"],
  ["gdot", "\u0121"],
  ["ge", "\u2265"],
  ["gel", "\u22DB"],
  ["geq", "\u2265"],
  ["geqq", "\u2267"],
  ["geqslant", "\u2A7E"],
  ["ges", "\u2A7E"],
  ["gescc", "\u2AA9"],
  ["gesdot", "\u2A80"],
  ["gesdoto", "\u2A82"],
  ["gesdotol", "\u2A84"],
  ["gesl", "\u22DB\uFE00"],
  ["gesles", "\u2A94"],
  ["gfr", "\u{1D524}"],
  ["gg", "\u226B"],
  ["ggg", "\u22D9"],
  ["gimel", "\u2137"],
  ["gjcy", "\u0453"],
  ["gl", "\u2277"],
  ["glE", "\u2A92"],
  ["gla", "\u2AA5"],
  ["glj", "\u2AA4"],
  ["gnE", "\u2269"],
  ["gnap", "\u2A8A"],
  ["gnapprox", "\u2A8A"],
  ["gne", "\u2A88"],
  ["gneq", "\u2A88"],
  ["gneqq", "\u2269"],
  ["gnsim", "\u22E7"],
  ["gopf", "\u{1D558}"],
  ["grave", "`"],
  ["gscr", "\u210A"],
  ["gsim", "\u2273"],
  ["gsime", "\u2A8E"],
  ["gsiml", "\u2A90"],
  ["gt", ">"],
  ["gtcc", "\u2AA7"],
  ["gtcir", "\u2A7A"],
  ["gtdot", "\u22D7"],
  ["gtlPar", "\u2995"],
  ["gtquest", "\u2A7C"],
  ["gtrapprox", "\u2A86"],
  ["gtrarr", "\u2978"],
  ["gtrdot", "\u22D7"],
  ["gtreqless", "\u22DB"],
  ["gtreqqless", "\u2A8C"],
  ["gtrless", "\u2277"],
  ["gtrsim", "\u2273"],
  ["gvertneqq", "\u2269\uFE00"],
  ["gvnE", "\u2269\uFE00"],
  ["hArr", "\u21D4"],
  ["hairsp", "\u200A"],
  ["half", "\xBD"],
  ["hamilt", "\u210B"],
  ["hardcy", "\u044A"],
  ["harr", "\u2194"],
  ["harrcir", "\u2948"],
  ["harrw", "\u21AD"],
  ["hbar", "\u210F"],
  ["hcirc", "\u0125"],
  ["hearts", "\u2665"],
  ["heartsuit", "\u2665"],
  ["hellip", "\u2026"],
  ["hercon", "\u22B9"],
  ["hfr", "\u{1D525}"],
  ["hksearow", "\u2925"],
  ["hkswarow", "\u2926"],
  ["hoarr", "\u21FF"],
  ["homtht", "\u223B"],
  ["hookleftarrow", "\u21A9"],
  ["hookrightarrow", "\u21AA"],
  ["hopf", "\u{1D559}"],
  ["horbar", "\u2015"],
  ["hscr", "\u{1D4BD}"],
  ["hslash", "\u210F"],
  ["hstrok", "\u0127"],
  ["hybull", "\u2043"],
  ["hyphen", "\u2010"],
  ["iacute", "\xED"],
  ["ic", "\u2063"],
  ["icirc", "\xEE"],
  ["icy", "\u0438"],
  ["iecy", "\u0435"],
  ["iexcl", "\xA1"],
  ["iff", "\u21D4"],
  ["ifr", "\u{1D526}"],
  ["igrave", "\xEC"],
  ["ii", "\u2148"],
  ["iiiint", "\u2A0C"],
  ["iiint", "\u222D"],
  ["iinfin", "\u29DC"],
  ["iiota", "\u2129"],
  ["ijlig", "\u0133"],
  ["imacr", "\u012B"],
  ["image", "\u2111"],
  ["imagline", "\u2110"],
  ["imagpart", "\u2111"],
  ["imath", "\u0131"],
  ["imof", "\u22B7"],
  ["imped", "\u01B5"],
  ["in", "\u2208"],
  ["incare", "\u2105"],
  ["infin", "\u221E"],
  ["infintie", "\u29DD"],
  ["inodot", "\u0131"],
  ["int", "\u222B"],
  ["intcal", "\u22BA"],
  ["integers", "\u2124"],
  ["intercal", "\u22BA"],
  ["intlarhk", "\u2A17"],
  ["intprod", "\u2A3C"],
  ["iocy", "\u0451"],
  ["iogon", "\u012F"],
  ["iopf", "\u{1D55A}"],
  ["iota", "\u03B9"],
  ["iprod", "\u2A3C"],
  ["iquest", "\xBF"],
  ["iscr", "\u{1D4BE}"],
  ["isin", "\u2208"],
  ["isinE", "\u22F9"],
  ["isindot", "\u22F5"],
  ["isins", "\u22F4"],
  ["isinsv", "\u22F3"],
  ["isinv", "\u2208"],
  ["it", "\u2062"],
  ["itilde", "\u0129"],
  ["iukcy", "\u0456"],
  ["iuml", "\xEF"],
  ["jcirc", "\u0135"],
  ["jcy", "\u0439"],
  ["jfr", "\u{1D527}"],
  ["jmath", "\u0237"],
  ["jopf", "\u{1D55B}"],
  ["jscr", "\u{1D4BF}"],
  ["jsercy", "\u0458"],
  ["jukcy", "\u0454"],
  ["kappa", "\u03BA"],
  ["kappav", "\u03F0"],
  ["kcedil", "\u0137"],
  ["kcy", "\u043A"],
  ["kfr", "\u{1D528}"],
  ["kgreen", "\u0138"],
  ["khcy", "\u0445"],
  ["kjcy", "\u045C"],
  ["kopf", "\u{1D55C}"],
  ["kscr", "\u{1D4C0}"],
  ["lAarr", "\u21DA"],
  ["lArr", "\u21D0"],
  ["lAtail", "\u291B"],
  ["lBarr", "\u290E"],
  ["lE", "\u2266"],
  ["lEg", "\u2A8B"],
  ["lHar", "\u2962"],
  ["lacute", "\u013A"],
  ["laemptyv", "\u29B4"],
  ["lagran", "\u2112"],
  ["lambda", "\u03BB"],
  ["lang", "\u27E8"],
  ["langd", "\u2991"],
  ["langle", "\u27E8"],
  ["lap", "\u2A85"],
  ["laquo", "\xAB"],
  ["larr", "\u2190"],
  ["larrb", "\u21E4"],
  ["larrbfs", "\u291F"],
  ["larrfs", "\u291D"],
  ["larrhk", "\u21A9"],
  ["larrlp", "\u21AB"],
  ["larrpl", "\u2939"],
  ["larrsim", "\u2973"],
  ["larrtl", "\u21A2"],
  ["lat", "\u2AAB"],
  ["latail", "\u2919"],
  ["late", "\u2AAD"],
  ["lates", "\u2AAD\uFE00"],
  ["lbarr", "\u290C"],
  ["lbbrk", "\u2772"],
  ["lbrace", "{"],
  ["lbrack", "["],
  ["lbrke", "\u298B"],
  ["lbrksld", "\u298F"],
  ["lbrkslu", "\u298D"],
  ["lcaron", "\u013E"],
  ["lcedil", "\u013C"],
  ["lceil", "\u2308"],
  ["lcub", "{"],
  ["lcy", "\u043B"],
  ["ldca", "\u2936"],
  ["ldquo", "\u201C"],
  ["ldquor", "\u201E"],
  ["ldrdhar", "\u2967"],
  ["ldrushar", "\u294B"],
  ["ldsh", "\u21B2"],
  ["le", "\u2264"],
  ["leftarrow", "\u2190"],
  ["leftarrowtail", "\u21A2"],
  ["leftharpoondown", "\u21BD"],
  ["leftharpoonup", "\u21BC"],
  ["leftleftarrows", "\u21C7"],
  ["leftrightarrow", "\u2194"],
  ["leftrightarrows", "\u21C6"],
  ["leftrightharpoons", "\u21CB"],
  ["leftrightsquigarrow", "\u21AD"],
  ["leftthreetimes", "\u22CB"],
  ["leg", "\u22DA"],
  ["leq", "\u2264"],
  ["leqq", "\u2266"],
  ["leqslant", "\u2A7D"],
  ["les", "\u2A7D"],
  ["lescc", "\u2AA8"],
  ["lesdot", "\u2A7F"],
  ["lesdoto", "\u2A81"],
  ["lesdotor", "\u2A83"],
  ["lesg", "\u22DA\uFE00"],
  ["lesges", "\u2A93"],
  ["lessapprox", "\u2A85"],
  ["lessdot", "\u22D6"],
  ["lesseqgtr", "\u22DA"],
  ["lesseqqgtr", "\u2A8B"],
  ["lessgtr", "\u2276"],
  ["lesssim", "\u2272"],
  ["lfisht", "\u297C"],
  ["lfloor", "\u230A"],
  ["lfr", "\u{1D529}"],
  ["lg", "\u2276"],
  ["lgE", "\u2A91"],
  ["lhard", "\u21BD"],
  ["lharu", "\u21BC"],
  ["lharul", "\u296A"],
  ["lhblk", "\u2584"],
  ["ljcy", "\u0459"],
  ["ll", "\u226A"],
  ["llarr", "\u21C7"],
  ["llcorner", "\u231E"],
  ["llhard", "\u296B"],
  ["lltri", "\u25FA"],
  ["lmidot", "\u0140"],
  ["lmoust", "\u23B0"],
  ["lmoustache", "\u23B0"],
  ["lnE", "\u2268"],
  ["lnap", "\u2A89"],
  ["lnapprox", "\u2A89"],
  ["lne", "\u2A87"],
  ["lneq", "\u2A87"],
  ["lneqq", "\u2268"],
  ["lnsim", "\u22E6"],
  ["loang", "\u27EC"],
  ["loarr", "\u21FD"],
  ["lobrk", "\u27E6"],
  ["longleftarrow", "\u27F5"],
  ["longleftrightarrow", "\u27F7"],
  ["longmapsto", "\u27FC"],
  ["longrightarrow", "\u27F6"],
  ["looparrowleft", "\u21AB"],
  ["looparrowright", "\u21AC"],
  ["lopar", "\u2985"],
  ["lopf", "\u{1D55D}"],
  ["loplus", "\u2A2D"],
  ["lotimes", "\u2A34"],
  ["lowast", "\u2217"],
  ["lowbar", "_"],
  ["loz", "\u25CA"],
  ["lozenge", "\u25CA"],
  ["lozf", "\u29EB"],
  ["lpar", "("],
  ["lparlt", "\u2993"],
  ["lrarr", "\u21C6"],
  ["lrcorner", "\u231F"],
  ["lrhar", "\u21CB"],
  ["lrhard", "\u296D"],
  ["lrm", "\u200E"],
  ["lrtri", "\u22BF"],
  ["lsaquo", "\u2039"],
  ["lscr", "\u{1D4C1}"],
  ["lsh", "\u21B0"],
  ["lsim", "\u2272"],
  ["lsime", "\u2A8D"],
  ["lsimg", "\u2A8F"],
  ["lsqb", "["],
  ["lsquo", "\u2018"],
  ["lsquor", "\u201A"],
  ["lstrok", "\u0142"],
  ["lt", "<"],
  ["ltcc", "\u2AA6"],
  ["ltcir", "\u2A79"],
  ["ltdot", "\u22D6"],
  ["lthree", "\u22CB"],
  ["ltimes", "\u22C9"],
  ["ltlarr", "\u2976"],
  ["ltquest", "\u2A7B"],
  ["ltrPar", "\u2996"],
  ["ltri", "\u25C3"],
  ["ltrie", "\u22B4"],
  ["ltrif", "\u25C2"],
  ["lurdshar", "\u294A"],
  ["luruhar", "\u2966"],
  ["lvertneqq", "\u2268\uFE00"],
  ["lvnE", "\u2268\uFE00"],
  ["mDDot", "\u223A"],
  ["macr", "\xAF"],
  ["male", "\u2642"],
  ["malt", "\u2720"],
  ["maltese", "\u2720"],
  ["map", "\u21A6"],
  ["mapsto", "\u21A6"],
  ["mapstodown", "\u21A7"],
  ["mapstoleft", "\u21A4"],
  ["mapstoup", "\u21A5"],
  ["marker", "\u25AE"],
  ["mcomma", "\u2A29"],
  ["mcy", "\u043C"],
  ["mdash", "\u2014"],
  ["measuredangle", "\u2221"],
  ["mfr", "\u{1D52A}"],
  ["mho", "\u2127"],
  ["micro", "\xB5"],
  ["mid", "\u2223"],
  ["midast", "*"],
  ["midcir", "\u2AF0"],
  ["middot", "\xB7"],
  ["minus", "\u2212"],
  ["minusb", "\u229F"],
  ["minusd", "\u2238"],
  ["minusdu", "\u2A2A"],
  ["mlcp", "\u2ADB"],
  ["mldr", "\u2026"],
  ["mnplus", "\u2213"],
  ["models", "\u22A7"],
  ["mopf", "\u{1D55E}"],
  ["mp", "\u2213"],
  ["mscr", "\u{1D4C2}"],
  ["mstpos", "\u223E"],
  ["mu", "\u03BC"],
  ["multimap", "\u22B8"],
  ["mumap", "\u22B8"],
  ["nGg", "\u22D9\u0338"],
  ["nGt", "\u226B\u20D2"],
  ["nGtv", "\u226B\u0338"],
  ["nLeftarrow", "\u21CD"],
  ["nLeftrightarrow", "\u21CE"],
  ["nLl", "\u22D8\u0338"],
  ["nLt", "\u226A\u20D2"],
  ["nLtv", "\u226A\u0338"],
  ["nRightarrow", "\u21CF"],
  ["nVDash", "\u22AF"],
  ["nVdash", "\u22AE"],
  ["nabla", "\u2207"],
  ["nacute", "\u0144"],
  ["nang", "\u2220\u20D2"],
  ["nap", "\u2249"],
  ["napE", "\u2A70\u0338"],
  ["napid", "\u224B\u0338"],
  ["napos", "\u0149"],
  ["napprox", "\u2249"],
  ["natur", "\u266E"],
  ["natural", "\u266E"],
  ["naturals", "\u2115"],
  ["nbsp", "\xA0"],
  ["nbump", "\u224E\u0338"],
  ["nbumpe", "\u224F\u0338"],
  ["ncap", "\u2A43"],
  ["ncaron", "\u0148"],
  ["ncedil", "\u0146"],
  ["ncong", "\u2247"],
  ["ncongdot", "\u2A6D\u0338"],
  ["ncup", "\u2A42"],
  ["ncy", "\u043D"],
  ["ndash", "\u2013"],
  ["ne", "\u2260"],
  ["neArr", "\u21D7"],
  ["nearhk", "\u2924"],
  ["nearr", "\u2197"],
  ["nearrow", "\u2197"],
  ["nedot", "\u2250\u0338"],
  ["nequiv", "\u2262"],
  ["nesear", "\u2928"],
  ["nesim", "\u2242\u0338"],
  ["nexist", "\u2204"],
  ["nexists", "\u2204"],
  ["nfr", "\u{1D52B}"],
  ["ngE", "\u2267\u0338"],
  ["nge", "\u2271"],
  ["ngeq", "\u2271"],
  ["ngeqq", "\u2267\u0338"],
  ["ngeqslant", "\u2A7E\u0338"],
  ["nges", "\u2A7E\u0338"],
  ["ngsim", "\u2275"],
  ["ngt", "\u226F"],
  ["ngtr", "\u226F"],
  ["nhArr", "\u21CE"],
  ["nharr", "\u21AE"],
  ["nhpar", "\u2AF2"],
  ["ni", "\u220B"],
  ["nis", "\u22FC"],
  ["nisd", "\u22FA"],
  ["niv", "\u220B"],
  ["njcy", "\u045A"],
  ["nlArr", "\u21CD"],
  ["nlE", "\u2266\u0338"],
  ["nlarr", "\u219A"],
  ["nldr", "\u2025"],
  ["nle", "\u2270"],
  ["nleftarrow", "\u219A"],
  ["nleftrightarrow", "\u21AE"],
  ["nleq", "\u2270"],
  ["nleqq", "\u2266\u0338"],
  ["nleqslant", "\u2A7D\u0338"],
  ["nles", "\u2A7D\u0338"],
  ["nless", "\u226E"],
  ["nlsim", "\u2274"],
  ["nlt", "\u226E"],
  ["nltri", "\u22EA"],
  ["nltrie", "\u22EC"],
  ["nmid", "\u2224"],
  ["nopf", "\u{1D55F}"],
  ["not", "\xAC"],
  ["notin", "\u2209"],
  ["notinE", "\u22F9\u0338"],
  ["notindot", "\u22F5\u0338"],
  ["notinva", "\u2209"],
  ["notinvb", "\u22F7"],
  ["notinvc", "\u22F6"],
  ["notni", "\u220C"],
  ["notniva", "\u220C"],
  ["notnivb", "\u22FE"],
  ["notnivc", "\u22FD"],
  ["npar", "\u2226"],
  ["nparallel", "\u2226"],
  ["nparsl", "\u2AFD\u20E5"],
  ["npart", "\u2202\u0338"],
  ["npolint", "\u2A14"],
  ["npr", "\u2280"],
  ["nprcue", "\u22E0"],
  ["npre", "\u2AAF\u0338"],
  ["nprec", "\u2280"],
  ["npreceq", "\u2AAF\u0338"],
  ["nrArr", "\u21CF"],
  ["nrarr", "\u219B"],
  ["nrarrc", "\u2933\u0338"],
  ["nrarrw", "\u219D\u0338"],
  ["nrightarrow", "\u219B"],
  ["nrtri", "\u22EB"],
  ["nrtrie", "\u22ED"],
  ["nsc", "\u2281"],
  ["nsccue", "\u22E1"],
  ["nsce", "\u2AB0\u0338"],
  ["nscr", "\u{1D4C3}"],
  ["nshortmid", "\u2224"],
  ["nshortparallel", "\u2226"],
  ["nsim", "\u2241"],
  ["nsime", "\u2244"],
  ["nsimeq", "\u2244"],
  ["nsmid", "\u2224"],
  ["nspar", "\u2226"],
  ["nsqsube", "\u22E2"],
  ["nsqsupe", "\u22E3"],
  ["nsub", "\u2284"],
  ["nsubE", "\u2AC5\u0338"],
  ["nsube", "\u2288"],
  ["nsubset", "\u2282\u20D2"],
  ["nsubseteq", "\u2288"],
  ["nsubseteqq", "\u2AC5\u0338"],
  ["nsucc", "\u2281"],
  ["nsucceq", "\u2AB0\u0338"],
  ["nsup", "\u2285"],
  ["nsupE", "\u2AC6\u0338"],
  ["nsupe", "\u2289"],
  ["nsupset", "\u2283\u20D2"],
  ["nsupseteq", "\u2289"],
  ["nsupseteqq", "\u2AC6\u0338"],
  ["ntgl", "\u2279"],
  ["ntilde", "\xF1"],
  ["ntlg", "\u2278"],
  ["ntriangleleft", "\u22EA"],
  ["ntrianglelefteq", "\u22EC"],
  ["ntriangleright", "\u22EB"],
  ["ntrianglerighteq", "\u22ED"],
  ["nu", "\u03BD"],
  ["num", "#"],
  ["numero", "\u2116"],
  ["numsp", "\u2007"],
  ["nvDash", "\u22AD"],
  ["nvHarr", "\u2904"],
  ["nvap", "\u224D\u20D2"],
  ["nvdash", "\u22AC"],
  ["nvge", "\u2265\u20D2"],
  ["nvgt", ">\u20D2"],
  ["nvinfin", "\u29DE"],
  ["nvlArr", "\u2902"],
  ["nvle", "\u2264\u20D2"],
  ["nvlt", "<\u20D2"],
  ["nvltrie", "\u22B4\u20D2"],
  ["nvrArr", "\u2903"],
  ["nvrtrie", "\u22B5\u20D2"],
  ["nvsim", "\u223C\u20D2"],
  ["nwArr", "\u21D6"],
  ["nwarhk", "\u2923"],
  ["nwarr", "\u2196"],
  ["nwarrow", "\u2196"],
  ["nwnear", "\u2927"],
  ["oS", "\u24C8"],
  ["oacute", "\xF3"],
  ["oast", "\u229B"],
  ["ocir", "\u229A"],
  ["ocirc", "\xF4"],
  ["ocy", "\u043E"],
  ["odash", "\u229D"],
  ["odblac", "\u0151"],
  ["odiv", "\u2A38"],
  ["odot", "\u2299"],
  ["odsold", "\u29BC"],
  ["oelig", "\u0153"],
  ["ofcir", "\u29BF"],
  ["ofr", "\u{1D52C}"],
  ["ogon", "\u02DB"],
  ["ograve", "\xF2"],
  ["ogt", "\u29C1"],
  ["ohbar", "\u29B5"],
  ["ohm", "\u03A9"],
  ["oint", "\u222E"],
  ["olarr", "\u21BA"],
  ["olcir", "\u29BE"],
  ["olcross", "\u29BB"],
  ["oline", "\u203E"],
  ["olt", "\u29C0"],
  ["omacr", "\u014D"],
  ["omega", "\u03C9"],
  ["omicron", "\u03BF"],
  ["omid", "\u29B6"],
  ["ominus", "\u2296"],
  ["oopf", "\u{1D560}"],
  ["opar", "\u29B7"],
  ["operp", "\u29B9"],
  ["oplus", "\u2295"],
  ["or", "\u2228"],
  ["orarr", "\u21BB"],
  ["ord", "\u2A5D"],
  ["order", "\u2134"],
  ["orderof", "\u2134"],
  ["ordf", "\xAA"],
  ["ordm", "\xBA"],
  ["origof", "\u22B6"],
  ["oror", "\u2A56"],
  ["orslope", "\u2A57"],
  ["orv", "\u2A5B"],
  ["oscr", "\u2134"],
  ["oslash", "\xF8"],
  ["osol", "\u2298"],
  ["otilde", "\xF5"],
  ["otimes", "\u2297"],
  ["otimesas", "\u2A36"],
  ["ouml", "\xF6"],
  ["ovbar", "\u233D"],
  ["par", "\u2225"],
  ["para", "\xB6"],
  ["parallel", "\u2225"],
  ["parsim", "\u2AF3"],
  ["parsl", "\u2AFD"],
  ["part", "\u2202"],
  ["pcy", "\u043F"],
  ["percnt", "%"],
  ["period", "."],
  ["permil", "\u2030"],
  ["perp", "\u22A5"],
  ["pertenk", "\u2031"],
  ["pfr", "\u{1D52D}"],
  ["phi", "\u03C6"],
  ["phiv", "\u03D5"],
  ["phmmat", "\u2133"],
  ["phone", "\u260E"],
  ["pi", "\u03C0"],
  ["pitchfork", "\u22D4"],
  ["piv", "\u03D6"],
  ["planck", "\u210F"],
  ["planckh", "\u210E"],
  ["plankv", "\u210F"],
  ["plus", "+"],
  ["plusacir", "\u2A23"],
  ["plusb", "\u229E"],
  ["pluscir", "\u2A22"],
  ["plusdo", "\u2214"],
  ["plusdu", "\u2A25"],
  ["pluse", "\u2A72"],
  ["plusmn", "\xB1"],
  ["plussim", "\u2A26"],
  ["plustwo", "\u2A27"],
  ["pm", "\xB1"],
  ["pointint", "\u2A15"],
  ["popf", "\u{1D561}"],
  ["pound", "\xA3"],
  ["pr", "\u227A"],
  ["prE", "\u2AB3"],
  ["prap", "\u2AB7"],
  ["prcue", "\u227C"],
  ["pre", "\u2AAF"],
  ["prec", "\u227A"],
  ["precapprox", "\u2AB7"],
  ["preccurlyeq", "\u227C"],
  ["preceq", "\u2AAF"],
  ["precnapprox", "\u2AB9"],
  ["precneqq", "\u2AB5"],
  ["precnsim", "\u22E8"],
  ["precsim", "\u227E"],
  ["prime", "\u2032"],
  ["primes", "\u2119"],
  ["prnE", "\u2AB5"],
  ["prnap", "\u2AB9"],
  ["prnsim", "\u22E8"],
  ["prod", "\u220F"],
  ["profalar", "\u232E"],
  ["profline", "\u2312"],
  ["profsurf", "\u2313"],
  ["prop", "\u221D"],
  ["propto", "\u221D"],
  ["prsim", "\u227E"],
  ["prurel", "\u22B0"],
  ["pscr", "\u{1D4C5}"],
  ["psi", "\u03C8"],
  ["puncsp", "\u2008"],
  ["qfr", "\u{1D52E}"],
  ["qint", "\u2A0C"],
  ["qopf", "\u{1D562}"],
  ["qprime", "\u2057"],
  ["qscr", "\u{1D4C6}"],
  ["quaternions", "\u210D"],
  ["quatint", "\u2A16"],
  ["quest", "?"],
  ["questeq", "\u225F"],
  ["quot", '"'],
  ["rAarr", "\u21DB"],
  ["rArr", "\u21D2"],
  ["rAtail", "\u291C"],
  ["rBarr", "\u290F"],
  ["rHar", "\u2964"],
  ["race", "\u223D\u0331"],
  ["racute", "\u0155"],
  ["radic", "\u221A"],
  ["raemptyv", "\u29B3"],
  ["rang", "\u27E9"],
  ["rangd", "\u2992"],
  ["range", "\u29A5"],
  ["rangle", "\u27E9"],
  ["raquo", "\xBB"],
  ["rarr", "\u2192"],
  ["rarrap", "\u2975"],
  ["rarrb", "\u21E5"],
  ["rarrbfs", "\u2920"],
  ["rarrc", "\u2933"],
  ["rarrfs", "\u291E"],
  ["rarrhk", "\u21AA"],
  ["rarrlp", "\u21AC"],
  ["rarrpl", "\u2945"],
  ["rarrsim", "\u2974"],
  ["rarrtl", "\u21A3"],
  ["rarrw", "\u219D"],
  ["ratail", "\u291A"],
  ["ratio", "\u2236"],
  ["rationals", "\u211A"],
  ["rbarr", "\u290D"],
  ["rbbrk", "\u2773"],
  ["rbrace", "}"],
  ["rbrack", "]"],
  ["rbrke", "\u298C"],
  ["rbrksld", "\u298E"],
  ["rbrkslu", "\u2990"],
  ["rcaron", "\u0159"],
  ["rcedil", "\u0157"],
  ["rceil", "\u2309"],
  ["rcub", "}"],
  ["rcy", "\u0440"],
  ["rdca", "\u2937"],
  ["rdldhar", "\u2969"],
  ["rdquo", "\u201D"],
  ["rdquor", "\u201D"],
  ["rdsh", "\u21B3"],
  ["real", "\u211C"],
  ["realine", "\u211B"],
  ["realpart", "\u211C"],
  ["reals", "\u211D"],
  ["rect", "\u25AD"],
  ["reg", "\xAE"],
  ["rfisht", "\u297D"],
  ["rfloor", "\u230B"],
  ["rfr", "\u{1D52F}"],
  ["rhard", "\u21C1"],
  ["rharu", "\u21C0"],
  ["rharul", "\u296C"],
  ["rho", "\u03C1"],
  ["rhov", "\u03F1"],
  ["rightarrow", "\u2192"],
  ["rightarrowtail", "\u21A3"],
  ["rightharpoondown", "\u21C1"],
  ["rightharpoonup", "\u21C0"],
  ["rightleftarrows", "\u21C4"],
  ["rightleftharpoons", "\u21CC"],
  ["rightrightarrows", "\u21C9"],
  ["rightsquigarrow", "\u219D"],
  ["rightthreetimes", "\u22CC"],
  ["ring", "\u02DA"],
  ["risingdotseq", "\u2253"],
  ["rlarr", "\u21C4"],
  ["rlhar", "\u21CC"],
  ["rlm", "\u200F"],
  ["rmoust", "\u23B1"],
  ["rmoustache", "\u23B1"],
  ["rnmid", "\u2AEE"],
  ["roang", "\u27ED"],
  ["roarr", "\u21FE"],
  ["robrk", "\u27E7"],
  ["ropar", "\u2986"],
  ["ropf", "\u{1D563}"],
  ["roplus", "\u2A2E"],
  ["rotimes", "\u2A35"],
  ["rpar", ")"],
  ["rpargt", "\u2994"],
  ["rppolint", "\u2A12"],
  ["rrarr", "\u21C9"],
  ["rsaquo", "\u203A"],
  ["rscr", "\u{1D4C7}"],
  ["rsh", "\u21B1"],
  ["rsqb", "]"],
  ["rsquo", "\u2019"],
  ["rsquor", "\u2019"],
  ["rthree", "\u22CC"],
  ["rtimes", "\u22CA"],
  ["rtri", "\u25B9"],
  ["rtrie", "\u22B5"],
  ["rtrif", "\u25B8"],
  ["rtriltri", "\u29CE"],
  ["ruluhar", "\u2968"],
  ["rx", "\u211E"],
  ["sacute", "\u015B"],
  ["sbquo", "\u201A"],
  ["sc", "\u227B"],
  ["scE", "\u2AB4"],
  ["scap", "\u2AB8"],
  ["scaron", "\u0161"],
  ["sccue", "\u227D"],
  ["sce", "\u2AB0"],
  ["scedil", "\u015F"],
  ["scirc", "\u015D"],
  ["scnE", "\u2AB6"],
  ["scnap", "\u2ABA"],
  ["scnsim", "\u22E9"],
  ["scpolint", "\u2A13"],
  ["scsim", "\u227F"],
  ["scy", "\u0441"],
  ["sdot", "\u22C5"],
  ["sdotb", "\u22A1"],
  ["sdote", "\u2A66"],
  ["seArr", "\u21D8"],
  ["searhk", "\u2925"],
  ["searr", "\u2198"],
  ["searrow", "\u2198"],
  ["sect", "\xA7"],
  ["semi", ";"],
  ["seswar", "\u2929"],
  ["setminus", "\u2216"],
  ["setmn", "\u2216"],
  ["sext", "\u2736"],
  ["sfr", "\u{1D530}"],
  ["sfrown", "\u2322"],
  ["sharp", "\u266F"],
  ["shchcy", "\u0449"],
  ["shcy", "\u0448"],
  ["shortmid", "\u2223"],
  ["shortparallel", "\u2225"],
  ["shy", "\xAD"],
  ["sigma", "\u03C3"],
  ["sigmaf", "\u03C2"],
  ["sigmav", "\u03C2"],
  ["sim", "\u223C"],
  ["simdot", "\u2A6A"],
  ["sime", "\u2243"],
  ["simeq", "\u2243"],
  ["simg", "\u2A9E"],
  ["simgE", "\u2AA0"],
  ["siml", "\u2A9D"],
  ["simlE", "\u2A9F"],
  ["simne", "\u2246"],
  ["simplus", "\u2A24"],
  ["simrarr", "\u2972"],
  ["slarr", "\u2190"],
  ["smallsetminus", "\u2216"],
  ["smashp", "\u2A33"],
  ["smeparsl", "\u29E4"],
  ["smid", "\u2223"],
  ["smile", "\u2323"],
  ["smt", "\u2AAA"],
  ["smte", "\u2AAC"],
  ["smtes", "\u2AAC\uFE00"],
  ["softcy", "\u044C"],
  ["sol", "/"],
  ["solb", "\u29C4"],
  ["solbar", "\u233F"],
  ["sopf", "\u{1D564}"],
  ["spades", "\u2660"],
  ["spadesuit", "\u2660"],
  ["spar", "\u2225"],
  ["sqcap", "\u2293"],
  ["sqcaps", "\u2293\uFE00"],
  ["sqcup", "\u2294"],
  ["sqcups", "\u2294\uFE00"],
  ["sqsub", "\u228F"],
  ["sqsube", "\u2291"],
  ["sqsubset", "\u228F"],
  ["sqsubseteq", "\u2291"],
  ["sqsup", "\u2290"],
  ["sqsupe", "\u2292"],
  ["sqsupset", "\u2290"],
  ["sqsupseteq", "\u2292"],
  ["squ", "\u25A1"],
  ["square", "\u25A1"],
  ["squarf", "\u25AA"],
  ["squf", "\u25AA"],
  ["srarr", "\u2192"],
  ["sscr", "\u{1D4C8}"],
  ["ssetmn", "\u2216"],
  ["ssmile", "\u2323"],
  ["sstarf", "\u22C6"],
  ["star", "\u2606"],
  ["starf", "\u2605"],
  ["straightepsilon", "\u03F5"],
  ["straightphi", "\u03D5"],
  ["strns", "\xAF"],
  ["sub", "\u2282"],
  ["subE", "\u2AC5"],
  ["subdot", "\u2ABD"],
  ["sube", "\u2286"],
  ["subedot", "\u2AC3"],
  ["submult", "\u2AC1"],
  ["subnE", "\u2ACB"],
  ["subne", "\u228A"],
  ["subplus", "\u2ABF"],
  ["subrarr", "\u2979"],
  ["subset", "\u2282"],
  ["subseteq", "\u2286"],
  ["subseteqq", "\u2AC5"],
  ["subsetneq", "\u228A"],
  ["subsetneqq", "\u2ACB"],
  ["subsim", "\u2AC7"],
  ["subsub", "\u2AD5"],
  ["subsup", "\u2AD3"],
  ["succ", "\u227B"],
  ["succapprox", "\u2AB8"],
  ["succcurlyeq", "\u227D"],
  ["succeq", "\u2AB0"],
  ["succnapprox", "\u2ABA"],
  ["succneqq", "\u2AB6"],
  ["succnsim", "\u22E9"],
  ["succsim", "\u227F"],
  ["sum", "\u2211"],
  ["sung", "\u266A"],
  ["sup", "\u2283"],
  ["sup1", "\xB9"],
  ["sup2", "\xB2"],
  ["sup3", "\xB3"],
  ["supE", "\u2AC6"],
  ["supdot", "\u2ABE"],
  ["supdsub", "\u2AD8"],
  ["supe", "\u2287"],
  ["supedot", "\u2AC4"],
  ["suphsol", "\u27C9"],
  ["suphsub", "\u2AD7"],
  ["suplarr", "\u297B"],
  ["supmult", "\u2AC2"],
  ["supnE", "\u2ACC"],
  ["supne", "\u228B"],
  ["supplus", "\u2AC0"],
  ["supset", "\u2283"],
  ["supseteq", "\u2287"],
  ["supseteqq", "\u2AC6"],
  ["supsetneq", "\u228B"],
  ["supsetneqq", "\u2ACC"],
  ["supsim", "\u2AC8"],
  ["supsub", "\u2AD4"],
  ["supsup", "\u2AD6"],
  ["swArr", "\u21D9"],
  ["swarhk", "\u2926"],
  ["swarr", "\u2199"],
  ["swarrow", "\u2199"],
  ["swnwar", "\u292A"],
  ["szlig", "\xDF"],
  ["target", "\u2316"],
  ["tau", "\u03C4"],
  ["tbrk", "\u23B4"],
  ["tcaron", "\u0165"],
  ["tcedil", "\u0163"],
  ["tcy", "\u0442"],
  ["tdot", "\u20DB"],
  ["telrec", "\u2315"],
  ["tfr", "\u{1D531}"],
  ["there4", "\u2234"],
  ["therefore", "\u2234"],
  ["theta", "\u03B8"],
  ["thetasym", "\u03D1"],
  ["thetav", "\u03D1"],
  ["thickapprox", "\u2248"],
  ["thicksim", "\u223C"],
  ["thinsp", "\u2009"],
  ["thkap", "\u2248"],
  ["thksim", "\u223C"],
  ["thorn", "\xFE"],
  ["tilde", "\u02DC"],
  ["times", "\xD7"],
  ["timesb", "\u22A0"],
  ["timesbar", "\u2A31"],
  ["timesd", "\u2A30"],
  ["tint", "\u222D"],
  ["toea", "\u2928"],
  ["top", "\u22A4"],
  ["topbot", "\u2336"],
  ["topcir", "\u2AF1"],
  ["topf", "\u{1D565}"],
  ["topfork", "\u2ADA"],
  ["tosa", "\u2929"],
  ["tprime", "\u2034"],
  ["trade", "\u2122"],
  ["triangle", "\u25B5"],
  ["triangledown", "\u25BF"],
  ["triangleleft", "\u25C3"],
  ["trianglelefteq", "\u22B4"],
  ["triangleq", "\u225C"],
  ["triangleright", "\u25B9"],
  ["trianglerighteq", "\u22B5"],
  ["tridot", "\u25EC"],
  ["trie", "\u225C"],
  ["triminus", "\u2A3A"],
  ["triplus", "\u2A39"],
  ["trisb", "\u29CD"],
  ["tritime", "\u2A3B"],
  ["trpezium", "\u23E2"],
  ["tscr", "\u{1D4C9}"],
  ["tscy", "\u0446"],
  ["tshcy", "\u045B"],
  ["tstrok", "\u0167"],
  ["twixt", "\u226C"],
  ["twoheadleftarrow", "\u219E"],
  ["twoheadrightarrow", "\u21A0"],
  ["uArr", "\u21D1"],
  ["uHar", "\u2963"],
  ["uacute", "\xFA"],
  ["uarr", "\u2191"],
  ["ubrcy", "\u045E"],
  ["ubreve", "\u016D"],
  ["ucirc", "\xFB"],
  ["ucy", "\u0443"],
  ["udarr", "\u21C5"],
  ["udblac", "\u0171"],
  ["udhar", "\u296E"],
  ["ufisht", "\u297E"],
  ["ufr", "\u{1D532}"],
  ["ugrave", "\xF9"],
  ["uharl", "\u21BF"],
  ["uharr", "\u21BE"],
  ["uhblk", "\u2580"],
  ["ulcorn", "\u231C"],
  ["ulcorner", "\u231C"],
  ["ulcrop", "\u230F"],
  ["ultri", "\u25F8"],
  ["umacr", "\u016B"],
  ["uml", "\xA8"],
  ["uogon", "\u0173"],
  ["uopf", "\u{1D566}"],
  ["uparrow", "\u2191"],
  ["updownarrow", "\u2195"],
  ["upharpoonleft", "\u21BF"],
  ["upharpoonright", "\u21BE"],
  ["uplus", "\u228E"],
  ["upsi", "\u03C5"],
  ["upsih", "\u03D2"],
  ["upsilon", "\u03C5"],
  ["upuparrows", "\u21C8"],
  ["urcorn", "\u231D"],
  ["urcorner", "\u231D"],
  ["urcrop", "\u230E"],
  ["uring", "\u016F"],
  ["urtri", "\u25F9"],
  ["uscr", "\u{1D4CA}"],
  ["utdot", "\u22F0"],
  ["utilde", "\u0169"],
  ["utri", "\u25B5"],
  ["utrif", "\u25B4"],
  ["uuarr", "\u21C8"],
  ["uuml", "\xFC"],
  ["uwangle", "\u29A7"],
  ["vArr", "\u21D5"],
  ["vBar", "\u2AE8"],
  ["vBarv", "\u2AE9"],
  ["vDash", "\u22A8"],
  ["vangrt", "\u299C"],
  ["varepsilon", "\u03F5"],
  ["varkappa", "\u03F0"],
  ["varnothing", "\u2205"],
  ["varphi", "\u03D5"],
  ["varpi", "\u03D6"],
  ["varpropto", "\u221D"],
  ["varr", "\u2195"],
  ["varrho", "\u03F1"],
  ["varsigma", "\u03C2"],
  ["varsubsetneq", "\u228A\uFE00"],
  ["varsubsetneqq", "\u2ACB\uFE00"],
  ["varsupsetneq", "\u228B\uFE00"],
  ["varsupsetneqq", "\u2ACC\uFE00"],
  ["vartheta", "\u03D1"],
  ["vartriangleleft", "\u22B2"],
  ["vartriangleright", "\u22B3"],
  ["vcy", "\u0432"],
  ["vdash", "\u22A2"],
  ["vee", "\u2228"],
  ["veebar", "\u22BB"],
  ["veeeq", "\u225A"],
  ["vellip", "\u22EE"],
  ["verbar", "|"],
  ["vert", "|"],
  ["vfr", "\u{1D533}"],
  ["vltri", "\u22B2"],
  ["vnsub", "\u2282\u20D2"],
  ["vnsup", "\u2283\u20D2"],
  ["vopf", "\u{1D567}"],
  ["vprop", "\u221D"],
  ["vrtri", "\u22B3"],
  ["vscr", "\u{1D4CB}"],
  ["vsubnE", "\u2ACB\uFE00"],
  ["vsubne", "\u228A\uFE00"],
  ["vsupnE", "\u2ACC\uFE00"],
  ["vsupne", "\u228B\uFE00"],
  ["vzigzag", "\u299A"],
  ["wcirc", "\u0175"],
  ["wedbar", "\u2A5F"],
  ["wedge", "\u2227"],
  ["wedgeq", "\u2259"],
  ["weierp", "\u2118"],
  ["wfr", "\u{1D534}"],
  ["wopf", "\u{1D568}"],
  ["wp", "\u2118"],
  ["wr", "\u2240"],
  ["wreath", "\u2240"],
  ["wscr", "\u{1D4CC}"],
  ["xcap", "\u22C2"],
  ["xcirc", "\u25EF"],
  ["xcup", "\u22C3"],
  ["xdtri", "\u25BD"],
  ["xfr", "\u{1D535}"],
  ["xhArr", "\u27FA"],
  ["xharr", "\u27F7"],
  ["xi", "\u03BE"],
  ["xlArr", "\u27F8"],
  ["xlarr", "\u27F5"],
  ["xmap", "\u27FC"],
  ["xnis", "\u22FB"],
  ["xodot", "\u2A00"],
  ["xopf", "\u{1D569}"],
  ["xoplus", "\u2A01"],
  ["xotime", "\u2A02"],
  ["xrArr", "\u27F9"],
  ["xrarr", "\u27F6"],
  ["xscr", "\u{1D4CD}"],
  ["xsqcup", "\u2A06"],
  ["xuplus", "\u2A04"],
  ["xutri", "\u25B3"],
  ["xvee", "\u22C1"],
  ["xwedge", "\u22C0"],
  ["yacute", "\xFD"],
  ["yacy", "\u044F"],
  ["ycirc", "\u0177"],
  ["ycy", "\u044B"],
  ["yen", "\xA5"],
  ["yfr", "\u{1D536}"],
  ["yicy", "\u0457"],
  ["yopf", "\u{1D56A}"],
  ["yscr", "\u{1D4CE}"],
  ["yucy", "\u044E"],
  ["yuml", "\xFF"],
  ["zacute", "\u017A"],
  ["zcaron", "\u017E"],
  ["zcy", "\u0437"],
  ["zdot", "\u017C"],
  ["zeetrf", "\u2128"],
  ["zeta", "\u03B6"],
  ["zfr", "\u{1D537}"],
  ["zhcy", "\u0436"],
  ["zigrarr", "\u21DD"],
  ["zopf", "\u{1D56B}"],
  ["zscr", "\u{1D4CF}"],
  ["zwj", "\u200D"],
  ["zwnj", "\u200C"]
]);
var decodeMapLegacy = /* @__PURE__ */ new Map([
  ["AElig", "\xC6"],
  ["AMP", "&"],
  ["Aacute", "\xC1"],
  ["Acirc", "\xC2"],
  ["Agrave", "\xC0"],
  ["Aring", "\xC5"],
  ["Atilde", "\xC3"],
  ["Auml", "\xC4"],
  ["COPY", "\xA9"],
  ["Ccedil", "\xC7"],
  ["ETH", "\xD0"],
  ["Eacute", "\xC9"],
  ["Ecirc", "\xCA"],
  ["Egrave", "\xC8"],
  ["Euml", "\xCB"],
  ["GT", ">"],
  ["Iacute", "\xCD"],
  ["Icirc", "\xCE"],
  ["Igrave", "\xCC"],
  ["Iuml", "\xCF"],
  ["LT", "<"],
  ["Ntilde", "\xD1"],
  ["Oacute", "\xD3"],
  ["Ocirc", "\xD4"],
  ["Ograve", "\xD2"],
  ["Oslash", "\xD8"],
  ["Otilde", "\xD5"],
  ["Ouml", "\xD6"],
  ["QUOT", '"'],
  ["REG", "\xAE"],
  ["THORN", "\xDE"],
  ["Uacute", "\xDA"],
  ["Ucirc", "\xDB"],
  ["Ugrave", "\xD9"],
  ["Uuml", "\xDC"],
  ["Yacute", "\xDD"],
  ["aacute", "\xE1"],
  ["acirc", "\xE2"],
  ["acute", "\xB4"],
  ["aelig", "\xE6"],
  ["agrave", "\xE0"],
  ["amp", "&"],
  ["aring", "\xE5"],
  ["atilde", "\xE3"],
  ["auml", "\xE4"],
  ["brvbar", "\xA6"],
  ["ccedil", "\xE7"],
  ["cedil", "\xB8"],
  ["cent", "\xA2"],
  ["copy", "\xA9"],
  ["curren", "\xA4"],
  ["deg", "\xB0"],
  ["divide", "\xF7"],
  ["eacute", "\xE9"],
  ["ecirc", "\xEA"],
  ["egrave", "\xE8"],
  ["eth", "\xF0"],
  ["euml", "\xEB"],
  ["frac12", "\xBD"],
  ["frac14", "\xBC"],
  ["frac34", "\xBE"],
  ["gt", ">"],
  ["iacute", "\xED"],
  ["icirc", "\xEE"],
  ["iexcl", "\xA1"],
  ["igrave", "\xEC"],
  ["iquest", "\xBF"],
  ["iuml", "\xEF"],
  ["laquo", "\xAB"],
  ["lt", "<"],
  ["macr", "\xAF"],
  ["micro", "\xB5"],
  ["middot", "\xB7"],
  ["nbsp", "\xA0"],
  ["not", "\xAC"],
  ["ntilde", "\xF1"],
  ["oacute", "\xF3"],
  ["ocirc", "\xF4"],
  ["ograve", "\xF2"],
  ["ordf", "\xAA"],
  ["ordm", "\xBA"],
  ["oslash", "\xF8"],
  ["otilde", "\xF5"],
  ["ouml", "\xF6"],
  ["para", "\xB6"],
  ["plusmn", "\xB1"],
  ["pound", "\xA3"],
  ["quot", '"'],
  ["raquo", "\xBB"],
  ["reg", "\xAE"],
  ["sect", "\xA7"],
  ["shy", "\xAD"],
  ["sup1", "\xB9"],
  ["sup2", "\xB2"],
  ["sup3", "\xB3"],
  ["szlig", "\xDF"],
  ["thorn", "\xFE"],
  ["times", "\xD7"],
  ["uacute", "\xFA"],
  ["ucirc", "\xFB"],
  ["ugrave", "\xF9"],
  ["uml", "\xA8"],
  ["uuml", "\xFC"],
  ["yacute", "\xFD"],
  ["yen", "\xA5"],
  ["yuml", "\xFF"]
]);
var decodeMapNumeric = /* @__PURE__ */ new Map([
  [0, "\uFFFD"],
  [128, "\u20AC"],
  [130, "\u201A"],
  [131, "\u0192"],
  [132, "\u201E"],
  [133, "\u2026"],
  [134, "\u2020"],
  [135, "\u2021"],
  [136, "\u02C6"],
  [137, "\u2030"],
  [138, "\u0160"],
  [139, "\u2039"],
  [140, "\u0152"],
  [142, "\u017D"],
  [145, "\u2018"],
  [146, "\u2019"],
  [147, "\u201C"],
  [148, "\u201D"],
  [149, "\u2022"],
  [150, "\u2013"],
  [151, "\u2014"],
  [152, "\u02DC"],
  [153, "\u2122"],
  [154, "\u0161"],
  [155, "\u203A"],
  [156, "\u0153"],
  [158, "\u017E"],
  [159, "\u0178"]
]);
var invalidReferenceCodePoints = /* @__PURE__ */ new Set([
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  11,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  28,
  29,
  30,
  31,
  127,
  128,
  129,
  130,
  131,
  132,
  133,
  134,
  135,
  136,
  137,
  138,
  139,
  140,
  141,
  142,
  143,
  144,
  145,
  146,
  147,
  148,
  149,
  150,
  151,
  152,
  153,
  154,
  155,
  156,
  157,
  158,
  159,
  64976,
  64977,
  64978,
  64979,
  64980,
  64981,
  64982,
  64983,
  64984,
  64985,
  64986,
  64987,
  64988,
  64989,
  64990,
  64991,
  64992,
  64993,
  64994,
  64995,
  64996,
  64997,
  64998,
  64999,
  65e3,
  65001,
  65002,
  65003,
  65004,
  65005,
  65006,
  65007,
  65534,
  65535,
  131070,
  131071,
  196606,
  196607,
  262142,
  262143,
  327678,
  327679,
  393214,
  393215,
  458750,
  458751,
  524286,
  524287,
  589822,
  589823,
  655358,
  655359,
  720894,
  720895,
  786430,
  786431,
  851966,
  851967,
  917502,
  917503,
  983038,
  983039,
  1048574,
  1048575,
  1114110,
  1114111
]);

// node_modules/he/src/he.mjs
var regexEscape = /["&'<>`]/g;
var regexInvalidEntity = /&#(?:[xX][^a-fA-F0-9]|[^0-9xX])/;
var has = (object, propertyName) => Object.hasOwn(object, propertyName);
var merge = (options, defaults) => {
  if (!options) {
    return defaults;
  }
  const result = {};
  for (const key in defaults) {
    result[key] = has(options, key) ? options[key] : defaults[key];
  }
  return result;
};
var parseError = (message) => {
  throw new Error(`Parse error: ${message}`);
};
var codePointToSymbol = (codePoint, strict) => {
  if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
    if (strict) {
      parseError("character reference outside the permissible Unicode range");
    }
    return "\uFFFD";
  }
  if (decodeMapNumeric.has(codePoint)) {
    if (strict) {
      parseError("disallowed character reference");
    }
    return decodeMapNumeric.get(codePoint);
  }
  if (strict && invalidReferenceCodePoints.has(codePoint)) {
    parseError("disallowed character reference");
  }
  return String.fromCodePoint(codePoint);
};
var hexEscape = (codePoint) => {
  return `&#x${codePoint.toString(16).toUpperCase()};`;
};
var decEscape = (codePoint) => {
  return `&#${codePoint};`;
};
var encode = (string, options) => {
  options = merge(options, encode.options);
  const strict = options.strict;
  if (strict && regexInvalidRawCodePoint.test(string)) {
    parseError("forbidden code point");
  }
  const encodeEverything = options.encodeEverything;
  const useNamedReferences = options.useNamedReferences;
  const allowUnsafeSymbols = options.allowUnsafeSymbols;
  const escapeCodePoint = options.decimal ? decEscape : hexEscape;
  const escapeBmpSymbol = (symbol) => {
    return escapeCodePoint(symbol.charCodeAt(0));
  };
  if (encodeEverything) {
    string = string.replace(regexAsciiWhitelist, (symbol) => {
      if (useNamedReferences && encodeMap.has(symbol)) {
        return `&${encodeMap.get(symbol)};`;
      }
      return escapeBmpSymbol(symbol);
    });
    if (useNamedReferences) {
      string = string.replace(/&gt;\u20D2/g, "&nvgt;").replace(/&lt;\u20D2/g, "&nvlt;").replace(/&#x66;&#x6A;/g, "&fjlig;");
    }
    if (useNamedReferences) {
      string = string.replace(regexEncodeNonAscii, (string2) => {
        return `&${encodeMap.get(string2)};`;
      });
    }
  } else if (useNamedReferences) {
    if (!allowUnsafeSymbols) {
      string = string.replace(regexEscape, (string2) => {
        return `&${encodeMap.get(string2)};`;
      });
    }
    string = string.replace(/&gt;\u20D2/g, "&nvgt;").replace(/&lt;\u20D2/g, "&nvlt;");
    string = string.replace(regexEncodeNonAscii, (string2) => {
      return `&${encodeMap.get(string2)};`;
    });
  } else if (!allowUnsafeSymbols) {
    string = string.replace(regexEscape, escapeBmpSymbol);
  }
  return string.replace(regexAstralSymbols, ($0) => {
    const high = $0.charCodeAt(0);
    const low = $0.charCodeAt(1);
    const codePoint = (high - 55296) * 1024 + low - 56320 + 65536;
    return escapeCodePoint(codePoint);
  }).replace(regexBmpWhitelist, escapeBmpSymbol);
};
encode.options = {
  allowUnsafeSymbols: false,
  encodeEverything: false,
  strict: false,
  useNamedReferences: false,
  decimal: false
};
var decode = (html, options) => {
  options = merge(options, decode.options);
  const strict = options.strict;
  if (strict && regexInvalidEntity.test(html)) {
    parseError("malformed character reference");
  }
  return html.replace(regexDecode, ($0, $1, $2, $3, $4, $5, $6, $7) => {
    if ($1) {
      return decodeMap.get($1);
    }
    if ($2) {
      const reference = $2;
      const next = $3;
      if (next && options.isAttributeValue) {
        if (strict && next == "=") {
          parseError("`&` did not start a character reference");
        }
        return $0;
      }
      if (strict) {
        parseError(
          "named character reference was not terminated by a semicolon"
        );
      }
      return decodeMapLegacy.get(reference) + (next || "");
    }
    if ($4) {
      const semicolon = $5;
      if (strict && !semicolon) {
        parseError("character reference was not terminated by a semicolon");
      }
      return codePointToSymbol(parseInt($4, 10), strict);
    }
    if ($6) {
      const semicolon = $7;
      if (strict && !semicolon) {
        parseError("character reference was not terminated by a semicolon");
      }
      return codePointToSymbol(parseInt($6, 16), strict);
    }
    if (strict) {
      parseError("named character reference was not recognized");
    }
    return $0;
  });
};
decode.options = {
  isAttributeValue: false,
  strict: false
};

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
    const next = decode(candidate);
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
  return content.indexOf("&") === -1 ? content : decode(content);
}
function decode2(input, options = {}) {
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

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function replaceCodePointXML(codePoint) {
  return isInvalidCodePoint(codePoint) ? 65533 : codePoint;
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table = new Uint8Array(127);
  let code = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table[char] = code++;
    }
  }
  return table;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code < 89) {
        previous += code;
        single[slot++] = previous;
      } else if (code === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ new Uint16Array([
  512,
  26465,
  29036,
  7,
  0,
  2,
  4,
  116,
  24638,
  116,
  24636,
  8693,
  29807,
  24610,
  621,
  1,
  0,
  0,
  3,
  112,
  24614,
  111,
  115,
  24615
]);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes3) {
  CharCodes3[CharCodes3["AMP"] = 38] = "AMP";
  CharCodes3[CharCodes3["NUM"] = 35] = "NUM";
  CharCodes3[CharCodes3["SEMI"] = 59] = "SEMI";
  CharCodes3[CharCodes3["EQUALS"] = 61] = "EQUALS";
  CharCodes3[CharCodes3["ZERO"] = 48] = "ZERO";
  CharCodes3[CharCodes3["NINE"] = 57] = "NINE";
  CharCodes3[CharCodes3["LOWER_A"] = 97] = "LOWER_A";
  CharCodes3[CharCodes3["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
function isNumber(code) {
  return code - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAlpha(code) || isNumber(code);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  decodeTree;
  emitCodePoint;
  errors;
  /** The current state of the decoder. */
  state = EntityDecoderState.EntityStart;
  /** Characters that were consumed while parsing an entity. */
  consumed = 1;
  /**
   * The result of the entity.
   *
   * For named entities: the trie index of the best legacy match so far
   * (0 = none). For numeric entities: the accumulated code point.
   */
  result = 0;
  /** The current index in the decode tree. */
  treeIndex = 0;
  /**
   * Characters consumed since the last recorded legacy match, plus one.
   * Invariant at the top of the `stateNamedEntity` loop: `excess` equals
   * the number of unrecorded consumed characters + 1.
   */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive (read via destructuring)
  excess = 1;
  /** The mode in which the decoder is operating. */
  decodeMode = DecodingMode.Strict;
  /** The number of characters that have been consumed in the current run. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive
  runConsumed = 0;
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
  }
  /**
   * Resets the instance to make it reusable.
   * @param decodeMode Entity decoding mode to use.
   */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the non-streaming `decodeWithTrie`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input, offset);
      }
      default: {
        return this.stateNamedEntity(input, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  // eslint-disable-next-line unicorn/consistent-class-member-order
  stateNumericStart(input, offset) {
    if (offset >= input.length) {
      return -1;
    }
    if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML
   * spec. Digit parsing matches the hex loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
        result = result * 16 + digit;
        consumed += 1;
        offset += 1;
      } else {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(char, 3);
      }
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML
   * spec. Digit parsing matches the decimal loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9) {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(digit + CharCodes.ZERO, 2);
      }
      result = result * 10 + digit;
      consumed += 1;
      offset += 1;
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    if (this.consumed <= expectedLength) {
      this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint((this.decodeTree === xmlDecodeTree ? replaceCodePointXML : replaceCodePoint)(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Flush locally-tracked walk state back to the fields, then emit the
   * recorded legacy match or reject (cold path — at most once per
   * entity). Called after failed navigation (leaf node, branch miss, or
   * compact-run mismatch). In attribute mode, reject if no legacy was
   * recorded at the current node, if we descended past it, or if the
   * pending input character is an invalid attribute terminator.
   * @param consumed Locally-tracked consumed count.
   * @param excess Locally-tracked excess count.
   * @param char Pending input character (may be the mismatching char).
   * @param valueLength Value length at the current trie node.
   */
  flushAndEmitLegacyOrReject(consumed, excess, char, valueLength) {
    this.consumed = consumed;
    this.excess = excess;
    return this.result === 0 || this.decodeMode === DecodingMode.Attribute && (valueLength === 0 || excess > 1 || isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input, offset) {
    const { decodeTree } = this;
    const inputLength = input.length;
    const isStrict = this.decodeMode === DecodingMode.Strict;
    let { treeIndex } = this;
    let { excess } = this;
    let { consumed } = this;
    let current = decodeTree[treeIndex];
    while (offset < inputLength) {
      while ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0) {
        const char2 = input.charCodeAt(offset);
        const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
        const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (branchCount === 0) {
          if (char2 !== jumpOffset) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex += 1;
        } else {
          const slot = char2 - jumpOffset;
          if (slot >>> 0 >= branchCount) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          const stored = decodeTree[treeIndex + 1 + slot];
          if (stored === 0) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex = treeIndex + branchCount + stored & 65535;
        }
        current = decodeTree[treeIndex];
        offset += 1;
        excess += 1;
        if (offset >= inputLength)
          break;
      }
      if (offset >= inputLength)
        break;
      if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
        const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        let { runConsumed } = this;
        if (runConsumed === 0) {
          const char2 = input.charCodeAt(offset);
          if (char2 !== (current & BinTrieFlags.JUMP_TABLE)) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed = 1;
        }
        while (runConsumed < runLength) {
          if (offset >= inputLength) {
            this.treeIndex = treeIndex;
            this.excess = excess;
            this.consumed = consumed;
            this.runConsumed = runConsumed;
            return -1;
          }
          const charIndexInPacked = runConsumed - 1;
          const packedWord = decodeTree[treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = packedWord >> ((charIndexInPacked & 1) << 3) & 255;
          const char2 = input.charCodeAt(offset);
          if (char2 !== expectedChar) {
            this.runConsumed = 0;
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed += 1;
        }
        this.runConsumed = 0;
        treeIndex += 1 + (runLength >> 1);
        current = decodeTree[treeIndex];
        continue;
      }
      const valueLength = current >>> 14;
      const char = input.charCodeAt(offset);
      if (valueLength !== 0) {
        if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          this.result = treeIndex;
          consumed += excess - 1;
          excess = 1;
        }
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(treeIndex, valueLength, consumed + excess);
        }
        if (valueLength === 1) {
          return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
        }
      }
      const next = determineBranch(decodeTree, current, treeIndex + (valueLength || 1), char);
      if (next < 0) {
        return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
      }
      treeIndex = next;
      current = decodeTree[treeIndex];
      offset += 1;
      excess += 1;
    }
    if (!isStrict && current >>> 14 !== 0 && (current & BinTrieFlags.FLAG13) === 0) {
      this.result = treeIndex;
      consumed += excess - 1;
      excess = 1;
    }
    this.treeIndex = treeIndex;
    this.excess = excess;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    const { result, decodeTree } = this;
    const valueLength = decodeTree[result] >>> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    this.errors?.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   * @param result The index of the entity in the decode tree.
   * @param valueLength Encoded value length (header plus any value words).
   * @param consumed The number of characters consumed.
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & BinTrieFlags.VALUE_MASK : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   * @returns The number of characters consumed.
   */
  end() {
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      default: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}

// node_modules/htmlparser2/dist/Tokenizer.js
var CharCodes2;
(function(CharCodes3) {
  CharCodes3[CharCodes3["Tab"] = 9] = "Tab";
  CharCodes3[CharCodes3["NewLine"] = 10] = "NewLine";
  CharCodes3[CharCodes3["FormFeed"] = 12] = "FormFeed";
  CharCodes3[CharCodes3["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes3[CharCodes3["Space"] = 32] = "Space";
  CharCodes3[CharCodes3["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes3[CharCodes3["Number"] = 35] = "Number";
  CharCodes3[CharCodes3["Amp"] = 38] = "Amp";
  CharCodes3[CharCodes3["SingleQuote"] = 39] = "SingleQuote";
  CharCodes3[CharCodes3["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes3[CharCodes3["Dash"] = 45] = "Dash";
  CharCodes3[CharCodes3["Slash"] = 47] = "Slash";
  CharCodes3[CharCodes3["Zero"] = 48] = "Zero";
  CharCodes3[CharCodes3["Nine"] = 57] = "Nine";
  CharCodes3[CharCodes3["Semi"] = 59] = "Semi";
  CharCodes3[CharCodes3["Lt"] = 60] = "Lt";
  CharCodes3[CharCodes3["Eq"] = 61] = "Eq";
  CharCodes3[CharCodes3["Gt"] = 62] = "Gt";
  CharCodes3[CharCodes3["Questionmark"] = 63] = "Questionmark";
  CharCodes3[CharCodes3["UpperA"] = 65] = "UpperA";
  CharCodes3[CharCodes3["LowerA"] = 97] = "LowerA";
  CharCodes3[CharCodes3["UpperF"] = 70] = "UpperF";
  CharCodes3[CharCodes3["LowerF"] = 102] = "LowerF";
  CharCodes3[CharCodes3["UpperZ"] = 90] = "UpperZ";
  CharCodes3[CharCodes3["LowerZ"] = 122] = "LowerZ";
  CharCodes3[CharCodes3["LowerX"] = 120] = "LowerX";
  CharCodes3[CharCodes3["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State2;
(function(State3) {
  State3[State3["Text"] = 1] = "Text";
  State3[State3["BeforeTagName"] = 2] = "BeforeTagName";
  State3[State3["InTagName"] = 3] = "InTagName";
  State3[State3["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State3[State3["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State3[State3["InClosingTagName"] = 6] = "InClosingTagName";
  State3[State3["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State3[State3["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State3[State3["InAttributeName"] = 9] = "InAttributeName";
  State3[State3["AfterAttributeName"] = 10] = "AfterAttributeName";
  State3[State3["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State3[State3["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State3[State3["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State3[State3["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State3[State3["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State3[State3["InDeclaration"] = 16] = "InDeclaration";
  State3[State3["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State3[State3["BeforeComment"] = 18] = "BeforeComment";
  State3[State3["CDATASequence"] = 19] = "CDATASequence";
  State3[State3["DeclarationSequence"] = 20] = "DeclarationSequence";
  State3[State3["InSpecialComment"] = 21] = "InSpecialComment";
  State3[State3["InCommentLike"] = 22] = "InCommentLike";
  State3[State3["SpecialStartSequence"] = 23] = "SpecialStartSequence";
  State3[State3["InSpecialTag"] = 24] = "InSpecialTag";
  State3[State3["InPlainText"] = 25] = "InPlainText";
  State3[State3["InEntity"] = 26] = "InEntity";
})(State2 || (State2 = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Empty: new Uint8Array(0),
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 33, 62]),
  // `--!>`
  Doctype: new Uint8Array([100, 111, 99, 116, 121, 112, 101]),
  // `doctype`
  IframeEnd: new Uint8Array([60, 47, 105, 102, 114, 97, 109, 101]),
  // `</iframe`
  NoembedEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    101,
    109,
    98,
    101,
    100
  ]),
  // `</noembed`
  NoframesEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    102,
    114,
    97,
    109,
    101,
    115
  ]),
  // `</noframes`
  Plaintext: new Uint8Array([
    60,
    47,
    112,
    108,
    97,
    105,
    110,
    116,
    101,
    120,
    116
  ]),
  // `</plaintext`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var specialStartSequences = /* @__PURE__ */ new Map([
  [Sequences.IframeEnd[2], Sequences.IframeEnd],
  [Sequences.NoembedEnd[2], Sequences.NoembedEnd],
  [Sequences.Plaintext[2], Sequences.Plaintext],
  [Sequences.ScriptEnd[2], Sequences.ScriptEnd],
  [Sequences.TitleEnd[2], Sequences.TitleEnd],
  [Sequences.XmpEnd[2], Sequences.XmpEnd]
]);
var Tokenizer = class {
  cbs;
  /** The current state the tokenizer is in. */
  state = State2.Text;
  /** The read buffer. */
  buffer = "";
  /** The beginning of the section that is currently being read. */
  sectionStart = 0;
  /** The index within the buffer that we are currently looking at. */
  index = 0;
  /** The start of the last entity. */
  entityStart = 0;
  /** Some behavior, eg. when decoding entities, is done while we are in another state. This keeps track of the other state type. */
  baseState = State2.Text;
  /** For special parsing behavior inside of script and style tags. */
  isSpecial = false;
  /** Indicates whether the tokenizer has been paused. */
  running = true;
  /** The offset of the current buffer. */
  offset = 0;
  xmlMode;
  decodeEntities;
  recognizeSelfClosing;
  entityDecoder;
  constructor({ xmlMode = false, decodeEntities = true, recognizeSelfClosing = xmlMode }, cbs) {
    this.cbs = cbs;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.recognizeSelfClosing = recognizeSelfClosing;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
  }
  reset() {
    this.state = State2.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State2.Text;
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State2.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  currentSequence = Sequences.Empty;
  sequenceIndex = 0;
  enterTagBody() {
    if (this.currentSequence === Sequences.Plaintext) {
      this.currentSequence = Sequences.Empty;
      this.state = State2.InPlainText;
    } else if (this.isSpecial) {
      this.state = State2.InSpecialTag;
      this.sequenceIndex = 0;
    } else {
      this.state = State2.Text;
    }
  }
  /**
   * Match the opening tag name against an HTML text-only tag sequence.
   *
   * Some tags share an initial prefix (`script`/`style`, `title`/`textarea`,
   * `noembed`/`noframes`), so we may switch to an alternate sequence at the
   * first distinguishing byte.  On a successful full match we fall back to
   * the normal tag-name state; a later `>` will enter raw-text, RCDATA, or
   * plaintext mode based on `currentSequence` / `isSpecial`.
   * @param c Current character code point.
   */
  stateSpecialStartSequence(c) {
    const lower = c | 32;
    if (this.sequenceIndex < this.currentSequence.length) {
      if (lower === this.currentSequence[this.sequenceIndex]) {
        this.sequenceIndex++;
        return;
      }
      if (this.sequenceIndex === 3) {
        if (this.currentSequence === Sequences.ScriptEnd && lower === Sequences.StyleEnd[3]) {
          this.currentSequence = Sequences.StyleEnd;
          this.sequenceIndex = 4;
          return;
        }
        if (this.currentSequence === Sequences.TitleEnd && lower === Sequences.TextareaEnd[3]) {
          this.currentSequence = Sequences.TextareaEnd;
          this.sequenceIndex = 4;
          return;
        }
      } else if (this.sequenceIndex === 4 && this.currentSequence === Sequences.NoembedEnd && lower === Sequences.NoframesEnd[4]) {
        this.currentSequence = Sequences.NoframesEnd;
        this.sequenceIndex = 5;
        return;
      }
    } else if (isEndOfTagSection(c)) {
      this.sequenceIndex = 0;
      this.state = State2.InTagName;
      this.stateInTagName(c);
      return;
    }
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.state = State2.InTagName;
    this.stateInTagName(c);
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State2.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      if (this.xmlMode) {
        this.state = State2.InDeclaration;
        this.stateInDeclaration(c);
      } else {
        this.state = State2.InSpecialComment;
        this.stateInSpecialComment(c);
      }
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   * @param c Current character code point.
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Emit a comment token and return to the text state.
   * @param offset Number of characters in the end sequence that have already been matched.
   */
  emitComment(offset) {
    this.cbs.oncomment(this.sectionStart, this.index, offset);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State2.Text;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   * @param c Current character code point.
   */
  stateInCommentLike(c) {
    if (!this.xmlMode && this.currentSequence === Sequences.CommentEnd && this.sequenceIndex <= 1 && /*
     * We're still at the very start of the comment: the only
     * characters consumed since `<!--` are the dashes that
     * advanced sequenceIndex (0 for `<!-->`, 1 for `<!--->`).
     */
    this.index === this.sectionStart + this.sequenceIndex && c === CharCodes2.Gt) {
      this.emitComment(this.sequenceIndex);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === 2 && c === CharCodes2.Gt) {
      this.emitComment(2);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === this.currentSequence.length - 1 && c !== CharCodes2.Gt) {
      this.sequenceIndex = Number(c === CharCodes2.Dash);
    } else if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 3);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State2.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   * @param c Current character code point.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  /**
   * Scan raw-text / RCDATA content for the matching end tag.
   *
   * For RCDATA tags (`<title>`, `<textarea>`) entities are decoded inline.
   * For raw-text tags (`<script>`, `<style>`, etc.) we fast-forward to `<`.
   * @param c Current character code point.
   */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (isEndOfTagSection(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd || this.currentSequence === Sequences.TextareaEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State2.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      if (this.xmlMode) {
        this.state = State2.InProcessingInstruction;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      } else {
        this.state = State2.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (this.isTagStartChar(c)) {
      this.sectionStart = this.index;
      const special = this.xmlMode || this.cbs.isInForeignContext?.() ? void 0 : specialStartSequences.get(c | 32);
      if (special === void 0) {
        this.state = State2.InTagName;
      } else {
        this.isSpecial = true;
        this.currentSequence = special;
        this.sequenceIndex = 3;
        this.state = State2.SpecialStartSequence;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State2.BeforeClosingTagName;
    } else {
      this.state = State2.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State2.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
      if (this.xmlMode) {
      } else {
        this.state = State2.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (c === CharCodes2.Gt) {
      this.state = State2.Text;
      if (!this.xmlMode) {
        this.sectionStart = this.index + 1;
      }
    } else {
      this.state = this.isTagStartChar(c) ? State2.InClosingTagName : State2.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State2.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State2.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      this.enterTagBody();
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State2.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State2.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  /**
   * Handle `/` before `>` in an opening tag.
   *
   * In HTML mode, text-only tags ignore the self-closing flag and still enter
   * their raw-text/RCDATA/plaintext state unless self-closing tags are being
   * recognized. In XML mode, or for ordinary tags, the tokenizer returns to
   * regular text parsing after emitting the self-closing callback.
   * @param c Current character code point.
   */
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.sectionStart = this.index + 1;
      if (!this.recognizeSelfClosing) {
        this.enterTagBody();
        return;
      }
      this.state = State2.Text;
      this.isSpecial = false;
      this.currentSequence = Sequences.Empty;
    } else if (!isWhitespace(c)) {
      this.state = State2.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State2.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State2.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State2.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State2.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State2.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State2.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State2.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote) {
    if (c === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State2.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State2.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  /**
   * Distinguish between CDATA, declarations, HTML comments, and HTML bogus
   * comments after `<!`.
   *
   * In HTML mode, only real comments and doctypes stay on declaration paths;
   * everything else becomes a bogus comment terminated by the next `>`.
   * @param c Current character code point.
   */
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State2.CDATASequence;
      this.sequenceIndex = 0;
    } else if (this.xmlMode) {
      this.state = c === CharCodes2.Dash ? State2.BeforeComment : State2.InDeclaration;
    } else if ((c | 32) === Sequences.Doctype[0]) {
      this.state = State2.DeclarationSequence;
      this.currentSequence = Sequences.Doctype;
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State2.Text;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Dash) {
      this.state = State2.BeforeComment;
    } else {
      this.state = State2.InSpecialComment;
    }
  }
  /**
   * Continue matching `doctype` after `<!d`.
   *
   * A full `doctype` match stays on the declaration path; any other name falls
   * back to an HTML bogus comment, which matches browser behavior for
   * non-doctype `<!...>` constructs.
   * @param c Current character code point.
   */
  stateDeclarationSequence(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      this.state = State2.InDeclaration;
      this.stateInDeclaration(c);
    } else if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State2.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State2.InSpecialComment;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State2.Text;
      this.sectionStart = this.index + 1;
    }
  }
  /**
   * XML processing instructions (`<?...?>`).
   *
   * In HTML mode `<?` is routed to `InSpecialComment` instead, so this
   * state is only reachable in XML mode.
   * @param c Current character code point.
   */
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Questionmark) {
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt && this.sequenceIndex === 1) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index - 1);
      this.sequenceIndex = 0;
      this.state = State2.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.sequenceIndex = Number(this.fastForwardTo(CharCodes2.Questionmark));
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State2.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (this.xmlMode) {
      this.state = State2.InDeclaration;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State2.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State2.InSpecialComment;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State2.Text;
      this.sectionStart = this.index + 1;
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State2.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State2.Text || this.baseState === State2.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State2.Text || this.state === State2.InPlainText || this.state === State2.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State2.InAttributeValueDq || this.state === State2.InAttributeValueSq || this.state === State2.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State2.Text: {
          this.stateText(c);
          break;
        }
        case State2.InPlainText: {
          this.index = this.buffer.length + this.offset - 1;
          break;
        }
        case State2.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State2.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State2.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State2.DeclarationSequence: {
          this.stateDeclarationSequence(c);
          break;
        }
        case State2.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State2.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State2.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State2.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State2.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State2.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State2.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State2.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State2.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State2.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State2.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State2.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State2.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State2.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State2.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State2.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State2.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State2.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State2.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State2.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State2.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  handleTrailingCommentLikeData(endIndex) {
    if (this.state !== State2.InCommentLike) {
      return false;
    }
    if (this.currentSequence === Sequences.CdataEnd) {
      if (this.xmlMode) {
        if (this.sectionStart < endIndex) {
          this.cbs.oncdata(this.sectionStart, endIndex, 0);
        }
      } else {
        const cdataStart = this.sectionStart - Sequences.Cdata.length - 1;
        this.cbs.oncomment(cdataStart, endIndex, 0);
      }
    } else {
      const offset = this.xmlMode ? 0 : Math.min(this.sequenceIndex, Sequences.CommentEnd.length - 1);
      this.cbs.oncomment(this.sectionStart, endIndex, offset);
    }
    return true;
  }
  handleTrailingMarkupDeclaration(endIndex) {
    if (this.xmlMode) {
      switch (this.state) {
        case State2.InSpecialComment:
        case State2.BeforeComment:
        case State2.CDATASequence:
        case State2.DeclarationSequence:
        case State2.InDeclaration: {
          this.cbs.ontext(this.sectionStart, endIndex);
          return true;
        }
        default: {
          return false;
        }
      }
    }
    switch (this.state) {
      case State2.BeforeDeclaration:
      case State2.InSpecialComment:
      case State2.BeforeComment:
      case State2.CDATASequence: {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
        return true;
      }
      case State2.DeclarationSequence: {
        if (this.sequenceIndex !== Sequences.Doctype.length) {
          this.cbs.oncomment(this.sectionStart, endIndex, 0);
        }
        return true;
      }
      case State2.InDeclaration: {
        return true;
      }
      default: {
        return false;
      }
    }
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.handleTrailingCommentLikeData(endIndex) || this.handleTrailingMarkupDeclaration(endIndex)) {
      return;
    }
    if (this.sectionStart >= endIndex) {
      return;
    }
    switch (this.state) {
      case State2.InTagName:
      case State2.BeforeAttributeName:
      case State2.BeforeAttributeValue:
      case State2.AfterAttributeName:
      case State2.InAttributeName:
      case State2.InAttributeValueSq:
      case State2.InAttributeValueDq:
      case State2.InAttributeValueNq:
      case State2.InClosingTagName: {
        break;
      }
      default: {
        this.cbs.ontext(this.sectionStart, endIndex);
      }
    }
  }
  emitCodePoint(cp, consumed) {
    if (this.baseState !== State2.Text && this.baseState !== State2.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// node_modules/htmlparser2/dist/Parser.js
var { fromCodePoint } = String;
var formTags = /* @__PURE__ */ new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea"
]);
var pTag = /* @__PURE__ */ new Set(["p"]);
var headingTags = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
var openImpliesClose = /* @__PURE__ */ new Map([
  ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
  ["th", /* @__PURE__ */ new Set(["th"])],
  ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
  ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
  ["a", /* @__PURE__ */ new Set(["a"])],
  ["li", /* @__PURE__ */ new Set(["li"])],
  ["p", pTag],
  ["h1", headingTags],
  ["h2", headingTags],
  ["h3", headingTags],
  ["h4", headingTags],
  ["h5", headingTags],
  ["h6", headingTags],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", /* @__PURE__ */ new Set(["option"])],
  ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags]
]);
var DOCUMENT_TYPE = "doctype";
var voidElements = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
var htmlIntegrationElements = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignObject",
  "desc",
  "title"
]);
var svgTagNameAdjustments = /* @__PURE__ */ new Map([
  ["altglyph", "altGlyph"],
  ["altglyphdef", "altGlyphDef"],
  ["altglyphitem", "altGlyphItem"],
  ["animatecolor", "animateColor"],
  ["animatemotion", "animateMotion"],
  ["animatetransform", "animateTransform"],
  ["clippath", "clipPath"],
  ["feblend", "feBlend"],
  ["fecolormatrix", "feColorMatrix"],
  ["fecomponenttransfer", "feComponentTransfer"],
  ["fecomposite", "feComposite"],
  ["feconvolvematrix", "feConvolveMatrix"],
  ["fediffuselighting", "feDiffuseLighting"],
  ["fedisplacementmap", "feDisplacementMap"],
  ["fedistantlight", "feDistantLight"],
  ["fedropshadow", "feDropShadow"],
  ["feflood", "feFlood"],
  ["fefunca", "feFuncA"],
  ["fefuncb", "feFuncB"],
  ["fefuncg", "feFuncG"],
  ["fefuncr", "feFuncR"],
  ["fegaussianblur", "feGaussianBlur"],
  ["feimage", "feImage"],
  ["femerge", "feMerge"],
  ["femergenode", "feMergeNode"],
  ["femorphology", "feMorphology"],
  ["feoffset", "feOffset"],
  ["fepointlight", "fePointLight"],
  ["fespecularlighting", "feSpecularLighting"],
  ["fespotlight", "feSpotLight"],
  ["fetile", "feTile"],
  ["feturbulence", "feTurbulence"],
  ["foreignobject", "foreignObject"],
  ["glyphref", "glyphRef"],
  ["lineargradient", "linearGradient"],
  ["radialgradient", "radialGradient"],
  ["textpath", "textPath"]
]);
var ForeignContext;
(function(ForeignContext2) {
  ForeignContext2[ForeignContext2["None"] = 0] = "None";
  ForeignContext2[ForeignContext2["Svg"] = 1] = "Svg";
  ForeignContext2[ForeignContext2["MathML"] = 2] = "MathML";
})(ForeignContext || (ForeignContext = {}));
var reNameEnd = /\s|\//;
var Parser = class {
  options;
  /** The start index of the last event. */
  startIndex = 0;
  /** The end index of the last event. */
  endIndex = 0;
  /**
   * Store the start index of the current open tag,
   * so we can update the start index for attributes.
   */
  openTagStart = 0;
  tagname = "";
  attribname = "";
  attribvalue = "";
  attribs = null;
  stack = [];
  foreignContext;
  cbs;
  lowerCaseTagNames;
  lowerCaseAttributeNames;
  recognizeSelfClosing;
  /** We are parsing HTML. Inverse of the `xmlMode` option. */
  htmlMode;
  tokenizer;
  buffers = [];
  bufferOffset = 0;
  /** The index of the last written buffer. Used when resuming after a `pause()`. */
  writeIndex = 0;
  /** Indicates whether the parser has finished running / `.end` has been called. */
  ended = false;
  constructor(cbs, options = {}) {
    this.options = options;
    this.cbs = cbs ?? {};
    this.htmlMode = !this.options.xmlMode;
    this.lowerCaseTagNames = options.lowerCaseTags ?? this.htmlMode;
    this.lowerCaseAttributeNames = options.lowerCaseAttributeNames ?? this.htmlMode;
    this.recognizeSelfClosing = options.recognizeSelfClosing ?? !this.htmlMode;
    this.tokenizer = new (options.Tokenizer ?? Tokenizer)(this.options, this);
    this.foreignContext = [ForeignContext.None];
    this.cbs.onparserinit?.(this);
  }
  // Tokenizer event handlers
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontext(start, endIndex) {
    const data = this.getSlice(start, endIndex);
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(data);
    this.startIndex = endIndex;
  }
  /**
   * @param cp Current Unicode code point.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontextentity(cp, endIndex) {
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(fromCodePoint(cp));
    this.startIndex = endIndex;
  }
  /** @internal */
  isInForeignContext() {
    return this.foreignContext[0] !== ForeignContext.None;
  }
  /**
   * Checks if the current tag is a void element. Override this if you want
   * to specify your own additional void elements.
   * @param name Name of the pseudo selector.
   */
  isVoidElement(name) {
    return this.htmlMode && voidElements.has(name);
  }
  /**
   * Read a tag name from the buffer.
   *
   * When `lowerCaseTagNames` is enabled (the default in HTML mode), the name
   * is lowercased and may be adjusted for SVG casing or the `image` → `img`
   * alias.
   * @param start Start index of the tag name in the buffer.
   * @param endIndex End index of the tag name in the buffer.
   */
  readTagName(start, endIndex) {
    const name = this.lowerCaseTagNames ? this.getSlice(start, endIndex).toLowerCase() : this.getSlice(start, endIndex);
    if (!(this.lowerCaseTagNames && this.htmlMode)) {
      return name;
    }
    if (this.foreignContext[0] === ForeignContext.Svg) {
      return svgTagNameAdjustments.get(name) ?? name;
    }
    if (this.foreignContext.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== void 0 && this.stack.includes(adjusted)) {
        return adjusted;
      }
    }
    if (!this.isInForeignContext()) {
      return name === "image" ? "img" : name;
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagname(start, endIndex) {
    this.endIndex = endIndex;
    this.emitOpenTag(this.readTagName(start, endIndex));
  }
  emitOpenTag(name) {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    if (this.htmlMode && name === "form" && this.stack.includes("form")) {
      this.tagname = "";
      return;
    }
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
        this.popElement(true);
      }
    }
    if (!this.isVoidElement(name)) {
      this.stack.unshift(name);
      if (this.htmlMode) {
        if (name === "svg") {
          this.foreignContext.unshift(ForeignContext.Svg);
        } else if (name === "math") {
          this.foreignContext.unshift(ForeignContext.MathML);
        } else if (htmlIntegrationElements.has(name)) {
          this.foreignContext.unshift(ForeignContext.None);
        }
      }
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag)
      this.attribs = {};
  }
  endOpenTag(isImplied) {
    this.startIndex = this.openTagStart;
    if (this.attribs) {
      this.cbs.onopentag?.(this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
      this.cbs.onclosetag(this.tagname, true);
    }
    this.tagname = "";
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagend(endIndex) {
    this.endIndex = endIndex;
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onclosetag(start, endIndex) {
    this.endIndex = endIndex;
    const name = this.readTagName(start, endIndex);
    if (!this.isVoidElement(name)) {
      const pos = this.stack.indexOf(name);
      if (pos !== -1) {
        for (let index = 0; index < pos; index++) {
          this.popElement(true);
        }
        this.popElement(false);
      } else if (this.htmlMode && name === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === "br") {
      this.cbs.onopentagname?.("br");
      this.cbs.onopentag?.("br", {}, true);
      this.cbs.onclosetag?.("br", false);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onselfclosingtag(endIndex) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.isInForeignContext()) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }
  /**
   * Pop the top element off the stack, emit a close event, and maintain
   * the foreign context stack.
   * @param implied Whether this close is implied (not from an explicit end tag).
   */
  popElement(implied) {
    const element = this.stack.shift();
    if (this.htmlMode && (foreignContextElements.has(element) || htmlIntegrationElements.has(element))) {
      this.foreignContext.shift();
    }
    this.cbs.onclosetag?.(element, implied);
  }
  closeCurrentTag(isOpenImplied) {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[0] === name) {
      this.popElement(!isOpenImplied);
    }
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribname(start, endIndex) {
    this.startIndex = start;
    const name = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribdata(start, endIndex) {
    this.attribvalue += this.getSlice(start, endIndex);
  }
  /**
   * @param cp Current Unicode code point.
   * @internal
   */
  onattribentity(cp) {
    this.attribvalue += fromCodePoint(cp);
  }
  /**
   * @param quote Quote type used for the current attribute.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribend(quote, endIndex) {
    this.endIndex = endIndex;
    this.cbs.onattribute?.(this.attribname, this.attribvalue, quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : quote === QuoteType.NoValue ? void 0 : null);
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }
  getInstructionName(value) {
    const index = value.search(reNameEnd);
    let name = index < 0 ? value : value.substr(0, index);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ondeclaration(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.htmlMode ? this.lowerCaseTagNames ? DOCUMENT_TYPE : value.slice(0, DOCUMENT_TYPE.length) : this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`!${name}`, `!${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onprocessinginstruction(start, endIndex) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.getInstructionName(value);
      this.cbs.onprocessinginstruction(`?${name}`, `?${value}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncomment(start, endIndex, offset) {
    this.endIndex = endIndex;
    this.cbs.oncomment?.(this.getSlice(start, endIndex - offset));
    this.cbs.oncommentend?.();
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncdata(start, endIndex, offset) {
    this.endIndex = endIndex;
    const value = this.getSlice(start, endIndex - offset);
    if (!this.htmlMode || this.options.recognizeCDATA) {
      this.cbs.oncdatastart?.();
      this.cbs.ontext?.(value);
      this.cbs.oncdataend?.();
    } else if (this.isInForeignContext()) {
      this.cbs.ontext?.(value);
    } else {
      this.cbs.oncomment?.(`[CDATA[${value}]]`);
      this.cbs.oncommentend?.();
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onend() {
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index = 0; index < this.stack.length; index++) {
        this.cbs.onclosetag(this.stack[index], true);
      }
    }
    this.cbs.onend?.();
  }
  /**
   * Resets the parser to a blank state, ready to parse a new HTML document
   */
  reset() {
    this.cbs.onreset?.();
    this.tokenizer.reset();
    this.tagname = "";
    this.attribname = "";
    this.attribvalue = "";
    this.attribs = null;
    this.stack.length = 0;
    this.startIndex = 0;
    this.endIndex = 0;
    this.cbs.onparserinit?.(this);
    this.buffers.length = 0;
    this.foreignContext.length = 0;
    this.foreignContext.unshift(ForeignContext.None);
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
  }
  /**
   * Resets the parser, then parses a complete document and
   * pushes it to the handler.
   * @param data Document to parse.
   */
  parseComplete(data) {
    this.reset();
    this.end(data);
  }
  getSlice(start, end) {
    if (start === end) {
      return "";
    }
    while (start - this.bufferOffset >= this.buffers[0].length) {
      this.shiftBuffer();
    }
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length) {
      this.shiftBuffer();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }
  shiftBuffer() {
    this.bufferOffset += this.buffers[0].length;
    this.writeIndex--;
    this.buffers.shift();
  }
  /**
   * Parses a chunk of data and calls the corresponding callbacks.
   * @param chunk Chunk to parse.
   */
  write(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".write() after done!"));
      return;
    }
    this.buffers.push(chunk);
    if (this.tokenizer.running) {
      this.tokenizer.write(chunk);
      this.writeIndex++;
    }
  }
  /**
   * Parses the end of the buffer and clears the stack, calls onend.
   * @param chunk Optional final chunk to parse.
   */
  end(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".end() after done!"));
      return;
    }
    if (chunk)
      this.write(chunk);
    this.ended = true;
    this.tokenizer.end();
  }
  /**
   * Pauses parsing. The parser won't emit events until `resume` is called.
   */
  pause() {
    this.tokenizer.pause();
  }
  /**
   * Resumes parsing after `pause` was called.
   */
  resume() {
    this.tokenizer.resume();
    while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
      this.tokenizer.write(this.buffers[this.writeIndex++]);
    }
    if (this.ended)
      this.tokenizer.end();
  }
};

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
  const decoded = decode2(input, options.format ? { format: options.format } : {});
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
/*! Bundled license information:

he/src/he.mjs:
  (*! https://mths.be/he by @mathias | MIT license *)
*/
