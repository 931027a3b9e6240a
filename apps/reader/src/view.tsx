import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { Frame } from './components/frame.tsx';
import { Styled } from './components/styled.tsx';
import { talkTitle } from './data/catalog-index.ts';
import { fullTextHits, fullTextReady, hitRow } from './data/full-text.ts';
import { SORTS, TABS, type Tab } from './data/list-rows.ts';
import { nothingFound } from './data/nothing-found.ts';
import { flatItems, recordView } from './data/record-items.ts';
import { searchMatches } from './document-search.ts';
import { bodyHeight, currentRows, type Model } from './model.ts';
import { pagerDoc } from './pager.ts';
import { inPageFragment } from './render/heading-anchor.ts';
import { fit, fitEnd } from './render/pieces.ts';
import { plural } from './render/plural.ts';
import { visible } from './render/visible.ts';
import { diagnosticLines, diagnosticsSummary } from './screens/diagnostic-lines.ts';
import { DiagnosticsScreen } from './screens/diagnostics-screen.tsx';
import { failureLines } from './screens/failure-lines.ts';
import { helpLineCount } from './screens/help-lines.ts';
import { HelpScreen } from './screens/help-screen.tsx';
import { ListScreen } from './screens/list-screen.tsx';
import { PagerScreen } from './screens/pager-screen.tsx';
import { RecordScreen } from './screens/record-screen.tsx';
import { isTooSmall, TooSmall } from './screens/too-small.tsx';
import { heldKeysText, typingAhead } from './type-ahead.ts';

export type ViewProps = { readonly model: Model };

const percent = (top: number, height: number, lines: number) =>
  lines <= height ? 'all' : `${Math.round((Math.min(lines, top + height) / lines) * 100)}%`;

/** Where a window `height` lines high from `top` is in `lines` lines: `23-44/120 37%`. */
/**
 * Which match of a search is the current one, and of how many: a search that finds nothing
 * would otherwise look like one whose match is already in the window.
 */
function searchPosition(search: string, match: number, found: number): string {
  if (!search) return '';
  if (!found) return 'no match  ';
  return match < 0 ? `${found} match${found === 1 ? '' : 'es'}  ` : `match ${match + 1}/${found}  `;
}

const windowPosition = (top: number, height: number, lines: number) =>
  `${Math.min(lines, top + 1)}-${Math.min(lines, top + height)}/${lines} ${percent(top, height, lines)}`;

const TYPED_AHEAD = 'Typed ahead, run once the catalog is read: ';
const TYPED_AHEAD_SHORT = 'Typed ahead: ';

/**
 * The keys typed while the catalog loads, the latest kept when they do not all fit; on a narrow
 * terminal after a shorter label, which would otherwise leave no room for them.
 */
function typedAheadLine(model: Model, width: number): string {
  const label = width - TYPED_AHEAD.length < 20 ? TYPED_AHEAD_SHORT : TYPED_AHEAD;
  return fit(label, width) + fitEnd(visible(heldKeysText(model.held)), width - label.length);
}

/**
 * The keys that act at once on the loading screen: behind keys typed ahead, ? waits its turn,
 * and in a filter typed ahead ? and q are letters of it.
 */
function loadingHints(model: Model): string {
  if (model.status !== 'loading' || !model.held.length) return '? help  q quit';
  return typingAhead(model.held) ? 'ctrl+c quit' : 'q quit';
}

const HELP_HINTS = '? or esc close  j/k scroll';
const NO_COUNTS: Record<Tab, number> = { posts: 0, talks: 0, speakers: 0, events: 0 };

/** The whole screen for a model: title bar, the current screen, status bar. */
export function View({ model }: ViewProps) {
  const { columns: width, rows } = model.size;
  const height = bodyHeight(model.size);
  if (isTooSmall(model.size)) return <TooSmall size={model.size} />;
  if (model.status !== 'ready' || !model.index) {
    // The keys can be read while the catalog loads, or after it failed to.
    if (model.route.screen === 'help') {
      return (
        <Frame
          model={model}
          counts={NO_COUNTS}
          trail="keys"
          hints={HELP_HINTS}
          position={windowPosition(model.route.top, height, helpLineCount(width))}
        >
          <HelpScreen top={model.route.top} width={width} height={height} />
        </Frame>
      );
    }
    return (
      <Box flexDirection="column" height={rows} width={width}>
        <Styled paint="accent">confnotes</Styled>
        {model.status === 'failed' ? (
          <Box flexDirection="column">
            {failureLines(
              model.error ?? 'The catalog could not be read.',
              width,
              Math.max(1, rows - 2),
            ).map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the message
              <Styled key={i} paint="error">
                {line || ' '}
              </Styled>
            ))}
          </Box>
        ) : (
          <Text>{fit(visible(`Loading the catalog… ${model.progress}`), width)}</Text>
        )}
        {model.status === 'loading' && model.held.length > 0 ? (
          <Text>{typedAheadLine(model, width)}</Text>
        ) : null}
        <Styled paint="muted">{loadingHints(model)}</Styled>
      </Box>
    );
  }
  const { index, route } = model;
  // A tab without a filter counts its records without building its rows.
  const totals: Record<Tab, number> = {
    posts: index.catalog.posts.length,
    talks: index.catalog.talks.length,
    speakers: index.catalog.speakers.length,
    events: index.catalog.events.length,
  };
  const counts = Object.fromEntries(
    TABS.map((t) => [t, model.lists[t].query ? currentRows(model, t).length : totals[t]]),
  ) as Record<Tab, number>;
  let body: ReactNode;
  let trail: string | undefined;
  // Most needed first: the status line leaves out whole hints from the end when short of room.
  let hints = '? help  q quit  esc back';
  let position = '';
  switch (route.screen) {
    case 'list': {
      const list = model.lists[model.tab];
      const rowsOf = currentRows(model);
      body = (
        <ListScreen
          tab={model.tab}
          rows={rowsOf}
          cursor={list.cursor}
          offset={list.offset}
          query={list.query}
          width={width}
          height={height}
          // Counted only for an empty list, the one place that says it.
          errors={
            rowsOf.length ? 0 : model.diagnostics.filter((d) => d.severity === 'error').length
          }
        />
      );
      const sort = list.query && !list.sorted ? 'best match' : SORTS[model.tab][list.sort]!.label;
      hints = `/ filter${list.query ? ` "${list.query}"` : ''}  ? help  ! ${diagnosticsSummary(model.diagnostics)}  s sort: ${sort}  enter open  tab next  q quit`;
      position = rowsOf.length ? `${list.cursor + 1}/${rowsOf.length}` : '0/0';
      break;
    }
    case 'post': {
      const doc = pagerDoc(index, route.id, width, model.showUrls);
      const post = index.posts.get(route.id);
      trail = visible(`post › ${post?.title ?? route.id}`);
      if (!doc) {
        body = <Styled paint="error">{`No post with id ${visible(route.id)}`}</Styled>;
        break;
      }
      body = <PagerScreen doc={doc} state={route} height={height} />;
      const target = doc.targets[route.focus];
      const matches = route.search ? '  n/N next match' : '';
      // A link's text is on screen already; where it goes is not when the terminal shows
      // hyperlinks, and may be cut across lines when it does not.
      hints = target
        ? visible(
            target.kind === 'url'
              ? `link: ${target.ref} — ${inPageFragment(target.ref) ? 'enter go to its heading' : 'o open in browser'}  tab next`
              : `${target.kind}: ${target.label} — enter open  tab next`,
          )
        : `/ search${matches}  ? help  tab talks, speakers, links  esc back`;
      position = `${searchPosition(route.search, route.match, searchMatches(doc, route.search).length)}${windowPosition(route.top, height, doc.lines.length)}`;
      break;
    }
    case 'talk':
    case 'speaker':
    case 'event': {
      const view = recordView(index, route.screen, route.id);
      if (!view) {
        body = <Styled paint="error">{visible(`No ${route.screen} with id ${route.id}`)}</Styled>;
        break;
      }
      trail = visible(
        `${route.screen} › ${route.screen === 'talk' ? talkTitle(index.talks.get(route.id)!) : view.title}`,
      );
      body = (
        <RecordScreen
          view={view}
          cursor={route.cursor}
          top={route.top}
          width={width}
          height={height}
        />
      );
      const items = flatItems(view);
      const item = items[route.cursor];
      // Here j/k choose what o or Enter acts on, not Tab as in an article. A link item is named
      // by its kind ("slides"): where it goes shows only here.
      hints =
        item?.kind === 'url'
          ? visible(`link: ${item.id} — o open in browser  j/k select  ? help  esc back`)
          : 'j/k select  enter open  ? help  esc back';
      position = items.length ? `${route.cursor + 1}/${items.length}` : '';
      break;
    }
    case 'find': {
      // Until the text is indexed (see Reader), nothing is searched: a render must not take seconds.
      const ready = fullTextReady(index);
      const { hits, total, ignored } = ready
        ? fullTextHits(index, route.query)
        : { hits: [], total: 0, ignored: [] };
      trail = visible(route.query ? `find › ${route.query}` : 'find');
      body = hits.length ? (
        <ListScreen
          tab="posts"
          rows={hits.map(hitRow)}
          cursor={route.cursor}
          offset={route.offset}
          query=""
          width={width}
          height={height}
        />
      ) : (
        <Styled paint="muted">
          {!ready
            ? `Indexing the text of ${plural(index.catalog.posts.length, 'post')}…`
            : route.query
              ? visible(nothingFound(route.query, ignored))
              : 'Type the words to find in the text of every post, talk and speaker.'}
        </Styled>
      );
      hints = 'enter open  / change the words  ? help  esc back';
      // At most the first hits are listed: say how many more there are.
      position = hits.length
        ? `${route.cursor + 1}/${hits.length}${total > hits.length ? ` of ${total}` : ''}`
        : '0/0';
      break;
    }
    case 'help':
      trail = 'keys';
      body = <HelpScreen top={route.top} width={width} height={height} />;
      hints = HELP_HINTS;
      position = windowPosition(route.top, height, helpLineCount(width));
      break;
    case 'diagnostics':
      trail = `diagnostics (${model.diagnostics.length})`;
      if (model.diagnostics.length) {
        const length = diagnosticLines(model.diagnostics, width).length;
        position = windowPosition(route.top, height, length);
      }
      body = (
        <DiagnosticsScreen
          diagnostics={model.diagnostics}
          top={route.top}
          width={width}
          height={height}
        />
      );
      break;
    default:
      return route satisfies never;
  }
  return (
    <Frame
      model={model}
      counts={counts}
      hints={hints}
      position={position}
      {...(trail === undefined ? {} : { trail })}
    >
      {body}
    </Frame>
  );
}
