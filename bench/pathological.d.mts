/** Hostile inputs, each made at a given scale (1 = the size the benchmark starts from). */
export declare const PATHOLOGICAL: Record<string, (scale: number) => string>;
