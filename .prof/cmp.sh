# alternate: main dist vs lead dist, N rounds, prints painted-ms per run
for i in $(seq 1 ${N:-3}); do
  for d in /work/main/dist /work/wt/lead/dist; do
    r=$(DIST=$d RUNS=1 WAIT=${WAIT:-4000} nice -n -15 npx tsx .prof/click2.mts 2>/dev/null | grep -o "painted+[0-9]*" )
    echo "$d $r"
  done
done
