// The demo cooperations, in the order they are seeded. Real cooperations from the research
// (seed 000 and 001) in different lifecycle states and counties, with fictional people.
import { agderKommunerevisjon } from './agder-kommunerevisjon';
import { drammensregionen } from './drammensregionen';
import { glitrevannverket } from './glitrevannverket';
import { legevaktKristiansand } from './legevakt-kristiansand';
import { regionKristiansand } from './region-kristiansand';
import { samhandlingJaeren } from './samhandling-jaeren';
import { smartcityBaerum } from './smartcity-baerum';
import { tromsoLegevaktsentral } from './tromso-legevaktsentral';
import type { DemoCooperationBuilder } from './types';

export type { DemoClock, DemoCooperation, DemoStep } from './types';

export const DEMO_COOPERATIONS: readonly DemoCooperationBuilder[] = [
  legevaktKristiansand, // drift, complete, anchored
  regionKristiansand, // drift with gaps and warnings
  agderKommunerevisjon, // medlemsvedtak: some yes, one postponed, some pending
  drammensregionen, // etablering, deliberately incomplete
  glitrevannverket, // drift since 2019, no evaluation, documents sent late
  tromsoLegevaktsentral, // redesign after a change proposal
  smartcityBaerum, // utkast, barely started
  samhandlingJaeren, // avbrutt during establishment
];
