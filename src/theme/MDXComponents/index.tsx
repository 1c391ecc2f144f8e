import MDXComponents from '@theme-original/MDXComponents';
import Email, {
  EscalationEmail,
  EscalationKeyword,
  PriorityEmail,
  ScenarioEmail,
  SubjectTag,
} from '@site/src/components/Email';
import Phone from '@site/src/components/Phone';
import SectionStatus from '@site/src/components/SectionStatus';
import PriorityTable from '@site/src/components/PriorityTable';
import ServiceLevelTable from '@site/src/components/ServiceLevelTable';
import {
  BusinessHours,
  ChannelHours,
  ChannelResponse,
  ChatLocation,
  DowntimeRule,
  Languages,
  LinkValidity,
  ResolutionTarget,
  ResponseTarget,
  StatusUpdateInterval,
  SupportTimeZone,
  UptimeGoal,
} from '@site/src/components/SupportFact';
import {
  ChannelDetails,
  EscalationList,
  ExpertiseAreas,
  PriorityChannels,
  PriorityExamples,
  PriorityRoute,
  TeamTiers,
} from '@site/src/components/SupportList';

/**
 * The MDX components of every content page: the theme's, plus the light fact
 * components of the support config, registered once here so pages use them
 * without importing them (model: react.dev `src/components/MDX/MDXComponents.tsx`
 * and playwright.dev `src/theme/MDXComponents`). Each renders at build time
 * from `src/data/supportConfig.ts` with no date library, so registering them
 * adds little to every page.
 *
 * Not registered, and imported by the page that shows them: widgets that
 * load Luxon (`PriorityPicker`, `RequestBuilder`, `ContactTable` with its
 * live `ChannelStatus`), so content pages keep going without it
 * (`tests/bundles.spec.ts`), and the components with build-time data that
 * only their pages need: `LinkingReference` (`/linking`) and
 * `SupportCalendar` (`HolidayList`, `CalendarFeed`: the resolved calendar).
 */
const components: typeof MDXComponents = {
  ...MDXComponents,
  Email,
  ScenarioEmail,
  PriorityEmail,
  EscalationEmail,
  EscalationKeyword,
  SubjectTag,
  Phone,
  // Inserted by the section-status remark plugin after the headings of registry entries with status components.
  SectionStatus,
  PriorityTable,
  ServiceLevelTable,
  BusinessHours,
  ChannelHours,
  ChannelResponse,
  ChatLocation,
  Languages,
  LinkValidity,
  ResolutionTarget,
  ResponseTarget,
  StatusUpdateInterval,
  SupportTimeZone,
  UptimeGoal,
  DowntimeRule,
  ChannelDetails,
  EscalationList,
  ExpertiseAreas,
  PriorityChannels,
  PriorityExamples,
  PriorityRoute,
  TeamTiers,
};

export default components;
