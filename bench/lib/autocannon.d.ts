// The part of autocannon's API the bench uses (the package ships no types; @types/autocannon is
// not a dependency).
declare module "autocannon" {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    non2xx: number;
    timeouts: number;
  }
  function autocannon(options: {
    url: string;
    connections: number;
    duration: number;
    /** Rewrites each request before it is sent (bench/cluster.ts: a unique path per request). */
    requests?: {
      setupRequest?: (request: { path?: string }) => { path?: string };
    }[];
  }): Promise<Result>;
  export default autocannon;
}
