// The parts of the Workers runtime the broker uses, declared here (workerd provides the module).
declare module 'cloudflare:workers' {
  export interface SqlCursor<T> {
    toArray(): T[];
    one(): T;
  }
  export interface DurableObjectStorage {
    get<T>(key: string): Promise<T | undefined>;
    put(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<boolean>;
    getAlarm(): Promise<number | null>;
    setAlarm(scheduledTime: number): Promise<void>;
    sql: { exec<T = Record<string, unknown>>(query: string, ...bindings: unknown[]): SqlCursor<T> };
  }
  export interface DurableObjectState {
    storage: DurableObjectStorage;
    blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
  }
  export abstract class DurableObject<Env = unknown> {
    protected ctx: DurableObjectState;
    protected env: Env;
    constructor(ctx: DurableObjectState, env: Env);
  }
}
