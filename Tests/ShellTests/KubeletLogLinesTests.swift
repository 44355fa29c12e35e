import Cluster
import KubeAPI
import Testing

@testable import Shell

/// The kubelet's klog lines: header, Go quoting of nested messages, Go times and durations.
@Suite("Kubelet log lines")
struct KubeletLogLinesTests {
    let started = Timestamp(seconds: 1_745_368_862)  // 2025-04-23 00:41:02 UTC
    var lines: KubeletLogLines { KubeletLogLines(pid: 83, started: started) }

    func record(_ action: KubeletLogRecord.Action, at seconds: Int64 = 1_745_393_102, ms: Int64 = 800) -> KubeletLogRecord {
        KubeletLogRecord(
            time: Timestamp(milliseconds: seconds * 1000 + ms), namespace: "default", pod: "web", podUID: "u-1", action: action)
    }

    @Test("a failed sync quotes the status message inside the error, as %q twice does")
    func syncFailed() {
        let line = lines.line(record(.syncFailed(container: "web", reason: "ImagePullBackOff", message: "Back-off pulling image \"nginxx\"")))
        #expect(line == "E0423 07:25:02.800000      83 pod_workers.go:1301] \"Error syncing pod, skipping\" "
            + "err=\"failed to \\\"StartContainer\\\" for \\\"web\\\" with ImagePullBackOff: \\\"Back-off pulling image \\\\\\\"nginxx\\\\\\\"\\\"\" "
            + "pod=\"default/web\" podUID=\"u-1\"")
    }

    @Test("a pod start: the SLO duration leaves out pulling; times carry Go's monotonic reading")
    func podStarted() {
        let created = Timestamp(seconds: 1_745_393_100)
        let line = lines.line(
            record(.podStarted(created: created, firstPull: created.adding(seconds: 1), lastPull: created.adding(milliseconds: 1500)), ms: 250))
        #expect(line.contains(" podStartSLOduration=1.75 podStartE2EDuration=\"2.25s\" podCreationTimestamp=\"2025-04-23 07:25:00 +0000 UTC\" "))
        #expect(line.contains(" firstStartedPulling=\"2025-04-23 07:25:01 +0000 UTC m=+24239.000000000\" "))
        #expect(line.contains(" lastFinishedPulling=\"2025-04-23 07:25:01.5 +0000 UTC m=+24239.500000000\" "))
        let unpulled = lines.line(record(.podStarted(created: created, firstPull: nil, lastPull: nil), ms: 0))
        #expect(unpulled.contains(" podStartSLOduration=2 podStartE2EDuration=\"2s\" "))
        #expect(unpulled.contains(" firstStartedPulling=\"0001-01-01 00:00:00 +0000 UTC\" lastFinishedPulling=\"0001-01-01 00:00:00 +0000 UTC\" "))
    }
}
