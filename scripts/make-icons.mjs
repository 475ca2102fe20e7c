// Draws the GiveFirst icon (a white heart on a green rounded square) at each size the
// manifest names, so the PNGs can be regenerated without an image editor.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y, size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREEN = [31, 138, 91];
const inRoundedSquare = (u, v) => {
  const r = 0.22;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const inHeart = (u, v) => {
  const x = (u - 0.5) * 2.9;
  const y = (0.47 - v) * 2.9;
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
};

function pixel(x, y, size) {
  const n = 4; // supersampling per axis for smooth edges
  let bg = 0;
  let heart = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = (x + (i + 0.5) / n) / size;
      const v = (y + (j + 0.5) / n) / size;
      if (inRoundedSquare(u, v)) {
        bg++;
        if (inHeart(u, v)) heart++;
      }
    }
  }
  const alpha = bg / (n * n);
  const white = bg ? heart / bg : 0;
  const mix = (c) => Math.round(c * (1 - white) + 255 * white);
  return [mix(GREEN[0]), mix(GREEN[1]), mix(GREEN[2]), Math.round(alpha * 255)];
}

for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, png(size, pixel));
