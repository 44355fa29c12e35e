import KubeAPI

/// Which steps each pod has had scheduled, so that finding a pod's pending steps builds and looks
/// up the wake-up keys of those steps only, not of all twelve for every container. The index
/// holds more than is pending: a step stays in it once taken or cancelled, until the pod's steps
/// are forgotten. Every step key reaches the wake-ups through `schedule`, or is noted when a
/// mirror pod's steps come back or move; those already pending when the cluster was made (from a
/// snapshot) are read from the wake-ups before the index is first used.
extension Cluster {
    /// The steps that may be pending for the pod `uid`.
    func possibleSteps(of uid: String) -> KubeletSteps {
        if !kubeletMemo.stepsIndexed {
            kubeletMemo.stepsIndexed = true
            for (key, _) in wakeups.entries(withPrefix: KubeletStep.podKeyPrefix) { noteStep(inKey: key) }
        }
        return kubeletMemo.steps[uid] ?? KubeletSteps()
    }

    /// Notes that `step` was scheduled for the pod `uid`.
    func noteStep(_ step: KubeletStep, of uid: String) {
        kubeletMemo.steps[uid, default: KubeletSteps()].insert(step)
    }

    /// Notes the step a wake-up key is for; a pod's own key names none.
    func noteStep(inKey key: String) {
        guard let uid = KubeletStep.podUID(inKey: key), let slash = key.utf8.lastIndex(of: UInt8(ascii: "/")),
            let step = KubeletStep(rawValue: String(key[key.utf8.index(after: slash)...]))
        else { return }
        noteStep(step, of: String(uid))
    }

    /// Forgets the steps of the pod `uid` (they are all cancelled).
    func forgetSteps(of uid: String) { kubeletMemo.steps[uid] = nil }
}

/// A set of kubelet steps, one bit each.
struct KubeletSteps: Equatable {
    private var bits: UInt16 = 0

    func contains(_ step: KubeletStep) -> Bool { bits & Self.bit(of: step) != 0 }
    mutating func insert(_ step: KubeletStep) { bits |= Self.bit(of: step) }

    /// The step's bit: its place among `KubeletStep.allCases`.
    private static func bit(of step: KubeletStep) -> UInt16 {
        switch step {
        case .sandbox: 1 << 0
        case .pull: 1 << 1
        case .pulled: 1 << 2
        case .verified: 1 << 3
        case .pullFailed: 1 << 4
        case .pullSync: 1 << 5
        case .exit: 1 << 6
        case .oomKill: 1 << 7
        case .startupProbe: 1 << 8
        case .readinessProbe: 1 << 9
        case .livenessProbe: 1 << 10
        case .killed: 1 << 11
        case .respec: 1 << 12
        }
    }
}
