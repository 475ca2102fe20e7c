// The hint's styles, scoped by its shadow root so the site's CSS cannot reach in or out.
export const HINT_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; max-width: 340px; }
:host([hidden]) { display: none; }
.card {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d2a23; background: #fffdf7; border: 1px solid #e3c777; border-left: 4px solid #d9a400;
  border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.14);
}
.title { font-weight: 600; margin: 0 0 4px; display: flex; gap: 6px; align-items: center; }
.why { margin: 0 0 6px; color: #4b5a52; }
.phrase { background: #fff0bf; border-radius: 4px; padding: 0 3px; color: #5b4300; white-space: pre-wrap; }
.try { margin: 0 0 6px; }
.try b { color: #1f7a50; }
.balance { margin: 0 0 8px; color: #4b5a52; font-size: 12px; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
button {
  font: inherit; font-size: 12px; border-radius: 6px; padding: 3px 8px; cursor: pointer;
  border: 1px solid #c9d3cd; background: #fff; color: #1d2a23;
}
button:hover { background: #f1f5f2; }
button:focus-visible { outline: 2px solid #1f8a5b; outline-offset: 1px; }
.compact .why, .compact .balance { display: none; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8efe9; background: #1e2420; border-color: #6b5a22; border-left-color: #e0b52c; box-shadow: 0 6px 24px rgba(0,0,0,.5); }
  .why, .balance { color: #b5c2ba; }
  .phrase { background: #4a3d10; color: #ffe7a3; }
  .try b { color: #6fd3a2; }
  button { background: #2a322d; color: #e8efe9; border-color: #46524b; }
  button:hover { background: #34403a; }
}
`;
