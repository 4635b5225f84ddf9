export * from './week-schedule.util.js';
export * from './session-plan.util.js';
export * from './format.util.js';
export * from './programme-definition.js';
