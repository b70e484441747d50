export default async function globalTeardown(): Promise<void> {
  await globalThis.__HUB_TEST_DATABASE__?.stop();
}
