/**
 * A feature's or a layer's id (DESIGN.md §3): lower-case kebab-case ("41st-caa"), stable. The geo files
 * and the briefing are validated with it; a link's ids are read with it. Imports nothing.
 */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
