// Installed by bench/ui before any page script runs (page.addInitScript). Plain JavaScript on
// purpose: functions compiled by tsx carry helpers that do not exist inside the page.
(() => {
  // ---- render counting -----------------------------------------------------------------------
  // <Profiler onRender> is silent in production builds, so renders are read the way React
  // DevTools reads them: React calls this hook after every commit, also in production, and a
  // component fiber that ran its render carries the PerformedWork flag. A subtree whose child
  // pointer did not change was skipped by React as a whole.
  const PERFORMED_WORK = 1;
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  let trackedKeys = new Set();
  let counting = null; // Map: field key → component renders inside that field's cell

  function countFiber(fiber) {
    if (!COMPONENT_TAGS.has(fiber.tag)) return;
    // The field a component belongs to is the nearest ancestor (or itself) keyed by a field name.
    for (let node = fiber; node; node = node.return) {
      if (node.key !== null && trackedKeys.has(node.key)) {
        counting.set(node.key, (counting.get(node.key) || 0) + 1);
        return;
      }
    }
  }

  function countMounted(fiber) {
    for (let node = fiber; node; node = node.sibling) {
      countFiber(node);
      if (node.child) countMounted(node.child);
    }
  }

  function countUpdated(next, previous) {
    if (COMPONENT_TAGS.has(next.tag) && (next.flags & PERFORMED_WORK) === PERFORMED_WORK) countFiber(next);
    if (next.child === previous.child) return;
    for (let child = next.child; child; child = child.sibling) {
      if (child.alternate) countUpdated(child, child.alternate);
      else {
        countFiber(child);
        if (child.child) countMounted(child.child);
      }
    }
  }

  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      const id = this.renderers.size + 1;
      this.renderers.set(id, renderer);
      return id;
    },
    onCommitFiberRoot(_id, root) {
      if (!counting) return;
      const current = root.current;
      if (current.alternate) countUpdated(current, current.alternate);
      else countMounted(current);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };

  // ---- timing helpers ------------------------------------------------------------------------
  /** Resolves just after the next frame is painted: rAF runs before paint, a posted message after it. */
  function afterPaint() {
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  }

  /** Polls once a frame until `expected` elements match, then resolves after that frame's paint. */
  function waitFor(selector, expected, timeoutMs) {
    const started = performance.now();
    return new Promise((resolve) => {
      const check = () => {
        const count = document.querySelectorAll(selector).length;
        if (count >= expected) {
          afterPaint().then((at) => resolve({ at, count }));
        } else if (performance.now() - started > timeoutMs) {
          resolve({ at: null, count });
        } else {
          requestAnimationFrame(check);
        }
      };
      check();
    });
  }

  // A page opened with ?expect=N&watch=<selector> records when N elements first stand painted,
  // measured from navigation start (performance.now()'s origin).
  const params = new URLSearchParams(location.search);
  let ready = null;
  if (params.has('expect')) {
    waitFor(params.get('watch') || '[id^="field-"]', Number(params.get('expect')), 60000).then((result) => {
      ready = result;
    });
  }

  // ---- keystroke to paint --------------------------------------------------------------------
  const keyLatencies = [];
  let keyStart = null;
  let keyMeasured = false;
  const measureKey = () => {
    if (keyStart === null || keyMeasured) return;
    keyMeasured = true;
    const start = keyStart;
    afterPaint().then((at) => {
      keyLatencies.push(at - start);
      keyStart = null;
    });
  };
  window.addEventListener('keydown', () => {
    keyStart = performance.now();
    keyMeasured = false;
  }, true);
  // Measured from the input event, which React handles synchronously, so the frame waited for is
  // one that shows the change; a key that changes nothing is measured at keyup.
  window.addEventListener('input', measureKey, true);
  window.addEventListener('keyup', measureKey, true);

  // ---- frames --------------------------------------------------------------------------------
  let frameTimes = null;
  const onFrame = (time) => {
    if (!frameTimes) return;
    frameTimes.push(time);
    requestAnimationFrame(onFrame);
  };

  window.__uiBench = {
    afterPaint,
    waitFor,
    ready: () => ready,

    /** Mounts the bench page's form and resolves with the time until `expected` controls are painted. */
    async timeMount(selector, expected) {
      if (window.gc) window.gc();
      await afterPaint();
      const started = performance.now();
      window.__formBench.mount();
      const result = await waitFor(selector, expected, 60000);
      return { ms: result.at === null ? null : result.at - started, count: result.count };
    },
    async unmount() {
      window.__formBench.unmount();
      await afterPaint();
      await afterPaint();
    },

    trackFields(keys) {
      trackedKeys = new Set(keys);
    },
    startRenderCount() {
      counting = new Map();
    },
    stopRenderCount() {
      const result = counting || new Map();
      counting = null;
      let renders = 0;
      for (const value of result.values()) renders += value;
      return { fields: result.size, renders, keys: [...result.keys()].slice(0, 5) };
    },

    keyLatencies: () => keyLatencies.slice(),

    startFrames() {
      frameTimes = [];
      requestAnimationFrame(onFrame);
    },
    stopFrames() {
      const times = frameTimes || [];
      frameTimes = null;
      let longest = 0;
      for (let index = 1; index < times.length; index += 1) longest = Math.max(longest, times[index] - times[index - 1]);
      const seconds = times.length > 1 ? (times[times.length - 1] - times[0]) / 1000 : 0;
      return { frames: times.length, seconds, fps: seconds > 0 ? (times.length - 1) / seconds : 0, longestMs: longest };
    },
  };
})();
