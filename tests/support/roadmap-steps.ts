/** Milestones, stages and steps the Roadmap page tests share. */
import { screen, within } from '@testing-library/react';
import { findMilestone, renderApp } from '../render-app';

export const HTML = 'HTML basics';
export const CSS = 'CSS basics';
export const PYTHON_SETUP = 'Installing Python and running a first program';
export const GO_SETUP = 'Installing Go and writing a first program';
export const WEB = 'Web foundations';
export const SERVER = 'Server language';

/**
 * The search and filter bar. Form controls are always looked up inside a small container: naming
 * one of the ~140 selects on the page by role makes jsdom resolve every label in the document.
 */
export const toolbar = () => within(screen.getByRole('search'));

/** Renders the roadmap and waits for the chosen language's track to be on it. */
export async function renderRoadmap() {
  const view = await renderApp('/roadmap');
  await screen.findByRole('heading', { level: 1, name: 'Roadmap' });
  await findMilestone(PYTHON_SETUP, SERVER);
  return view;
}
