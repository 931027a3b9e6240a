/** Thrown inside a catalog patch when it cannot be made, and turned into an undefined result. */
export class NoPatch extends Error {}
