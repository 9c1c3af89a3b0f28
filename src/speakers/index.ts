export { tokenize } from "./tokenize";
export type { Token } from "./tokenize";
export { splitSentences } from "./split-sentences";
export type { Sentence } from "./split-sentences";
export { findMentions } from "./find-mentions";
export type { Mention, MentionKind } from "./find-mentions";
export { addRole, EntityTable, MAX_ROLES, readAppositiveRole } from "./build-entities";
export type { Entity } from "./build-entities";
