// Vitest global setup: the tests that run the command as a subprocess (bin/pagepress.js) must test
// the code as it is now. bin/ runs lib/ only while no file under pipeline/ is newer than lib/BUILT
// (else it falls back to tsx with a note on stderr), so recompile lib/ first when it is stale, as
// `make test` does; a test run straight after an edit then runs the edited code, compiled.
import { compileLibWhenStale } from '../bench/compiled-lib.ts';

export default function setup(): void {
  compileLibWhenStale('the command-line tests would run stale or no compiled code');
}
