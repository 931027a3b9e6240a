// The `workerd` npm package ships no types: its main module gives the executable's path.
declare module 'workerd' {
  const binary: string | { readonly default: string };
  export default binary;
}
