/**
 * Node-only parts of semivisible (`import … from 'semivisible/node'`): reading published limit curves from
 * files, and parameter scans on worker threads with shards, resume and merge. The main entry stays free of
 * Node built-ins so that it bundles for the browser.
 *
 * @module
 */
export * from './limitFiles.js';
export * from '../scan/index.js';
export * from './png.js';
