import type { TestProject } from 'vitest/node';
import { startThrowawayCluster } from './throwawayCluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's superuser connection string. */
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startThrowawayCluster();
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
