/**
 * npm run user:create -- --email E --name N --role admin|editor|author
 *
 * The password comes from the PASSWORD environment variable or, on a
 * terminal, from a prompt that does not echo. There is no default password.
 */
import { parseArgs } from 'node:util';
import { hashPassword } from '@/lib/auth/password';
import { createUserWithAudit } from '@/lib/data/user-management';
import { DuplicateEmailError } from '@/lib/data/users';
import { newUserSchema } from '@/lib/validation/user';

async function promptHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let answer = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          return resolve(answer);
        }
        if (char === '\u0003') return reject(new Error('Cancelled.'));
        answer = char === '\u007f' ? answer.slice(0, -1) : answer + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.env.PASSWORD) return process.env.PASSWORD;
  if (!process.stdin.isTTY) throw new Error('Set the PASSWORD environment variable, or run this in a terminal to be asked for it.');
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Repeat it: ');
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'author' } } });
  const parsed = newUserSchema.safeParse({ ...values, password: await readPassword() });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join('\n'));
  const { password, ...user } = parsed.data;
  const created = await createUserWithAudit(null, { ...user, passwordHash: await hashPassword(password) });
  console.log(`Created ${created.role} ${created.email} (id ${created.id}).`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof DuplicateEmailError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
