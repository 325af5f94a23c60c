declare module 'virtual:two-fronts/map-data' {
  const data: import('./pipeline/dataset-types.ts').MapData;
  export default data;
}
declare module 'virtual:two-fronts/evidence' {
  const data: import('./pipeline/dataset-types.ts').Evidence;
  export default data;
}
declare module 'virtual:two-fronts/story' {
  const story: import('./pipeline/story.ts').Story | null;
  export default story;
}
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs?url' {
  const url: string;
  export default url;
}
