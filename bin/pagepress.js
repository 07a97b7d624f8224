#!/usr/bin/env node
// The pagepress command: loads the TypeScript CLI through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../pipeline/cli/main.ts');
