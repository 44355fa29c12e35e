import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// `kcn` and `kto`, the course's scripts that build the lab: run, they say what they would do.
@Suite("The lab's own scripts: kcn and kto")
struct LabScriptsTests {
    static func run(_ lab: any Lab, _ line: String) -> (out: String, err: String, status: Int32) {
        NodeExecTests.run(lab, line)
    }

    @Test("kcn and kto run by name from ~/tk/bin, which is on the login shell's PATH")
    func foundOnPath() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "which kcn kto").out == "/home/bigred/tk/bin/kcn\n/home/bigred/tk/bin/kto\n")
        #expect(Self.run(lab, "echo $PATH").out.hasSuffix(":/snap/bin:/home/bigred/tk/bin\n"))
    }

    @Test("each says what it would do and changes nothing, by name or by path")
    func explainAndChangeNothing() throws {
        let lab = try NodeExecTests.lab()
        let before = Self.run(lab, "sudo podman ps -a").out + Self.run(lab, "kubectl get nodes").out
        let kcn = Self.run(lab, "kcn")
        #expect(kcn.status == 0 && kcn.err.isEmpty)
        #expect(kcn.out.hasPrefix("kcn makes a cluster's node containers with `sudo podman run`"))
        #expect(Self.run(lab, "~/tk/bin/kto").out.contains("kubeadm init"))
        #expect(Self.run(lab, "sudo podman ps -a").out + Self.run(lab, "kubectl get nodes").out == before)
        // The file still reads as the notes print it.
        #expect(Self.run(lab, "head -2 ~/tk/bin/kcn").out == "#!/bin/bash\n  sudo podman run -itd \\\n")
    }
}
