import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// Volumes seen from inside pods and from the nodes that hold their data.
@Suite("Pod volumes: data lands on the node and lives as long as its volume")
struct PodVolumeTests {
    static let claim = """
        cat <<EOF | kubectl apply -f -
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          storageClassName: local-path
          accessModes: [ReadWriteOnce]
          resources:
            requests:
              storage: 1Mi
        EOF
        """

    /// A busybox pod mounting `volume` at /data; on tk8s-worker1 unless the scheduler is to choose.
    static func pod(_ name: String, volume: String, pinned: Bool = true) -> String {
        """
        cat <<EOF | kubectl apply -f -
        apiVersion: v1
        kind: Pod
        metadata:
          name: \(name)
        spec:
          \(pinned ? "nodeName: tk8s-worker1" : "restartPolicy: Always")
          containers:
          - name: app
            image: busybox
            command: ["sleep", "3600"]
            volumeMounts:
            - name: v
              mountPath: /data
          volumes:
          - name: v
            \(volume)
        EOF
        """
    }

    @Test("a claim's files outlive the pod, sit in the local-path folder, and go with the claim")
    func claimData() throws {
        let lab = try NodeExecTests.lab()
        _ = NodeExecTests.run(lab, Self.claim)
        _ = NodeExecTests.run(lab, Self.pod("one", volume: "persistentVolumeClaim: {claimName: data}", pinned: false))
        _ = NodeExecTests.run(lab, "sleep 30")
        #expect(NodeExecTests.run(lab, "kubectl exec one -- sh -c 'echo kept > /data/f'").status == 0)
        let folder = NodeExecTests.run(lab, "kubectl get pv -o jsonpath='{.items[0].spec.hostPath.path}'").out
        #expect(folder.hasPrefix("/opt/local-path-provisioner/pvc-") && folder.hasSuffix("_default_data"))
        let node = NodeExecTests.run(lab, "kubectl get pod one -o jsonpath='{.spec.nodeName}'").out
        #expect(NodeExecTests.run(lab, "docker exec \(node) cat \(folder)/f").out == "kept\n")
        _ = NodeExecTests.run(lab, "kubectl delete pod one")
        _ = NodeExecTests.run(lab, Self.pod("two", volume: "persistentVolumeClaim: {claimName: data}", pinned: false))
        _ = NodeExecTests.run(lab, "sleep 30")
        #expect(NodeExecTests.run(lab, "kubectl exec two -- cat /data/f").out == "kept\n")
        _ = NodeExecTests.run(lab, "kubectl delete pod two; kubectl delete pvc data; sleep 10")
        #expect(NodeExecTests.run(lab, "docker exec \(node) ls \(folder)").status == 2)
    }

    @Test("an emptyDir starts empty in each new pod; a container's own files last between execs")
    func emptyDir() throws {
        let lab = try NodeExecTests.lab()
        _ = NodeExecTests.run(lab, Self.pod("scratch", volume: "emptyDir: {}"))
        _ = NodeExecTests.run(lab, "sleep 20")
        _ = NodeExecTests.run(lab, "kubectl exec scratch -- sh -c 'echo a > /data/f; echo b > /tmp/g'")
        #expect(NodeExecTests.run(lab, "kubectl exec scratch -- cat /data/f /tmp/g").out == "a\nb\n")
        _ = NodeExecTests.run(lab, "kubectl delete pod scratch")
        _ = NodeExecTests.run(lab, Self.pod("scratch", volume: "emptyDir: {}"))
        _ = NodeExecTests.run(lab, "sleep 20")
        #expect(NodeExecTests.run(lab, "kubectl exec scratch -- ls /data").out == "")
        #expect(NodeExecTests.run(lab, "kubectl exec scratch -- ls /tmp").out == "")
    }

    @Test("sh -c runs a script in the container; bash is not in busybox")
    func shells() throws {
        let lab = try NodeExecTests.lab()
        _ = NodeExecTests.run(lab, "kubectl run bb --image=busybox -- sleep 3600; sleep 20")
        #expect(NodeExecTests.run(lab, "kubectl exec bb -- sh -c 'echo $HOSTNAME'").out == "bb\n")
        #expect(NodeExecTests.run(lab, "kubectl exec bb -- bash -c 'echo hi'").err.contains("exec: \"bash\": executable file not found in $PATH"))
    }

    @Test("a missing executable's error names containerd's exec, a new 64-digit ID each time")
    func missingExecutableNamesTheExec() throws {
        let lab = try NodeExecTests.lab()
        _ = NodeExecTests.run(lab, "kubectl run bb --image=busybox -- sleep 3600; sleep 20")
        let ids = (0..<2).map { _ -> String in
            let error = NodeExecTests.run(lab, "kubectl exec bb -- curl -s x").err
            let id = error.split(separator: "failed to start exec \"").last?.prefix { $0 != "\"" } ?? ""
            return String(id)
        }
        #expect(ids.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        #expect(ids[0] != ids[1])
    }
}
