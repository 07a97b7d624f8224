// The code of the document steps that load it when they first run (steps/step.ts DocumentStep.load),
// imported statically and handed to the steps: by run/worker.ts, so a worker loads it as it starts
// (a worker is started to run steps), never by a build's main thread, which only merges. Static,
// because a worker that runs the TypeScript sources (tsx, in a clone and in tests) cannot import a
// .ts module later, after its start. A step with a load() has its code handed over here too.
import * as claims from './claims/index.ts';
import { provideClaimsCode } from './steps/claims.ts';
import * as documentRun from './steps/document-run.ts';
import { provideDocumentCode } from './steps/document.ts';

provideDocumentCode(documentRun);
provideClaimsCode(claims);
