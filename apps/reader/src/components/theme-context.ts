import { createContext, useContext } from 'react';
import { darkTheme, type Theme } from '../theme.ts';

/** What the view needs to know about the terminal: its palette and whether it shows OSC 8 links. */
export type Look = { readonly theme: Theme; readonly hyperlinks: boolean };

export const LookContext = createContext<Look>({ theme: darkTheme, hyperlinks: false });

export const useLook = (): Look => useContext(LookContext);
