declare module 'virtual:detector-plan' {
  const plan: import('../core/detect.ts').DetectorPlan;
  export default plan;
}

declare module 'virtual:detector-gate' {
  const gate: { anchors: import('../core/anchors.ts').AnchorSet; topics: string[] };
  export default gate;
}
