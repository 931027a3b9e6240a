import { Box } from 'ink';
import type { ReactNode } from 'react';
import type { Tab } from '../data/list-rows.ts';
import { bodyHeight, type Model } from '../model.ts';
import { StatusBar } from './status-bar.tsx';
import { TitleBar } from './title-bar.tsx';

export type FrameProps = {
  readonly model: Model;
  /** Number of records in each tab, for the lists' title bar. */
  readonly counts: Readonly<Record<Tab, number>>;
  /** Where the reader is, on screens other than the lists (printable). */
  readonly trail?: string;
  /** Key hints for the screen, shown when nothing is typed and no message waits. */
  readonly hints: string;
  /** Where the reader is in the screen, e.g. `12/340`. */
  readonly position: string;
  /** The screen, `bodyHeight` lines high. */
  readonly children: ReactNode;
};

/** A screen between the title bar and the status bar. */
export function Frame({ model, counts, trail, hints, position, children }: FrameProps) {
  const { columns: width, rows } = model.size;
  return (
    <Box flexDirection="column" height={rows} width={width}>
      <TitleBar
        tab={model.tab}
        counts={counts}
        width={width}
        {...(trail === undefined ? {} : { trail })}
      />
      <Box height={bodyHeight(model.size)} flexDirection="column">
        {children}
      </Box>
      <StatusBar
        {...(model.input ? { input: model.input } : {})}
        {...(model.flash ? { flash: model.flash } : {})}
        hints={hints}
        position={position}
        width={width}
      />
    </Box>
  );
}
