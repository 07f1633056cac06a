// Registers esm-hook.mjs before the tests load: `node --import ./register.mjs --test ...`.
import { register } from 'node:module';

register('./esm-hook.mjs', import.meta.url);
