import KubeAPI

extension Cluster {
    /// Moves the clock forward by `seconds`, firing every timed transition in time order.
    public func advance(seconds: Int64) {
        advance(to: now.adding(seconds: seconds))
    }

    /// Moves the clock to `target`, stopping at each pending transition on the way.
    public func advance(to target: Timestamp) {
        reconcile()
        var stalls = StallGuard()
        while let wake = nextWakeup(), wake <= target {
            step(to: wake, &stalls)
        }
        clock.advance(to: target)
        reconcile()
        assertInvariants()
    }

    /// Advances time until `condition` holds or `timeoutSeconds` pass; reports whether it held.
    public func wait(timeoutSeconds: Int64, until condition: () -> Bool) -> Bool {
        let deadline = now.adding(seconds: timeoutSeconds)
        var stalls = StallGuard()
        while !condition() {
            guard let wake = nextWakeup(), wake <= deadline else {
                clock.advance(to: deadline)
                assertInvariants()
                return condition()
            }
            step(to: wake, &stalls)
        }
        assertInvariants()
        return true
    }

    /// Moves the clock to a wake-up and lets the loops act on it.
    private func step(to wake: Timestamp, _ stalls: inout StallGuard) {
        let before = store.revision
        clock.advance(to: wake)
        reconcile()
        if stalls.isStuck(at: now, wrote: store.revision != before, stillDue: nextWakeup().map { $0 <= now } ?? false) {
            wakeups.removeAll { $1 <= now }
        }
    }

    /// Runs the control loops until none has anything left to change. When no object changed
    /// since the loops last settled, only the loops with a due wake-up run first.
    func reconcile() {
        markRevisionTime()
        let objectsChanged = store.revision != quiescentRevision
        var loops = objectsChanged ? ControlLoop.allCases : loopsDue()
        if loops.isEmpty { return }
        defer {
            closeEndedFileRuns()
            markRevisionTime()
            quiescentRevision = store.revision
            trimJournal()
        }
        var quiet = 0
        for pass in 0..<50 {
            var changed = false
            for loop in loops {
                // Once every loop in turn has found nothing to do, the rest of this pass would too.
                if pass > 0, quiet == ControlLoop.allCases.count { return }
                if run(loop) {
                    changed = true
                    quiet = 0
                } else if pass > 0 || loops.count == ControlLoop.allCases.count {
                    quiet += 1
                }
            }
            if !changed { return }
            loops = ControlLoop.allCases
        }
    }

    /// The earliest moment a control loop wants to act again.
    func nextWakeup() -> Timestamp? {
        [stoppingPods.values.min(), wakeups.earliest()].compactMap { $0 }.min()
    }

    /// Asks for the control loops to run at `time` (keyed, so a later call replaces an earlier one).
    func wake(at time: Timestamp, for key: String) { wakeups[key] = time }

    /// Drops a wake-up that is no longer needed.
    func cancelWakeup(for key: String) { wakeups[key] = nil }
}
