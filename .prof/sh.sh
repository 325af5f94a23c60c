nice -n -15 npx tsx .prof/shaders.mts | python3 -c "
import json,sys
for line in sys.stdin:
  path,js=line.split(' ',1); d=json.loads(js); print(path, round(d['idle']), d['link'], round(d['linkMs']), [p[0] for p in d['programs']][:10])
"
