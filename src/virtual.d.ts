declare module 'virtual:two-fronts/map-data' {
  const data: import('./contract/dataset.ts').MapData;
  export default data;
}
declare module 'virtual:two-fronts/evidence-manifest' {
  const manifest: import('./contract/dataset.ts').EvidenceManifest;
  export default manifest;
}
declare module 'virtual:two-fronts/story' {
  const story: import('./contract/story.ts').Story | null;
  export default story;
}
declare module 'virtual:two-fronts/timeline' {
  const file: import('./contract/timeline.ts').TimelineFile;
  export default file;
}
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs?url' {
  const url: string;
  export default url;
}
