// The API reference's browser test needs Chromium, and may run before the site's tests do.
import { ensureChromium } from '../../../scripts/ensure-chromium.ts';

export default function setup(): void {
  ensureChromium();
}
