import type { CaptureOutcome, CaptureRequest, PaymentGateway } from '../../src/payments/index.js';

/** A payment gateway that answers from a script and remembers what it was asked. */
export interface RecordingGateway extends PaymentGateway {
  readonly requests: CaptureRequest[];
  /** What the next captures answer; default: captured, with ids `cap_test_1`, `cap_test_2`, … */
  answer(outcome: (request: CaptureRequest) => CaptureOutcome): void;
}

/** A gateway for in-process tests that never touches the network. */
export function recordingGateway(): RecordingGateway {
  const requests: CaptureRequest[] = [];
  let respond = (_request: CaptureRequest): CaptureOutcome => ({
    status: 'captured',
    captureId: `cap_test_${requests.length}`,
    attempts: 1,
  });
  return {
    requests,
    answer: (outcome) => {
      respond = outcome;
    },
    capture: async (request) => {
      requests.push(request);
      return respond(request);
    },
  };
}
