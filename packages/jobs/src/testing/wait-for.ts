/** Polls `condition` every 20 ms until it holds; throws `message` after `timeoutMs`. */
export async function waitFor(condition: () => Promise<boolean>, { timeoutMs = 10_000, message = "timed out waiting" } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
