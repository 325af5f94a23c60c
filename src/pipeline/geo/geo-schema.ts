import { z } from 'zod';

import { isCalendarDay } from '../../contract/days.ts';
import { KEBAB_ID as FEATURE_ID } from '../../contract/ids.ts';

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const position = z.tuple([longitude, latitude]);
const ring = z.array(position).min(4);
const polygon = z.array(ring).min(1);

const simpleGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
]);

/** A part of a composite feature: the map can style the garrison, the position and the move apart. */
const geometryPart = z
  .object({
    role: z.string().min(1),
    label: z.string().min(1).optional(),
    /** Draw a two-point line as a great-circle arc (densified at build time). */
    arc: z.boolean().default(false),
    geometry: simpleGeometry,
  })
  .refine(
    (part) => !part.arc || (part.geometry.type === 'LineString' && part.geometry.coordinates.length === 2),
    {
      message: 'an arc needs a LineString of exactly two points',
      path: ['geometry'],
    },
  );

const claim = z.object({
  /** The figure as the article states it. */
  value: z.string().min(1),
  /** Seed file name without extension. */
  article: z.string().min(1),
  /** Verbatim words of the article that state it; checked against the cleaned text. */
  quote: z.string().min(8),
});

const fact = z.object({
  label: z.string().min(1),
  /** What the figures count, when they are counts: the articles' own figures of that kind join this fact. */
  kind: z.enum(['troops', 'killed']).optional(),
  claims: z.array(claim).min(1),
});

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Where a position, shape or statement comes from. Either a curator's note (`source`: a gazetteer,
 * Natural Earth) or a named publication (`outlet`, `title`, `date`). `context: true` marks what no
 * article states (a garrison, a satellite-imaged camp): shown as context, not from the articles, and
 * it must then name its publication.
 */
const citation = z
  .object({
    what: z.string().min(1),
    source: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    date: isoDate.optional(),
    url: z.url().optional(),
    context: z.boolean().default(false),
  })
  .strict()
  .refine((entry) => entry.source !== undefined || entry.outlet !== undefined, {
    message: 'a source needs either "source" (a note) or "outlet" (a publication)',
  })
  .refine((entry) => !entry.context || (entry.outlet && entry.title && (entry.date || entry.url)), {
    message:
      'context (what no article states) needs a named public source: outlet, title and a date (or, for an undated reference work, its url)',
  });

/**
 * A calendar day `YYYY-MM-DD` (DESIGN.md §3). A source that names only a month or a year states no day,
 * and a day is never guessed: such a feature has no `when`.
 */
const whenDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD (a source that states no day gives no "when")')
  .refine(isCalendarDay, 'not a calendar date');

/**
 * When a feature holds: from a day (a deployment's arrival, a meeting), to an optional last day. Its
 * source is a `sources` entry whose `what` is "dates".
 */
const when = z
  .strictObject({ from: whenDate, to: whenDate.optional() })
  .refine((span) => span.to === undefined || span.to >= span.from, {
    message: '"to" is before "from"',
    path: ['to'],
  });

/** The `what` of the `sources` entry that backs a feature's `when`. */
export const WHEN_SOURCE = 'dates';

/**
 * A definite description that may stand for a feature once it has been named ("the country", "the
 * Central Asian nation"): it must open with "the", or it would introduce something new ("a country").
 */
const epithet = z
  .string()
  .min(1)
  .regex(/^the\s+\S/iu, 'an epithet is a definite description: it opens with "the" (e.g. "the country")');

export const featurePropertiesSchema = z
  .object({
    id: z.string().regex(FEATURE_ID, 'must be lower-case kebab-case, e.g. "41st-caa"'),
    name: z.string().min(1),
    kind: z.string().min(1),
    description: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    weakAliases: z.array(z.string().min(1)).default([]),
    /** Phrases that name something else after the feature ("the Minsk talks" for Belarus): never a mention. */
    incidentalAliases: z.array(z.string().min(1)).default([]),
    /** Demonyms and adjectives ("Ukrainians", "Kazakh"): references to it, counted below a name. */
    demonyms: z.array(z.string().min(1)).default([]),
    /** Epithets for this feature alone, besides its layer's for its kind ("the Central Asian nation"). */
    epithets: z.array(epithet).default([]),
    /** Features that contain this one (Almaty is within Kazakhstan): its mentions count for them, more weakly. */
    within: z.array(z.string().regex(FEATURE_ID, 'must name a feature id')).default([]),
    /** Other layers this feature also belongs to (Kazakhstan is also a CSTO member). */
    memberOf: z.array(z.string().regex(FEATURE_ID)).default([]),
    /** Take the geometry from Natural Earth's country of this name instead of the file. */
    naturalEarth: z.string().min(1).optional(),
    /**
     * Take the geometry from a part of a Natural Earth country: the polygon holding `at`, drawn as
     * part of the country `shownIn` (the recognised border) wherever Natural Earth puts it; `name`
     * is how the credits say so ("Crimea shown as Ukraine's").
     */
    naturalEarthPart: z
      .object({ at: position, shownIn: z.string().min(1), name: z.string().min(1) })
      .strict()
      .optional(),
    /** false: the opening view leaves this feature out of its extent (a country drawn whole, far beyond the rest). */
    openingView: z.boolean().default(true),
    /** Geometry parts when one feature is drawn as several shapes (points, a line, an area). */
    parts: z.array(geometryPart).optional(),
    troops: z.object({ value: z.number().int().positive(), label: z.string().min(1) }).optional(),
    /** Where on the map to draw the troop symbol and the label, when not the geometry's centre. */
    anchor: position.optional(),
    facts: z.array(fact).default([]),
    /** The paragraphs the description states (`<article>#p<n>`): what it says happened, they must say. */
    cite: z
      .array(z.string().regex(/^[^#\s]+#p\d+$/, 'an excerpt id looks like "<article>#p<n>"'))
      .default([]),
    sources: z.array(citation).min(1, 'cite where the position or shape comes from'),
    /** When the feature holds (a deployment, a meeting), as a cited source states it. */
    when: when.optional(),
  })
  .refine(
    (properties) =>
      properties.when === undefined || properties.sources.some((source) => source.what === WHEN_SOURCE),
    { message: `a feature with "when" needs a source with "what": "${WHEN_SOURCE}"`, path: ['when'] },
  )
  .refine((properties) => !(properties.naturalEarth && properties.naturalEarthPart), {
    message: 'a feature takes "naturalEarth" (a whole country) or "naturalEarthPart", not both',
    path: ['naturalEarthPart'],
  });

export const geoFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: featurePropertiesSchema,
  geometry: simpleGeometry.nullable(),
});

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, e.g. "#b5342f"');
const lineStyle = z.enum(['solid', 'dashed', 'dotted', 'none']);

/** A look (src/contract/layer-style.ts): how shapes are drawn. Unknown keys are errors, so a typo is caught. */
const look = {
  color: hexColor.optional(),
  stroke: hexColor.optional(),
  labelColor: hexColor.optional(),
  fill: z.enum(['solid', 'hatch', 'none']).optional(),
  opacity: z.number().min(0).max(1).optional(),
  outline: lineStyle.optional(),
  line: lineStyle.optional(),
  width: z.number().positive().max(12).optional(),
  marker: z.enum(['circle', 'square', 'triangle']).optional(),
  size: z.number().min(6).max(40).optional(),
  label: z.enum(['name', 'troops', 'none']).optional(),
};

const lookRule = z.strictObject({
  ...look,
  kind: z.array(z.string().min(1)).min(1).optional(),
  role: z.array(z.string().min(1)).min(1).optional(),
  legend: z.string().min(1).optional(),
});

export const layerStyleSchema = z.strictObject({ ...look, rules: z.array(lookRule).optional() });

export const layerMetaSchema = z.object({
  id: z.string().regex(FEATURE_ID),
  name: z.string().min(1),
  description: z.string().min(1),
  /** Drawing order, bottom first. */
  order: z.number().int(),
  /** Whether the layer is shown when the app opens. */
  visible: z.boolean().default(true),
  /** How the layer is drawn and what its legend says; absent: the default look in a neutral colour. */
  style: layerStyleSchema.default({}),
  /**
   * Epithets by feature kind ("country": ["the country", "the former Soviet republic"]): each may stand
   * for any feature of that kind in this layer, resolved to the one named last (src/pipeline/text/match/references.ts).
   */
  epithets: z.record(z.string().min(1), z.array(epithet).min(1)).default({}),
});

export const geoFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  layer: layerMetaSchema,
  features: z.array(z.unknown()),
});

export type SimpleGeometry = z.infer<typeof simpleGeometry>;
export type GeometryPart = z.infer<typeof geometryPart>;
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;
export type GeoFeature = z.infer<typeof geoFeatureSchema>;
export type LayerMeta = z.infer<typeof layerMetaSchema>;
export type Fact = z.infer<typeof fact>;
export type Citation = z.infer<typeof citation>;
export type FeatureWhen = z.infer<typeof when>;
