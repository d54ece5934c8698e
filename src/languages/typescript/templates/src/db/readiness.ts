/** How long readiness waits for the database to answer. */
const READINESS_TIMEOUT_MS = 2000;

/** Whether the database answers `SELECT 1` (run by `ping`) within two seconds. */
export async function isDatabaseReady(ping: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  const answered = ping().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
