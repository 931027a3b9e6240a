import { Text } from 'ink';
import type { ReactNode } from 'react';
import type { Role } from '../theme.ts';
import { useLook } from './theme-context.ts';

export type StyledProps = {
  /** What the text is; the theme decides how it looks. */
  readonly paint: Role;
  /** Printable text only: pass catalog text through `visible` first. */
  readonly children?: ReactNode;
};

/** Text painted with a role of the theme. */
export function Styled({ paint, children }: StyledProps) {
  const style = useLook().theme.roles[paint];
  return (
    <Text
      {...(style.color ? { color: style.color } : {})}
      {...(style.backgroundColor ? { backgroundColor: style.backgroundColor } : {})}
      bold={style.bold ?? false}
      italic={style.italic ?? false}
      underline={style.underline ?? false}
      dimColor={style.dim ?? false}
      inverse={style.inverse ?? false}
      strikethrough={style.strikethrough ?? false}
    >
      {children}
    </Text>
  );
}
