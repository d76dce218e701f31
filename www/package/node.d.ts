export * from "./readout.js";
export { default } from "./readout.js";
