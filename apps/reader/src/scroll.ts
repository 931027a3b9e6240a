import type { Action } from './keys.ts';
import { clamp, maxTop } from './pager.ts';

/** A new position after a scrolling action, within `[0, length - height]`. */
export function scroll(position: number, action: Action, length: number, height: number): number {
  const last = maxTop(length, height);
  const step: Partial<Record<Action, number>> = {
    down: 1,
    up: -1,
    'page-down': height,
    'page-up': -height,
    'half-down': Math.ceil(height / 2),
    'half-up': -Math.ceil(height / 2),
  };
  if (action === 'top') return 0;
  if (action === 'bottom') return last;
  const delta = step[action];
  return delta === undefined ? position : clamp(position + delta, 0, last);
}
