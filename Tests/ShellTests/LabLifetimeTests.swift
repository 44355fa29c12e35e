import Cluster
import Testing

@testable import Shell

/// A lab that is closed lets its cluster go: a live class or a replay opens lab after lab, and a
/// reference cycle keeps every one of them (object store, shells, files) in memory.
@Suite struct LabLifetimeTests {
    @Test func aClosedLabFreesItsClusterAfterPodAndNodeShells() throws {
        weak var cluster: Cluster?
        try {
            let lab = try tk8sLab(after: [
                "kubectl run web --image=nginx:1.27",
                "sleep 10",
                "kubectl exec web -- cat /proc/mounts",
                "sudo podman exec tk8s-worker curl -s $(kubectl get pod web -o jsonpath='{.status.podIP}')",
                "sudo podman exec tk8s-worker cat /proc/mounts",
            ])
            cluster = lab.cluster
            #expect(cluster != nil)
        }()
        #expect(cluster == nil)
    }
}
