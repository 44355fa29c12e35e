import Foundation
import Testing
import Tutor

/// The node containers' operating system: kind's Debian bookworm base, which the kubelets report as osImage.
@Suite("Node containers: os-release")
struct NodeOSReleaseTests {
    @Test("each node's /etc/os-release names the OS its Node reports as osImage")
    func osImageMatchesOSRelease() throws {
        let lab = try NodeExecTests.lab()
        for node in ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"] {
            let pretty = NodeExecTests.run(lab, "docker exec \(node) grep PRETTY_NAME /etc/os-release").out
            let image = NodeExecTests.run(lab, "kubectl get node \(node) -o jsonpath='{.status.nodeInfo.osImage}'").out
            #expect(pretty == "PRETTY_NAME=\"\(image)\"\n")
        }
        #expect(NodeExecTests.run(lab, "docker exec tk8s-worker1 cat /etc/debian_version").out == "12.9\n")
    }

    @Test("/etc/os-release is Debian's link to /usr/lib/os-release")
    func osReleaseLink() throws {
        let lab = try NodeExecTests.lab()
        #expect(NodeExecTests.run(lab, "docker exec tk8s-worker1 readlink /etc/os-release").out == "../usr/lib/os-release\n")
    }
}
