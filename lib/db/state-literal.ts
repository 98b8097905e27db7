// Raw SQL names a state through this, from the one place each life is named (lib/*/states.ts), never
// as a string typed again. States are enum constants of the generated client: upper-case words, which
// are checked here all the same, so that nothing else can reach the SQL through it.

/** `'OPEN'` for OPEN_STATE; a list of them as `('OPEN', 'CLOSED')`. */
export function stateLiteral(state: string): string {
  if (!/^[A-Z][A-Z_]*$/.test(state)) throw new Error(`not a state name: ${JSON.stringify(state)}`);
  return `'${state}'`;
}

export function stateList(states: readonly string[]): string {
  return `(${states.map(stateLiteral).join(", ")})`;
}
