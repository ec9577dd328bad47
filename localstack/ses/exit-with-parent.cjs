// Preloaded into aws-ses-v2-local by the embedded stack. The JVM holds the write end of stdin; when
// the JVM goes away, even by SIGKILL, stdin reaches end-of-file and the emulator must go too, or it
// would keep its port and block the next run.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
