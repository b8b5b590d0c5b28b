import type { AnnexAControl, ControlTheme } from '../types';
import { ORGANIZATIONAL_CONTROLS } from './organizational';
import { PEOPLE_CONTROLS } from './people';
import { PHYSICAL_CONTROLS } from './physical';
import { TECHNOLOGICAL_CONTROLS } from './technological';

/** All 93 controls of ISO/IEC 27001:2022 Annex A, in the standard's order. */
export const ANNEX_A: readonly AnnexAControl[] = [
  ...ORGANIZATIONAL_CONTROLS,
  ...PEOPLE_CONTROLS,
  ...PHYSICAL_CONTROLS,
  ...TECHNOLOGICAL_CONTROLS,
];

export const CONTROL_THEMES: readonly { id: ControlTheme; clause: string; title: string }[] = [
  { id: 'organizational', clause: '5', title: 'Organizational controls' },
  { id: 'people', clause: '6', title: 'People controls' },
  { id: 'physical', clause: '7', title: 'Physical controls' },
  { id: 'technological', clause: '8', title: 'Technological controls' },
];

const byId = new Map(ANNEX_A.map((control) => [control.id, control]));

export function controlById(id: string): AnnexAControl | undefined {
  return byId.get(id);
}

export function controlLabel(id: string): string {
  const control = byId.get(id);
  return control ? `A.${control.id} ${control.title}` : `A.${id}`;
}
