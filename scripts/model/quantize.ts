// Trained weights -> the model file the extension ships: int8 weights with one scale (a quarter
// of the bytes of float32, and the model's verdicts unchanged on the labelled drafts; the eval
// measures the quantized model), base64 so the bundle stays plain text.
import type { ModelFile } from '../../src/core/analysis/model.ts';
import type { FeatureOptions } from '../../src/core/analysis/features.ts';
import type { Trained } from './pipeline.ts';

export function toModelFile(trained: Trained, features: FeatureOptions, dataHash: string): ModelFile {
  let max = 0;
  for (const w of trained.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Uint8Array(trained.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(trained.weights[i]! / scale) & 0xff;
  return {
    dataHash,
    features,
    scale: Number(scale.toPrecision(8)),
    weights: Buffer.from(bytes).toString('base64'),
    temperature: trained.temperature,
    thresholds: trained.thresholds,
    mixedBias: trained.mixedBias,
  };
}
