/**
 * What to tell a person whose server could not listen, for the errors they can fix themselves
 * (the port taken, or not theirs to take); undefined for any other error.
 * @example listenErrorMessage({ code: 'EADDRINUSE' }, { host: '127.0.0.1', port: 4321 })
 */
export function listenErrorMessage(
  error: unknown,
  where: { readonly host: string; readonly port: number },
): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const address = `${where.host.includes(':') ? `[${where.host}]` : where.host}:${where.port}`;
  if (code === 'EADDRINUSE')
    return `Cannot listen on ${address}: another process is using it. Stop it, or set PORT to another port (PORT=0 picks a free one).`;
  if (code === 'EACCES')
    return `Cannot listen on ${address}: this user may not open that port. Set PORT to one above 1023.`;
  if (code === 'EADDRNOTAVAIL')
    return `Cannot listen on ${address}: this machine has no such address. Set HOST to one of its addresses, such as 127.0.0.1.`;
  return undefined;
}
