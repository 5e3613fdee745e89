import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What the demo copies of the example: its sources, tests, locks and config, no build output or data. */
const COPIED = ['src', 'test', 'locks', 'package.json', 'tsconfig.json', 'driftguard.config.json', 'README.md'];

/**
 * A throwaway git repository holding a copy of the example service on `main`, where the demo opens its
 * pull requests. Commits carry a fixed identity and no signing, whatever the user's git config says.
 */
export class ScratchRepository {
  private constructor(readonly root: string) {}

  /** Copies the example into a new temporary directory and commits it on `main`. */
  static async create(exampleDir: string): Promise<ScratchRepository> {
    const root = mkdtempSync(join(tmpdir(), 'driftguard-demo-'));
    const repository = new ScratchRepository(root);
    try {
      for (const entry of COPIED.filter((e) => existsSync(join(exampleDir, e)))) {
        cpSync(join(exampleDir, entry), join(root, entry), { recursive: true });
      }
      await repository.git('init', '--quiet', '--initial-branch=main');
      // What a build leaves beside the sources is not part of any pull request.
      writeFileSync(join(root, '.git/info/exclude'), 'node_modules\ndist/\n.data/\ntsconfig.demo-build.json\n');
      await repository.commitAll('Order service as it runs in production');
      return repository;
    } catch (error) {
      repository.remove();
      throw error;
    }
  }

  /** Starts `branch` from `main`, applies the patch (paths `a/examples/order-service/...`) and commits it. */
  async openPullRequest(branch: string, patch: string, title: string): Promise<void> {
    await this.git('checkout', '--quiet', '-b', branch, 'main');
    await this.git('apply', '-p3', patch);
    await this.commitAll(title);
  }

  /**
   * Builds the checked-out branch to `dist/` as CI would before starting the service: TypeScript from
   * the driftguard repository (`repoRoot`), whose `node_modules` the scratch copy borrows.
   */
  async build(repoRoot: string): Promise<void> {
    if (!existsSync(join(this.root, 'node_modules'))) {
      symlinkSync(join(repoRoot, 'node_modules'), join(this.root, 'node_modules'), 'dir');
      const config = {
        extends: join(repoRoot, 'tsconfig.base.json'),
        compilerOptions: { rootDir: 'src', outDir: 'dist', composite: false, declaration: false, sourceMap: false },
        include: ['src'],
        exclude: ['src/**/*.test.ts'],
      };
      writeFileSync(join(this.root, 'tsconfig.demo-build.json'), JSON.stringify(config));
    }
    rmSync(join(this.root, 'dist'), { recursive: true, force: true });
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    await run(process.execPath, [tsc, '-p', 'tsconfig.demo-build.json'], { cwd: this.root });
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private async commitAll(message: string): Promise<void> {
    await this.git('add', '--all');
    await this.git('-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', message);
  }

  private async git(...args: string[]): Promise<string> {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'driftguard demo',
      GIT_AUTHOR_EMAIL: 'demo@driftguard.invalid',
      GIT_COMMITTER_NAME: 'driftguard demo',
      GIT_COMMITTER_EMAIL: 'demo@driftguard.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    const { stdout } = await run('git', args, { cwd: this.root, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  }
}
