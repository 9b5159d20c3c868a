// Global fast-check configuration: a fixed seed (override with FC_SEED) so that every CI run is reproducible,
// and a modest number of runs per property for the 2-core CI machine (override with FC_RUNS for soak runs).
import fc from 'fast-check';

const seed = Number(process.env['FC_SEED'] ?? 20230210);
const numRuns = Number(process.env['FC_RUNS'] ?? 200);
fc.configureGlobal({ seed, numRuns });
