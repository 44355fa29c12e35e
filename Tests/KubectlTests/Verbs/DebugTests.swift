import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl debug: ephemeral containers, copies and node pods")
struct DebugTests {
    /// A running nginx pod called `web`.
    private func labWithWeb() throws -> KubectlHarness {
        let lab = try KubectlHarness()
        _ = lab.run("run", "web", "--image=nginx")
        lab.cluster.advance(seconds: 30)
        return lab
    }

    private func pod(_ lab: KubectlHarness, _ name: String) throws -> KubeObject {
        try lab.cluster.get(.pods, namespace: "default", name: name)
    }

    @Test("an ephemeral container is added through the subresource and the kubelet starts it")
    func ephemeralContainerRuns() throws {
        let lab = try labWithWeb()
        let result = lab.run("debug", "web", "--image=busybox", "--target=web", "--profile=general", "--", "sleep", "3600")
        #expect(result.code == 0)
        #expect(result.err.isEmpty)
        let lines = result.out.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Targeting container \"web\".") == true)
        let name = try #require(lines.last.map { String($0.dropFirst("Defaulting debug container name to ".count).dropLast()) })
        #expect(name.hasPrefix("debugger-") && name.count == "debugger-".count + 5)
        lab.cluster.advance(seconds: 10)
        let web = try pod(lab, "web")
        let spec = try #require(web.ephemeralContainers.first)
        #expect(spec["targetContainerName"].string == "web")
        #expect(spec[path: "securityContext.capabilities.add"] == ["SYS_PTRACE"])
        #expect(spec["imagePullPolicy"].string == "Always")
        let status = web.containerStatus(named: name)
        #expect(!status[path: "state.running"].isNull)
        #expect(status["ready"].bool == false && status["started"].isNull)
    }

    @Test("the legacy default is warned about on stderr, the informational lines go to stdout")
    func legacyWarning() throws {
        let lab = try labWithWeb()
        let result = lab.run("debug", "web", "--image=busybox", "-c", "probe")
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("--profile=legacy is deprecated"))
    }

    @Test("the apiserver refuses a name in use and an unknown target, and static pods")
    func refusals() throws {
        let lab = try labWithWeb()
        let clash = lab.run("debug", "web", "--image=busybox", "-c", "web", "--profile=general")
        #expect(clash.err == "The Pod \"web\" is invalid: spec.ephemeralContainers[0].name: Duplicate value: \"web\"\n")
        let target = lab.run("debug", "web", "--image=busybox", "-c", "x", "--target=nosuch", "--profile=general")
        #expect(target.err == "The Pod \"web\" is invalid: spec.ephemeralContainers[0].targetContainerName: Not found: \"nosuch\"\n")
        let staticPod = lab.run("debug", "-n", "kube-system", "etcd-tk8s-control-plane", "--image=busybox", "-c", "x", "--profile=general")
        #expect(staticPod.err.hasSuffix("is invalid: []: Forbidden: static pods do not support ephemeral containers\n"))
        #expect(try pod(lab, "web").ephemeralContainers.isEmpty)
    }

    @Test("a patch that changes an existing ephemeral container is refused")
    func existingUnchangeable() throws {
        let lab = try labWithWeb()
        _ = lab.run("debug", "web", "--image=busybox", "-c", "probe", "--profile=general")
        let patch: JSONValue = ["spec": ["ephemeralContainers": [["name": "probe", "image": "alpine"]]]]
        #expect(throws: APIError.self) { try lab.cluster.patchEphemeralContainers(patch, namespace: "default", name: "web") }
    }

    @Test("--copy-to with only --set-image copies the pod as it is but for the images, and --replace deletes the original")
    func copy() throws {
        let lab = try labWithWeb()
        let result = lab.run("debug", "web", "--copy-to=web-copy", "--set-image=*=nginx:1.27", "--replace", "--profile=general")
        #expect(result.code == 0 && result.out.isEmpty)
        let copied = try pod(lab, "web-copy")
        #expect(copied[path: "spec.containers"].array.map { $0["image"].string } == ["nginx:1.27"])
        // kubectl applies no profile when there is no debug container.
        #expect(copied[path: "spec.shareProcessNamespace"].isNull)
        #expect(copied.labels == ["run": "web"])
        #expect(copied[path: "spec.nodeName"].string != nil)
        #expect(throws: APIError.self) { try lab.cluster.get(.pods, namespace: "default", name: "web") }
    }

    @Test("a debug container added to a copy gets the pod's service account token mount")
    func copyAddsContainer() throws {
        let lab = try labWithWeb()
        _ = lab.run("debug", "web", "--copy-to=web-copy", "--image=busybox", "-c", "tools", "--profile=general", "--", "sleep", "60")
        let containers = try pod(lab, "web-copy")[path: "spec.containers"].array
        #expect(containers.map { $0["name"].string } == ["web", "tools"])
        #expect(containers[1]["volumeMounts"].array.map { $0["mountPath"].string } == ["/var/run/secrets/kubernetes.io/serviceaccount"])
        #expect(containers[1][path: "securityContext.capabilities.add"] == ["SYS_PTRACE"])
        #expect(try pod(lab, "web-copy").labels.isEmpty)
    }

    @Test("node/NAME creates a pod on the node in its host namespaces with the root at /host")
    func node() throws {
        let lab = try KubectlHarness()
        let result = lab.run("debug", "node/tk8s-worker1", "--image=busybox", "--", "sleep", "60")
        let prefix = "Creating debugging pod node-debugger-tk8s-worker1-"
        #expect(result.out.hasPrefix(prefix) && result.out.hasSuffix(" with container debugger on node tk8s-worker1.\n"))
        let name = String(result.out.dropFirst("Creating debugging pod ".count).prefix { $0 != " " })
        let created = try pod(lab, name)
        #expect(created[path: "spec.nodeName"].string == "tk8s-worker1")
        #expect(created[path: "spec.hostPID"].bool == true && created[path: "spec.hostNetwork"].bool == true)
        #expect(created[path: "spec.volumes"].array.first?[path: "hostPath.path"].string == "/")
        #expect(created[path: "spec.restartPolicy"].string == "Never")
    }

    @Test("profiles set the container's security context as 1.32 does")
    func profiles() throws {
        let lab = try KubectlHarness()
        _ = lab.run("debug", "node/tk8s-worker1", "--image=busybox", "-q", "--profile=restricted", "-c", "r")
        _ = lab.run("debug", "node/tk8s-worker1", "--image=busybox", "-q", "--profile=netadmin", "-c", "n")
        let pods = lab.cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("node-debugger-") }
        let restricted = try #require(pods.first { $0[path: "spec.containers"][0]["name"].string == "r" })
        #expect(restricted[path: "spec.containers"][0]["securityContext"] == [
            "allowPrivilegeEscalation": false, "capabilities": ["drop": ["ALL"]], "runAsNonRoot": true,
            "seccompProfile": ["type": "RuntimeDefault"],
        ])
        #expect(restricted[path: "spec.hostNetwork"].isNull)
        let netadmin = try #require(pods.first { $0[path: "spec.containers"][0]["name"].string == "n" })
        #expect(netadmin[path: "spec.containers"][0][path: "securityContext.capabilities.add"] == ["NET_ADMIN", "NET_RAW"])
        #expect(netadmin[path: "spec.volumes"].array.allSatisfy { $0["hostPath"].isNull })
    }

    @Test("bad input gets kubectl's words and no change", arguments: [
        (["debug", "web"], "error: you must specify --image when not using --copy-to.\n"),
        (["debug", "web", "--image=busybox", "--profile=wide"], "error: unknown profile: wide\n"),
        (["debug", "web", "--copy-to=w2"], "error: you must specify --image, --set-image or command arguments.\n"),
        (["debug", "web", "--image=Bad"], "error: invalid image name \"Bad\": invalid reference format\n"),
        (["debug", "--image=busybox"], "error: NAME or filename is required for debug\n"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let lab = try labWithWeb()
        let result = lab.run(arguments)
        #expect(result.err == message)
        #expect(result.code == 1)
        #expect(try pod(lab, "web").ephemeralContainers.isEmpty)
    }

    @Test("image references are read as the distribution library reads them", arguments: [
        ("busybox", true), ("busybox:1.36", true), ("registry.k8s.io/e2e-test-images/agnhost:2.39", true),
        ("localhost:5000/app", true), ("dkreg.taroko:5000/goweb", true), ("a__b/c", true),
        ("nginx@sha256:" + String(repeating: "a", count: 64), true), ("BusyBox", false), ("busybox:", false),
        ("-busybox", false), ("a/", false), ("nginx@sha256:abc", false),
    ])
    func imageReferences(reference: String, valid: Bool) throws {
        let lab = try labWithWeb()
        let result = lab.run("debug", "web", "--image=" + reference, "--profile=general", "-c", "x", "--", "sleep", "1")
        #expect(result.err.contains("invalid reference format") != valid)
    }
}

@Suite("kubectl debug --custom")
struct DebugCustomProfileTests {
    @Test("a custom profile may not set the container's name, command, image, lifecycle or devices")
    func refusesIdentity() throws {
        let lab = try KubectlHarness()
        lab.kubectl.readFile = { $0 == "bad.json" ? "{\"image\": \"alpine\"}" : nil }
        let bad = lab.run("debug", "node/tk8s-worker1", "--image=busybox", "--profile=general", "--custom=bad.json")
        #expect(bad.err == "error: name, command, image, lifecycle and volume devices are not modifiable via custom profile\n")
        let missing = lab.run("debug", "node/tk8s-worker1", "--image=busybox", "--profile=general", "--custom=none.json")
        #expect(missing.err == "error: must pass a container spec json file for custom profile: open none.json: no such file or directory\n")
    }

    @Test("the custom spec is merged into the debug container after the profile")
    func merges() throws {
        let lab = try KubectlHarness()
        lab.kubectl.readFile = { _ in "securityContext:\n  runAsUser: 1000\n" }
        _ = lab.run("debug", "node/tk8s-worker1", "--image=busybox", "-q", "--profile=netadmin", "--custom=sc.yaml")
        let pod = try #require(lab.cluster.list(.pods, namespace: "default").first { $0.name.hasPrefix("node-debugger-") })
        let context = pod[path: "spec.containers"][0]["securityContext"]
        #expect(context["runAsUser"].int == 1000)
        #expect(context[path: "capabilities.add"] == ["NET_ADMIN", "NET_RAW"])
    }
}
