#!/usr/bin/env bash
# Refresh the JavaScript/CSS that geomap inlines into map.html (no CDN at run time).
#
# Pinned versions (change here, run this script, re-run `pytest tests/test_map*.py -m "browser or not browser"`):
#   leaflet               1.9.4   (BSD-2-Clause)  https://www.npmjs.com/package/leaflet
#   leaflet.markercluster 1.5.3   (MIT)           https://www.npmjs.com/package/leaflet.markercluster
#
# Needs npm (registry access) at dev time only. Files land in geomap/mapping/assets/ and are
# committed; geomap never fetches anything at run time.
set -euo pipefail

LEAFLET_VERSION=1.9.4
MARKERCLUSTER_VERSION=1.5.3

here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/geomap/mapping/assets"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "leaflet@${LEAFLET_VERSION}" "leaflet.markercluster@${MARKERCLUSTER_VERSION}" >/dev/null
mkdir leaflet markercluster
tar -xzf "leaflet-${LEAFLET_VERSION}.tgz" -C leaflet
tar -xzf "leaflet.markercluster-${MARKERCLUSTER_VERSION}.tgz" -C markercluster

mkdir -p "$dest"
cp leaflet/package/dist/leaflet.js "$dest/leaflet.js"
cp leaflet/package/dist/leaflet.css "$dest/leaflet.css"
cp leaflet/package/LICENSE "$dest/LICENSE.leaflet"
# Images referenced by leaflet.css; geomap inlines them as data: URIs.
for img in layers.png layers-2x.png marker-icon.png marker-icon-2x.png marker-shadow.png; do
  cp "leaflet/package/dist/images/$img" "$dest/leaflet-images-$img"
done
cp markercluster/package/dist/leaflet.markercluster.js "$dest/leaflet.markercluster.js"
cp markercluster/package/dist/MarkerCluster.css "$dest/MarkerCluster.css"
cp markercluster/package/dist/MarkerCluster.Default.css "$dest/MarkerCluster.Default.css"
cp markercluster/package/MIT-LICENCE.txt "$dest/LICENSE.leaflet.markercluster"

chmod 644 "$dest"/*
cat > "$dest/VERSIONS" <<V
leaflet ${LEAFLET_VERSION} (npm, BSD-2-Clause, see LICENSE.leaflet)
leaflet.markercluster ${MARKERCLUSTER_VERSION} (npm, MIT, see LICENSE.leaflet.markercluster)
refreshed by scripts/vendor_assets.sh
V
echo "vendored into $dest:"
ls -l "$dest"
