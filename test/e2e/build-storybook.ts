import { execFileSync } from 'node:child_process';

/**
 * Storybook is checked as designers get it: the static build, story by story. Its build log is kept out
 * of the test output unless the build fails.
 */
export default function setup(): void {
  try {
    execFileSync('npm', ['run', '-s', 'build-storybook'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build-storybook failed:\n${stdout}${stderr}`, { cause: error });
  }
}
