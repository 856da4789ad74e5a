// A progress bar on stderr: redrawn in place on a terminal, one line per step otherwise.
export function progressBar(label, total) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let done = 0;
  const draw = (step) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${step}`;
    process.stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  draw('');
  return {
    step(name) {
      done += 1;
      draw(name);
    },
    finish(message) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(`${tty ? '\r\x1b[2K' : ''}${label}: ${message} in ${seconds} s\n`);
    },
  };
}
