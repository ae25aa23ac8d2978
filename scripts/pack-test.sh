for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

!for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

`for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

`for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

`for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

`for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

jfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

0for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

[for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

]for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

0for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

0for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

+for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

%for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

zfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

[for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

]for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

&for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

&for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

jfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

jfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

qfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

&for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

2for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

#for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

zfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

qfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

&for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

2for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

zfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

qfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

\for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

\for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

&for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

2for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

zfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

qfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

&for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

2for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

qfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

&for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

2for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

3for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

|for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

\for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

?for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

0for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

8for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

?for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

jfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

jfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

1for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

0for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

0for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

jfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

'for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

+for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

_for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

{for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

=for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

+for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

}for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ffor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

xfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

<for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

,for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

>for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

yfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

.for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

;for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

bfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

dfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

wfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

/for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

mfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

Rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

lfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

gfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

qfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ufor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

hfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

pfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

afor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

cfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

-for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

tfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

:for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

kfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

 for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

(for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

$for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

vfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

efor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

rfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

sfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ifor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

ofor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

nfor id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

)for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

"for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done


for id in Conflux Conflux.Redis Conflux.AspNetCore Conflux.Client Conflux.Cli; do
  test -f "$work/packages/$id.$version.nupkg" || { echo "pack-test: $id was not packed" >&2; exit 1; }
done

