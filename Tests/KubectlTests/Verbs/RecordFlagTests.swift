import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl --record: the command line kept as kubernetes.io/change-cause")
struct RecordFlagTests {
    private static let notice = "Flag --record has been deprecated, --record will be removed in the future\n"

    private func changeCause(_ lab: KubectlHarness, _ type: ResourceType = .deployments, _ name: String = "web") throws -> String? {
        try lab.cluster.get(type, namespace: "default", name: name).annotations["kubernetes.io/change-cause"]
    }

    @Test("the words come first, then each flag as --name=value in the order typed, values as typed")
    func commandLineOrder() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx").code == 0)
        let scaled = lab.run("-n", "default", "scale", "--record=1", "deploy", "web", "--replicas", "2")
        #expect(scaled.err == Self.notice)
        #expect(scaled.out == "deployment.apps/web scaled\n")
        #expect(try changeCause(lab) == "kubectl scale deploy web --namespace=default --record=1 --replicas=2")
        _ = lab.run("patch", "deploy", "web", "-p", #"{"spec":{"paused":true}}"#, "--record")
        #expect(try changeCause(lab) == #"kubectl patch deploy web --patch={"spec":{"paused":true}} --record=true"#)
    }

    @Test("--record=false records nothing but still warns, once per use")
    func recordFalse() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx").code == 0)
        let result = lab.run("set", "image", "deploy/web", "nginx=nginx:1.27", "--record", "--record=false")
        #expect(result.err == Self.notice + Self.notice)
        #expect(result.out == "deployment.apps/web image updated\n")
        #expect(try changeCause(lab) == nil)
    }

    @Test("apply keeps the cause in its last-applied manifest too; create -f after saving it")
    func applyAndCreate() throws {
        let lab = try KubectlHarness()
        let manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  a: b\n"
        lab.kubectl.readFile = { $0 == "cm.yaml" ? manifest : nil }
        #expect(lab.run("apply", "-f", "cm.yaml", "--record").code == 0)
        let applied = try lab.cluster.get(.configMaps, namespace: "default", name: "web")
        #expect(applied.annotations["kubernetes.io/change-cause"] == "kubectl apply --filename=cm.yaml --record=true")
        #expect(applied.annotations["kubectl.kubernetes.io/last-applied-configuration"]?.contains("change-cause") == true)
        _ = lab.run("delete", "configmap", "web")
        #expect(lab.run("create", "-f", "cm.yaml", "--record", "--save-config").code == 0)
        let created = try lab.cluster.get(.configMaps, namespace: "default", name: "web")
        #expect(created.annotations["kubernetes.io/change-cause"] == "kubectl create --filename=cm.yaml --record=true --save-config=true")
        #expect(created.annotations["kubectl.kubernetes.io/last-applied-configuration"]?.contains("change-cause") == false)
    }

    @Test("verbs without --record refuse it, with no notice", arguments: [
        ["set", "env", "deploy/web", "A=b"], ["create", "deployment", "other", "--image=nginx"], ["rollout", "undo", "deploy/web"],
        ["delete", "deploy", "web"], ["apply", "view-last-applied", "deploy/web"],
    ])
    func refused(arguments: [String]) throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx").code == 0)
        let result = lab.run(arguments + ["--record"])
        #expect(result.err.hasPrefix("error: unknown flag: --record\n"))
        #expect(result.code == 1)
    }

    @Test("label says labeled, unlabeled or not labeled by what the patch changes, the cause included")
    func labelMessages() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx").code == 0)
        #expect(lab.run("label", "deploy", "web", "app=web").out == "deployment.apps/web not labeled\n")
        #expect(lab.run("label", "deploy", "web", "tier=a").out == "deployment.apps/web labeled\n")
        // One label swapped for a shorter one: the object's JSON got shorter.
        #expect(lab.run("label", "deploy", "web", "tier-", "x=y").out == "deployment.apps/web unlabeled\n")
        #expect(lab.run("label", "deploy", "web", "app=web", "--record").out == "deployment.apps/web labeled\n")
        #expect(try changeCause(lab) == "kubectl label deploy web app=web --record=true")
    }
}
