import { flatItems, recordView } from './data/record-items.ts';
import type { Action } from './keys.ts';
import { go, openPost } from './navigate.ts';
import { moveInRecord } from './record-scroll.ts';
import { recordLines } from './screens/record-lines.ts';
import { bodyHeight, type Model, type RecordRoute } from './state.ts';

/** A key on a talk, speaker or event: move through its items, open one. */
export function recordAction(model: Model, route: RecordRoute, action: Action): Model {
  const view = recordView(model.index!, route.screen, route.id);
  const items = view ? flatItems(view) : [];
  if (action === 'open') {
    const item = items[route.cursor];
    if (!item || item.kind === 'url') return model;
    if (item.kind === 'post') {
      return openPost(
        model,
        item.id,
        item.line === undefined ? undefined : { fileLine: item.line, ref: route.id },
      );
    }
    return go(model, { screen: item.kind, id: item.id, cursor: 0, top: 0 });
  }
  if (!view) return model;
  const lines = recordLines(view, model.size.columns);
  return {
    ...model,
    route: { ...route, ...moveInRecord(lines, route, action, bodyHeight(model.size)) },
  };
}
