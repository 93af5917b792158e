import { execFileSync } from 'node:child_process';

/** Storybook is checked as designers get it: the static build, story by story. */
export default function setup(): void {
  execFileSync('npm', ['run', '-s', 'build-storybook'], { stdio: 'inherit' });
}
