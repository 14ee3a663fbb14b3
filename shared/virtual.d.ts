declare module 'virtual:detector-plan' {
  const plan: import('../core/detect.ts').DetectorPlan;
  export default plan;
}

declare module 'virtual:detector-gate' {
  const gate: {
    anchors: import('../core/anchors.ts').AnchorSet;
    tables: import('../core/anchors.ts').ScannerTables;
    terms: import('../core/anchor-confirm.ts').AnchorTerms;
    /** A SubjectEvidence as JSON. */
    said: string;
    topics: string[];
  };
  export default gate;
}

declare module 'virtual:built-in-topics' {
  /** The built-in topics with regional words written out, and the script folding their plan uses. */
  const data: { topics: import('../core/topic-schema.ts').TopicDefinition[]; fold: import('../core/han-fold.ts').FoldPairs };
  export default data;
}
