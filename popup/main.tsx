// The popup: this week's balance at a glance.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { BalanceSummary } from '../src/core/messages.ts';
import { send } from '../src/platform/messaging.ts';

function Popup() {
  const [balance, setBalance] = useState<BalanceSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send({ kind: 'balance:get' }).then(setBalance, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!balance) return <p>Loading…</p>;
  return (
    <h1 data-testid="headline">
      Given {balance.giving} · Promoted {balance.promotional} · {balance.credits} credits
    </h1>
  );
}

render(<Popup />, document.getElementById('app')!);
