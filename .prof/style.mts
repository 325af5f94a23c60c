import mapData from '/work/wt/lead/.prof/mapdata.json' with { type: 'json' };
