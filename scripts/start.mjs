// `npm start`: the Electron window where the Electron binary is installed; otherwise the same app served
// on this computer only, opened in a web browser.
import { spawn } from 'node:child_process';
import { electronBinaryPath } from './electron-binary.mjs';
import { ensureElectronSqliteBinding } from './electron-sqlite.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const passThrough = process.argv.slice(2);

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

const electron = electronBinaryPath();
let code;
if (electron) {
  code = await run(npm, ['run', '--silent', 'build']);
  if (code === 0) {
    try {
      const binding = ensureElectronSqliteBinding();
      code = await run(electron, ['.', ...passThrough], { ...process.env, BENEFITS_COUNSELOR_SQLITE_BINDING: binding });
    } catch (error) {
      console.error(error.message);
      code = 1;
    }
  }
} else {
  console.log(
    'The Electron desktop window is not installed on this computer, so the app will open in your web browser instead ' +
      '(to get the window, run "npx install-electron" on a computer with internet access).',
  );
  code = await run(npm, ['run', '--silent', 'serve', '--', ...passThrough]);
}
process.exit(code);
