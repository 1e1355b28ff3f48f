export {
  applyCalendarPlan,
  type CalendarProgress,
  type CalendarSummary,
  type TemplateChoice,
} from './apply';
export { CalendarError, MAX_CALENDAR_BYTES } from './errors';
export { importWindow, type CalendarWindow, type Occurrence } from './occurrence';
export { parseCalendar, type ParsedCalendar } from './parse';
export { planCalendarImport, type CalendarPlan, type UnmatchedDomain } from './plan';
export { readCalendarFile } from './read-file';
