declare module 'virtual:detector-plan' {
  const plan: import('../core/detect.ts').DetectorPlan;
  export default plan;
}
