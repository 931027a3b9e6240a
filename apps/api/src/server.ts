// The server entry. Node's compile cache is on before anything else is loaded: making
// JavaScript of the TypeScript sources and compiling it again cost each start a quarter of a
// second. NODE_COMPILE_CACHE moves the cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./node/main.ts');
