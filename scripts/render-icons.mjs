// Renders every icon from the one source image, assets/icon.svg. The PNGs are committed, so builds
// and CI never need the renderer; run `npm run icons` after changing the SVG.
//   public/icons/icon-<n>.png     manifest icons and toolbar action (16, 32, 48, 96, 128)
//   docs/store/images/*.png       store listing: 128 icon with the 16 px margin the Chrome Web Store
//                                 asks for, and the 440x280 small promo tile
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const SOURCE = 'assets/icon.svg';
const svg = readFileSync(SOURCE, 'utf8');
// The artwork without its outer <svg> element, to place it inside other canvases.
const art = svg.replace(/^[\s\S]*?<svg[^>]*>|<\/svg>\s*$/g, '');

function render(markup, width, file) {
  const png = new Resvg(markup, { fitTo: { mode: 'width', value: width } }).render().asPng();
  writeFileSync(file, png);
  console.log(`${file} (${png.length} bytes)`);
}

/** A canvas of w x h with the icon scaled to `size` at (x, y). */
function canvas(w, h, parts) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${parts}</svg>`;
}
const placed = (x, y, size) => `<g transform="translate(${x} ${y}) scale(${size / 128})">${art}</g>`;

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) render(svg, size, `public/icons/icon-${size}.png`);

mkdirSync('docs/store/images', { recursive: true });
render(canvas(128, 128, placed(16, 16, 96)), 128, 'docs/store/images/store-icon-128.png');
render(
  canvas(
    440,
    280,
    `<rect width="440" height="280" fill="#fef2f2"/>${placed(28, 76, 128)}
     <text x="176" y="136" font-family="DejaVu Sans, sans-serif" font-size="40" font-weight="bold" fill="#7f1d1d">ICP Lens</text>
     <text x="178" y="176" font-family="WenQuanYi Micro Hei, sans-serif" font-size="18" fill="#7f1d1d">备案号 · 许可证 · 公网安备</text>`,
  ),
  440,
  'docs/store/images/promo-small-440x280.png',
);
