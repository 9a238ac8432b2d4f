#!/usr/bin/env bash
# Re-vendors the NL Design System components the pages are built from: the CSS of the Utrecht community components
# (@utrecht/component-library-css, EUPL-1.2) from the npm registry into src/main/resources/static/nl-design-system/,
# so the jar carries it and neither the build nor the browser needs npm or a CDN. Needs node and npm; run it from
# the project directory, then look at the pages and commit the changed files.
#
#   scripts/vendor-nl-design-system.sh [VERSION]     # default: the version in the vendored README.md
#
# The theme (colours, fonts, spacing) is not vendored: the components read design tokens (CSS custom properties),
# which src/main/resources/theme/neutral.css sets to a neutral default and an organisation overrides
# (docs/theme.md). @utrecht/design-tokens is Gemeente Utrecht's own house style, which its licence keeps for
# Utrecht; it is read here only to list the component tokens the neutral theme leaves to the components' defaults.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
target=src/main/resources/static/nl-design-system
version=${1:-$(sed -n 's/^- version: //p' "$target/README.md" 2>/dev/null || true)}
version=${version:-9.0.4}
tokens_version=5.0.1
command -v npm >/dev/null || { echo "npm not found: install node 20 and npm" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts \
  "@utrecht/component-library-css@$version" "@utrecht/design-tokens@$tokens_version" >/dev/null)
package="$work/node_modules/@utrecht/component-library-css"
installed=$(node -p "require('$package/package.json').version")
licence=$(node -p "require('$package/package.json').license")
[ "$licence" = "EUPL-1.2" ] || { echo "unexpected licence $licence of @utrecht/component-library-css" >&2; exit 1; }

mkdir -p "$target"
cp "$package/dist/index.css" "$target/utrecht-components.css"
cp "$package/LICENSE.md" "$target/LICENSE-EUPL-1.2.md"
sum=$(sha256sum "$target/utrecht-components.css" | cut -d' ' -f1)
cat > "$target/README.md" <<README
# NL Design System: Utrecht community components (vendored)

- package: @utrecht/component-library-css (npm registry), file dist/index.css
- version: $installed
- licence: EUPL-1.2 (LICENSE-EUPL-1.2.md), copyright Frameless B.V. and Gemeente Utrecht
- sha256 of utrecht-components.css: $sum
- vendored by: scripts/vendor-nl-design-system.sh $installed

Do not edit utrecht-components.css: run the script again for another version. The design tokens it reads come
from src/main/resources/theme/neutral.css and the organisation's theme (docs/theme.md).
README

# The component tokens that Gemeente Utrecht's theme sets and the neutral theme does not (left to the components'
# own fallbacks): for information when a new version brings new tokens.
grep -oE -- '--utrecht-[a-z0-9-]+:' "$work/node_modules/@utrecht/design-tokens/dist/index.css" | tr -d ':' | sort -u \
  > "$work/utrecht-theme.txt"
grep -oE -- '--utrecht-[a-z0-9-]+' "$target/utrecht-components.css" | sort -u > "$work/used.txt"
{ grep -oE -- '--utrecht-[a-z0-9-]+:' src/main/resources/theme/neutral.css || true; } | tr -d ':' | sort -u > "$work/neutral.txt"
missing=$(comm -12 "$work/used.txt" "$work/utrecht-theme.txt" | comm -23 - "$work/neutral.txt" | wc -l)
echo "vendored @utrecht/component-library-css $installed into $target ($sum)"
echo "$missing component tokens used by the CSS are set by Utrecht's theme but not by theme/neutral.css"
